// Package places finds the administrative places an article names — "xã
// Bắc Thủy", "huyện Chi Lăng", "tỉnh Lạng Sơn", "Huyện ủy Lâm Bình" — and
// builds each one's chain province > district > commune from the text
// ("xã Bắc Thủy, huyện Chi Lăng"), from the site host (a gov.vn subdomain
// naming a province) and, when one is given, from the gazetteer, which
// also maps pre-2025 units to the 2025 province and commune.
//
// Without a gazetteer places still come out from the text alone. With one,
// a repeated name ("Tân Thành") is resolved only when the article's
// province or district leaves a single candidate.
package places

import (
	"strings"

	"github.com/frontsearch/frontsearch/indexer/enrich/vnlex"
	"github.com/frontsearch/frontsearch/indexer/enrich/vntext"
	"github.com/frontsearch/frontsearch/indexer/gazetteer"
	"github.com/frontsearch/frontsearch/search"
)

// provinces63 are the provinces and centrally-run cities before 2025, for
// site hosts and province detection when no gazetteer is given.
var provinces63 = strings.Split("An Giang|Bà Rịa - Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cần Thơ|Cao Bằng|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hồ Chí Minh|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Huế", "|")

var hostTable = map[string]string{}

func init() {
	for _, p := range provinces63 {
		hostTable[strings.ReplaceAll(strings.ReplaceAll(vntext.Fold(p), " ", ""), "-", "")] = p
	}
	hostTable["tphcm"] = "Hồ Chí Minh"
	hostTable["hochiminhcity"] = "Hồ Chí Minh"
	hostTable["brvt"] = "Bà Rịa - Vũng Tàu"
	hostTable["baria-vungtau"] = "Bà Rịa - Vũng Tàu"
	hostTable["thuathienhue"] = "Thừa Thiên Huế"
}

// Finder finds places. Gaz may be nil. Safe for concurrent use.
type Finder struct {
	Gaz *gazetteer.Gazetteer
}

// partyHeads name a place after them: "Huyện ủy Lâm Bình".
var partyHeads = vnlex.NewPhrases(map[string]string{
	"Tỉnh ủy": "tỉnh", "Huyện ủy": "huyện", "Thị ủy": "thị xã", "Quận ủy": "quận", "Thành ủy": "thành phố",
	"Huyện đoàn": "huyện", "Tỉnh đoàn": "tỉnh", "Thị đoàn": "thị xã", "Quận đoàn": "quận",
})

type found struct {
	p        search.Place
	kind     string // level word as written, lowercase ("thị xã")
	name     string // bare name
	district string // from a text chain
	province string
}

// Find returns the places in the title and paragraphs (canonical text),
// plus the site's province. Never nil.
func (f *Finder) Find(title string, paras []string, site string) []search.Place {
	ps := make([]vntext.Para, len(paras))
	for i, p := range paras {
		ps[i] = vntext.NewPara(p)
	}
	return f.FindParas(vntext.NewPara(title), ps, site)
}

// FindParas is Find over text already canonicalised and tokenized.
func (f *Finder) FindParas(title vntext.Para, paras []vntext.Para, site string) []search.Place {
	var all []found
	idx := map[string]int{}
	addF := func(x found) int {
		k := x.p.Level + "|" + vntext.Key(x.name)
		if i, ok := idx[k]; ok {
			if all[i].district == "" {
				all[i].district = x.district
			}
			if all[i].province == "" {
				all[i].province = x.province
			}
			return i
		}
		idx[k] = len(all)
		all = append(all, x)
		return len(all) - 1
	}
	f.scan(title.Toks, addF)
	for _, p := range paras {
		f.scan(p.Toks, addF)
	}
	siteProv := ""
	if site != "" {
		if p, ok := f.Gaz.ProvinceOfHost(site); ok {
			siteProv = p
		} else if p, ok := gazetteer.HostProvince(site, hostTable); ok {
			siteProv = p
		}
	}
	if siteProv != "" {
		kind := "tỉnh"
		if vnlex.CentralCities[vntext.Key(siteProv)] {
			kind = "thành phố"
		}
		addF(found{p: search.Place{Level: search.LevelTinh}, kind: kind, name: siteProv})
	}
	// Context: the one province (one district) the article names.
	provs := map[string]bool{}
	dists := map[string]bool{}
	for _, x := range all {
		switch x.p.Level {
		case search.LevelTinh:
			provs[vntext.Key(x.name)] = true
		case search.LevelHuyen:
			dists[vntext.Key(x.name)] = true
		}
	}
	ctxProv := ""
	if len(provs) == 1 {
		for _, x := range all {
			if x.p.Level == search.LevelTinh {
				ctxProv = x.name
			}
		}
	}
	ctxDist := ""
	if len(dists) == 1 {
		for _, x := range all {
			if x.p.Level == search.LevelHuyen {
				ctxDist = x.name
			}
		}
	}
	out := make([]search.Place, 0, len(all))
	for _, x := range all {
		out = append(out, f.complete(x, ctxProv, ctxDist))
	}
	return out
}

func (f *Finder) complete(x found, ctxProv, ctxDist string) search.Place {
	p := x.p
	p.Name = x.kind + " " + x.name
	switch p.Level {
	case search.LevelTinh:
		p.Province = x.name
	case search.LevelHuyen:
		p.District = x.name
		p.Province = x.province
	case search.LevelXa:
		p.Commune = x.name
		p.District = x.district
		p.Province = x.province
	}
	if f.Gaz == nil {
		return p
	}
	ctx := gazetteer.Context{Province: p.Province, District: p.District}
	if ctx.Province == "" {
		ctx.Province = ctxProv
	}
	if ctx.District == "" && p.Level == search.LevelXa {
		ctx.District = ctxDist
	}
	u, ok := f.Gaz.Resolve(p.Level, x.name, ctx)
	if !ok && ctx.District != "" && x.district == "" {
		ctx.District = "" // the article's one district need not contain this commune
		u, ok = f.Gaz.Resolve(p.Level, x.name, ctx)
	}
	if !ok {
		return p
	}
	p.Province = u.Province
	if p.Level == search.LevelHuyen {
		p.District = u.Name
	}
	if p.Level == search.LevelXa {
		p.Commune = u.Name
		if u.District != "" {
			p.District = u.District
		}
	}
	if p.Level == search.LevelTinh {
		p.Province = u.Name
	}
	p.Province2025 = u.Province2025
	p.Commune2025 = u.Commune2025
	return p
}

// listKinds introduce lists: "các xã Kiêu Kỵ, Kim Sơn và Yên Thường".
func (f *Finder) scan(toks []vntext.Token, add func(found) int) {
	for i := 0; i < len(toks); i++ {
		lv, n := vnlex.LevelWords.Match(toks, i)
		kind := ""
		if k, pn := partyHeads.Match(toks, i); pn > 0 && toks[i].Upper {
			kind, n = k, pn
			lv = search.LevelHuyen
			if k == "tỉnh" {
				lv = search.LevelTinh
			}
		} else if n > 0 {
			kind = vntext.Keys(toks, i, i+n)
		} else {
			continue
		}
		j := i + n
		if kind == "tp" && j < len(toks) && toks[j].Text == "." {
			j++ // "TP. Hà Nội"
		}
		if kind == "tp" || kind == "tp ." {
			kind = "thành phố"
		}
		if i > 0 && toks[i-1].Key == "các" {
			// "các xã biên giới Xín Cái, …": skip a lowercase qualifier
			for q := j; q < len(toks) && q < j+3 && toks[q].Word && !toks[q].Upper && !toks[q].Digit; q++ {
				if q+1 < len(toks) && toks[q+1].Upper {
					j = q + 1
					break
				}
			}
		}
		e := f.placeEnd(toks, j, lv)
		if e == j {
			continue
		}
		name := vntext.Text(toks, j, e)
		if kind == "thành phố" {
			lv = vnlex.LevelOfCity(name)
			if lv == search.LevelTinh && f.Gaz != nil && !f.Gaz.Has(search.LevelTinh, name) {
				lv = search.LevelHuyen
			}
		}
		x := found{p: search.Place{Level: lv}, kind: kind, name: name}
		// chain upwards: "xã X, huyện Y, tỉnh Z" — each later unit is of a
		// higher level and contains the earlier ones.
		chain := []found{x}
		k := e
		for k+1 < len(toks) && (toks[k].Text == "," || toks[k].Text == "-" || toks[k].Text == "–" || toks[k].Text == "(") {
			lv2, n2 := vnlex.LevelWords.Match(toks, k+1)
			if n2 == 0 {
				break
			}
			e2 := f.placeEnd(toks, k+1+n2, lv2)
			if e2 == k+1+n2 {
				break
			}
			nm := vntext.Text(toks, k+1+n2, e2)
			kind2 := vntext.Keys(toks, k+1, k+1+n2)
			if kind2 == "thành phố" {
				lv2 = vnlex.LevelOfCity(nm)
			}
			if rank(lv2) <= rank(chain[len(chain)-1].p.Level) {
				break
			}
			chain = append(chain, found{p: search.Place{Level: lv2}, kind: kind2, name: nm})
			k = e2
			if k < len(toks) && toks[k].Text == ")" {
				k++
			}
		}
		for c := range chain {
			for _, up := range chain[c+1:] {
				switch up.p.Level {
				case search.LevelHuyen:
					chain[c].district = up.name
				case search.LevelTinh:
					chain[c].province = up.name
				}
			}
			add(chain[c])
		}
		// a list after a plural: "các xã A, B và C"; without "các" only
		// names the gazetteer knows ("huyện Chi Lăng, Hữu Lũng và Bắc Sơn")
		plural := i > 0 && toks[i-1].Key == "các"
		if plural || f.Gaz != nil {
			m := e
			for m+1 < len(toks) && (toks[m].Text == "," || toks[m].Key == "và") {
				e3 := f.placeEnd(toks, m+1, lv)
				if e3 == m+1 || !plural && (!f.Gaz.Has(lv, vntext.Text(toks, m+1, e3)) || !endsListItem(toks, e3)) {
					break
				}
				add(found{p: search.Place{Level: lv}, kind: kind, name: vntext.Text(toks, m+1, e3)})
				m = e3
			}
			k = m
		}
		i = k - 1
		if i < j {
			i = j
		}
	}
}

func rank(level string) int {
	switch level {
	case search.LevelTinh:
		return 3
	case search.LevelHuyen:
		return 2
	case search.LevelXa:
		return 1
	}
	return 0
}

// placeEnd is placeRun refined by the gazetteer: the longest prefix of the
// capitalised run that names a unit of that level, when one does.
func (f *Finder) placeEnd(toks []vntext.Token, i int, level string) int {
	e := placeRun(toks, i)
	if f.Gaz == nil || e == i || toks[i].Digit {
		return e
	}
	if i+2 < len(toks) && vnlex.Surnames[toks[i].Key] && vnlex.MiddleNames[toks[i+1].Key] && toks[i+2].Upper && !f.Gaz.Has(level, vntext.Text(toks, i, i+2)) {
		return i
	}
	max := i
	for max < len(toks) && max-i < 4 && toks[max].Word && toks[max].Upper && !toks[max].NL && !allCaps(toks[max].Text) {
		max++
	}
	for k := max; k > i; k-- {
		if f.Gaz.Has(level, vntext.Text(toks, i, k)) || level == search.LevelHuyen && f.Gaz.Has(search.LevelTinh, vntext.Text(toks, i, k)) {
			return k
		}
	}
	return e
}

// notPlace are capitalised words that follow a kind word without being a
// place ("Xã Hội" in a Title Case heading).
var notPlace = map[string]bool{"hội": true, "nông": false, "ủy": true, "đoàn": true, "mttq": true,
	"ubnd": true, "hđnd": true, "đảng": true, "việt": true}

// placeRun returns the end of a place name at i: up to four capitalised
// words (two when a longer run likely carries a person's name after it), or
// one number ("phường 3").
func placeRun(toks []vntext.Token, i int) int {
	if i >= len(toks) || !toks[i].Word || toks[i].NL {
		return i
	}
	if toks[i].Digit {
		return i + 1
	}
	if !toks[i].Upper || notPlace[toks[i].Key] {
		return i
	}
	// "tỉnh Lê Ngọc Tân": a surname and a middle name start a person's name.
	if i+2 < len(toks) && vnlex.Surnames[toks[i].Key] && vnlex.MiddleNames[toks[i+1].Key] && toks[i+2].Upper {
		return i
	}
	j := i
	for j < len(toks) && j-i < 5 && toks[j].Word && toks[j].Upper && !toks[j].NL && !allCaps(toks[j].Text) {
		j++
	}
	if j-i >= 4 {
		j = i + 2
	}
	if j-i == 3 && vnlex.Surnames[toks[i+2].Key] && !vnlex.Surnames[toks[i].Key] {
		j = i + 2
	}
	return j
}

func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		n++
		if r >= 'a' && r <= 'z' || r > 0x7f && strings.ToUpper(string(r)) != string(r) {
			return false
		}
	}
	return n > 1
}

// endsListItem reports whether a list item ends at i: punctuation, "và" or
// the end of the text, not a lowercase word ("xã Điền Thượng, Ban Công tác
// Mặt trận…" is no list of communes).
func endsListItem(toks []vntext.Token, i int) bool {
	return i >= len(toks) || !toks[i].Word || toks[i].Key == "và" || toks[i].NL
}
