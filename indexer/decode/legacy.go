package decode

import (
	"strings"
	"unicode/utf8"
)

// The legacy Vietnamese font encodings are applied to "cp1252 units": each
// rune of the text that Windows-1252 can represent stands for its byte.
// This covers both the raw legacy bytes (decoded as Windows-1252 first) and
// pages that a browser already turned into UTF-8 mojibake by reading the
// legacy bytes as Windows-1252. Runes outside Windows-1252 (real Unicode
// Vietnamese in a mixed page) are kept.

// fromCP1252 decodes raw bytes as Windows-1252 (no byte is lost).
func fromCP1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	for _, c := range b {
		if c < 0x80 {
			sb.WriteByte(c)
		} else {
			sb.WriteRune(cp1252[c])
		}
	}
	return sb.String()
}

// fromTCVN3 reinterprets the cp1252 units of s as TCVN3 bytes.
func fromTCVN3(s string) string { return fromTable(s, &tcvn3) }

// fromVISCII reinterprets the cp1252 units of s as VISCII bytes.
func fromVISCII(s string) string { return fromTable(s, &viscii) }

// fromTable reinterprets the cp1252 units of s as bytes of a single-byte
// table.
func fromTable(s string, table *[256]rune) string {
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/4)
	for _, r := range s {
		if b, ok := cp1252Byte(r); ok && (b >= 0x80 || table[b] != rune(b)) {
			sb.WriteRune(table[b])
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// toVISCII encodes s in VISCII (as cp1252 runes). Used by tests.
func toVISCII(s string) string { return toTable(s, inverse(&viscii)) }

// toTCVN3 encodes s in TCVN3 (as cp1252 runes); letters TCVN3 lacks are
// kept as they are. Used by tests and to build fixtures.
func toTCVN3(s string) string { return toTable(s, tcvn3Rev) }

// toTable encodes s with the inverse of a single-byte table, writing each
// byte as its cp1252 rune; letters the table lacks are kept.
func toTable(s string, rev map[rune]byte) string {
	var sb strings.Builder
	for _, r := range decomposeForLegacy(s) {
		if b, ok := rev[r]; ok {
			sb.WriteRune(cp1252[b])
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// VNI ("VNI-Windows", the VNI-Times fonts) writes a vowel as its ASCII
// letter followed by one mark byte; ơ ư đ and the toned i's and ỵ are single
// bytes. Uppercase bytes are the lowercase ones minus 0x20. Source: the VNI
// Software Company's VNI-Windows table, as used by the VNI font family and
// by the xvnkb/Unikey converters.
const (
	markTone   = iota // tone only: needs an untoned vowel
	markCirc          // circumflex (+tone): needs plain a, e or o
	markBreve         // breve (+tone): needs plain a
	standalone        // a letter by itself
)

type vniCode struct {
	kind int
	tone int
	r    rune // standalone: the letter (lowercase)
}

// vniLower maps the lowercase VNI bytes (0xE0–0xFF) to their meaning.
var vniLower = map[byte]vniCode{
	0xF9: {markTone, toneAcute, 0}, 0xF8: {markTone, toneGrave, 0}, 0xFB: {markTone, toneHook, 0},
	0xF5: {markTone, toneTilde, 0}, 0xEF: {markTone, toneDot, 0},
	0xE2: {markCirc, toneNone, 0}, 0xE1: {markCirc, toneAcute, 0}, 0xE0: {markCirc, toneGrave, 0},
	0xE5: {markCirc, toneHook, 0}, 0xE3: {markCirc, toneTilde, 0}, 0xE4: {markCirc, toneDot, 0},
	0xEA: {markBreve, toneNone, 0}, 0xE9: {markBreve, toneAcute, 0}, 0xE8: {markBreve, toneGrave, 0},
	0xFA: {markBreve, toneHook, 0}, 0xFC: {markBreve, toneTilde, 0}, 0xEB: {markBreve, toneDot, 0},
	0xF4: {standalone, 0, 'ơ'}, 0xF6: {standalone, 0, 'ư'}, 0xF1: {standalone, 0, 'đ'},
	0xED: {standalone, 0, 'í'}, 0xEC: {standalone, 0, 'ì'}, 0xE6: {standalone, 0, 'ỉ'},
	0xF3: {standalone, 0, 'ĩ'}, 0xF2: {standalone, 0, 'ị'}, 0xEE: {standalone, 0, 'ỵ'},
}

// vniCodeOf returns the meaning of a VNI byte and whether it is uppercase.
func vniCodeOf(b byte) (vniCode, bool, bool) {
	if c, ok := vniLower[b]; ok {
		return c, false, true
	}
	if b >= 0xC0 && b < 0xE0 {
		if c, ok := vniLower[b+0x20]; ok {
			return c, true, true
		}
	}
	return vniCode{}, false, false
}

func upperRune(r rune) rune {
	if v, ok := vowelOf(r); ok {
		return vowelRun(vowel{toUpper(v.letter), v.shape, v.tone})
	}
	return toUpper(r)
}

// fromVNI reinterprets the cp1252 units of s as VNI bytes.
func fromVNI(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		b, ok := cp1252Byte(r)
		if !ok || b < 0xC0 {
			out = append(out, r)
			continue
		}
		c, upper, ok := vniCodeOf(b)
		if !ok {
			out = append(out, r)
			continue
		}
		if c.kind == standalone {
			l := c.r
			if upper {
				l = upperRune(l)
			}
			out = append(out, l)
			continue
		}
		if n := len(out); n > 0 {
			if v, ok := vowelOf(out[n-1]); ok && v.tone == toneNone {
				lower := v.letter | 0x20
				switch {
				case c.kind == markTone:
					v.tone = c.tone
				case c.kind == markCirc && v.shape == shapePlain && (lower == 'a' || lower == 'e' || lower == 'o'):
					v.shape, v.tone = shapeCirc, c.tone
				case c.kind == markBreve && v.shape == shapePlain && lower == 'a':
					v.shape, v.tone = shapeBreve, c.tone
				default:
					out = append(out, r)
					continue
				}
				out[n-1] = vowelRun(v)
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

// vniToneByte is the lowercase byte of each tone for plain vowels, for
// circumflex vowels and for breve vowels.
var (
	vniToneByte  = [...]byte{0, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF}
	vniCircByte  = [...]byte{0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4}
	vniBreveByte = [...]byte{0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB}
	vniIByte     = [...]byte{'i', 0xED, 0xEC, 0xE6, 0xF3, 0xF2}
)

// toVNI encodes s in VNI (as cp1252 runes). Used by tests and fixtures.
func toVNI(s string) string {
	var sb strings.Builder
	for _, r := range decomposeForLegacy(s) {
		var bs []byte
		upper := false
		switch r {
		case 'đ':
			bs = []byte{0xF1}
		case 'Đ':
			bs, upper = []byte{0xF1}, true
		default:
			v, ok := vowelOf(r)
			if !ok {
				sb.WriteRune(r)
				continue
			}
			upper = v.letter < 'a'
			l := byte(v.letter | 0x20)
			switch {
			case l == 'i' && v.shape == shapePlain:
				bs = []byte{vniIByte[v.tone]}
			case l == 'y' && v.tone == toneDot:
				bs = []byte{0xEE}
			case v.shape == shapeHorn && l == 'o':
				bs = []byte{0xF4}
			case v.shape == shapeHorn:
				bs = []byte{0xF6}
			case v.shape == shapeCirc:
				bs = []byte{l, vniCircByte[v.tone]}
			case v.shape == shapeBreve:
				bs = []byte{l, vniBreveByte[v.tone]}
			default:
				bs = []byte{l}
			}
			if v.shape == shapeHorn && v.tone != toneNone {
				bs = append(bs, vniToneByte[v.tone])
			} else if v.shape == shapePlain && l != 'i' && !(l == 'y' && v.tone == toneDot) && v.tone != toneNone {
				bs = append(bs, vniToneByte[v.tone])
			}
		}
		for _, b := range bs {
			if upper {
				if b >= 'a' && b <= 'z' {
					b -= 0x20
				} else if b >= 0xE0 {
					b -= 0x20
				}
			}
			sb.WriteRune(cp1252[b])
		}
	}
	return sb.String()
}

// decomposeForLegacy returns the runes of s with combining tone marks
// composed (NFC) so that the per-letter tables apply.
func decomposeForLegacy(s string) []rune {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return []rune(nfc(s))
}
