package decode

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
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
// first 16 KiB; statistics over Windows-1252 and Windows-1258. Then TCVN3 and
// VNI text is detected (font declarations and statistics) and converted.
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
		// No usable declaration: Windows-1252 or Windows-1258?
		a := nfc(fromCP1252(body))
		b := nfc(decodeBytes(charmap.Windows1258, body))
		if score(b, scoreLimit).score() > score(a, scoreLimit).score() {
			return repair(b, "windows-1258", body), nil
		}
		return repair(a, "windows-1252", body), nil
	}
	text := decodeBytes(enc, body)
	if westernSingleByte(name) {
		return repair(text, name, body), nil
	}
	return finish(text, name, false), nil
}

// westernSingleByte reports encodings under which legacy Vietnamese font
// bytes hide (and which are often declared wrongly).
func westernSingleByte(name string) bool {
	switch name {
	case "windows-1252", "windows-1258", "iso-8859-15", "iso-8859-2", "windows-1250", "macintosh":
		return true
	}
	return false
}

// legacyName recognises declared names of the Vietnamese font encodings.
func legacyName(cs string) string {
	switch strings.ToLower(strings.TrimSpace(cs)) {
	case "tcvn", "tcvn3", "tcvn-3", "tcvn5712", "tcvn-5712", "tcvn5712-1", "tcvn5712-3", "vn3", "abc", "x-viet-tcvn5712":
		return CharsetTCVN3
	case "vni", "vni-windows", "x-viet-vni":
		return CharsetVNI
	case "viscii", "x-viet-viscii", "csviscii", "viscii1.1-1":
		return CharsetVISCII
	}
	return ""
}

// repair picks, between text (decoded as cs) and its TCVN3 and VNI
// readings, the one with the most Vietnamese, then finishes it.
func repair(text, cs string, raw []byte) Result {
	text = nfc(text)
	hint := fontHint(raw)
	base := score(text, scoreLimit)
	if cs != "utf-8" && cs != "windows-1258" {
		// A page declared Windows-1252/ISO-8859-1 may well be Windows-1258.
		t1258 := nfc(decodeBytes(charmap.Windows1258, raw))
		if st := score(t1258, scoreLimit); st.score() >= base.score()+2+base.words/10 && st.good >= 2*st.bad {
			text, cs, base = t1258, "windows-1258", st
		}
	}
	best, bestCS, bestScore := text, cs, base.score()
	// Units for the legacy readings: the raw bytes when they were decoded
	// from a single-byte charset, else the UTF-8 text itself (mojibake).
	units := text
	if cs != "utf-8" {
		units = fromCP1252(raw)
	}
	margin := 2 + base.words/10
	sample := units
	if len(sample) > scoreLimit {
		sample = strings.ToValidUTF8(sample[:scoreLimit], "")
	}
	var bestConv func(string) string
	for _, c := range []struct {
		name string
		conv func(string) string
	}{{CharsetTCVN3, fromTCVN3}, {CharsetVNI, fromVNI}, {CharsetVISCII, fromVISCII}} {
		if hint == "" && base.words == 0 && !hasLatin1Letters(text) {
			break
		}
		if c.name == CharsetVISCII && cs == "utf-8" {
			continue // VISCII keeps most Latin-1 letters: too close to real text
		}
		st := score(nfc(c.conv(sample)), scoreLimit)
		need := bestScore + margin
		if hint == c.name {
			need = bestScore + 1
		}
		if st.score() >= need && st.good >= 2 && st.good >= 2*st.bad {
			bestConv, bestCS, bestScore = c.conv, c.name, st.score()
		}
	}
	if bestConv != nil {
		best = nfc(bestConv(units))
	}
	if bestCS != cs && genuineVietnamese(units) > 2 {
		// A mixed page: convert only the words that need it.
		best = nfc(convertWords(units, bestConv))
	}
	return finish(best, bestCS, bestCS == CharsetTCVN3 || bestCS == CharsetVNI || bestCS == CharsetVISCII || bestCS == "windows-1258" || genuineVietnamese(best) > 0)
}

// convertWords applies conv to the words of a mixed page (Unicode text
// with passages in a legacy encoding). A word is converted when it is not a
// Vietnamese syllable and conv makes it one; a word that reads as Vietnamese
// both ways follows its nearest unambiguous neighbour, so a legacy passage
// is converted whole and a Unicode passage is left alone.
func convertWords(s string, conv func(string) string) string {
	type token struct {
		start, end int
		conv       string
		decision   int // 0 keep, 1 convert, 2 ambiguous
	}
	var toks []token
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if r < utf8.RuneSelf && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r == 0xA0 {
				break
			}
			j += size
		}
		if j == i {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		if w := s[i:j]; !isASCIIString(w) {
			c := nfc(conv(w))
			switch {
			case genuineVietnamese(w) > 0:
				// Letters no legacy byte produces: Unicode text.
				toks = append(toks, token{i, j, c, 0})
			case c == w:
			case !isSyllable(w) && isSyllable(c):
				toks = append(toks, token{i, j, c, 1})
			case isSyllable(w) && isSyllable(c):
				toks = append(toks, token{i, j, c, 2})
			default:
				toks = append(toks, token{i, j, c, 0})
			}
		}
		i = j
	}
	// Resolve ambiguous words from their neighbours.
	last := -1
	for k := range toks {
		if toks[k].decision != 2 {
			last = toks[k].decision
			continue
		}
		if last >= 0 {
			toks[k].decision = last + 10
		}
	}
	next := -1
	for k := len(toks) - 1; k >= 0; k-- {
		switch d := toks[k].decision; {
		case d == 0 || d == 1:
			next = d
		case d == 2 && next >= 0:
			toks[k].decision = next
		}
	}
	var sb strings.Builder
	sb.Grow(len(s))
	pos := 0
	for _, t := range toks {
		if t.decision == 1 || t.decision == 11 {
			sb.WriteString(s[pos:t.start])
			sb.WriteString(t.conv)
			pos = t.end
		}
	}
	sb.WriteString(s[pos:])
	return sb.String()
}

// genuineVietnamese counts letters that only Vietnamese Unicode text has
// (none of them exists in Windows-1252, so none comes from legacy bytes).
func genuineVietnamese(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x1EA0 && r <= 0x1EF9 || r == 'ă' || r == 'Ă' || r == 'đ' || r == 'Đ' ||
			r == 'ơ' || r == 'Ơ' || r == 'ư' || r == 'Ư' || r == 'ĩ' || r == 'Ĩ' || r == 'ũ' || r == 'Ũ' {
			n++
		}
	}
	return n
}

func hasLatin1Letters(s string) bool {
	for _, r := range s {
		if r >= 0x80 && r < 0x100 {
			return true
		}
	}
	return false
}

// fontHint looks for font declarations of the legacy encodings:
// ".VnTime", ".VnArial", ".VnTimeH"… (TCVN3) and "VNI-Times", "VNI-Helve"…
// (VNI), in style rules, style attributes and <font face>.
func fontHint(raw []byte) string {
	tcvn, vni := 0, 0
	for i := 0; i+4 < len(raw); i++ {
		c := raw[i]
		if c == '.' && (raw[i+1] == 'V' || raw[i+1] == 'v') && (raw[i+2] == 'n' || raw[i+2] == 'N') {
			rest := strings.ToLower(string(raw[i+3 : min(len(raw), i+14)]))
			for _, f := range tcvnFonts {
				if strings.HasPrefix(rest, f) {
					tcvn++
					break
				}
			}
		}
		if (c == 'V' || c == 'v') && (raw[i+1] == 'N' || raw[i+1] == 'n') && (raw[i+2] == 'I' || raw[i+2] == 'i') &&
			(raw[i+3] == '-' || raw[i+3] == ' ' || raw[i+3] == '_') {
			rest := strings.ToLower(string(raw[i+4 : min(len(raw), i+14)]))
			for _, f := range vniFonts {
				if strings.HasPrefix(rest, f) {
					vni++
					break
				}
			}
		}
	}
	switch {
	case tcvn > vni:
		return CharsetTCVN3
	case vni > 0:
		return CharsetVNI
	}
	return ""
}

var tcvnFonts = []string{"time", "arial", "helvetica", "avant", "book", "centur", "courier", "univers",
	"souvenir", "aptima", "bodoni", "clarendon", "commercial", "free", "lincoln", "shelley", "vogue",
	"black", "bahamas", "tifani", "garamond", "swiss", "present", "cooper", "grotesque", "mystical", "linotype"}

var vniFonts = []string{"times", "helve", "univer", "aptima", "avo", "book", "couri", "centur", "free",
	"garam", "souvir", "zap", "bodon", "brush", "cooper", "dom", "goudy", "revue", "shadow", "top", "park",
	"ariston", "script", "lithos", "palatin", "tekon", "vari", "ausie", "bandit", "allegie", "jamai", "juni",
	"linus", "present", "shelley", "swiss", "trung", "univ", "hobo"}

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

// httpCharset returns the charset parameter of a Content-Type header.
func httpCharset(ct string) string {
	if ct == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(ct)
	if err == nil {
		return strings.ToLower(strings.Trim(params["charset"], `"' `))
	}
	i := strings.Index(strings.ToLower(ct), "charset=")
	if i < 0 {
		return ""
	}
	v := ct[i+len("charset="):]
	if j := strings.IndexAny(v, "; "); j >= 0 {
		v = v[:j]
	}
	return strings.ToLower(strings.Trim(v, `"'`))
}

// metaCharset finds <meta charset=…> or <meta http-equiv="Content-Type"
// content="…; charset=…"> in the first bytes of the page.
func metaCharset(body []byte) string {
	if len(body) > metaScan {
		body = body[:metaScan]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) == "body" {
				return ""
			}
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var charset, content string
			httpEquiv := false
			for {
				k, v, more := z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					charset = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(string(v), "content-type")
				}
				if !more {
					break
				}
			}
			if charset != "" {
				return strings.ToLower(strings.TrimSpace(charset))
			}
			if httpEquiv && content != "" {
				if cs := httpCharset(content); cs != "" {
					return cs
				}
			}
		}
	}
}

// looksASCIICompatible reports whether the body reads as an ASCII-based
// encoding (so a declared UTF-16 is a lie: "<html" without NULs).
func looksASCIICompatible(b []byte) bool {
	n := min(len(b), 512)
	return bytes.IndexByte(b[:n], 0) < 0
}

var magics = []struct{ prefix, what string }{
	{"\x89PNG", "PNG image"}, {"GIF87a", "GIF image"}, {"GIF89a", "GIF image"},
	{"\xFF\xD8\xFF", "JPEG image"}, {"%PDF-", "PDF document"}, {"PK\x03\x04", "ZIP archive"},
	{"\x1F\x8B", "gzip data"}, {"RIFF", "RIFF media"}, {"\x7FELF", "ELF executable"},
	{"MZ", "Windows executable"}, {"Rar!", "RAR archive"}, {"7z\xBC\xAF", "7-Zip archive"},
	{"\xD0\xCF\x11\xE0", "MS Office document"}, {"wOFF", "web font"}, {"wOF2", "web font"},
	{"OggS", "Ogg media"}, {"ID3", "MP3 audio"}, {"\x00\x00\x01\x00", "icon"}, {"BZh", "bzip2 data"},
	{"\xFD7zXZ\x00", "xz data"}, {"\x28\xB5\x2F\xFD", "zstd data"}, {"%!PS", "PostScript"},
}

// binaryCheck rejects content that is not text.
func binaryCheck(b []byte) error {
	for _, m := range magics {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			if m.prefix == "MZ" && len(b) > 2 && b[2] >= 0x20 && b[2] < 0x7F {
				continue // "MZ" followed by text is text
			}
			return fmt.Errorf("binary content (%s)", m.what)
		}
	}
	n := min(len(b), 1024)
	ctl, nul := 0, 0
	for _, c := range b[:n] {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B:
			ctl++
		}
	}
	if nul > n/100+1 || (ctl+nul)*10 > n {
		return fmt.Errorf("binary content (%d NUL and %d other control bytes in the first %d)", nul, ctl, n)
	}
	return nil
}
