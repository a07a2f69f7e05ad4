package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/unicode/norm"
)

// Generator makes deterministic synthetic archived pages: Page(i) depends
// only on the generator's seed and i, so any page of a corpus can be
// regenerated alone and corpora of any size share their first pages.
type Generator struct {
	seed int64
}

// New returns a generator for the given seed.
func New(seed int64) *Generator { return &Generator{seed: seed} }

var vnLoc = time.FixedZone("+07", 7*3600)

// place is one commune with its district and province.
type place struct {
	province, district, commune string
	districtTX                  bool // thị xã rather than huyện
}

type provinceEntry struct {
	name      string
	districts []districtEntry
}

type districtEntry struct {
	name     string
	tx       bool
	communes []string
}

var provinceTable = parsePlaces()

func parsePlaces() []provinceEntry {
	var out []provinceEntry
	for _, line := range places {
		name, rest, _ := strings.Cut(line, "|")
		pe := provinceEntry{name: name}
		for _, d := range strings.Split(rest, ";") {
			dn, cs, _ := strings.Cut(d, ":")
			de := districtEntry{name: dn}
			if strings.HasPrefix(dn, "TX ") {
				de.tx, de.name = true, strings.TrimPrefix(dn, "TX ")
			}
			for _, c := range strings.Split(cs, ",") {
				if c != "" {
					de.communes = append(de.communes, c)
				}
			}
			if len(de.communes) > 0 {
				pe.districts = append(pe.districts, de)
			}
		}
		if len(pe.districts) > 0 {
			out = append(out, pe)
		}
	}
	return out
}

func provinceWord(p string) string {
	if strings.HasPrefix(p, "TP ") {
		return "thành phố " + strings.TrimPrefix(p, "TP ")
	}
	return "tỉnh " + p
}

func provinceBare(p string) string { return strings.TrimPrefix(p, "TP ") }

// article is the generator's working state for one page.
type genArticle struct {
	r        *rand.Rand
	pl       place
	level    int // 0 province, 1 district, 2 commune
	unit     string
	unitS    string
	village  string
	pub      time.Time
	event    time.Time
	top      *topic
	people   []string // "Name, Role" for the article's speakers
	names    []string
	minority string
}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

func (g *Generator) rng(i int) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(g.seed)*0x9E3779B97F4A7C15+1, uint64(i)+0x632BE59BD9B4E019))
}

func (a *genArticle) personName() string {
	r := a.r
	if r.IntN(8) == 0 {
		return pick(r, minorityNames)
	}
	if r.IntN(2) == 0 {
		return pick(r, surnames) + " " + pick(r, middlesF) + " " + pick(r, givensF)
	}
	return pick(r, surnames) + " " + pick(r, middlesM) + " " + pick(r, givensM)
}

func (a *genArticle) role() string {
	switch a.r.IntN(7) {
	case 6:
		return pick(a.r, rolesVillage) + " " + a.village
	case 0:
		return pick(a.r, rolesProvince)
	case 1, 2:
		return pick(a.r, rolesDistrict)
	case 3, 4:
		return pick(a.r, rolesCommune)
	default:
		return pick(a.r, rolesProvince)
	}
}

// person renders a person with a role in one of the ways Front news does.
func (a *genArticle) person() string {
	name := a.personName()
	role := a.role()
	a.names = append(a.names, name)
	switch a.r.IntN(7) {
	case 0:
		return "đồng chí " + name + ", " + role
	case 1:
		return "Đ/c " + name + " – " + role
	case 2:
		if strings.Contains(name, " Thị ") {
			return "bà " + name + ", " + role
		}
		return "ông " + name + ", " + role
	case 3:
		return role + " " + name
	case 4:
		return "đồng chí " + name + " - " + role
	default:
		return "đồng chí " + name + ", " + role
	}
}

func (a *genArticle) placeWord(level int) string {
	switch level {
	case 0:
		return provinceWord(a.pl.province)
	case 1:
		if a.pl.districtTX {
			return "thị xã " + a.pl.district
		}
		return "huyện " + a.pl.district
	default:
		return "xã " + a.pl.commune
	}
}

func roman(n int) string {
	rs := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII"}
	if n < len(rs) {
		return rs[n]
	}
	return strconv.Itoa(n)
}

func money(r *rand.Rand) string {
	switch r.IntN(3) {
	case 0:
		return fmt.Sprintf("%d triệu đồng", 5+r.IntN(900))
	case 1:
		return fmt.Sprintf("%d,%d tỷ đồng", 1+r.IntN(30), r.IntN(10))
	default:
		return fmt.Sprintf("%d.%03d.000 đồng", 1+r.IntN(99), r.IntN(1000))
	}
}

func (a *genArticle) dateExpr() string {
	e := a.event
	r := a.r
	part := pick(r, []string{"Ngày", "Sáng", "Chiều", "Sáng ngày", "Chiều ngày", "Tối"})
	switch r.IntN(6) {
	case 0:
		return fmt.Sprintf("%s %d/%d/%d", part, e.Day(), int(e.Month()), e.Year())
	case 1:
		return fmt.Sprintf("%s %02d/%02d/%d", part, e.Day(), int(e.Month()), e.Year())
	case 2:
		return fmt.Sprintf("%s %d/%d", pick(r, []string{"Sáng", "Chiều", "Ngày"}), e.Day(), int(e.Month()))
	case 3:
		if e.YearDay() == a.pub.YearDay() && e.Year() == a.pub.Year() {
			return fmt.Sprintf("Sáng nay (%d/%d)", e.Day(), int(e.Month()))
		}
		return fmt.Sprintf("Ngày %d tháng %d năm %d", e.Day(), int(e.Month()), e.Year())
	case 4:
		n := e.AddDate(0, 0, 1)
		return fmt.Sprintf("Trong 2 ngày %d và %d/%d/%d", e.Day(), n.Day(), int(n.Month()), n.Year())
	default:
		return fmt.Sprintf("%s %d/%d/%d", part, e.Day(), int(e.Month()), e.Year())
	}
}

// fill replaces {slots} in t.
func (a *genArticle) fill(t string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			break
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			b.WriteString(t)
			break
		}
		b.WriteString(t[:i])
		b.WriteString(a.slot(t[i+1 : i+j]))
		t = t[i+j+1:]
	}
	return b.String()
}

func (a *genArticle) slot(name string) string {
	r := a.r
	y := a.pub.Year()
	switch name {
	case "unit":
		return a.unit
	case "unitC":
		return upperFirst(a.unit)
	case "unitS":
		return a.unitS
	case "commune":
		return a.placeWord(2)
	case "district":
		return a.placeWord(1)
	case "province":
		return a.placeWord(0)
	case "village":
		return a.village
	case "person":
		if len(a.people) > 0 && r.IntN(3) == 0 {
			return a.people[0]
		}
		p := a.person()
		a.people = append(a.people, p)
		return p
	case "person2":
		return a.person()
	case "personShort":
		if len(a.names) > 0 {
			return "Đồng chí " + a.names[0]
		}
		n := a.personName()
		a.names = append(a.names, n)
		return "Đồng chí " + n
	case "hhname":
		return pick(r, []string{"ông ", "bà "}) + a.personName()
	case "minority":
		if a.minority == "" {
			a.minority = pick(r, minorityNames)
		}
		return "Ông " + a.minority
	case "n":
		return strconv.Itoa(2 + r.IntN(60))
	case "n2":
		return strconv.Itoa(2 + r.IntN(9))
	case "n3":
		return strconv.Itoa(40 + r.IntN(2000))
	case "N":
		return fmt.Sprintf("%d.%03d", 1+r.IntN(20), r.IntN(1000))
	case "pct":
		return strconv.Itoa(60+r.IntN(40)) + "%"
	case "pct2", "pct3":
		return fmt.Sprintf("%d,%d%%", 2+r.IntN(15), r.IntN(10))
	case "money", "money2":
		return money(r)
	case "gift":
		return fmt.Sprintf("%d.000", 300+100*r.IntN(8))
	case "year":
		return strconv.Itoa(y)
	case "year0":
		return strconv.Itoa(y - 5)
	case "year1":
		return strconv.Itoa(y + 1)
	case "year5":
		return strconv.Itoa(y + 5)
	case "doc":
		return pick(r, docRefs)
	case "member":
		return pick(r, members)
	case "topic":
		return a.top.name
	case "event":
		return pick(r, a.top.event)
	case "model":
		return pick(r, models)
	case "crop":
		return pick(r, crops)
	case "ordinal":
		return pick(r, []string{"nhất", "hai", "ba"})
	case "roman":
		return roman(8 + r.IntN(16))
	case "anniv":
		return strconv.Itoa(y - 1930)
	case "date":
		return a.dateExpr()
	case "dl":
		return fmt.Sprintf("%d/%d", 1+r.IntN(28), 1+r.IntN(12))
	}
	return name
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func (a *genArticle) composed() string {
	r := a.r
	parts := []string{pick(r, cOpeners), pick(r, cSubjects), pick(r, cVerbs), pick(r, cObjects)}
	if p := pick(r, cPurposes); p != "" {
		parts[3] += ", " + p
	}
	s := strings.TrimSpace(strings.Join(parts, " "))
	s = a.fill(s)
	s = upperFirst(s) + "."
	if r.IntN(3) == 0 {
		s += " " + upperFirst(a.fill(pick(r, cSubjects))) + " " + a.fill(pick(r, cVerbs)) + " " + a.fill(pick(r, cObjects)) + "."
	}
	return s
}

func (a *genArticle) sentence() string {
	switch n := a.r.IntN(100); {
	case n < 35:
		return a.fill(pick(a.r, a.top.body))
	case n < 58:
		return a.fill(pick(a.r, genericBody))
	case n < 72:
		return a.composedList()
	default:
		return a.composed()
	}
}

// Page returns the relative path and raw bytes of page i.
func (g *Generator) Page(i int) (string, []byte) {
	rel, b, _, _ := g.page(i)
	return rel, b
}

// page is Page plus the Doc and the encoding used.
func (g *Generator) page(i int) (string, []byte, *Doc, string) {
	d, other, enc := g.build(i)
	var html string
	if other != nil {
		html, _ = RenderOther(other)
	} else {
		html, _ = Render(d)
	}
	host := d.Site.Host
	rel := host + pathOf(d.URL)
	if strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	switch enc {
	case "windows-1258":
		if b, err := EncodeWindows1258(html); err == nil {
			return rel, b, d, enc
		}
		enc = "utf-8"
	case "tcvn3":
		return rel, EncodeTCVN3HTML(html), d, enc
	case "vni":
		return rel, EncodeVNIHTML(html), d, enc
	case "nfd":
		return rel, []byte(norm.NFD.String(html)), d, enc
	}
	return rel, []byte(html), d, enc
}

func hostSlug(s string) string { return strings.ReplaceAll(slugify(s), "-", "") }

func hashStr(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// build is buildOne plus republication: some articles copy an earlier
// article's text onto another site.
func (g *Generator) build(i int) (*Doc, *OtherPage, string) {
	d, other, enc := g.buildOne(i)
	if other != nil || i == 0 {
		return d, other, enc
	}
	// About 2% of articles republish an earlier article of the corpus on
	// another site (province portals repost district and commune news):
	// same text, different chrome, URL and date — for duplicate grouping.
	r := g.rng(-1 - i)
	if r.IntN(100) >= 2 {
		return d, other, enc
	}
	j := i - 1 - r.IntN(min(i, 500))
	src, srcOther, _ := g.buildOne(j)
	if srcOther != nil {
		return d, other, enc
	}
	c := *src
	c.Site, c.Style, c.URL, c.Related, c.Category = d.Site, d.Style, d.URL, d.Related, d.Category
	c.Published = src.Published.AddDate(0, 0, 1+r.IntN(3))
	c.JSONLD, c.OG, c.Canonical, c.Views = d.JSONLD, d.OG, d.Canonical, d.Views
	c.Charset, c.FontFamily = d.Charset, d.FontFamily
	ext := ".html"
	if c.Style == StyleSharePoint || c.Style == StyleDNN {
		ext = ".aspx"
	}
	c.URL = fmt.Sprintf("https://%s/%s/%d/%02d/%s-%d%s", c.Site.Host, slugify(c.Category), c.Published.Year(), int(c.Published.Month()), truncSlug(slugify(c.Title), 70), i, ext)
	return &c, nil, enc
}

// oldTone rewrites the common tone placements into the old style
// ("Ủy ban" → "Uỷ ban", "hòa" → "hoà"), as many portals still write.
var oldTone = strings.NewReplacer(
	"Ủy", "Uỷ", "ủy", "uỷ", "Úy", "Uý", "úy", "uý", "ùy", "uỳ", "ũy", "uỹ", "ụy", "uỵ",
	"òa", "oà", "óa", "oá", "ỏa", "oả", "õa", "oã", "ọa", "oạ",
	"Òa", "Oà", "Óa", "Oá", "Ọa", "Oạ",
	"òe", "oè", "óe", "oé", "ỏe", "oẻ", "õe", "oẽ", "ọe", "oẹ",
)

// buildOne assembles page i: either an article Doc or a non-article page.
func (g *Generator) buildOne(i int) (*Doc, *OtherPage, string) {
	r := g.rng(i)
	a := &genArticle{r: r}
	pe := provinceTable[r.IntN(len(provinceTable))]
	de := pe.districts[r.IntN(len(pe.districts))]
	a.pl = place{province: pe.name, district: de.name, districtTX: de.tx, commune: de.communes[r.IntN(len(de.communes))]}
	lv := r.IntN(100)
	switch {
	case lv < 30:
		a.level = 0
	case lv < 75:
		a.level = 1
	default:
		a.level = 2
	}
	ps := hostSlug(provinceBare(pe.name))
	var site Site
	switch a.level {
	case 0:
		pre := "mttq"
		if hashStr(ps)%2 == 0 {
			pre = "mattran"
		}
		site = Site{Host: pre + "." + ps + ".gov.vn", Name: "Ủy ban MTTQ Việt Nam " + provinceWord(pe.name)}
		a.unit = pick(r, unitsProvince) + " " + provinceBare(pe.name)
		a.unitS = pick(r, []string{"Mặt trận tỉnh", "Ủy ban MTTQ tỉnh", "Ban Thường trực"})
	case 1:
		site = Site{Host: hostSlug(de.name) + "." + ps + ".gov.vn", Name: "Cổng thông tin điện tử " + a.placeWord(1)}
		a.unit = pick(r, unitsDistrict) + " " + de.name
		a.unitS = pick(r, []string{"Mặt trận huyện", "Ủy ban MTTQ huyện", "Ban Thường trực Ủy ban MTTQ huyện"})
	default:
		site = Site{Host: hostSlug(a.pl.commune) + "." + hostSlug(de.name) + "." + ps + ".gov.vn", Name: "Trang thông tin điện tử " + a.placeWord(2)}
		a.unit = pick(r, unitsCommune) + " " + a.pl.commune
		a.unitS = pick(r, []string{"Mặt trận xã", "Ủy ban MTTQ xã", "Ban Công tác Mặt trận"})
	}
	site.Owner = "Cơ quan chủ quản: " + site.Name
	site.Address = fmt.Sprintf("Số %d, %s, %s, %s", 1+r.IntN(200), a.placeWord(2), a.placeWord(1), provinceWord(pe.name))
	site.Phone = fmt.Sprintf("0%03d %04d %03d", 200+r.IntN(100), r.IntN(10000), r.IntN(1000))
	site.Email = "bbt@" + site.Host
	style := Styles[hashStr(site.Host)%uint32(len(Styles))]
	a.village = pick(r, villagePrefix) + " " + pick(r, villageNames)

	day := r.IntN(11*365 + 2)
	a.pub = time.Date(2015, 1, 1, 0, 0, 0, 0, vnLoc).AddDate(0, 0, day)
	hasTime := r.IntN(2) == 0
	if hasTime {
		a.pub = a.pub.Add(time.Duration(6*60+r.IntN(15*60)) * time.Minute)
	}
	a.event = time.Date(a.pub.Year(), a.pub.Month(), a.pub.Day(), 0, 0, 0, 0, vnLoc).AddDate(0, 0, -r.IntN(4))
	a.top = &topics[r.IntN(len(topics))]
	if strings.Contains(a.top.name, "Covid") && (a.pub.Year() < 2020 || a.pub.Year() > 2022) {
		a.top = &topics[0] // no Covid-19 news outside 2020-2022
	}

	ext := ".html"
	if style == StyleSharePoint || style == StyleDNN {
		ext = ".aspx"
	}

	// Non-article pages: about 4%.
	if k := r.IntN(100); k < 4 {
		op := &OtherPage{Style: style, Site: site}
		switch k {
		case 0, 1:
			op.Kind = KindListing
			op.Category = pick(r, categories)
			op.Page = 1 + r.IntN(40)
			op.Total = 50 + r.IntN(2000)
			for t := 0; t < 10; t++ {
				op.Teasers = append(op.Teasers, Link{Title: a.fill(pick(r, pick(r, topics).titles)), URL: fmt.Sprintf("/tin-tuc/%d%s", r.IntN(100000), ext), Date: a.pub.AddDate(0, 0, -t*3), Sapo: a.composed()})
			}
			// The page number alone would repeat across listings of one
			// category; i keeps every generated path distinct.
			op.URL = fmt.Sprintf("https://%s/%s/trang-%d-%d%s", site.Host, slugify(op.Category), op.Page, i, ext)
		case 2:
			op.Kind = Kind404
			op.URL = fmt.Sprintf("https://%s/loi-404-%d%s", site.Host, i, ext)
		default:
			op.Kind = KindGallery
			op.Category = "Thư viện ảnh " + a.fill(pick(r, a.top.event)) + " năm " + strconv.Itoa(a.pub.Year())
			for t := 0; t < 6; t++ {
				op.Images = append(op.Images, Image{Src: fmt.Sprintf("/images/album/%d/%d.jpg", i, t+1), Caption: fmt.Sprintf("Ảnh %d", t+1)})
			}
			op.URL = fmt.Sprintf("https://%s/thu-vien-anh/album-%d%s", site.Host, i, ext)
		}
		d := &Doc{Site: site, URL: op.URL}
		return d, op, "utf-8"
	}

	title := a.fill(pick(r, a.top.titles))
	lead := a.fill(pick(r, a.top.leads))
	target := 150 + r.IntN(700)
	words := len(strings.Fields(lead))
	var paras []string
	for words < target {
		ns := 1 + r.IntN(4)
		var sb []string
		for k := 0; k < ns; k++ {
			sb = append(sb, a.sentence())
		}
		p := strings.Join(sb, " ")
		words += len(strings.Fields(p))
		paras = append(paras, p)
	}
	var imgs []Image
	for k := r.IntN(4); k > 0; k-- {
		imgs = append(imgs, Image{
			Src:     fmt.Sprintf("/uploads/%d/%02d/anh-%d-%d.jpg", a.pub.Year(), int(a.pub.Month()), i, k),
			Caption: a.fill(pick(r, captionBank)),
			After:   r.IntN(len(paras) + 1),
		})
	}
	d := &Doc{
		Style: style, Site: site, Category: pick(r, categories), Title: title,
		Published: a.pub, HasTime: hasTime, Lead: lead,
		LeadStyle:    pick(r, []string{LeadBold, LeadSapo, LeadPlain}),
		Paragraphs:   paras,
		Images:       imgs,
		CaptionStyle: pick(r, []string{CaptionFigure, CaptionP, CaptionEm, CaptionTable}),
		Views:        r.IntN(3000),
		JSONLD:       r.IntN(4) == 0, OG: r.IntN(2) == 0, Canonical: r.IntN(2) == 0,
	}
	switch r.IntN(4) {
	case 0:
		d.Author = a.personName()
	case 1:
		d.Author = a.personName()
		d.AuthorRole = upperFirst(a.role()) + " " + strings.TrimPrefix(strings.TrimPrefix(a.placeWord(a.level), "tỉnh "), "thành phố ")
	case 2:
		d.Author = upperFirst(a.unit)
	default:
		d.Author = strings.Join(strings.Fields(a.personName())[1:], " ")
	}
	d.URL = fmt.Sprintf("https://%s/%s/%d/%02d/%s-%d%s", site.Host, slugify(d.Category), a.pub.Year(), int(a.pub.Month()), truncSlug(slugify(title), 70), i, ext)
	for k := 0; k < 5; k++ {
		t := a.fill(pick(r, pick(r, topics).titles))
		d.Related = append(d.Related, Link{Title: t, URL: fmt.Sprintf("https://%s/tin-tuc/%s-%d%s", site.Host, truncSlug(slugify(t), 60), r.IntN(1000000), ext), Date: a.pub.AddDate(0, 0, -1-k*4)})
	}
	enc := "utf-8"
	switch e := r.IntN(1000); {
	case e < 10:
		enc = "windows-1258"
		d.Charset = "windows-1258"
	case e < 13:
		enc = "tcvn3"
		d.Charset = "iso-8859-1"
		d.FontFamily = ".VnTime"
	case e < 16:
		enc = "vni"
		d.Charset = "windows-1252"
		d.FontFamily = "'VNI-Times'"
	case e < 21:
		enc = "nfd"
	}
	if r.IntN(100) < 15 {
		d.Title, d.Lead, d.Author = oldTone.Replace(d.Title), oldTone.Replace(d.Lead), oldTone.Replace(d.Author)
		for k := range d.Paragraphs {
			d.Paragraphs[k] = oldTone.Replace(d.Paragraphs[k])
		}
		for k := range d.Images {
			d.Images[k].Caption = oldTone.Replace(d.Images[k].Caption)
		}
	}
	return d, nil, enc
}

func truncSlug(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	if i := strings.LastIndexByte(s, '-'); i > 0 {
		s = s[:i]
	}
	return s
}

// Write generates pages 0..n-1 for seed into dir, one file per page, using
// all CPUs. It stops early with ctx's error when ctx is cancelled.
func Write(ctx context.Context, dir string, n int, seed int64) error {
	g := New(seed)
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan int, 256)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	var made sync.Map // directories already created
	setErr := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
		}
		mu.Unlock()
	}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				rel, b := g.Page(i)
				p := filepath.Join(dir, filepath.FromSlash(rel))
				if _, ok := made.Load(filepath.Dir(p)); !ok {
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						setErr(fmt.Errorf("corpus: write page %d: %w", i, err))
						continue
					}
					made.Store(filepath.Dir(p), true)
				}
				if err := os.WriteFile(p, b, 0o644); err != nil {
					setErr(fmt.Errorf("corpus: write page %d: %w", i, err))
				}
			}
		}()
	}
	var err error
loop:
	for i := 0; i < n; i++ {
		select {
		case <-ctx.Done():
			err = ctx.Err()
			break loop
		case jobs <- i:
		}
	}
	close(jobs)
	wg.Wait()
	if err != nil {
		return fmt.Errorf("corpus: write %s: %w", dir, err)
	}
	return firstErr
}

// WriteWARC generates pages 0..n-1 for seed into files .warc.gz files under
// dir (corpus-00000.warc.gz …), page i going to file i%files, each page a
// response record with its charset in the HTTP Content-Type.
func WriteWARC(ctx context.Context, dir string, n int, seed int64, files int) error {
	if files < 1 {
		return errors.New("corpus: WriteWARC: files must be at least 1")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("corpus: write warc: %w", err)
	}
	g := New(seed)
	errs := make([]error, files)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for f := 0; f < files; f++ {
		wg.Add(1)
		go func(f int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			path := filepath.Join(dir, fmt.Sprintf("corpus-%05d.warc.gz", f))
			out, err := os.Create(path)
			if err != nil {
				errs[f] = fmt.Errorf("corpus: write warc: %w", err)
				return
			}
			var buf bytes.Buffer
			ww := NewWARCWriter(&buf)
			for i := f; i < n; i += files {
				if ctx.Err() != nil {
					errs[f] = fmt.Errorf("corpus: write %s: %w", path, ctx.Err())
					break
				}
				rel, body, d, enc := g.page(i)
				cs := "utf-8"
				switch enc {
				case "windows-1258":
					cs = "windows-1258"
				case "tcvn3":
					cs = "iso-8859-1"
				case "vni":
					cs = "windows-1252"
				}
				date := d.Published.Add(30 * time.Hour)
				if date.IsZero() || date.Year() < 2015 {
					date = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
				}
				if _, err := ww.WriteResponse("https://"+rel, date, "text/html; charset="+cs, body); err != nil {
					errs[f] = err
					break
				}
				if buf.Len() > 1<<20 {
					if _, err := out.Write(buf.Bytes()); err != nil {
						errs[f] = fmt.Errorf("corpus: write %s: %w", path, err)
						break
					}
					buf.Reset()
				}
			}
			if _, err := out.Write(buf.Bytes()); err != nil && errs[f] == nil {
				errs[f] = fmt.Errorf("corpus: write %s: %w", path, err)
			}
			if err := out.Close(); err != nil && errs[f] == nil {
				errs[f] = fmt.Errorf("corpus: close %s: %w", path, err)
			}
		}(f)
	}
	wg.Wait()
	return errors.Join(errs...)
}
