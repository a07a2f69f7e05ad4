package corpus

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Fold strips Vietnamese diacritics (đ→d, Đ→D); used for URL slugs.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteRune('d')
		case r == 'Đ':
			b.WriteRune('D')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// tcvn3Table is the TCVN 5712:1993 "ABC" (VN3) single-byte encoding used by
// the .VnTime fonts: lowercase letters with tone marks, and the seven
// uppercase base letters Ă Â Ê Ô Ơ Ư Đ. Uppercase letters with tone marks
// have no code in VN3 (pages used the .VnTimeH capitals font instead).
var tcvn3Table = map[rune]byte{
	'Ă': 0xA1, 'Â': 0xA2, 'Ê': 0xA3, 'Ô': 0xA4, 'Ơ': 0xA5, 'Ư': 0xA6, 'Đ': 0xA7,
	'ă': 0xA8, 'â': 0xA9, 'ê': 0xAA, 'ô': 0xAB, 'ơ': 0xAC, 'ư': 0xAD, 'đ': 0xAE,
	'à': 0xB5, 'ả': 0xB6, 'ã': 0xB7, 'á': 0xB8, 'ạ': 0xB9,
	'ằ': 0xBB, 'ẳ': 0xBC, 'ẵ': 0xBD, 'ắ': 0xBE, 'ặ': 0xC6,
	'ầ': 0xC7, 'ẩ': 0xC8, 'ẫ': 0xC9, 'ấ': 0xCA, 'ậ': 0xCB,
	'è': 0xCC, 'ẻ': 0xCE, 'ẽ': 0xCF, 'é': 0xD0, 'ẹ': 0xD1,
	'ề': 0xD2, 'ể': 0xD3, 'ễ': 0xD4, 'ế': 0xD5, 'ệ': 0xD6,
	'ì': 0xD7, 'ỉ': 0xD8, 'ĩ': 0xDC, 'í': 0xDD, 'ị': 0xDE,
	'ò': 0xDF, 'ỏ': 0xE1, 'õ': 0xE2, 'ó': 0xE3, 'ọ': 0xE4,
	'ồ': 0xE5, 'ổ': 0xE6, 'ỗ': 0xE7, 'ố': 0xE8, 'ộ': 0xE9,
	'ờ': 0xEA, 'ở': 0xEB, 'ỡ': 0xEC, 'ớ': 0xED, 'ợ': 0xEE,
	'ù': 0xEF, 'ủ': 0xF1, 'ũ': 0xF2, 'ú': 0xF3, 'ụ': 0xF4,
	'ừ': 0xF5, 'ử': 0xF6, 'ữ': 0xF7, 'ứ': 0xF8, 'ự': 0xF9,
	'ỳ': 0xFA, 'ỷ': 0xFB, 'ỹ': 0xFC, 'ý': 0xFD, 'ỵ': 0xFE,
}

// EncodeTCVN3 encodes NFC text as TCVN3 (ABC). ASCII passes through; a
// character with no TCVN3 code (an uppercase vowel with a tone mark, or
// any other non-ASCII rune) is an error naming it.
func EncodeTCVN3(s string) ([]byte, error) { return encodeTCVN3(s, false) }

// EncodeTCVN3HTML is EncodeTCVN3 for HTML: a character with no TCVN3 code is
// written as a numeric character reference (&#7910;), as old editors did.
func EncodeTCVN3HTML(s string) []byte {
	b, _ := encodeTCVN3(s, true)
	return b
}

func encodeTCVN3(s string, entities bool) ([]byte, error) {
	s = norm.NFC.String(s)
	out := make([]byte, 0, len(s))
	for i, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		b, ok := tcvn3Table[r]
		if !ok && entities {
			out = fmt.Appendf(out, "&#%d;", r)
			continue
		}
		if !ok {
			return nil, fmt.Errorf("corpus: tcvn3: no code for %q at byte %d", r, i)
		}
		out = append(out, b)
	}
	return out, nil
}

// VNI (VNI-Windows, the VNI-Times fonts): a base letter followed by one or
// two accent bytes. Lowercase uses the lowercase Latin-1 accent letters,
// uppercase the uppercase ones. A few letters are single bytes.
var vniSingle = map[rune]string{
	'đ': "\xF1", 'Đ': "\xD1",
	'ơ': "\xF4", 'Ơ': "\xD4", 'ư': "\xF6", 'Ư': "\xD6",
	'í': "\xED", 'ì': "\xEC", 'ỉ': "\xE6", 'ĩ': "\xF3", 'ị': "\xF2",
	'Í': "\xCD", 'Ì': "\xCC", 'Ỉ': "\xC6", 'Ĩ': "\xD3", 'Ị': "\xD2",
	'ỵ': "y\xEE", 'Ỵ': "Y\xCE",
}

// Tone bytes (lowercase, uppercase) for plain vowels and for ơ/ư.
var vniTone = map[rune][2]byte{
	'\u0301': {0xF9, 0xD9}, // sắc
	'\u0300': {0xF8, 0xD8}, // huyền
	'\u0309': {0xFB, 0xDB}, // hỏi
	'\u0303': {0xF5, 0xD5}, // ngã
	'\u0323': {0xEF, 0xCF}, // nặng
}

// Circumflex (â ê ô) alone and with each tone.
var vniCirc = map[rune][2]byte{
	0:        {0xE2, 0xC2},
	'\u0301': {0xE1, 0xC1},
	'\u0300': {0xE0, 0xC0},
	'\u0309': {0xE5, 0xC5},
	'\u0303': {0xE3, 0xC3},
	'\u0323': {0xE4, 0xC4},
}

// Breve (ă) alone and with each tone.
var vniBreve = map[rune][2]byte{
	0:        {0xEA, 0xCA},
	'\u0301': {0xE9, 0xC9},
	'\u0300': {0xE8, 0xC8},
	'\u0309': {0xFA, 0xDA},
	'\u0303': {0xFC, 0xDC},
	'\u0323': {0xEB, 0xCB},
}

// EncodeVNI encodes NFC text as VNI-Windows bytes.
func EncodeVNI(s string) ([]byte, error) { return encodeVNI(s, false) }

// EncodeVNIHTML is EncodeVNI for HTML: a character VNI cannot write is
// emitted as a numeric character reference.
func EncodeVNIHTML(s string) []byte {
	b, _ := encodeVNI(s, true)
	return b
}

func encodeVNI(s string, entities bool) ([]byte, error) {
	s = norm.NFC.String(s)
	var out []byte
	for i, r := range s {
		if r < 0x80 {
			out = append(out, byte(r))
			continue
		}
		if entities {
			if b, err := encodeVNI(string(r), false); err == nil {
				out = append(out, b...)
			} else {
				out = fmt.Appendf(out, "&#%d;", r)
			}
			continue
		}
		if v, ok := vniSingle[r]; ok {
			out = append(out, v...)
			continue
		}
		d := []rune(norm.NFD.String(string(r)))
		base := d[0]
		if base >= 0x80 || len(d) > 3 {
			return nil, fmt.Errorf("corpus: vni: no code for %q at byte %d", r, i)
		}
		up := 0
		if unicode.IsUpper(base) {
			up = 1
		}
		var shape, tone rune
		for _, m := range d[1:] {
			switch m {
			case '\u0302', '\u0306', '\u031B':
				shape = m
			default:
				tone = m
			}
		}
		switch shape {
		case '\u0302':
			c, ok := vniCirc[tone]
			if !ok {
				return nil, fmt.Errorf("corpus: vni: no code for %q at byte %d", r, i)
			}
			out = append(out, byte(base), c[up])
		case '\u0306':
			c, ok := vniBreve[tone]
			if !ok {
				return nil, fmt.Errorf("corpus: vni: no code for %q at byte %d", r, i)
			}
			out = append(out, byte(base), c[up])
		case '\u031B':
			hb := vniSingle[[]rune(norm.NFC.String(string([]rune{base, '\u031B'})))[0]]
			out = append(out, hb...)
			if tone != 0 {
				t, ok := vniTone[tone]
				if !ok {
					return nil, fmt.Errorf("corpus: vni: no code for %q at byte %d", r, i)
				}
				out = append(out, t[up])
			}
		default:
			t, ok := vniTone[tone]
			if !ok {
				return nil, fmt.Errorf("corpus: vni: no code for %q at byte %d", r, i)
			}
			out = append(out, byte(base), t[up])
		}
	}
	return out, nil
}

// EncodeWindows1258 encodes text as Windows-1258 the way Vietnamese Windows
// software wrote it: base letters with circumflex, breve, horn and đ
// precomposed, tone marks as separate combining bytes.
func EncodeWindows1258(s string) ([]byte, error) {
	d := []rune(norm.NFD.String(s))
	var out []rune
	for i := 0; i < len(d); {
		base := d[i]
		i++
		var shape rune
		var tones []rune
		for i < len(d) && unicode.Is(unicode.Mn, d[i]) {
			if d[i] == '\u0302' || d[i] == '\u0306' || d[i] == '\u031B' {
				shape = d[i]
			} else {
				tones = append(tones, d[i])
			}
			i++
		}
		if shape != 0 {
			c := []rune(norm.NFC.String(string([]rune{base, shape})))
			if len(c) == 1 {
				base = c[0]
			} else {
				out = append(out, base)
				base = shape
			}
		}
		out = append(out, base)
		out = append(out, tones...)
	}
	res, err := charmap.Windows1258.NewEncoder().Bytes([]byte(string(out)))
	if err != nil {
		return nil, fmt.Errorf("corpus: windows-1258: %w", err)
	}
	return res, nil
}
