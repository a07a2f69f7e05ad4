// Package units finds the organising bodies of a Front news article:
// "Ủy ban MTTQ Việt Nam xã Bắc Thủy", "Ban Thường trực Ủy ban MTTQ huyện
// Lâm Bình", "Thường trực Thị ủy", "Hội Nông dân tỉnh Hà Nam".
//
// Policy (high precision): Units lists the organisers only — the bodies
// that are the subject of the title or of the lead's first sentence (the
// words before its main verb: "tổ chức", "triển khai"…), and bodies
// introduced by "do" ("hội nghị do Hội LHPN huyện tổ chức"). Bodies named
// as attendees, inside a person's role, or elsewhere in the body are not
// listed. A place word written after a coordination applies to every body
// of it ("Ban Thường trực Ủy ban MTTQ và các tổ chức chính trị - xã hội
// huyện Lâm Bình" → "Ban Thường trực Ủy ban MTTQ huyện Lâm Bình").
//
// Normalisation: canonical tone style ("Uỷ" → "Ủy"), fixed case of the
// organisation words ("Ủy Ban" → "Ủy ban"), and one abbreviation style for
// the Front: "UBMTTQ" and "Ủy ban Mặt trận Tổ quốc" → "Ủy ban MTTQ",
// "Mặt trận Tổ quốc" → "MTTQ"; "Việt Nam" is kept as written; "Hội Liên
// hiệp Phụ nữ" → "Hội LHPN" (the Front's own usage, one name per body).
// Other organisations keep the form written.
package units

import (
	"strings"

	"github.com/frontsearch/frontsearch/indexer/enrich/vnlex"
	"github.com/frontsearch/frontsearch/indexer/enrich/vntext"
	"github.com/frontsearch/frontsearch/search"
)

// head is an organisation phrase: its canonical spelling, type and, for
// Party committees, the level the word itself implies.
type head struct {
	canon string
	org   string
	level string
	// mttq is true for Front names, which may be followed by "Việt Nam".
	mttq bool
	// party is true for "Tỉnh ủy", "Huyện ủy"… which take a bare name.
	party bool
	// named is true for generic heads ("Sở", "Phòng", "Trung tâm") that
	// need a capitalised name after them ("Sở Công Thương").
	named bool
}

var heads = vnlex.NewPhrases(map[string]head{})

// prefixes are the standing bodies of an organisation.
var prefixes = vnlex.NewPhrases(map[string]string{
	"Ban Thường trực": "Ban Thường trực", "Thường trực": "Thường trực", "Ban Thường vụ": "Ban Thường vụ",
	"Ban Chấp hành": "Ban Chấp hành", "Ban Thường trực Ủy ban": "Ban Thường trực Ủy ban",
})

func init() {
	T, H, X, TW := search.LevelTinh, search.LevelHuyen, search.LevelXa, search.LevelTrungUong
	add := func(c, org, level string, mttq, party bool, spellings ...string) {
		for _, s := range spellings {
			heads.Add(s, head{canon: c, org: org, level: level, mttq: mttq, party: party})
		}
	}
	add("Ủy ban MTTQ", search.OrgMTTQ, "", true, false, "Ủy ban MTTQ", "UBMTTQ", "Ủy ban Mặt trận Tổ quốc", "UB MTTQ")
	add("Ủy ban Trung ương MTTQ", search.OrgMTTQ, TW, true, false, "Ủy ban Trung ương MTTQ", "UBTW MTTQ", "Ủy ban Trung ương Mặt trận Tổ quốc")
	add("MTTQ", search.OrgMTTQ, "", true, false, "MTTQ", "Mặt trận Tổ quốc", "Mặt trận")
	add("Ban Công tác Mặt trận", search.OrgMTTQ, "", false, false, "Ban Công tác Mặt trận", "Ban CTMT")
	add("Hội Nông dân", search.OrgNongDan, "", false, false, "Hội Nông dân", "HND")
	add("Hội LHPN", search.OrgPhuNu, "", false, false, "Hội LHPN", "HLHPN", "Hội Liên hiệp Phụ nữ", "Hội Liên hiệp phụ nữ")
	add("Hội Phụ nữ", search.OrgPhuNu, "", false, false, "Hội Phụ nữ")
	add("Đoàn Thanh niên Cộng sản Hồ Chí Minh", search.OrgDoanTN, "", false, false, "Đoàn Thanh niên Cộng sản Hồ Chí Minh")
	add("Đoàn TNCS Hồ Chí Minh", search.OrgDoanTN, "", false, false, "Đoàn TNCS Hồ Chí Minh")
	add("Đoàn Thanh niên", search.OrgDoanTN, "", false, false, "Đoàn Thanh niên", "Đoàn TN")
	add("Tỉnh đoàn", search.OrgDoanTN, T, false, false, "Tỉnh đoàn")
	add("Huyện đoàn", search.OrgDoanTN, H, false, false, "Huyện đoàn")
	add("Thị đoàn", search.OrgDoanTN, H, false, false, "Thị đoàn")
	add("Thành đoàn", search.OrgDoanTN, "", false, false, "Thành đoàn")
	add("Hội Cựu chiến binh", search.OrgCCB, "", false, false, "Hội Cựu chiến binh")
	add("Hội CCB", search.OrgCCB, "", false, false, "Hội CCB", "HCCB")
	add("Liên đoàn Lao động", search.OrgCongDoan, "", false, false, "Liên đoàn Lao động", "LĐLĐ")
	add("Công đoàn", search.OrgCongDoan, "", false, false, "Công đoàn")
	add("Ban Dân vận Tỉnh ủy", search.OrgDanVan, T, false, false, "Ban Dân vận Tỉnh ủy")
	add("Ban Dân vận Huyện ủy", search.OrgDanVan, H, false, false, "Ban Dân vận Huyện ủy")
	add("Ban Dân vận Thị ủy", search.OrgDanVan, H, false, false, "Ban Dân vận Thị ủy")
	add("Ban Dân vận Quận ủy", search.OrgDanVan, H, false, false, "Ban Dân vận Quận ủy")
	add("Ban Dân vận Thành ủy", search.OrgDanVan, "", false, false, "Ban Dân vận Thành ủy")
	add("Ban Dân vận Đảng ủy", search.OrgDanVan, X, false, false, "Ban Dân vận Đảng ủy")
	add("Ban Dân vận Trung ương", search.OrgDanVan, TW, false, false, "Ban Dân vận Trung ương")
	add("Ban Dân vận", search.OrgDanVan, "", false, false, "Ban Dân vận")
	add("Tỉnh ủy", search.OrgDang, T, false, true, "Tỉnh ủy")
	add("Huyện ủy", search.OrgDang, H, false, true, "Huyện ủy")
	add("Thị ủy", search.OrgDang, H, false, true, "Thị ủy")
	add("Quận ủy", search.OrgDang, H, false, true, "Quận ủy")
	add("Thành ủy", search.OrgDang, "", false, true, "Thành ủy")
	add("Đảng ủy", search.OrgDang, "", false, true, "Đảng ủy")
	add("Ủy ban nhân dân", search.OrgChinhQuyen, "", false, false, "Ủy ban nhân dân")
	add("UBND", search.OrgChinhQuyen, "", false, false, "UBND")
	add("Hội đồng nhân dân", search.OrgChinhQuyen, "", false, false, "Hội đồng nhân dân")
	add("HĐND", search.OrgChinhQuyen, "", false, false, "HĐND")
	add("Hội Người cao tuổi", search.OrgKhac, "", false, false, "Hội Người cao tuổi")
	add("Hội Chữ thập đỏ", search.OrgKhac, "", false, false, "Hội Chữ thập đỏ")
	add("Hội Khuyến học", search.OrgKhac, "", false, false, "Hội Khuyến học")
	add("Ban Thanh tra nhân dân", search.OrgKhac, X, false, false, "Ban Thanh tra nhân dân")
	add("Ban Dân tộc", search.OrgKhac, "", false, false, "Ban Dân tộc")
	add("Đoàn đại biểu Quốc hội", search.OrgKhac, "", false, false, "Đoàn đại biểu Quốc hội", "Đoàn ĐBQH")
	add("Công an", search.OrgKhac, "", false, false, "Công an")
	heads.Add("Đồn Biên phòng", head{canon: "Đồn Biên phòng", org: search.OrgKhac, named: true})
	add("Ban Vận động cứu trợ", search.OrgMTTQ, "", false, false, "Ban Vận động cứu trợ")
	heads.Add("Sở", head{canon: "Sở", org: search.OrgKhac, level: T, named: true})
	heads.Add("Phòng", head{canon: "Phòng", org: search.OrgKhac, level: H, named: true})
	heads.Add("Trung tâm", head{canon: "Trung tâm", org: search.OrgKhac, named: true})
}

// verbs end the subject of a lead sentence.
var verbs = vnlex.NewPhrases(map[string]bool{
	"tổ chức": true, "triển khai": true, "phối hợp": true, "đã": true, "vừa": true, "đánh giá": true,
	"trao": true, "tặng": true, "khai mạc": true, "họp": true, "ra quân": true, "phát động": true,
	"tiến hành": true, "làm việc": true, "chủ trì": true, "thăm": true, "gặp mặt": true, "ký kết": true,
	"kiểm tra": true, "giám sát": true, "tiếp xúc": true, "sơ kết": true, "tổng kết": true,
	"hướng dẫn": true, "bàn giao": true, "khởi công": true, "trao đổi": true, "long trọng": true,
	"thống nhất": true, "tập huấn": true, "ban hành": true, "xây dựng": true, "có buổi": true,
	"diễn ra": true, "thực hiện": true, "dự": true, "tham dự": true, "đối thoại": true, "kỷ niệm": true,
	"công bố": true, "lấy ý kiến": true, "vận động": true, "phản biện": true, "nghiệm thu": true,
	"tuyên truyền": true, "quán triệt": true, "chúc mừng": true, "tiếp nhận": true, "hỗ trợ": true,
	"góp ý": true, "gặp gỡ": true, "khảo sát": true, "rà soát": true, "thông qua": true, "nhận": true,
	"là": true, "có": true, "được": true, "cùng": true, "đến": true, "tới": true, "sẽ": true,
	"đồng chí": true, "đ/c": true, "ông": true, "bà": true, "lãnh đạo": true, "đại diện": true,
})

// titleWords mark a role: a body after them is part of a person's title.
var roleWords = vnlex.NewPhrases(map[string]bool{
	"chủ tịch": true, "phó chủ tịch": true, "bí thư": true, "phó bí thư": true, "trưởng ban": true,
	"phó trưởng ban": true, "ủy viên": true, "uvtv": true, "giám đốc": true, "trưởng": true, "phó": true,
})

// coordWords may stand between bodies sharing one place word.
var coordWords = vnlex.NewPhrases(map[string]bool{
	",": true, "và": true, "các tổ chức chính trị - xã hội": true, "các tổ chức chính trị – xã hội": true,
	"các đoàn thể chính trị": true, "các đoàn thể": true, "các tổ chức thành viên": true,
	"các đoàn thể chính trị - xã hội": true, "các tổ chức chính trị-xã hội": true,
	"tổ chức chính trị - xã hội": true, "đoàn thể": true, "(": true, ")": true, "MTTQ": true,
})

// Finder finds units; stateless, safe for concurrent use.
type Finder struct {
	// IsCentral reports whether a city name is centrally run (province
	// level); nil uses vnlex.CentralCities.
	IsCentral func(name string) bool
	// LevelOf returns the level of a bare place name written after a body
	// ("Ủy ban MTTQ Việt Nam Gia Lâm" → huyện), or "" when unknown or
	// ambiguous; nil leaves such units without a level.
	LevelOf func(name string) string
}

// item is a body found in a segment, before place sharing.
type item struct {
	h          head
	prefix     string
	vn         bool // "Việt Nam" written after a Front name
	levelWord  string
	place      string
	placeLevel string
	start, end int
	// sub is true when the place word is below the commune (thôn, bản…).
	sub bool
}

// subLevelSet are places below the commune; a body of one has no level.
type subLevelSet struct{ p *vnlex.Phrases[bool] }

// Match1 returns the token count of a sub-commune place word at i.
func (s subLevelSet) Match1(toks []vntext.Token, i int) int {
	_, n := s.p.Match(toks, i)
	return n
}

var subLevels = subLevelSet{vnlex.NewPhrases(map[string]bool{
	"thôn": true, "bản": true, "ấp": true, "khu dân cư": true, "tổ dân phố": true, "khu phố": true,
	"làng": true, "xóm": true, "buôn": true, "sóc": true,
})}

// Find returns the organisers named in the title and in the lead's first
// sentence (both canonical text). Never nil.
func (f *Finder) Find(title, lead string) []search.Unit {
	return f.FindParas(vntext.Para{Text: title, Toks: vntext.Tokenize(title)}, vntext.Para{Text: lead, Toks: vntext.Tokenize(lead)})
}

// FindParas is Find on a title and lead already tokenized
// (vntext.NewPara), so that they are not tokenized again.
func (f *Finder) FindParas(title, lead vntext.Para) []search.Unit {
	out := []search.Unit{}
	seen := map[string]bool{}
	add := func(us []search.Unit) {
		for _, u := range us {
			k := unitKey(u.Name)
			if !seen[k] {
				seen[k] = true
				out = append(out, u)
			}
		}
	}
	add(f.subject(title.Toks))
	add(f.subject(firstSentenceToks(lead)))
	add(f.introducedByDo(lead.Toks))
	return dropShorter(out)
}

// firstSentenceToks returns the tokens of p's first sentence
// (firstSentence). The sentence ends at a '.' or a line break, which no
// token spans, so they are the tokens of p that end by then.
func firstSentenceToks(p vntext.Para) []vntext.Token {
	end := len(firstSentence(p.Text))
	k := 0
	for k < len(p.Toks) && p.Toks[k].End <= end {
		k++
	}
	return p.Toks[:k:k]
}

// dropShorter removes a unit written without its place name when the same
// body is also written with it: "Ủy ban MTTQ tỉnh" (title) and "Ủy ban
// MTTQ Việt Nam tỉnh Quảng Trị" (lead) are one unit.
func dropShorter(us []search.Unit) []search.Unit {
	out := us[:0:0]
	for i, u := range us {
		k := unitKey(u.Name)
		drop := false
		for j, v := range us {
			if i == j || u.Place != "" || u.Org != v.Org || u.Level != v.Level {
				continue
			}
			if vk := unitKey(v.Name); strings.HasPrefix(vk, k+" ") {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, u)
		}
	}
	return out
}

func unitKey(name string) string {
	k := vntext.Key(name)
	k = strings.ReplaceAll(k, " việt nam", "")
	return k
}

// firstSentence cuts s at the first ". " that ends a sentence.
func firstSentence(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && (s[i+1] == ' ' || s[i+1] == '\n') && i > 0 && !(s[i-1] >= '0' && s[i-1] <= '9') {
			return s[:i]
		}
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}

// openers are adverbial phrases a lead may start with before its subject;
// the phrase runs to the first comma outside parentheses.
var openers = vnlex.NewPhrases(map[string]bool{
	"ngày": true, "sáng": true, "chiều": true, "tối": true, "trưa": true, "đêm": true, "hôm": true,
	"vừa qua": true, "mới đây": true, "trong": true, "thực hiện": true, "hướng tới": true, "nhằm": true,
	"nhân dịp": true, "chào mừng": true, "hưởng ứng": true, "căn cứ": true, "theo": true, "sau": true,
	"để": true, "với": true, "tại": true, "từ": true, "nhân": true, "thiết thực": true, "trước": true,
	"kỷ niệm": true, "qua": true, "tiếp tục": true, "triển khai": true, "được": true, "năm": true,
	"tháng": true, "cùng với": true, "bên cạnh": true, "hòa chung": true, "phát huy": true,
	"trên cơ sở": true, "dưới sự": true, "thời gian qua": true, "những năm qua": true, "sáng nay": true,
	"chiều nay": true, "hôm nay": true, "mới": true, "gần đây": true, "tiếp theo": true,
})

// preambles may stand right before the subject body: "đoàn công tác của",
// "lãnh đạo".
var preambles = vnlex.NewPhrases(map[string]bool{
	"đoàn công tác của": true, "đoàn giám sát của": true, "đoàn kiểm tra của": true, "lãnh đạo": true,
	"đoàn công tác": false, "đại diện": true, "các đồng chí lãnh đạo": true,
})

// subjectStart skips the openers of a sentence and returns where its
// subject starts.
func subjectStart(toks []vntext.Token) int {
	i := 0
	for i < len(toks) {
		if _, n := openers.Match(toks, i); n == 0 && !toks[i].Digit {
			break
		}
		depth := 0
		j := i
		for ; j < len(toks); j++ {
			switch toks[j].Text {
			case "(":
				depth++
			case ")":
				depth--
			case ",":
				if depth <= 0 {
					goto next
				}
			}
		}
		return len(toks) // no comma: the whole sentence is an adverbial
	next:
		i = j + 1
		// "tại buôn Ea Kmát, phường Ea Tam, thành phố Buôn Ma Thuột, …":
		// the address goes on through place words.
		for i < len(toks) {
			if _, ln := vnlex.LevelWords.Match(toks, i); ln == 0 || toks[i].Upper {
				break
			}
			for i < len(toks) && toks[i].Text != "," {
				i++
			}
			i++
		}
	}
	if v, n := preambles.Match(toks, i); n > 0 && v {
		i += n
	}
	return i
}

// subject reads the bodies that open a sentence, before its main verb, and
// the co-organisers after "phối hợp với".
func (f *Finder) subject(toks []vntext.Token) []search.Unit {
	var items []item
	i := subjectStart(toks)
	if it, ok := f.bodyAt(toks, i); ok {
		items = append(items, it)
		i = it.end
		for i < len(toks) {
			if _, n := verbs.Match(toks, i); n > 0 && !toks[i].Upper {
				if !(toks[i].Key == "tổ" && i+2 < len(toks) && (toks[i+2].Key == "chính" || toks[i+2].Key == "thành")) {
					break
				}
			}
			if _, n := roleWords.Match(toks, i); n > 0 {
				break
			}
			if it, ok := f.bodyAt(toks, i); ok {
				items = append(items, it)
				i = it.end
				continue
			}
			i++
		}
		// co-organisers: "… phối hợp với A (và B) tổ chức …"
		if i+2 < len(toks) && toks[i].Key == "phối" && toks[i+1].Key == "hợp" && toks[i+2].Key == "với" {
			i += 3
			for i < len(toks) {
				if it, ok := f.bodyAt(toks, i); ok {
					items = append(items, it)
					i = it.end
					continue
				}
				if _, n := coordWords.Match(toks, i); n > 0 && toks[i].Key != "(" {
					i += n
					continue
				}
				break
			}
		}
	}
	return f.finish(toks, items)
}

// introducedByDo finds "do <body> tổ chức" in the lead.
func (f *Finder) introducedByDo(toks []vntext.Token) []search.Unit {
	var items []item
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Key != "do" || toks[i].Upper {
			continue
		}
		if it, ok := f.bodyAt(toks, i+1); ok {
			items = append(items, it)
			i = it.end - 1
		}
	}
	return f.finish(toks, items)
}

// bodyAt matches "[prefix] head [Việt Nam] [level word] [Name]" at i.
func (f *Finder) bodyAt(toks []vntext.Token, i int) (item, bool) {
	it := item{start: i}
	j := i
	if p, n := prefixes.Match(toks, j); n > 0 && toks[j].Upper {
		if _, hn := heads.Match(toks, j+n); hn > 0 {
			it.prefix = p
			j += n
		} else if strings.HasPrefix(p, "Ban Thường trực Ủy ban") {
			return it, false
		}
	}
	h, n := heads.Match(toks, j)
	if n == 0 || !toks[j].Upper {
		return it, false
	}
	it.h = h
	j += n
	if h.named {
		e := j
		for e < len(toks) && e-j < 4 && toks[e].Word && (toks[e].Upper || e > j) && !toks[e].NL {
			if _, ln := vnlex.LevelWords.Match(toks, e); ln > 0 && !toks[e].Upper {
				break
			}
			if _, vn := verbs.Match(toks, e); vn > 0 && !toks[e].Upper {
				break
			}
			if toks[e].Key == "và" || toks[e].Key == "với" || toks[e].Key == "của" {
				break
			}
			e++
		}
		if e == j {
			return it, false
		}
		it.h.canon = h.canon + " " + vntext.Text(toks, j, e)
		j = e
	}
	if h.mttq && j+1 < len(toks) && toks[j].Key == "việt" && toks[j+1].Key == "nam" {
		it.vn = true
		j += 2
	}
	// "Ban Dân vận Tỉnh ủy" is one head; "Ban Dân vận" + place otherwise.
	if lv, ln := vnlex.LevelWords.Match(toks, j); ln > 0 && !toks[j].Upper {
		it.levelWord = vntext.Keys(toks, j, j+ln)
		it.placeLevel = lv
		j += ln
		if e := nameRun(toks, j); e > j {
			it.place = vntext.Text(toks, j, e)
			j = e
		}
	} else if sn := subLevels.Match1(toks, j); sn > 0 && !toks[j].Upper {
		it.levelWord = vntext.Keys(toks, j, j+sn)
		j += sn
		if e := nameRun(toks, j); e > j {
			it.place = vntext.Text(toks, j, e)
			j = e
		}
		it.sub = true
	} else if h.party || h.mttq || h.org == search.OrgDanVan || h.org == search.OrgNongDan || h.org == search.OrgPhuNu || h.org == search.OrgCCB || h.org == search.OrgDoanTN {
		if e := nameRun(toks, j); e > j {
			it.place = vntext.Text(toks, j, e)
			j = e
		}
	}
	it.end = j
	return it, true
}

// nameRun returns the end of a place name: capitalised words or a number
// ("phường 3"), at most 4, not running into another body.
func nameRun(toks []vntext.Token, i int) int {
	j := i
	for j < len(toks) && j-i < 4 && toks[j].Word && (toks[j].Upper || toks[j].Digit && j == i) && !toks[j].NL {
		if _, n := heads.Match(toks, j); n > 0 && j > i {
			break
		}
		if toks[j].Key == "mttq" || toks[j].Key == "ubnd" || toks[j].Key == "hđnd" {
			break
		}
		j++
	}
	return j
}

// finish shares a trailing place among coordinated bodies and builds units.
func (f *Finder) finish(toks []vntext.Token, items []item) []search.Unit {
	// A body followed by coordination words and then a bare place word:
	// "Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện Lâm Bình".
	for k := range items {
		it := &items[k]
		if it.levelWord != "" || it.place != "" {
			continue
		}
		j := it.end
		for j < len(toks) {
			if _, n := coordWords.Match(toks, j); n > 0 {
				j += n
				continue
			}
			break
		}
		if j == it.end {
			continue
		}
		if lv, ln := vnlex.LevelWords.Match(toks, j); ln > 0 && !toks[j].Upper {
			it.levelWord, it.placeLevel = vntext.Keys(toks, j, j+ln), lv
			if e := nameRun(toks, j+ln); e > j+ln {
				it.place = vntext.Text(toks, j+ln, e)
			}
		}
	}
	// Share place backwards: an item without place followed only by
	// coordination words and other items takes the next item's place.
	for k := len(items) - 2; k >= 0; k-- {
		if items[k].levelWord != "" || items[k].place != "" {
			continue
		}
		nx := items[k+1]
		if nx.levelWord == "" && nx.place == "" {
			continue
		}
		if !onlyCoord(toks, items[k].end, startOf(toks, nx)) {
			continue
		}
		items[k].levelWord, items[k].placeLevel = nx.levelWord, nx.placeLevel
		if !nx.h.party {
			items[k].place = nx.place
		}
	}
	var out []search.Unit
	for _, it := range items {
		out = append(out, f.build(it))
	}
	return out
}

func startOf(_ []vntext.Token, it item) int { return it.start }

func onlyCoord(toks []vntext.Token, from, to int) bool {
	if to < from {
		return false
	}
	for j := from; j < to; {
		if _, n := coordWords.Match(toks, j); n > 0 {
			j += n
			continue
		}
		return false
	}
	return true
}

func (f *Finder) build(it item) search.Unit {
	var b strings.Builder
	if it.prefix != "" {
		b.WriteString(it.prefix)
		b.WriteByte(' ')
	}
	b.WriteString(it.h.canon)
	if it.vn {
		b.WriteString(" Việt Nam")
	}
	u := search.Unit{Org: it.h.org, Level: it.h.level}
	if it.levelWord != "" {
		b.WriteByte(' ')
		b.WriteString(it.levelWord)
		if it.levelWord == "tp" || it.levelWord == "tp." {
			it.levelWord = "thành phố"
		}
		u.Level = it.placeLevel
		if it.sub {
			u.Level = ""
		}
		if it.levelWord == "thành phố" && it.place != "" {
			u.Level = f.cityLevel(it.place)
		}
		if it.place != "" && !it.sub {
			u.Place = it.levelWord + " " + it.place
		}
	}
	if it.place != "" {
		b.WriteByte(' ')
		b.WriteString(it.place)
		if it.levelWord == "" && (it.h.party || it.h.org == search.OrgDanVan) {
			switch strings.TrimPrefix(it.h.canon, "Ban Dân vận ") {
			case "Tỉnh ủy":
				u.Place = "tỉnh " + it.place
			case "Huyện ủy":
				u.Place = "huyện " + it.place
			case "Thị ủy":
				u.Place = "thị xã " + it.place
			case "Quận ủy":
				u.Place = "quận " + it.place
			case "Thành ủy":
				u.Place = "thành phố " + it.place
				u.Level = f.cityLevel(it.place)
			}
		}
	}
	if u.Level == "" && it.levelWord == "" && it.place != "" && !it.h.party && f.LevelOf != nil {
		u.Level = f.LevelOf(it.place)
	}
	if u.Level == "" && it.h.canon == "Thành ủy" {
		u.Level = search.LevelHuyen
	}
	u.Name = b.String()
	if u.Org == search.OrgKhac && u.Level == "" && it.levelWord == "" {
		u.Level = it.h.level
	}
	return u
}

func (f *Finder) cityLevel(name string) string {
	if f.IsCentral != nil {
		if f.IsCentral(name) {
			return search.LevelTinh
		}
		return search.LevelHuyen
	}
	return vnlex.LevelOfCity(name)
}
