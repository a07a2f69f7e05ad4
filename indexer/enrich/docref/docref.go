// Package docref finds legal and Party document numbers in Vietnamese text
// and normalises them: Party style "34-NQ/TU", "217-QĐ/TW", "04-NQ/HU" and
// State style "100/2019/NĐ-CP", "75/2015/QH13", "28/CT-TTg". Spacing
// inside a number is removed ("217- QĐ/TW" → "217-QĐ/TW"); the kind
// (Nghị quyết, Quyết định…) comes from the word written before the number
// when there is one, else from the code.
//
// It is a single forward scan over the bytes: no regular expressions.
package docref

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/indexer/enrich/vntext"
	"github.com/frontsearch/frontsearch/search"
)

// kindWords are the document kinds a number may follow ("Nghị quyết số
// 34-NQ/TU"), keyed by lowercase canonical spelling; longest first.
var kindWords = []struct{ key, kind string }{
	{"nghị quyết liên tịch", "Nghị quyết liên tịch"},
	{"thông tư liên tịch", "Thông tư liên tịch"},
	{"chương trình liên tịch", "Chương trình liên tịch"},
	{"chương trình phối hợp", "Chương trình phối hợp"},
	{"nghị quyết", "Nghị quyết"},
	{"quyết định", "Quyết định"},
	{"kết luận", "Kết luận"},
	{"chỉ thị", "Chỉ thị"},
	{"nghị định", "Nghị định"},
	{"thông tư", "Thông tư"},
	{"hướng dẫn", "Hướng dẫn"},
	{"kế hoạch", "Kế hoạch"},
	{"quy định", "Quy định"},
	{"quy chế", "Quy chế"},
	{"thông báo", "Thông báo"},
	{"công văn", "Công văn"},
	{"chương trình", "Chương trình"},
	{"đề án", "Đề án"},
	{"báo cáo", "Báo cáo"},
	{"luật", "Luật"},
	{"pháp lệnh", "Pháp lệnh"},
	{"nghị quyết số", "Nghị quyết"},
}

// codeKinds maps the type code inside a number to its kind.
var codeKinds = map[string]string{
	"NQ": "Nghị quyết", "QĐ": "Quyết định", "KL": "Kết luận", "CT": "Chỉ thị",
	"NĐ": "Nghị định", "TT": "Thông tư", "HD": "Hướng dẫn", "KH": "Kế hoạch",
	"TB": "Thông báo", "CV": "Công văn", "CTR": "Chương trình", "CTr": "Chương trình",
	"ĐA": "Đề án", "BC": "Báo cáo", "QC": "Quy chế", "QyĐ": "Quy định", "QYĐ": "Quy định",
	"NQLT": "Nghị quyết liên tịch", "TTLT": "Thông tư liên tịch", "CTPH": "Chương trình phối hợp",
	"CTLT": "Chương trình liên tịch", "L": "Luật", "PL": "Pháp lệnh", "HĐ": "Hướng dẫn",
}

// Find returns the document numbers in s, in order, de-duplicated by
// number (the first kind found wins, a later explicit kind fills a missing one).
func Find(s string) []search.DocRef {
	out := []search.DocRef{}
	seen := map[string]int{}
	for i := 0; i < len(s); {
		c := s[i]
		if c < '0' || c > '9' || i > 0 && continuesWord(s, i) {
			i++
			continue
		}
		num, end, code, ok := parseAt(s, i)
		if !ok {
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			continue
		}
		kind := kindBefore(s, i)
		if kind == "" {
			kind = kindOfCode(code)
		}
		if k, dup := seen[num]; dup {
			if out[k].Kind == "" {
				out[k].Kind = kind
			}
		} else {
			seen[num] = len(out)
			out = append(out, search.DocRef{Number: num, Kind: kind})
		}
		i = end
	}
	return out
}

// Span is a document number's byte range in the text it was found in.
type Span struct{ Start, End int }

// Spans returns the byte ranges of every document number in s; the event
// date finder uses them to skip document dates.
func Spans(s string) []Span {
	var out []Span
	for i := 0; i < len(s); {
		c := s[i]
		if c < '0' || c > '9' || i > 0 && continuesWord(s, i) {
			i++
			continue
		}
		if _, end, _, ok := parseAt(s, i); ok {
			out = append(out, Span{i, end})
			i = end
			continue
		}
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	return out
}

// continuesWord reports whether position i (a digit) continues a word or
// number that starts before it.
func continuesWord(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '-' || r == '.' || r == '_'
}

// parseAt reads a document number starting at digit i. It returns the
// normalised number, the end offset, the type code and whether it matched.
func parseAt(s string, i int) (num string, end int, code string, ok bool) {
	j := digits(s, i)
	first := s[i:j]
	if len(first) > 6 {
		return "", 0, "", false
	}
	k := spaces(s, j)
	if k < len(s) && (s[k] == '-' || strings.HasPrefix(s[k:], "–")) {
		// Party style: N-XX/YY[-ZZ]
		if s[k] == '-' {
			k++
		} else {
			k += len("–")
		}
		k = spaces(s, k)
		c, e := upperCode(s, k)
		if c == "" || e >= len(s) {
			return "", 0, "", false
		}
		e2 := spaces(s, e)
		if e2 >= len(s) || s[e2] != '/' {
			return "", 0, "", false
		}
		e2 = spaces(s, e2+1)
		issuer, e3 := codeChain(s, e2)
		if issuer == "" {
			return "", 0, "", false
		}
		return first + "-" + c + "/" + issuer, e3, c, true
	}
	if j < len(s) && s[j] == '/' {
		k = j + 1
		if k < len(s) && s[k] >= '0' && s[k] <= '9' {
			// State style with year: N/YYYY/CODE[-ISSUER...]
			y := digits(s, k)
			if y-k != 4 || y >= len(s) || s[y] != '/' {
				return "", 0, "", false
			}
			chain, e := codeChain(s, y+1)
			if chain == "" {
				return "", 0, "", false
			}
			c := chain
			if h := strings.IndexByte(c, '-'); h >= 0 {
				c = c[:h]
			}
			c = strings.TrimRightFunc(c, unicode.IsDigit) // QH13 → QH
			if c == "QH" {
				c = "L"
			}
			return first + "/" + s[k:y] + "/" + chain, e, c, true
		}
		// State style without year: N/CODE-ISSUER ("28/CT-TTg", "1234/QĐ-UBND")
		chain, e := codeChain(s, k)
		if chain == "" || !strings.Contains(chain, "-") {
			return "", 0, "", false
		}
		c := chain[:strings.IndexByte(chain, '-')]
		return first + "/" + chain, e, c, true
	}
	return "", 0, "", false
}

// upperCode reads a run of uppercase letters (and a lowercase letter after
// an uppercase one, as in "CTr", "TTg", "QyĐ") starting at i.
func upperCode(s string, i int) (string, int) {
	j := i
	n := 0
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if unicode.IsUpper(r) || n > 0 && unicode.IsLower(r) && w == 1 {
			j += w
			n++
			continue
		}
		break
	}
	if n == 0 || n > 8 {
		return "", i
	}
	if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
		return "", i
	}
	return s[i:j], j
}

// codeChain reads CODE(-CODE)* where a code is uppercase letters and digits
// ("NĐ-CP", "QH13", "NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "MTTQ-BTT").
func codeChain(s string, i int) (string, int) {
	var parts []string
	j := i
	for {
		k := j
		n := 0
		for k < len(s) {
			r, w := utf8.DecodeRuneInString(s[k:])
			if unicode.IsUpper(r) || r >= '0' && r <= '9' && n > 0 || n > 0 && w == 1 && unicode.IsLower(r) && len(parts) > 0 {
				k += w
				n++
				continue
			}
			break
		}
		if n == 0 {
			break
		}
		seg := s[j:k]
		if r, _ := utf8.DecodeRuneInString(seg); !unicode.IsUpper(r) {
			break
		}
		parts = append(parts, seg)
		j = k
		if j+1 < len(s) && s[j] == '-' {
			if r, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsUpper(r) {
				j++
				continue
			}
		}
		break
	}
	if len(parts) == 0 {
		return "", i
	}
	// A trailing lowercase word glued on is not part of the code.
	return strings.Join(parts, "-"), j
}

func digits(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

func spaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// kindBefore looks at the words just before offset i: "Nghị quyết số",
// "Quyết định", "theo Kết luận số".
func kindBefore(s string, i int) string {
	lo := i - 48
	if lo < 0 {
		lo = 0
	}
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo++
	}
	before := strings.ToLower(vntext.Canon(strings.TrimRight(s[lo:i], " ")))
	before = strings.TrimSuffix(before, "số")
	before = strings.TrimRight(before, " ")
	before = strings.TrimSuffix(before, ":")
	before = strings.TrimRight(before, " ")
	for _, kw := range kindWords {
		if strings.HasSuffix(before, kw.key) {
			p := len(before) - len(kw.key)
			if p == 0 || before[p-1] == ' ' || before[p-1] == '(' || before[p-1] == ',' {
				return kw.kind
			}
		}
	}
	return ""
}

func kindOfCode(code string) string {
	if k, ok := codeKinds[code]; ok {
		return k
	}
	return codeKinds[strings.ToUpper(code)]
}
