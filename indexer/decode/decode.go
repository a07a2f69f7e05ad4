package decode

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/frontsearch/frontsearch/indexer/internal/vnrune"
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
	sc := scanBody(body)
	valid := sc.valid
	ascii := valid && sc.ascii
	if valid && !ascii {
		// UTF-8 with non-ASCII text is UTF-8, whatever was declared:
		// single-byte text is practically never valid UTF-8.
		if err := binaryCheck(body); err != nil {
			return Result{}, err
		}
		if sc.fast(body) {
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
	return scanBody(b).fast(b)
}

// bodyScan is what one pass over a page's bytes tells Decode: whether they
// are valid UTF-8 and ASCII, and the fast path's evidence.
type bodyScan struct {
	valid, ascii bool
	// clean: no NUL, soft hyphen, Ð/ð, combining mark or zero-width
	// character, nothing that cleaning or NFC would change.
	clean bool
	// latin1 counts Latin-1 letters, vn letters only Vietnamese uses
	// (ă, đ, ơ, ư… and the toned vowels U+1E80–U+1EFF).
	latin1, vn int
	// other: a rune outside Latin (U+0080–U+027F, U+1E00–U+1EFF) and the
	// common punctuation (U+2010–U+205E), for which NFC must be checked.
	other bool
}

// hiBits and loBits are the high and low bit of every byte of a word.
const hiBits, loBits = 0x8080808080808080, 0x0101010101010101

// scanBody validates b as UTF-8 and gathers the fast path's evidence in
// the same pass.
func scanBody(b []byte) bodyScan {
	s := bodyScan{valid: true, ascii: true, clean: true}
	for i := 0; i < len(b); {
		// Markup is mostly ASCII: skip it a word at a time while no byte
		// is non-ASCII or NUL.
		for ; i+8 <= len(b); i += 8 {
			w := binary.LittleEndian.Uint64(b[i:])
			if w&hiBits != 0 || (w-loBits)&^w&hiBits != 0 {
				break
			}
		}
		if i >= len(b) {
			break
		}
		c := b[i]
		if c < utf8.RuneSelf {
			if c == 0 {
				s.clean = false
			}
			i++
			continue
		}
		s.ascii = false
		r, size := vnrune.Decode(b[i:])
		if r == utf8.RuneError && size == 1 {
			s.valid = false
			return s
		}
		i += size
		if s.clean {
			s.note(r)
		}
	}
	return s
}

// note records one non-ASCII rune.
func (s *bodyScan) note(r rune) {
	switch {
	case r == 0xAD || r == 'Ð' || r == 'ð', r >= 0x300 && r < 0x380,
		r >= 0x200B && r <= 0x200D, r == 0x2060, r == 0xFEFF:
		s.clean = false // soft hyphen, eth, combining marks, zero-width
	case r < 0x100:
		s.latin1++
	case r < 0x1C0:
		s.vn++
	case r < 0x280:
	case r >= 0x1E00 && r <= 0x1EFF:
		if r >= 0x1E80 {
			s.vn++
		}
	case r >= 0x2010 && r <= 0x205E:
	default:
		s.other = true
	}
}

// fast reports whether the scanned valid UTF-8 b can be returned as it is.
func (s bodyScan) fast(b []byte) bool {
	if !s.clean || s.latin1 > 0 && s.vn*4 < s.latin1 {
		return false
	}
	if fontHint(b) != "" {
		return false
	}
	return !s.other || norm.NFC.IsNormal(b)
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
		r, size := vnrune.Decode(b[i:])
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
