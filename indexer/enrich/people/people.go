// Package people finds named persons and the roles articles give them:
// "đồng chí Lê Văn Quốc, Phó Trưởng Ban Dân vận Tỉnh ủy" (honorific, name,
// role after), "Phó Chủ tịch Ủy ban MTTQ tỉnh Lê Ngọc Tân" (role before the
// name), "Đ/c Hoàng Anh Tú – UVTV Huyện ủy…", and byline lines.
//
// A capitalised run is only taken as a name when something marks it as
// one — an honorific, a title, a byline position — and when it starts with
// a known surname (Kinh or minority: Nông, Lò, Giàng, Ksor, "Y…", "H'…");
// so places ("xã Bắc Thủy") and organisations ("Đoàn TNCS Hồ Chí Minh") are
// not people. Names are canonical NFC; the same person named twice is
// reported once, with the longer role.
package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/indexer/enrich/vnlex"
	"github.com/frontsearch/frontsearch/indexer/enrich/vntext"
	"github.com/frontsearch/frontsearch/search"
)

// Finder finds people. It is read-only after New and safe for concurrent use.
type Finder struct {
	surnames vnlex.NameSet
}

// New returns a Finder using the given surname set (nil = built-in list).
func New(surnames vnlex.NameSet) *Finder {
	if surnames == nil {
		surnames = vnlex.NameSet(vnlex.Surnames)
	}
	return &Finder{surnames: surnames}
}

// notNames are full names that are never a person mention in Front news.
var notNames = map[string]bool{"hồ chí minh": true, "tôn đức thắng": false}

// stopVerbs end a role: what follows is what the person did.
var stopVerbs = vnlex.NewPhrases(map[string]bool{
	"chủ trì": true, "phát biểu": true, "kết luận": true, "dự": true, "tham dự": true, "làm": true,
	"đã": true, "cho biết": true, "nhấn mạnh": true, "đề nghị": true, "trao": true, "tặng": true,
	"ghi nhận": true, "thông tin": true, "yêu cầu": true, "khẳng định": true, "đánh giá": true,
	"cùng": true, "chúc mừng": true, "tới": true, "đến": true, "báo cáo": true, "trình bày": true,
	"phát động": true, "được": true, "là": true, "vừa": true, "thăm": true, "kiểm tra": true,
	"mong muốn": true, "chia sẻ": true, "động viên": true, "giới thiệu": true, "quán triệt": true,
	"điều hành": true, "chỉ đạo": true, "tham gia": true, "có": true, "công bố": true, "đọc": true,
	"nêu": true, "bày tỏ": true, "gợi ý": true, "biểu dương": true, "lưu ý": true, "giao": true,
	"và": true, "tại": true, "về": true, "trong": true, "với": true, "nhằm": true, "khi": true,
	"đồng thời": true, "đề cao": true, "ghi nhận và": true, "cảm ơn": true, "đại diện": true,
	"cũng": true, "sẽ": true, "luôn": true, "tiếp thu": true, "trả lời": true, "giải đáp": true,
	"nhận": true, "bàn giao": true, "khai mạc": true, "bế mạc": true, "quán": true, "hoan nghênh": true,
	"đọc diễn văn": true, "ôn lại": true, "thay mặt": true, "tuyên bố": true, "lên": true, "để": true,
	"các": true, "đồng chí": true, "ông": true, "bà": true, "đ/c": true, "nhận định": true,
	"nhiệm kỳ": true, "kêu gọi": true, "tái đắc cử": true, "đắc cử": true, "hứa": true, "mong": true,
	"cho rằng": true, "gửi": true, "chỉ rõ": true, "phân tích": true, "nói": true, "thông báo": true,
	"ký": true, "khen": true, "xúc động": true, "ân cần": true, "thăm hỏi": true, "hỏi thăm": true,
	"dâng hương": true, "nhận xét": true, "thừa nhận": true, "tiếp nhận": true, "ủng hộ": true,
	"đồng chủ trì": true, "vui mừng": true, "điểm lại": true, "giải trình": true, "nêu rõ": true,
	"tham luận": true, "khai trương": true, "trò chuyện": true, "lắng nghe": true, "triển khai": true, "chúc": true, "dặn": true, "căn dặn": true,
})

// Find returns the people named in the paragraphs and the
// byline author. The result is never nil.
func (f *Finder) Find(paras []string, author string) []search.Person {
	ps := make([]vntext.Para, len(paras))
	for i, p := range paras {
		ps[i] = vntext.NewPara(p)
	}
	return f.FindParas(ps, author)
}

// FindParas is Find over paragraphs already canonicalised and tokenized.
func (f *Finder) FindParas(paras []vntext.Para, author string) []search.Person {
	c := &collector{idx: map[string]int{}, out: []search.Person{}}
	for pi, p := range paras {
		f.scan(p.Text, p.Toks, c)
		if pi >= len(paras)-3 {
			f.bylines(p.Text, p.Toks, c)
		}
	}
	if a := strings.TrimSpace(vntext.Canon(author)); a != "" && utf8.RuneCountInString(a) < 120 {
		last := ""
		for _, part := range splitAuthors(a) {
			toks := vntext.Tokenize(part)
			if _, tn := vnlex.Titles.Match(toks, 0); tn > 0 && last != "" {
				c.add(last, part) // "Nông Văn Lành - Phó Chủ tịch …"
				continue
			}
			last = ""
			if authorName(toks) {
				c.add(part, "")
				last = part
			}
		}
	}
	return c.out
}

// authorSeps turns the separators of a byline's names into commas. Built
// once: a Replacer is safe for concurrent use, and building one costs more
// than a byline's replacements.
var authorSeps = strings.NewReplacer(" - ", ",", " – ", ",", ";", ",", " và ", ",")

func splitAuthors(a string) []string {
	a = authorSeps.Replace(a)
	var out []string
	for _, p := range strings.Split(a, ",") {
		p = strings.TrimSpace(p)
		p = strings.TrimPrefix(p, "Tin, ảnh:")
		p = strings.TrimPrefix(p, "Tin và ảnh:")
		p = strings.TrimSpace(strings.TrimPrefix(p, "Tác giả:"))
		for _, by := range []string{"By ", "by ", "Bởi ", "Theo "} {
			p = strings.TrimPrefix(p, by)
		}
		if p != "" && !strings.ContainsAny(p, "0123456789@/") {
			out = append(out, p)
		}
	}
	return out
}

type collector struct {
	idx map[string]int
	out []search.Person
}

func (c *collector) add(name, role string) {
	k := vntext.Key(name)
	if k == "" || notNames[k] {
		return
	}
	role = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(role), ",;:–-"))
	if i, ok := c.idx[k]; ok {
		if utf8.RuneCountInString(role) > utf8.RuneCountInString(c.out[i].Role) {
			c.out[i].Role = role
		}
		return
	}
	c.idx[k] = len(c.out)
	c.out = append(c.out, search.Person{Name: name, Role: role})
}

// nameToken reports whether t can be part of a personal name: a word that
// starts uppercase and is not an all-caps abbreviation of two or more
// letters ("MTTQ", "UBND").
func nameToken(t vntext.Token) bool {
	if !t.Word || !t.Upper || t.Digit {
		return false
	}
	n := 0
	lower := false
	for _, r := range t.Text {
		n++
		if unicode.IsLower(r) {
			lower = true
		}
	}
	return n == 1 || lower
}

// run returns the end of the run of name tokens starting at i.
func run(toks []vntext.Token, i int) int {
	j := i
	for j < len(toks) && nameToken(toks[j]) && (j == i || !toks[j].NL) {
		j++
	}
	return j
}

func (f *Finder) isSurname(t vntext.Token) bool {
	if f.surnames[t.Key] {
		return true
	}
	// Ê Đê / Jrai women's names "H'Hen", men's "Y Ngông".
	return strings.HasPrefix(t.Text, "H'") || strings.HasPrefix(t.Text, "H’")
}

// orgWords never appear inside a personal name.
var orgWords = map[string]bool{"ban": true, "ủy": true, "đảng": true, "mặt": true,
	"trận": true, "tổ": true, "xã": true, "huyện": true, "tỉnh": true, "phố": true, "ubnd": true,
	"hđnd": true, "mttq": true, "chủ": true, "tịch": true, "bí": true, "phó": true, "trưởng": true,
	"ương": true, "hiệp": true, "phụ": true, "niên": true, "cựu": true, "khu": true, "thôn": true,
	"bản": true, "ấp": true, "tổng": true, "ngày": true, "tháng": true, "chiều": true, "tối": true,
	"kế": true, "hoạch": true, "quyết": true, "nghị": true, "trường": true, "sở": true, "phòng": true,
}

// validName reports whether toks[i:j] is a plausible full name.
func (f *Finder) validName(toks []vntext.Token, i, j, minLen int) bool {
	n := j - i
	if n < minLen || n > 5 {
		return false
	}
	if !f.isSurname(toks[i]) {
		return false
	}
	for k := i; k < j; k++ {
		if orgWords[toks[k].Key] {
			return false
		}
	}
	if n >= 2 && toks[j-2].Key == "việt" && toks[j-1].Key == "nam" {
		return false
	}
	return !notNames[vntext.Keys(toks, i, j)]
}

// splitRun finds the name at the end of the run toks[i:j]: toks[k:j] a
// valid name of at most four words, preferring one with a middle name. The part before k is a place or
// organisation name ("tỉnh Hà Nam Nguyễn Văn A").
func (f *Finder) splitRun(toks []vntext.Token, i, j, minLen int) (int, bool) {
	first := -1
	for k := i; k < j; k++ {
		if j-k > 4 || !f.validName(toks, k, j, minLen) {
			continue
		}
		// "Hà Nam Nguyễn Văn Hải": prefer the split whose second word is a
		// middle name.
		if k+1 < j && vnlex.MiddleNames[toks[k+1].Key] {
			return k, true
		}
		if first < 0 {
			first = k
		}
	}
	return first, first >= 0
}

func (f *Finder) scan(text string, toks []vntext.Token, c *collector) {
	for i := 0; i < len(toks); i++ {
		if _, n := vnlex.Honorifics.Match(toks, i); n > 0 {
			j := i + n
			if j < len(toks) && toks[j].Key == ":" {
				j++
			}
			if _, tn := vnlex.Titles.Match(toks, j); tn > 0 && !(j < len(toks) && f.isSurname(toks[j]) && run(toks, j) > j+1 && f.validName(toks, j, run(toks, j), 2)) {
				if end, ok := f.titleThenName(text, toks, j, c); ok {
					i = end - 1
				}
				continue
			}
			e := run(toks, j)
			if e == j+1 && apostropheName(toks[j].Text) || e > j && f.validName(toks, j, e, 2) {
				role, end := roleAfter(text, toks, e)
				c.add(vntext.Text(toks, j, e), role)
				i = end - 1
			} else if k, ok := f.splitRun(toks, j, e, 3); ok && k-j <= 2 {
				// "Linh mục Giuse Nguyễn Văn Hải": a baptismal name first
				role, end := roleAfter(text, toks, e)
				c.add(vntext.Text(toks, k, e), role)
				i = end - 1
			}
			continue
		}
		if toks[i].Upper {
			if _, tn := vnlex.Titles.Match(toks, i); tn > 0 {
				if end, ok := f.titleThenName(text, toks, i, c); ok {
					i = end - 1
				}
			}
		}
	}
}

// titleThenName handles a role written before the name: "Phó Chủ tịch Ủy
// ban MTTQ tỉnh Lê Ngọc Tân". It looks up to 14 tokens ahead, within the
// clause, for a capitalised run ending in a valid name.
func (f *Finder) titleThenName(text string, toks []vntext.Token, i int, c *collector) (int, bool) {
	_, tn := vnlex.Titles.Match(toks, i)
	limit := i + 16
	if limit > len(toks) {
		limit = len(toks)
	}
	for k := i + tn; k < limit; k++ {
		t := toks[k]
		if !t.Word {
			if t.Text == "-" || t.Text == "–" {
				continue
			}
			return 0, false
		}
		if _, sv := stopVerbs.Match(toks, k); sv > 0 && !t.Upper && !andContinues(toks, k) {
			return 0, false
		}
		if !nameToken(t) {
			continue
		}
		e := run(toks, k)
		if e < len(toks) && toks[e].Word && !toks[e].Upper && isOrgContinuation(toks[e].Key) {
			k = e - 1
			continue
		}
		minLen := 3
		if k == i+tn {
			minLen = 2
		}
		if s, ok := f.splitRun(toks, k, e, minLen); ok {
			role := strings.TrimSpace(text[toks[i].Start:toks[s-1].End])
			if s == i+tn {
				role = strings.TrimSpace(text[toks[i].Start:toks[i+tn-1].End])
			}
			role = strings.TrimRight(role, " ,–-")
			c.add(vntext.Text(toks, s, e), role)
			return e, true
		}
		k = e - 1
	}
	return 0, false
}

// isOrgContinuation: lowercase words that continue an organisation or place
// name, so the capitalised run before them is not a person ("Tỉnh ủy").
func isOrgContinuation(k string) bool {
	switch k {
	case "ủy", "đoàn", "ban", "huyện", "xã", "tỉnh", "thị", "phường", "quận", "dân", "nhân", "vận":
		return true
	}
	return false
}

// roleStops are punctuation tokens that end a role: a quotation starts
// what the person said or did.
const roleStops = ",;.():\"“”«»!?"

// roleAfter reads the role written after a name: ", Phó Trưởng Ban Dân vận
// Tỉnh ủy", " – Phó Bí thư…", " (Chủ tịch…)". It returns the role and the
// token index where it ends.
func roleAfter(text string, toks []vntext.Token, i int) (string, int) {
	if i >= len(toks) {
		return "", i
	}
	sep := toks[i].Text
	closing := ""
	// "ông Z tái đắc cử Chủ tịch …"
	if toks[i].Key == "tái" && i+2 < len(toks) && toks[i+1].Key == "đắc" && toks[i+2].Key == "cử" {
		return roleAfter(text, toks, i+2)
	}
	if toks[i].Key == "đắc" && i+1 < len(toks) && toks[i+1].Key == "cử" {
		return roleAfter(text, toks, i+1)
	}
	// "bà X được hiệp thương cử giữ chức Chủ tịch …", "ông Y được bầu làm …"
	if toks[i].Key == "được" {
		for k := i + 1; k < len(toks) && k < i+6; k++ {
			if k+1 < len(toks) && toks[k].Key == "giữ" && toks[k+1].Key == "chức" {
				return roleAfter(text, toks, k+1)
			}
			if toks[k].Key == "làm" {
				return roleAfter(text, toks, k)
			}
		}
		return "", i
	}
	switch sep {
	case ",", "–", "-", ":", "—", "chức", "làm", "cử":
	case "(":
		closing = ")"
	default:
		return "", i
	}
	var parts []string
	j := i + 1
	for {
		if j >= len(toks) {
			break
		}
		_, tn := vnlex.Titles.Match(toks, j)
		if _, on := orgStarts.Match(toks, j); tn == 0 && (on == 0 || len(parts) == 0 || !toks[j].Upper) {
			break
		}
		start := j
		k := j + 1
		for k < len(toks) {
			t := toks[k]
			if t.Text == "(" && k+2 < len(toks) && toks[k+2].Text == ")" && allCapsWord(toks[k+1].Text) {
				k += 3 // "(HECI)": an abbreviation inside the role
				continue
			}
			if t.NL || strings.Contains(roleStops, t.Text) {
				break
			}
			if _, sv := stopVerbs.Match(toks, k); sv > 0 && !t.Upper && !andContinues(toks, k) {
				break
			}
			k++
		}
		parts = append(parts, strings.TrimSpace(text[toks[start].Start:toks[k-1].End]))
		j = k
		if j < len(toks) && toks[j].Text == "," && j+1 < len(toks) && !toks[j+1].NL {
			// ", xã Tân Thành": a place that ends the role
			if _, ln := vnlex.LevelWords.Match(toks, j+1); ln > 0 && j+1+ln < len(toks) && toks[j+1+ln].Upper && !toks[j+1].Upper {
				k := j + 1 + ln
				for k < len(toks) && toks[k].Word && toks[k].Upper && !toks[k].NL {
					k++
				}
				parts[len(parts)-1] += ", " + strings.TrimSpace(text[toks[j+1].Start:toks[k-1].End])
				j = k
				break
			}
			j++
			continue
		}
		break
	}
	if closing != "" && j < len(toks) && toks[j].Text == closing {
		j++
	}
	return strings.Join(parts, ", "), j
}

// bylines takes lines that are just a name (the author's signature at the
// end of an article) and the title line under them.
func (f *Finder) bylines(text string, toks []vntext.Token, c *collector) {
	for i := 0; i < len(toks); {
		if !toks[i].NL {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j].NL {
			j++
		}
		// line toks[i:j]
		if e := run(toks, i); e == j && f.validName(toks, i, j, 2) {
			role := ""
			if j < len(toks) {
				k := j + 1
				for k < len(toks) && !toks[k].NL {
					k++
				}
				if _, tn := vnlex.Titles.Match(toks, j); tn > 0 && k-j < 15 {
					role = strings.TrimSpace(text[toks[j].Start:toks[k-1].End])
				}
			}
			c.add(vntext.Text(toks, i, j), role)
		}
		i = j
	}
}

// apostropheName reports a one-word Central Highlands name such as
// "K'Brơi" or "H'Hen", which stands alone after an honorific.
func apostropheName(s string) bool {
	for _, p := range []string{"K'", "H'", "K’", "H’", "Ka'"} {
		if strings.HasPrefix(s, p) && len(s) > len(p)+1 {
			return true
		}
	}
	return false
}

// authorName reports whether a byline part is a personal name: one to five
// words, each capitalised and none an abbreviation ("Ủy ban MTTQ huyện"
// and "Ban Biên tập" are not names).
func authorName(toks []vntext.Token) bool {
	if len(toks) == 0 || len(toks) > 5 {
		return false
	}
	if len(toks) == 1 {
		return apostropheName(toks[0].Text) // "K'Thuận"; a lone word is no name
	}
	viet := true
	for _, t := range toks {
		if !nameToken(t) || orgWords[t.Key] {
			return false
		}
		if !apostropheName(t.Text) && !vietSyllable(vntext.Fold(t.Text)) {
			viet = false
		}
	}
	// Minority names need not be Vietnamese syllables ("Thạch Sô Phal"),
	// but then they start with a known surname.
	return viet || vnlex.Surnames[toks[0].Key]
}

// initials are Vietnamese initial consonants, folded, longest first.
var initials = []string{"ngh", "ng", "nh", "gh", "gi", "kh", "ph", "th", "tr", "ch", "qu",
	"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}

// vietSyllable reports whether a folded word has the shape of a Vietnamese
// syllable: initial consonant, one to three vowels, a permitted final. It
// keeps English bylines ("Jamelle Bouie", "Reuters") out of People.
func vietSyllable(w string) bool {
	for _, in := range initials {
		if !strings.HasPrefix(w, in) {
			continue
		}
		rest := w[len(in):]
		v := 0
		for v < len(rest) && strings.IndexByte("aeiouy", rest[v]) >= 0 {
			v++
		}
		if v == 0 && !(in == "gi" && len(rest) > 0) || v > 3 {
			continue
		}
		switch rest[v:] {
		case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
			return true
		}
	}
	return false
}

// andContinues reports a "và" inside an organisation's name: "Sở Nông
// nghiệp và Phát triển nông thôn", "Lao động - Thương binh và Xã hội".
func andContinues(toks []vntext.Token, k int) bool {
	return toks[k].Key == "và" && k+1 < len(toks) && toks[k+1].Upper && !toks[k+1].NL &&
		!(k+2 < len(toks) && toks[k+2].Upper) // "và Nguyễn Văn…" starts a person
}

// orgStarts begin a later part of a role that names the institution:
// "…, Trưởng Trung tâm Kiểm tra sức khỏe, Bệnh viện Chợ Rẫy". Bodies that
// are often listed as attendees after a person ("Ban…", "Hội…", "Ủy
// ban…") are left out: a comma before them more likely starts a new item.
var orgStarts = vnlex.NewPhrases(map[string]bool{
	"Bệnh viện": true, "Trường": true, "Sở": true, "Trung tâm": true, "Công ty": true, "Bộ": true,
	"Cục": true, "Viện": true, "Học viện": true, "Đại học": true, "Báo": true, "Đài": true,
	"Bộ Chỉ huy": true,
})

func allCapsWord(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n >= 2
}
