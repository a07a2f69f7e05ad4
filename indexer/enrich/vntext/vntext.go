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

// tonedBase maps a toned plain vowel (a, e, o, u, y and capitals, with a
// tone mark) to its lowercase base; other runes below its length map to 0.
// An array, not a map: needsCanon looks up every vowel after o or u.
var tonedBase [0x1EFA]byte

// foldMap maps every Vietnamese letter to its lowercase ASCII base.
var foldMap = map[rune]rune{}

func init() {
	for base, forms := range toned {
		for _, r := range forms[1:] {
			tonedBase[r] = byte(unicode.ToLower(base))
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
// nothing can change, so the common case allocates nothing (Normalize
// itself finds most other paragraphs unchanged without copying them).
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
// o/u can change. It scans bytes: Ð is 0xC3 0x90, and o and u are ASCII.
func needsCanon(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch c := s[i]; c {
		case 0xC3:
			if s[i+1] == 0x90 {
				return true
			}
		case 'o', 'O', 'u', 'U':
			if s[i+1] < 0xC0 {
				continue // toned vowels are all above U+00BF
			}
			r, _ := utf8.DecodeRuneInString(s[i+1:])
			if r >= rune(len(tonedBase)) {
				continue
			}
			b := tonedBase[r]
			if c|0x20 == 'o' && (b == 'a' || b == 'e') || c|0x20 == 'u' && b == 'y' {
				return true
			}
		}
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
// It is strings.Join(strings.Fields(Lower(s)), " ") in one pass and one
// allocation (lowercasing neither makes nor removes white space).
func Key(s string) string {
	return CanonKey(Canon(s))
}

// CanonKey is Key for text that is canonical already (Canon's result).
func CanonKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(toLowerRune(r))
	}
	return b.String()
}

// IsUpperStart reports whether s starts with an uppercase letter or digit.
func IsUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
