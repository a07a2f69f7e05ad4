// Package vntext holds the small text primitives every enrichment stage
// shares: canonical Vietnamese spelling (NFC, "Uỷ"→"Ủy", "Hoà"→"Hòa"),
// diacritic folding, and a tokenizer that keeps byte offsets.
//
// Canonical tone placement is the classic style the Front's own documents
// use and the search.Unit doc names: in an open syllable ending in "oa",
// "oe" or "uy" the tone mark sits on the first vowel (Hòa, Khỏe, Ủy, Thủy).
// Every other syllable is left as written. It is a hand-written scanner, not
// a regexp: enrichment runs on every page.
package vntext

import (
	"github.com/frontsearch/frontsearch/search/analysis"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tone marks: index 0 none, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot.
var toned = map[rune][6]rune{
	'a': {'a', 'à', 'á', 'ả', 'ã', 'ạ'},
	'e': {'e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'},
	'o': {'o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'},
	'u': {'u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'},
	'y': {'y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'},
	'A': {'A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'},
	'E': {'E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'},
	'O': {'O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'},
	'U': {'U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'},
	'Y': {'Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'},
}

// split maps a toned plain vowel (a, e, o, u, y and capitals) to its base
// and tone index.
var split = map[rune][2]rune{}

// foldMap maps every Vietnamese letter to its lowercase ASCII base.
var foldMap = map[rune]rune{}

func init() {
	for base, forms := range toned {
		for i, r := range forms {
			split[r] = [2]rune{base, rune(i)}
		}
	}
	const src = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
	const dst = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
	d := []rune(dst)
	for i, r := range []rune(src) {
		foldMap[r] = d[i]
		foldMap[unicode.ToUpper(r)] = d[i]
	}
	foldMap['Ð'] = 'd' // U+00D0 eth, a common stand-in for Đ
}

// Canon returns s in NFC with Ð (U+00D0) read as Đ and tone marks in the
// canonical placement (Hòa, Khỏe, Ủy, Thủy): the rewrite is
// search/analysis.Normalize, the same the index applies, so an entity
// value and the indexed text always agree. It returns s itself when
// nothing can change, so the common case allocates nothing.
func Canon(s string) string {
	if !hasCombining(s) && !needsCanon(s) {
		return s
	}
	return analysis.Normalize(s)
}

// hasCombining reports whether s holds a combining diacritic (U+0300–U+036F,
// UTF-8 lead byte 0xCC or 0xCD): the only way Vietnamese text fails to be
// NFC. Text from indexer/decode is NFC already; this catches what is not
// without the cost of a full normalisation check.
func hasCombining(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == 0xCC || c == 0xCD {
			return true
		}
	}
	return false
}

// needsCanon is a fast pre-check: only text holding Ð or a toned a/e/y after
// o/u can change.
func needsCanon(s string) bool {
	var prev rune
	for _, r := range s {
		if r == 'Ð' {
			return true
		}
		if r >= 0xC0 {
			if sp, ok := split[r]; ok && sp[1] != 0 {
				c := unicode.ToLower(sp[0])
				p := unicode.ToLower(prev)
				if p == 'o' && (c == 'a' || c == 'e') || p == 'u' && c == 'y' {
					return true
				}
			}
		}
		prev = r
	}
	return false
}

// Fold returns the canonical form of s lowercased with diacritics removed
// and đ read as d: "Ủy ban MTTQ" → "uy ban mttq".
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f := FoldRune(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// FoldRune folds one rune as Fold does.
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if f, ok := foldMap[r]; ok {
		return f
	}
	if r >= 0x300 && r <= 0x36F { // stray combining mark
		return -1
	}
	return unicode.ToLower(r)
}

// Lower returns the canonical form of s in lowercase, diacritics kept.
func Lower(s string) string { return strings.ToLower(Canon(s)) }

// Key is the comparison key used across enrichment: canonical, lowercase,
// whitespace collapsed. "Uỷ  Ban" and "Ủy ban" share a key.
func Key(s string) string {
	return strings.Join(strings.Fields(Lower(s)), " ")
}

// IsUpperStart reports whether s starts with an uppercase letter or digit.
func IsUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
