package vntext

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// needsCanonSlow is needsCanon written rune by rune over the toned table,
// the specification the byte scanner is checked against.
func needsCanonSlow(s string) bool {
	var prev rune
	for _, r := range s {
		if r == 'Ð' {
			return true
		}
		for base, forms := range toned {
			for _, f := range forms[1:] {
				if f != r {
					continue
				}
				c, p := unicode.ToLower(base), unicode.ToLower(prev)
				if p == 'o' && (c == 'a' || c == 'e') || p == 'u' && c == 'y' {
					return true
				}
			}
		}
		prev = r
	}
	return false
}

func TestNeedsCanonMatchesSlow(t *testing.T) {
	parts := []string{"o", "O", "u", "U", "a", "à", "Á", "ẹ", "Ẻ", "ỷ", "Ỳ", "ý", "ó", "Ð", "đ", " ", "\xc3", "\x90", "h", "ầ"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 50000; i++ {
		s := randomText(r, parts, 6)
		if got, want := needsCanon(s), needsCanonSlow(s); got != want {
			t.Fatalf("needsCanon(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRuneShortcuts checks isWordRune's and isUpper's shortcuts against the
// Unicode tables.
func TestRuneShortcuts(t *testing.T) {
	for r := rune(0); r <= 0x3000; r++ {
		want := r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
		if isWordRune(r) != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, !want, want)
		}
		if isUpper(r) != unicode.IsUpper(r) || toLowerRune(r) != unicode.ToLower(r) {
			t.Errorf("isUpper(%U) = %v", r, isUpper(r))
		}
	}
}

func TestKeyMatchesSlow(t *testing.T) {
	parts := []string{"Ủy", "ban", "UỶ", " ", "  ", "\t", "\u00a0", "\u3000", "Hoà", "\xff", "Đ", "İ", "K", "ẞ", "x"}
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 20000; i++ {
		s := randomText(r, parts, 7)
		if got, want := Key(s), strings.Join(strings.Fields(Lower(s)), " "); got != want {
			t.Fatalf("Key(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestWordEndMatchesSlow checks wordEnd against the rune-by-rune word scan
// it replaced.
func TestWordEndMatchesSlow(t *testing.T) {
	parts := []string{"a", "Z", "ệ", "Ư", "'", "’", "9", " ", ".", "\u0301", "\xff", "H", "l"}
	r := rand.New(rand.NewSource(5))
	for n := 0; n < 20000; n++ {
		s := "x" + randomText(r, parts, 8)
		j := 1
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j += w2
				continue
			}
			if (r2 == '\'' || r2 == '’') && j+w2 < len(s) {
				if r3, _ := utf8.DecodeRuneInString(s[j+w2:]); unicode.IsLetter(r3) {
					j += w2
					continue
				}
			}
			break
		}
		upper := false
		for _, c := range s[:j] {
			upper = upper || unicode.IsUpper(c)
		}
		if end, up := wordEnd(s, 0); end != j || up != upper {
			t.Fatalf("wordEnd(%q) = %d, %v, want %d, %v", s, end, up, j, upper)
		}
	}
}

// randomText joins fewer than max random picks from parts: the inputs on
// which the fast scanners are checked against the slow ones.
func randomText(r *rand.Rand, parts []string, max int) string {
	var b strings.Builder
	for n := r.Intn(max); n > 0; n-- {
		b.WriteString(parts[r.Intn(len(parts))])
	}
	return b.String()
}

// tokenizeSlow is Tokenize written rune by rune, the specification the
// byte-classifying scanner is checked against.
func tokenizeSlow(s string) []Token {
	var toks []Token
	nl := true
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '\n' || r == '\r' {
			nl = true
			i += w
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' {
			i += w
			continue
		}
		if isWordRune(r) {
			j, upper := wordEnd(s, i)
			t := s[i:j]
			key := t
			if upper {
				key = strings.Map(unicode.ToLower, t)
			}
			toks = append(toks, Token{Text: t, Start: i, End: j, Key: key, Word: true,
				Upper: unicode.IsUpper(r), Digit: r >= '0' && r <= '9', NL: nl})
			nl = false
			i = j
			continue
		}
		t := s[i : i+w]
		toks = append(toks, Token{Text: t, Start: i, End: i + w, Key: t, NL: nl})
		nl = false
		i += w
	}
	return toks
}

func TestTokenizeMatchesSlow(t *testing.T) {
	parts := []string{"a", "Z", "ệ", "Ư", "Đ", "đ", "Ă", "ƒ", "'", "’", "9", " ", "  ", ".", ",", "\n", "\r\n", "\t", "\v",
		"\u00a0", "\u0085", "\u2028", "\u3000", "\u0301", "\xff", "\xe1\xbb", "H", "l", "Ủy", "ban", "MTTQ", "(", "/", "-", "“", "…", "İ", "K", "ẞ", "ǅ", "Σ", "日本"}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 100000; n++ {
		s := randomText(r, parts, 12)
		got, want := Tokenize(s), tokenizeSlow(s)
		if len(got) != len(want) {
			t.Fatalf("Tokenize(%q) = %+v, want %+v", s, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("Tokenize(%q)[%d] = %+v, want %+v", s, i, got[i], want[i])
			}
		}
		// The same tokens, offsets and keys when paragraphs share a block.
		texts := []string{s, "Hoà " + s, s}
		ps := NewParas(texts)
		switch n % 3 { // a recycled block: too small, or large and dirty
		case 1:
			ps, _ = NewParasIn(make([]Token, 3, 4), texts)
		case 2:
			block := make([]Token, 500)
			for i := range block {
				block[i] = Token{Text: "x", End: 9, Word: true}
			}
			var used []Token
			ps, used = NewParasIn(block[:7], texts)
			if len(used) > 0 && &used[0] != &block[0] {
				t.Fatalf("NewParasIn(%q) did not use the block given", s)
			}
		}
		for k, p := range ps {
			np := NewPara([]string{s, "Hoà " + s, s}[k])
			if p.Text != np.Text || len(p.Toks) != len(np.Toks) || cap(p.Toks) != len(p.Toks) {
				t.Fatalf("NewParas(%q)[%d] = %+v, NewPara = %+v", s, k, p, np)
			}
			for i := range p.Toks {
				if p.Toks[i] != np.Toks[i] {
					t.Fatalf("NewParas(%q)[%d] token %d = %+v, NewPara's %+v", s, k, i, p.Toks[i], np.Toks[i])
				}
			}
		}
	}
}
