// Package vnlex holds the word lists the enrichment stages share — place
// kind words (xã, huyện…), titles (Chủ tịch, Bí thư…), honorifics (đồng
// chí, ông, bà…), Vietnamese surnames including minority ones — and a
// phrase matcher over vntext tokens. The lists are the project's own,
// written by hand; an optional surname frequency file can extend them.
package vnlex

import (
	"bufio"
	_ "embed"
	"fmt"
	"os"
	"strings"

	"github.com/frontsearch/frontsearch/indexer/enrich/vntext"
	"github.com/frontsearch/frontsearch/search"
)

// Phrases is a set of token-key sequences matched longest first at a
// token position. Values carry what the caller attached to each phrase.
type Phrases[V any] struct {
	first map[string][]entry[V]
	// starts and ends have bit len(k)%64 of starts[k[0]] and of
	// ends[k[len(k)-1]] set for every first key k: most tokens start no
	// phrase, and these reject them without hashing.
	starts, ends [256]uint64
}

type entry[V any] struct {
	keys []string
	val  V
}

// NewPhrases builds a matcher; each phrase is written as text ("Ủy ban
// MTTQ") and keyed by its tokens' keys.
func NewPhrases[V any](m map[string]V) *Phrases[V] {
	p := &Phrases[V]{first: map[string][]entry[V]{}}
	for text, v := range m {
		p.Add(text, v)
	}
	return p
}

// Add inserts one phrase.
func (p *Phrases[V]) Add(text string, v V) {
	toks := vntext.Tokenize(vntext.Canon(text))
	if len(toks) == 0 {
		return
	}
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	l := p.first[keys[0]]
	l = append(l, entry[V]{keys, v})
	// keep longest first
	for i := len(l) - 1; i > 0 && len(l[i].keys) > len(l[i-1].keys); i-- {
		l[i], l[i-1] = l[i-1], l[i]
	}
	p.first[keys[0]] = l
	k := keys[0]
	p.starts[k[0]] |= 1 << (len(k) % 64)
	p.ends[k[len(k)-1]] |= 1 << (len(k) % 64)
}

// Match returns the value and token count of the longest phrase starting
// at toks[i], or n == 0.
func (p *Phrases[V]) Match(toks []vntext.Token, i int) (v V, n int) {
	if i >= len(toks) {
		return v, 0
	}
	key := toks[i].Key
	if key == "" {
		return v, 0
	}
	if bit := uint64(1) << (len(key) % 64); p.starts[key[0]]&bit == 0 || p.ends[key[len(key)-1]]&bit == 0 {
		return v, 0
	}
	for _, e := range p.first[key] {
		if i+len(e.keys) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.keys); k++ {
			if toks[i+k].Key != e.keys[k] {
				ok = false
				break
			}
		}
		if ok {
			return e.val, len(e.keys)
		}
	}
	return v, 0
}

// LevelWords maps place kind words to the level they name. "thành phố" is
// huyện unless the city is centrally run (see CentralCities).
var LevelWords = NewPhrases(map[string]string{
	"tỉnh": search.LevelTinh, "thành phố": search.LevelHuyen, "TP": search.LevelHuyen, "TP.": search.LevelHuyen,
	"huyện": search.LevelHuyen, "thị xã": search.LevelHuyen, "quận": search.LevelHuyen,
	"xã": search.LevelXa, "phường": search.LevelXa, "thị trấn": search.LevelXa, "đặc khu": search.LevelXa,
})

// CentralCities are the centrally-run cities (province level).
var CentralCities = map[string]bool{
	"hà nội": true, "hồ chí minh": true, "hải phòng": true, "đà nẵng": true, "cần thơ": true, "huế": true,
}

// LevelOfCity returns the level of "thành phố <name>".
func LevelOfCity(name string) string {
	if CentralCities[vntext.Key(name)] {
		return search.LevelTinh
	}
	return search.LevelHuyen
}

// Honorifics precede a person's name.
var Honorifics = NewPhrases(map[string]bool{
	"đồng chí": true, "đ/c": true, "Đ/c": true, "ông": true, "bà": true, "anh": true, "chị": true,
	"cụ": true, "cụ ông": true, "cụ bà": true, "các đồng chí": true, "Thượng tá": true, "Đại tá": true,
	"Trung tá": true, "Thiếu tá": true, "Thượng úy": true, "Trung úy": true, "Thiếu úy": true, "Thiếu tướng": true, "Trung tướng": true, "Đại úy": true,
	"Hòa thượng": true, "Thượng tọa": true, "Đại đức": true, "Linh mục": true, "Mục sư": true,
	"Ni sư": true, "già làng": true, "nghệ nhân": true, "PGS.TS": true, "TS": true, "Thạc sĩ": true,
	"bác sĩ": true, "BS": true, "BS.CK1": true, "BS.CK2": true, "BS.CKI": true, "BS.CKII": true,
	"BSCKI": true, "BSCKII": true, "ThS": true, "ThS.BS": true, "GS": true, "PGS": true, "GS.TS": true,
	"Tiến sĩ": true, "Giáo sư": true, "nhà báo": true, "nhà văn": true, "nhà thơ": true, "NSND": true,
	"NSƯT": true, "nghệ sĩ": true, "kỹ sư": true, "luật sư": true, "cô giáo": true, "thầy giáo": true,
})

// Titles start a role ("Phó Chủ tịch Ủy ban MTTQ tỉnh"). Keys are
// lowercase; a role is matched case-insensitively.
var Titles = NewPhrases(map[string]bool{
	"chủ tịch": true, "phó chủ tịch": true, "bí thư": true, "phó bí thư": true, "trưởng ban": true,
	"phó trưởng ban": true, "trưởng": true, "phó trưởng": true, "ủy viên": true, "uvtv": true, "uvbtv": true,
	"giám đốc": true, "phó giám đốc": true, "tỉnh ủy viên": true, "huyện ủy viên": true, "thành ủy viên": true,
	"đảng ủy viên": true, "thị ủy viên": true, "chánh văn phòng": true, "phó chánh văn phòng": true,
	"trưởng thôn": true, "trưởng bản": true, "trưởng ấp": true, "tổ trưởng": true, "chi hội trưởng": true,
	"đại biểu quốc hội": true, "đbqh": true, "thường trực": true, "chủ nhiệm": true, "phó chủ nhiệm": true,
	"hiệu trưởng": true, "tổng thư ký": true, "thủ tướng": true, "phó thủ tướng": true, "bộ trưởng": true,
	"thứ trưởng": true, "cán bộ": true, "chuyên viên": true, "đoàn viên": true, "hội viên": true,
	"nguyên": true, "chỉ huy trưởng": true, "trưởng công an": true, "bí thư chi bộ": true,
	"trưởng ban công tác mặt trận": true, "chủ tịch ủy ban mttq": true, "thư ký": true,
	"phó trưởng phòng": true, "trưởng phòng": true, "ủy viên ban thường vụ": true, "chánh án": true,
	"viện trưởng": true, "trưởng đoàn": true, "quản nhiệm": true, "trụ trì": true, "phó trụ trì": true,
	"phó chủ tịch thường trực": true, "chủ tịch hội": true, "bí thư đoàn": true, "giáo viên": true, "phó trưởng đoàn": true, "ủy viên thường trực": true,
})

//go:embed surnames.txt
var surnamesTxt string

// Surnames is the built-in set of surname keys (lowercase canonical).
var Surnames = map[string]bool{}

func init() {
	for _, l := range strings.Split(surnamesTxt, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		for _, w := range strings.Split(l, ",") {
			if w = strings.TrimSpace(w); w != "" {
				Surnames[vntext.Key(w)] = true
			}
		}
	}
}

// NameSet is a surname set: the built-in one, optionally extended from a
// frequency file (first column a surname, "#" comments and a header line
// allowed), as /work/shared/data/names/surnames_freq.tsv.
type NameSet map[string]bool

// LoadSurnames returns the built-in surnames plus those in path ("" = none).
// Surnames whose file share is tiny are still added; the name detector
// never relies on the surname alone.
func LoadSurnames(path string) (NameSet, error) {
	s := NameSet{}
	for k := range Surnames {
		s[k] = true
	}
	if path == "" {
		return s, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("vnlex: surnames: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		fs := strings.Split(sc.Text(), "\t")
		w := strings.TrimSpace(fs[0])
		if w == "" || strings.HasPrefix(w, "#") || line == 1 && strings.EqualFold(w, "surname") {
			continue
		}
		k := vntext.Key(w)
		if notSurname[k] {
			continue
		}
		s[k] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("vnlex: surnames %s: %w", path, err)
	}
	return s, nil
}

// notSurname are syllables a surname file may list (as rare first
// syllables) that are far more often capitalised ordinary words in Front
// news; they are never taken as surnames.
var notSurname = map[string]bool{"văn": true, "thị": true, "ban": true, "hội": true, "nhân": true, "dân": true,
	"xã": true, "huyện": true, "tỉnh": true, "việt": true, "nam": true, "đảng": true, "mặt": true}

// MiddleNames are the commonest middle names; after a surname they mark a
// personal name rather than a place ("Lê Văn …", "Nguyễn Thị …").
var MiddleNames = map[string]bool{
	"văn": true, "thị": true, "ngọc": true, "đức": true, "hữu": true, "minh": true, "thanh": true,
	"quang": true, "xuân": true, "hồng": true, "thu": true, "công": true, "đình": true, "trọng": true,
	"bá": true, "duy": true, "mạnh": true, "thế": true, "tiến": true, "quốc": true, "viết": true,
	"sỹ": true, "sĩ": true, "kim": true, "mai": true, "phương": true, "anh": true, "nhật": true,
}
