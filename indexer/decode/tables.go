package decode

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tone marks (combining, in Unicode order of the Vietnamese tones as VNI
// lists them: sắc, huyền, hỏi, ngã, nặng).
const (
	toneNone = iota
	toneAcute
	toneGrave
	toneHook
	toneTilde
	toneDot
)

var toneMarks = [...]string{"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}

// Vowel "shapes": the letter's own diacritic, independent of the tone.
const (
	shapePlain = iota
	shapeBreve
	shapeCirc
	shapeHorn
)

// vowel describes one Vietnamese vowel letter: its ASCII letter, shape and
// tone, e.g. 'ậ' = {'a', circ, dot}.
type vowel struct {
	letter rune // a e i o u y (lowercase) or A E I O U Y
	shape  int
	tone   int
}

// vowelBases lists the 12 Vietnamese vowels with their shape.
var vowelBases = []struct {
	r      rune
	letter rune
	shape  int
}{
	{'a', 'a', shapePlain}, {'ă', 'a', shapeBreve}, {'â', 'a', shapeCirc},
	{'e', 'e', shapePlain}, {'ê', 'e', shapeCirc}, {'i', 'i', shapePlain},
	{'o', 'o', shapePlain}, {'ô', 'o', shapeCirc}, {'ơ', 'o', shapeHorn},
	{'u', 'u', shapePlain}, {'ư', 'u', shapeHorn}, {'y', 'y', shapePlain},
}

// Lookup tables, built once at init and never modified afterwards: arrays
// rather than maps because the statistics look letters up in hot loops.
var (
	vowelLow  [0x1B1]vowelSlot // U+0000–U+01B0
	vowelHigh [0x5A]vowelSlot  // U+1EA0–U+1EF9
	vowelComp [2 * 6 * 4 * 6]rune
)

type vowelSlot struct {
	v  vowel
	ok bool
}

// vowelOf returns the parts of a precomposed Vietnamese vowel letter.
func vowelOf(r rune) (vowel, bool) {
	switch {
	case r < 0x1B1:
		s := vowelLow[r]
		return s.v, s.ok
	case r >= 0x1EA0 && r <= 0x1EF9:
		s := vowelHigh[r-0x1EA0]
		return s.v, s.ok
	}
	return vowel{}, false
}

func vowelIndex(v vowel) int {
	c, l := 0, v.letter
	if l < 'a' {
		c, l = 1, l+('a'-'A')
	}
	li := 0
	switch l {
	case 'e':
		li = 1
	case 'i':
		li = 2
	case 'o':
		li = 3
	case 'u':
		li = 4
	case 'y':
		li = 5
	}
	return ((c*6+li)*4+v.shape)*6 + v.tone
}

// vowelRun returns the precomposed letter for the parts v (v must come
// from vowelOf or vowelBases).
func vowelRun(v vowel) rune { return vowelComp[vowelIndex(v)] }

func init() {
	for _, b := range vowelBases {
		for tone, mark := range toneMarks {
			for _, upper := range []bool{false, true} {
				base, letter := b.r, b.letter
				if upper {
					base, letter = toUpper(base), toUpper(letter)
				}
				s := norm.NFC.String(string(base) + mark)
				r, n := utf8.DecodeRuneInString(s)
				if n != len(s) {
					panic("decode: vowel table: " + s + " does not compose")
				}
				v := vowel{letter, b.shape, tone}
				if r < 0x1B1 {
					vowelLow[r] = vowelSlot{v, true}
				} else {
					vowelHigh[r-0x1EA0] = vowelSlot{v, true}
				}
				vowelComp[vowelIndex(v)] = r
			}
		}
	}
}

func toUpper(r rune) rune {
	switch r {
	case 'ă':
		return 'Ă'
	case 'â':
		return 'Â'
	case 'ê':
		return 'Ê'
	case 'ô':
		return 'Ô'
	case 'ơ':
		return 'Ơ'
	case 'ư':
		return 'Ư'
	case 'đ':
		return 'Đ'
	}
	if r >= 'a' && r <= 'z' {
		return r - 'a' + 'A'
	}
	return r
}

// cp1252 maps every byte to the rune Windows-1252 gives it, as browsers do
// (WHATWG encoding standard: the five undefined bytes map to C1 controls).
var cp1252 = func() (t [256]rune) {
	for i := range t {
		t[i] = rune(i)
	}
	hi := []rune("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ")
	copy(t[0x80:0xa0], hi)
	return t
}()

// cp1252Byte is the inverse of cp1252 (also accepting the C1 controls as
// Latin-1 would give them).
func cp1252Byte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	switch r {
	case '€':
		return 0x80, true
	case '‚':
		return 0x82, true
	case 'ƒ':
		return 0x83, true
	case '„':
		return 0x84, true
	case '…':
		return 0x85, true
	case '†':
		return 0x86, true
	case '‡':
		return 0x87, true
	case 'ˆ':
		return 0x88, true
	case '‰':
		return 0x89, true
	case 'Š':
		return 0x8a, true
	case '‹':
		return 0x8b, true
	case 'Œ':
		return 0x8c, true
	case 'Ž':
		return 0x8e, true
	case '‘':
		return 0x91, true
	case '’':
		return 0x92, true
	case '“':
		return 0x93, true
	case '”':
		return 0x94, true
	case '•':
		return 0x95, true
	case '–':
		return 0x96, true
	case '—':
		return 0x97, true
	case '˜':
		return 0x98, true
	case '™':
		return 0x99, true
	case 'š':
		return 0x9a, true
	case '›':
		return 0x9b, true
	case 'œ':
		return 0x9c, true
	case 'ž':
		return 0x9e, true
	case 'Ÿ':
		return 0x9f, true
	}
	return 0, false
}

// tcvn3 is the TCVN 5712:1993 table (VN1, whose lowercase half in
// 0xA1–0xFF is the "TCVN3"/ABC encoding of the .VnTime fonts; VN3 fonts
// leave the uppercase positions empty). Source: the TCVN 5712:1993
// standard as implemented by glibc's TCVN5712-1 charmap, checked against
// `iconv -f TCVN5712-1` by TestTCVN3MatchesIconv. Bytes not listed are
// ASCII (0x00–0x7F) or map to themselves.
var tcvn3 = func() (t [256]rune) {
	for i := range t {
		t[i] = rune(i)
	}
	ctl := map[byte]rune{0x01: 'Ú', 0x02: 'Ụ', 0x04: 'Ừ', 0x05: 'Ử', 0x06: 'Ữ', 0x11: 'Ứ',
		0x12: 'Ự', 0x13: 'Ỳ', 0x14: 'Ỷ', 0x15: 'Ỹ', 0x16: 'Ý', 0x17: 'Ỵ'}
	for b, r := range ctl {
		t[b] = r
	}
	hi := []rune("ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ" + // 0x80–0x9F
		"\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ" + // 0xA0–0xAF
		"\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" + // 0xB0–0xBF
		"ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" + // 0xC0–0xCF
		"éẹềểễếệìỉỄẾỒĩíịò" + // 0xD0–0xDF
		"ỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ") // 0xE0–0xFF
	if len(hi) != 128 {
		panic("decode: TCVN3 table has " + string(rune('0'+len(hi)/10)) + " entries")
	}
	copy(t[0x80:], hi)
	return t
}()

// tcvn3Rev is the inverse of tcvn3 for the non-ASCII letters.
var tcvn3Rev = inverse(&tcvn3)

// inverse maps each letter of a single-byte table back to its byte, for
// the positions where the table differs from ASCII.
func inverse(table *[256]rune) map[rune]byte {
	m := map[rune]byte{}
	for b, r := range table {
		if b >= 0x80 || r != rune(b) {
			m[r] = byte(b)
		}
	}
	return m
}

// viscii is VISCII, the Vietnamese Standard Code for Information
// Interchange (RFC 1456, 1993): 134 precomposed letters in 0x80–0xFF and six
// control positions. Checked against glibc's `iconv -f VISCII` by
// TestVISCIIMatchesIconv.
var viscii = func() (t [256]rune) {
	for i := range t {
		t[i] = rune(i)
	}
	for b, r := range map[byte]rune{0x02: 'Ẳ', 0x05: 'Ẵ', 0x06: 'Ẫ', 0x14: 'Ỷ', 0x19: 'Ỹ', 0x1E: 'Ỵ'} {
		t[b] = r
	}
	hi := []rune("ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ" +
		"ÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯ" +
		"ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡư" +
		"àáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ")
	copy(t[0x80:], hi)
	return t
}()
