// Package vnrune decodes UTF-8 the way the page scanners of the indexer
// need: most runes of Vietnamese text outside ASCII are letters of two or
// three bytes (U+00C0–U+01B0, U+1EA0–U+1EF9), and decoding them inline
// spares the call into unicode/utf8 that the scanners would otherwise make
// for nearly every letter.
package vnrune

import "unicode/utf8"

// Decode is utf8.DecodeRune for b[0] ≥ 0x80, with the two- and three-byte
// forms decoded inline: a lead byte C2–DF with one continuation byte, or
// E1–EC or EE–EF with two, is always a valid sequence. Anything else goes
// to utf8.DecodeRune.
func Decode(b []byte) (rune, int) {
	if len(b) >= 2 && b[0] >= 0xC2 && b[0] <= 0xDF && b[1]&0xC0 == 0x80 {
		return rune(b[0]&0x1F)<<6 | rune(b[1]&0x3F), 2
	}
	if len(b) >= 3 && (b[0] >= 0xE1 && b[0] <= 0xEC || b[0] >= 0xEE && b[0] <= 0xEF) && b[1]&0xC0 == 0x80 && b[2]&0xC0 == 0x80 {
		return rune(b[0]&0x0F)<<12 | rune(b[1]&0x3F)<<6 | rune(b[2]&0x3F), 3
	}
	return utf8.DecodeRune(b)
}

// DecodeString is Decode for a string.
func DecodeString(s string) (rune, int) {
	if len(s) >= 2 && s[0] >= 0xC2 && s[0] <= 0xDF && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	if len(s) >= 3 && (s[0] >= 0xE1 && s[0] <= 0xEC || s[0] >= 0xEE && s[0] <= 0xEF) && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}
