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
