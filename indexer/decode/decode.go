package decode

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Result is a decoded page.
type Result struct {
	// Text is the page as NFC UTF-8 (still HTML).
	Text string
	// Charset names the encoding the bytes were found to be in: "utf-8",
	// "utf-16le", "windows-1252", "windows-1258", "tcvn3", "vni", "viscii" or another
	// WHATWG name. For a page whose legacy-font text had already been turned
	// into UTF-8 mojibake it is the legacy one ("tcvn3", "vni").
	Charset string
}

// Charset names used for the Vietnamese font encodings.
const (
	CharsetTCVN3  = "tcvn3"
	CharsetVNI    = "vni"
	CharsetVISCII = "viscii"
)

const (
	metaScan   = 16 << 10 // bytes searched for <meta charset>
	scoreLimit = 64 << 10 // bytes of text looked at by the statistics
)

// Decode converts a page body to NFC UTF-8. contentType is the HTTP
// Content-Type header (may be empty). The charset is chosen in this order:
// byte order mark; body that is valid UTF-8 with non-ASCII text (whatever
// was declared); the HTTP charset; <meta charset> / <meta http-equiv> in the
// first 16 KiB; statistics over Windows-1252 and Windows-1258. Then TCVN3,
// VNI and VISCII text is detected (font declarations and statistics) and
// converted, also when it was already turned into UTF-8 mojibake.
//
// Decode fails only for content that is not text (images, PDFs, archives,
// bytes full of control characters); invalid byte sequences become U+FFFD.
func Decode(body []byte, contentType string) (Result, error) {
	if len(body) == 0 {
		return Result{Charset: "utf-8"}, nil
	}
	// Byte order marks.
	switch {
	case bytes.HasPrefix(body, []byte("\xEF\xBB\xBF")):
		body = body[3:]
		if utf8.Valid(body) {
			return finishUTF8(body, "utf-8"), nil
		}
		return decodeUTF8Lossy(body), nil
	case bytes.HasPrefix(body, []byte("\xFF\xFE")):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), body, "utf-16le"), nil
	case bytes.HasPrefix(body, []byte("\xFE\xFF")):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), body, "utf-16be"), nil
	}
	valid := utf8.Valid(body)
	ascii := valid && isASCII(body)
	if valid && !ascii {
		// UTF-8 with non-ASCII text is UTF-8, whatever was declared:
		// single-byte text is practically never valid UTF-8.
		if err := binaryCheck(body); err != nil {
			return Result{}, err
		}
		if fastPath(body) {
			return Result{Text: string(body), Charset: "utf-8"}, nil
		}
		return repair(string(body), "utf-8", body), nil
	}
	declared := httpCharset(contentType)
	if declared == "" {
		declared = metaCharset(body)
	}
	if strings.HasPrefix(declared, "utf-16") {
		e, _ := htmlindex.Get(declared)
		if e != nil && !looksASCIICompatible(body) {
			return decodeWith(e, body, declared), nil
		}
		declared = "utf-8" // as browsers do: the bytes are ASCII-based
	}
	if err := binaryCheck(body); err != nil {
		return Result{}, err
	}
	switch legacyName(declared) {
	case CharsetTCVN3:
		return finish(fromTCVN3(fromCP1252(body)), CharsetTCVN3, true), nil
	case CharsetVNI:
		return finish(fromVNI(fromCP1252(body)), CharsetVNI, true), nil
	case CharsetVISCII:
		return finish(fromVISCII(fromCP1252(body)), CharsetVISCII, true), nil
	}
	var enc encoding.Encoding
	name := ""
	if declared != "" {
		if e, err := htmlindex.Get(declared); err == nil {
			enc = e
			name, _ = htmlindex.Name(e)
		}
	}
	if ascii {
		if name == "" || name == "utf-8" || westernSingleByte(name) {
			return repair(string(body), "utf-8", body), nil
		}
		return finish(decodeBytes(enc, body), name, false), nil
	}
	if name == "utf-8" || name == "" {
		if mostlyUTF8(body) {
			return decodeUTF8Lossy(body), nil
		}
		// No usable declaration: Windows-1252 or Windows-1258? Decide on
		// the first bytes, decode all of it once.
		head := body[:min(len(body), scoreLimit)]
		a := score(fromCP1252(head), scoreLimit) // Windows-1252 text is NFC
		b := score(nfc(decodeBytes(charmap.Windows1258, head)), scoreLimit)
		if b.score() > a.score() {
			return repair(decodeBytes(charmap.Windows1258, body), "windows-1258", body), nil
		}
		return repair(fromCP1252(body), "windows-1252", body), nil
	}
	text := decodeBytes(enc, body)
	if westernSingleByte(name) {
		return repair(text, name, body), nil
	}
	return finish(text, name, false), nil
}

// fastPath reports whether valid UTF-8 can be returned as it is: already
// NFC, nothing to clean, and no sign of legacy-font text (no font hints, and
// either no Latin-1 letters or plenty of genuinely Vietnamese ones).
func fastPath(b []byte) bool {
	latin1, vn := 0, 0
	// other: a rune outside Latin (U+0080–U+024F, U+1E00–U+1EFF) and the
	// common punctuation (U+2010–U+205E), for which NFC is checked.
	other := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < 0x80 {
			if c == 0 {
				return false
			}
			continue
		}
		if c < 0xC0 {
			continue // continuation byte
		}
		var c1, c2 byte
		if i+1 < len(b) {
			c1 = b[i+1]
		}
		if i+2 < len(b) {
			c2 = b[i+2]
		}
		switch {
		case c == 0xC2 || c == 0xC3:
			if c == 0xC2 && c1 == 0xAD || c == 0xC3 && (c1 == 0x90 || c1 == 0xB0) {
				return false // soft hyphen, Ð, ð
			}
			latin1++
		case c >= 0xC4 && c <= 0xC6:
			vn++
		case c >= 0xC7 && c <= 0xC9:
		case c == 0xCC || c == 0xCD:
			return false // combining marks: needs NFC
		case c == 0xE1 && c1 >= 0xB8 && c1 <= 0xBB:
			if c1 >= 0xBA {
				vn++
			}
		case c == 0xE2 && c1 == 0x80 && c2 >= 0x8B && c2 <= 0x8D, c == 0xE2 && c1 == 0x81 && c2 == 0xA0:
			return false // zero-width
		case c == 0xE2 && (c1 == 0x80 && c2 >= 0x90 || c1 == 0x81 && c2 <= 0x9E):
		case c == 0xEF && c1 == 0xBB && c2 == 0xBF:
			return false // BOM / zero-width no-break space
		default:
			other = true
		}
	}
	if latin1 > 0 && vn*4 < latin1 {
		return false
	}
	if fontHint(b) != "" {
		return false
	}
	return !other || norm.NFC.IsNormal(b)
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// mostlyUTF8 reports whether b is UTF-8 with a few bad bytes.
func mostlyUTF8(b []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return good > 0 && bad <= good
}

func decodeUTF8Lossy(b []byte) Result {
	return finish(strings.ToValidUTF8(string(b), "\uFFFD"), "utf-8", false)
}

func decodeBytes(e encoding.Encoding, b []byte) string {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return fromCP1252(b)
	}
	return string(out)
}

func decodeWith(e encoding.Encoding, b []byte, name string) Result {
	return finish(decodeBytes(e, b), name, false)
}

func finishUTF8(b []byte, cs string) Result {
	if fastPath(b) {
		return Result{Text: string(b), Charset: cs}
	}
	return repair(string(b), cs, b)
}

// finish makes the text valid NFC UTF-8 and cleans it; vietnamese enables
// the Ð→Đ fix even when the text shows no other Vietnamese letter.
func finish(s, cs string, vietnamese bool) Result {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return Result{Text: clean(s, vietnamese || genuineVietnamese(s) > 0), Charset: cs}
}
