package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// collapseSlow is collapse written rune by rune, the specification the
// fast version is checked against.
func collapseSlow(s string) string {
	var b strings.Builder
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			r = '\uFFFD'
		}
		if isSpace(r) || r < 0x20 {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// randomText mixes ASCII, Vietnamese letters, white space of every kind,
// control characters and invalid bytes.
func randomText(r *rand.Rand) string {
	parts := []string{"a", "Đ", "ệ", " ", "  ", "\n", "\t", "\u00a0", "\u200b", "\u3000", "\x00", "\x01", "\xff", "\xe1\xbb", ",", "，", "̀", "5", "x y"}
	var b strings.Builder
	for n := r.Intn(12); n > 0; n-- {
		b.WriteString(parts[r.Intn(len(parts))])
	}
	return b.String()
}

func TestCollapseMatchesSlow(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		s := randomText(r)
		want := collapseSlow(s)
		if got := collapse(s); got != want {
			t.Fatalf("collapse(%q) = %q, want %q", s, got, want)
		}
		wn, _, ww := textStats(want)
		if got, n, w := collapseStats(s); got != want || n != wn || w != ww {
			t.Fatalf("collapseStats(%q) = %q, %d, %d, want %q, %d, %d", s, got, n, w, want, wn, ww)
		}
		if _, _, _, c := scanText(s); c != isCollapsed(s) {
			t.Fatalf("scanText(%q) collapsed = %v", s, c)
		}
	}
}

func TestCountsMatchSlow(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 20000; i++ {
		s := randomText(r)
		n, commas := 0, 0
		words, in := 0, false
		for _, c := range s {
			if !isSpace(c) && !unicode.IsSpace(c) {
				n++
				if c == ',' || c == '，' || c == '、' || c == '،' {
					commas++
				}
			}
			w := unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)
			if w && !in {
				words++
			}
			in = w
		}
		if gn, gc := textCount(s); gn != n || gc != commas {
			t.Fatalf("textCount(%q) = %d, %d, want %d, %d", s, gn, gc, n, commas)
		}
		if got := wordCount(s); got != words {
			t.Fatalf("wordCount(%q) = %d, want %d", s, got, words)
		}
	}
}

// TestIsLatinLetter checks the shortcut against the Unicode tables.
func TestIsLatinLetter(t *testing.T) {
	for r := rune(0); r <= 0x3000; r++ {
		if isLatinLetter(r) && (!unicode.IsLetter(r) || isSpace(r) || unicode.IsSpace(r)) {
			t.Errorf("isLatinLetter(%U) but the tables say it is not a letter", r)
		}
	}
}

// TestIsSpaceAt checks the byte-level white-space test against isSpace for
// every rune up to U+FFFF.
func TestIsSpaceAt(t *testing.T) {
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if s := string(r); isSpaceAt(s, 0) != isSpace(r) {
			t.Errorf("isSpaceAt(%U) = %v, want %v", r, isSpaceAt(s, 0), isSpace(r))
		}
	}
}

// TestMayBeChromeAny checks that the pre-check never rejects a line that
// reChromeAny matches, nor one the lowercasing check it replaced accepted.
func TestMayBeChromeAny(t *testing.T) {
	parts := []string{"Cỡ chữ", "CỠ CHỮ", "A+", "a-", "A- ", "TRANG", "Trang 2 / 5", "trang: 3 trên 9", "tran", "g", " ", "x", "ữ"}
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := r.Intn(5); n > 0; n-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		l := strings.ToLower(s)
		old := strings.Contains(l, "cỡ chữ") || strings.Contains(l, "a+") || strings.Contains(l, "a-") || strings.Contains(l, "trang")
		if (old || reChromeAny.MatchString(s)) && !mayBeChromeAny(s) {
			t.Fatalf("mayBeChromeAny(%q) = false", s)
		}
	}
}
