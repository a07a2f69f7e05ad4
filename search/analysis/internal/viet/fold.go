package viet

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldRune returns r without diacritics (đ→d, Đ→D, ð→d, Ð→D), or r itself
// when it has none or folding would not be a single shorter-or-equal rune.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	if in := lookup(r); in.vowel != 0 {
		p := rune(plainVowel[in.vowel-1])
		if in.upper {
			p -= 'a' - 'A'
		}
		return p
	}
	switch r {
	case 'đ', 'ð':
		return 'd'
	case 'Đ', 'Ð':
		return 'D'
	}
	d := norm.NFD.PropertiesString(string(r)).Decomposition()
	if len(d) == 0 {
		return r
	}
	base, w := utf8.DecodeRune(d)
	for rest := d[w:]; len(rest) > 0; {
		m, mw := utf8.DecodeRune(rest)
		if !unicode.Is(unicode.Mn, m) {
			return r
		}
		rest = rest[mw:]
	}
	if utf8.RuneLen(base) > utf8.RuneLen(r) {
		return r
	}
	return base
}

// Fold strips diacritics from b in place and returns the shortened slice:
// Vietnamese vowels lose tone and shape marks, đ→d, other precomposed
// letters lose their combining marks, and combining marks (Mn) are
// dropped. Case is kept. The result is never longer than b.
func Fold(b []byte) []byte {
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	j := i
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			b[j] = c
			i++
			j++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w == 1 {
			b[j] = c
			i++
			j++
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			i += w
			continue
		}
		f := foldRune(r)
		if f == r {
			copy(b[j:], b[i:i+w])
			j += w
		} else {
			j += utf8.EncodeRune(b[j:], f)
		}
		i += w
	}
	return b[:j]
}

// NFC returns b in Unicode NFC with the look-alike Ð/ð (U+00D0/U+00F0)
// replaced by Đ/đ. It returns b itself (possibly modified in place) when
// the length does not change and a new slice otherwise.
func NFC(b []byte) []byte {
	if quickNFC(b) {
		return b
	}
	if norm.NFC.QuickSpan(b) != len(b) {
		b = norm.NFC.Append(make([]byte, 0, len(b)), b...)
	}
	for i := 0; i+1 < len(b); i++ {
		if b[i] == 0xC3 && (b[i+1] == 0x90 || b[i+1] == 0xB0) {
			// U+00D0 Ð = C3 90 → U+0110 Đ = C4 90; U+00F0 ð = C3 B0 → U+0111 đ = C4 91
			if b[i+1] == 0x90 {
				b[i], b[i+1] = 0xC4, 0x90
			} else {
				b[i], b[i+1] = 0xC4, 0x91
			}
			i++
		}
	}
	return b
}

// quickNFC reports, without the norm tables, the common case of text that
// is certainly NFC: ASCII and precomposed Vietnamese letters only, with no
// Ð/ð to replace.
func quickNFC(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRune(b[i:])
		if r != 'đ' && r != 'Đ' && lookup(r).vowel == 0 {
			return false
		}
		i += w
	}
	return true
}
