package vntext

import (
	"unicode"
	"unicode/utf8"
)

// This file decides, without rewriting anything, that analysis.Normalize
// would return a text unchanged: most paragraphs hold a syllable such as
// "hoạt" or "toàn" that needsCanon cannot rule out, yet are canonical
// already, and Normalize copies and rewrites the whole paragraph to find
// that out.

// Vowel indexes, in the order of vowelForms (search/analysis/internal/viet
// uses the same).
const (
	vI = 5 // i
	vU = 9 // u
)

// vowelForms lists each base vowel with its five toned forms; shaped says
// which carry a shape mark (ă â ê ô ơ ư), the vowels that take the tone.
var (
	vowelForms = [...]string{
		"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
		"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
	}
	shaped = [len(vowelForms)]bool{1: true, 2: true, 4: true, 7: true, 8: true, 10: true}
)

// vowelInfo maps every Vietnamese vowel form, lower and upper case, to its
// vowel index+1 (low 4 bits) and tone (high 4 bits); 0 for other runes.
var vowelInfo [0x1EFA]uint8

func init() {
	for v, forms := range vowelForms {
		t := 0
		for _, r := range forms {
			vowelInfo[r] = uint8(v+1) | uint8(t)<<4
			vowelInfo[unicode.ToUpper(r)] = uint8(v+1) | uint8(t)<<4
			t++
		}
	}
}

// isSepStable reports whether r is one of the common non-letters of news
// text outside ASCII (Latin-1 signs, ×, ÷, dashes, quotes, ellipsis…)
// that NFC leaves alone and that end a syllable: it may appear in a text
// that canonical reports as unchanged.
func isSepStable(r rune) bool {
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

// canonical reports that analysis.Normalize(s) == s for a text s with no
// combining mark: every non-ASCII rune is a Vietnamese vowel form, đ/Đ or
// isSepStable (so NFC, and the Ð→Đ fix, change nothing), and no syllable
// (maximal letter run) has its single tone mark off the vowel the
// canonical placement gives it. False means "not known": Normalize decides.
// The syllable rules are those of search/analysis's tone filter, which
// TestCanonicalAgreesWithNormalize holds this to.
func canonical(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				i++
				continue
			}
		} else {
			r, w := decodeRune(s[i:])
			if !isKnownLetter(r) {
				if !isSepStable(r) {
					return false
				}
				i += w
				continue
			}
		}
		// A letter run: the syllable.
		var rs [maxSyllable]rune
		var in [maxSyllable]uint8
		n, toneAt, tones := 0, -1, 0
		for i < len(s) {
			r, w := rune(s[i]), 1
			if r < utf8.RuneSelf {
				if !isASCIILetter(byte(r)) {
					break
				}
			} else {
				r, w = decodeRune(s[i:])
				if !isKnownLetter(r) {
					if !isSepStable(r) {
						return false
					}
					break
				}
			}
			var v uint8
			if r < rune(len(vowelInfo)) {
				v = vowelInfo[r]
			}
			if n < maxSyllable {
				rs[n], in[n] = r, v
				if v>>4 != 0 {
					toneAt = n
					tones++
				}
			}
			n++
			i += w
		}
		if n > maxSyllable || tones != 1 {
			continue // left alone
		}
		if moves(rs[:n], in[:n], toneAt) {
			return false
		}
	}
	return true
}

// maxSyllable is the longest letter run (in runes) the tone filter
// treats as a syllable.
const maxSyllable = 12

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isKnownLetter reports whether the non-ASCII r is a Vietnamese vowel
// form or đ/Đ.
func isKnownLetter(r rune) bool {
	return r == 'đ' || r == 'Đ' || r < rune(len(vowelInfo)) && vowelInfo[r] != 0
}

// moves reports whether the canonical placement would move the one tone
// mark of the syllable rs (vowel info in, the tone at toneAt). It follows
// the tone filter step by step: the onset ("qu", "gi" before a vowel
// included), one vowel group, then the last shaped vowel, else the last
// vowel before a final consonant, else the first of one or two open
// vowels or the middle of three.
func moves(rs []rune, in []uint8, toneAt int) bool {
	n := len(rs)
	isVowel := func(i int) bool { return in[i] != 0 }
	vowelOf := func(i int) int { return int(in[i]&0xF) - 1 }
	i := 0
	for i < n && !isVowel(i) {
		i++
	}
	if i == 1 && n > 2 && isVowel(2) {
		switch rs[0] {
		case 'q', 'Q':
			if vowelOf(1) == vU {
				i = 2
			}
		case 'g', 'G':
			if vowelOf(1) == vI {
				i = 2
			}
		}
	}
	start := i
	for i < n && isVowel(i) {
		i++
	}
	end := i
	if start == end {
		return false
	}
	for ; i < n; i++ {
		if isVowel(i) {
			return false // two vowel groups: left alone
		}
	}
	target := -1
	for j := start; j < end; j++ {
		if shaped[vowelOf(j)] {
			target = j
		}
	}
	if target < 0 {
		switch {
		case end < n:
			target = end - 1
		case end-start <= 2:
			target = start
		case end-start == 3:
			target = start + 1
		default:
			return false
		}
	}
	return target != toneAt
}
