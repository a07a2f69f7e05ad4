// Package viet holds the Vietnamese letter tables and the byte-level
// algorithms shared by the analysis token filters and by
// analysis.Normalize / analysis.Fold: NFC, canonical tone-mark placement,
// diacritic folding and legal document number normalisation.
//
// Every function works on NFC or NFD UTF-8 and never panics on invalid
// UTF-8 (invalid bytes are passed through unchanged).
package viet

import (
	"unicode"
	"unicode/utf8"
)

// Tone indexes: 0 none, 1 huyền (grave), 2 sắc (acute), 3 hỏi (hook above),
// 4 ngã (tilde), 5 nặng (dot below).
const toneCount = 6

// Vowel indexes, in the order of vowelForms.
const (
	vA = iota
	vAbreve
	vAcirc
	vE
	vEcirc
	vI
	vO
	vOcirc
	vOhorn
	vU
	vUhorn
	vY
	vowelCount
)

// vowelForms lists each base vowel with its five toned forms.
var vowelForms = [vowelCount]string{
	"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
	"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
}

// plainVowel is the diacritic-free letter of each base vowel.
var plainVowel = [vowelCount]byte{'a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'}

// modified reports the vowels carrying a shape mark (ă â ê ô ơ ư): in a
// syllable the tone goes on such a vowel.
var modified = [vowelCount]bool{vAbreve: true, vAcirc: true, vEcirc: true, vOcirc: true, vOhorn: true, vUhorn: true}

// info describes one rune: vowel index+1 (0 = not a Vietnamese vowel),
// tone, and case.
type info struct {
	vowel int8 // vowel index + 1; 0 when not a vowel
	tone  int8
	upper bool
}

const (
	lo1, hi1 = 0x00C0, 0x01B1 // Latin-1 supplement .. Latin Extended-B (ư)
	lo2, hi2 = 0x1EA0, 0x1EFA // Latin Extended Additional (Vietnamese)
)

var (
	tab1    [hi1 - lo1]info
	tab2    [hi2 - lo2]info
	ascii   [128]info
	compose [2][vowelCount][toneCount]rune // [upper][vowel][tone]
)

func init() {
	for v, forms := range vowelForms {
		t := 0
		for _, r := range forms {
			for up := 0; up < 2; up++ {
				rr := r
				if up == 1 {
					rr = unicode.ToUpper(r)
				}
				compose[up][v][t] = rr
				in := info{vowel: int8(v + 1), tone: int8(t), upper: up == 1}
				switch {
				case rr < 128:
					ascii[rr] = in
				case rr >= lo1 && rr < hi1:
					tab1[rr-lo1] = in
				case rr >= lo2 && rr < hi2:
					tab2[rr-lo2] = in
				default:
					panic("viet: vowel table out of range")
				}
			}
			t++
		}
	}
}

// lookup returns the vowel information of r (zero info when r is not a
// Vietnamese vowel).
func lookup(r rune) info {
	switch {
	case r < 128:
		return ascii[r]
	case r >= lo1 && r < hi1:
		return tab1[r-lo1]
	case r >= lo2 && r < hi2:
		return tab2[r-lo2]
	}
	return info{}
}

// isVietLetter reports whether r can appear in a Vietnamese syllable
// (ASCII letters, đ/Đ and the toned vowels).
func isVietLetter(r rune) bool {
	if r < 128 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return r == 'đ' || r == 'Đ' || lookup(r).vowel != 0
}

// HasDiacritics reports whether s contains any letter with a Vietnamese
// (or other) diacritic, including đ/Đ and combining marks.
func HasDiacritics(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if r < utf8.RuneSelf {
					continue
				}
				if r == 'đ' || r == 'Đ' || lookup(r).vowel != 0 || unicode.Is(unicode.Mn, r) {
					return true
				}
				if unicode.IsLetter(r) && foldRune(r) != r {
					return true
				}
			}
			return false
		}
	}
	return false
}

// Class is the tokenizer's character class of a rune.
type Class uint8

// Character classes.
const (
	Sep    Class = iota // separator
	Letter              // a letter
	Digit               // a decimal digit
	Mark                // a combining mark: continues a word
	Ignore              // soft hyphen, zero-width (non-)joiner: ignored inside a word
)

var asciiClass [128]Class

func init() {
	for c := 0; c < 128; c++ {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			asciiClass[c] = Letter
		case c >= '0' && c <= '9':
			asciiClass[c] = Digit
		}
	}
}

// ClassOf classifies r, with fast paths for ASCII and Vietnamese letters.
func ClassOf(r rune) Class {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	if r >= 0x0300 && r <= 0x036F {
		return Mark
	}
	if r == 'đ' || r == 'Đ' || lookup(r).vowel != 0 {
		return Letter
	}
	switch r {
	case '\u00ad', '\u200c', '\u200d', '\u2060', '\ufeff':
		return Ignore
	}
	switch {
	case unicode.IsLetter(r):
		return Letter
	case unicode.IsDigit(r):
		return Digit
	case unicode.IsMark(r):
		return Mark
	}
	return Sep
}
