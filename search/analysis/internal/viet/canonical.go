package viet

import (
	"strings"
	"unicode/utf8"
)

// Canonical reports that s is already what Tones(NFC(s)) makes of it, so
// that normalising it can return it as it is, without copying it: most
// news text is. It decides without rewriting anything and may answer false
// for a text that is canonical (then normalising finds out the slow way);
// it never answers true for one that is not. It knows the answer for text
// whose every non-ASCII rune is a Vietnamese vowel form, đ/Đ or a common
// non-letter that NFC keeps (sepStable): then NFC changes nothing, and no
// syllable may hold its tone mark off the vowel placement gives it.
func Canonical(s string) bool {
	var rs [maxSyllable]rune
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				i++
				continue
			}
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			if !isVietLetter(r) {
				if !sepStable(r) {
					return false
				}
				i += w
				continue
			}
		}
		// A letter run: the syllable Tones would look at.
		n, toned := 0, false
		for i < len(s) {
			r, w := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRuneInString(s[i:])
				if !isVietLetter(r) {
					if !sepStable(r) {
						return false
					}
					break
				}
				toned = toned || lookup(r).tone != 0
			} else if !isASCIILetter(byte(r)) {
				break
			}
			if n < maxSyllable {
				rs[n] = r
			}
			n++
			i += w
		}
		if n > maxSyllable || !toned {
			continue // Tones leaves it alone
		}
		var ins [maxSyllable]info
		if toneAt, target, ok := placement(rs[:n], &ins); ok && target != toneAt {
			return false
		}
	}
	return true
}

// sepStable reports whether the non-ASCII r is one of the common
// non-letters of news text (Latin-1 signs, ×, ÷, dashes, quotes,
// ellipsis…) that NFC leaves alone and that end a syllable.
func sepStable(r rune) bool {
	switch {
	case r >= 0xA0 && r <= 0xBF:
		return r != 0xAA && r != 0xB5 && r != 0xBA // ª µ º are letters
	case r == 0xD7 || r == 0xF7:
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E:
		return true
	}
	return false
}

// FoldLower returns s lowercased and without diacritics (đ→d), what NFC,
// lowercasing and Fold make of it, in one pass, when every non-ASCII rune
// of s is one Canonical knows (a Vietnamese vowel form, đ/Đ, or sepStable):
// then NFC changes nothing and each rune folds on its own. ok is false for
// any other text, which must take the general path.
func FoldLower(s string) (folded string, ok bool) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch in := lookup(r); {
		case in.vowel != 0:
			b.WriteByte(plainVowel[in.vowel-1])
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case sepStable(r):
			b.WriteString(s[i : i+w])
		default:
			return "", false
		}
		i += w
	}
	return b.String(), true
}
