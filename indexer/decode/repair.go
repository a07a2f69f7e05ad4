package decode

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// repair picks, between text (decoded as cs) and its TCVN3 and VNI
// readings, the one with the most Vietnamese, then finishes it.
func repair(text, cs string, raw []byte) Result {
	text = nfc(text)
	hint := fontHint(raw)
	if hint == "" && cs == "utf-8" && plainlyVietnamese(prefix(text, scoreLimit)) {
		// Genuine Unicode Vietnamese and no legacy font named: the same
		// rule as the fast path, so NFD or Ð-spelled pages stay cheap.
		return finish(text, cs, true)
	}
	base := score(text, scoreLimit)
	if cs != "utf-8" && cs != "windows-1258" {
		// A page declared Windows-1252/ISO-8859-1 may well be Windows-1258.
		head := raw[:min(len(raw), scoreLimit)]
		if st := score(nfc(decodeBytes(charmap.Windows1258, head)), scoreLimit); st.score() >= base.score()+2+base.words/10 && st.good >= 2*st.bad {
			text, cs, base = nfc(decodeBytes(charmap.Windows1258, raw)), "windows-1258", st
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
	sample := prefix(units, scoreLimit)
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
		st := score(c.conv(sample), scoreLimit) // precomposed already (NFC below)
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

// prefix returns about the first n bytes of s, cut at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// plainlyVietnamese reports whether s has letters only Unicode Vietnamese
// has and at least a quarter as many of them as Latin-1 letters (the
// material of legacy-encoding mojibake).
func plainlyVietnamese(s string) bool {
	latin1, vn := 0, 0
	for _, r := range s {
		switch {
		case r < 0x80:
		case r < 0x100:
			latin1++
		case r >= 0x1EA0 && r <= 0x1EF9, r >= 0x102 && r <= 0x1B0:
			vn++
		}
	}
	return vn > 0 && vn*4 >= latin1
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
	tcvn := 0
	for rest := raw; ; {
		i := bytes.IndexByte(rest, '.')
		if i < 0 {
			break
		}
		rest = rest[i+1:]
		if len(rest) >= 2 && rest[0]|0x20 == 'v' && rest[1]|0x20 == 'n' && hasFontPrefix(rest[2:], tcvnFonts) {
			tcvn++ // ".vn" in any letter case, then a TCVN3 font stem
		}
	}
	vni := vniFontCount(raw, 'V') + vniFontCount(raw, 'v')
	switch {
	case tcvn > vni:
		return CharsetTCVN3
	case vni > 0:
		return CharsetVNI
	}
	return ""
}

// vniFontCount counts the VNI font names in raw that start with the byte
// v: "VNI", "vni", "Vni", "VNi" or "vNI", then '-', ' ' or '_' and a VNI
// font stem. One pass per first letter finds them all with IndexByte.
func vniFontCount(raw []byte, v byte) int {
	n := 0
	for rest := raw; ; {
		i := bytes.IndexByte(rest, v)
		if i < 0 {
			return n
		}
		rest = rest[i:]
		if len(rest) > 4 && isVNIName(rest[:3]) && (rest[3] == '-' || rest[3] == ' ' || rest[3] == '_') && hasFontPrefix(rest[4:], vniFonts) {
			n++
		}
		rest = rest[1:]
	}
}

// isVNIName reports whether b is one of the spellings of "VNI" that
// legacy pages use in font names.
func isVNIName(b []byte) bool {
	switch string(b) {
	case "VNI", "vni", "Vni", "VNi", "vNI":
		return true
	}
	return false
}

// hasFontPrefix reports whether b starts (ignoring ASCII case) with one of
// the font name stems.
func hasFontPrefix(b []byte, stems []string) bool {
	for _, f := range stems {
		if len(b) >= len(f) && asciiEqualFold(b[:len(f)], f) {
			return true
		}
	}
	return false
}

// asciiEqualFold reports whether b equals the lowercase ASCII word f
// ignoring the case of ASCII letters. (strings.EqualFold gives the same
// answer here: bytes that are not ASCII cannot fold to ASCII letters in
// the same number of bytes.)
func asciiEqualFold(b []byte, f string) bool {
	for i := 0; i < len(f); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != f[i] {
			return false
		}
	}
	return true
}

var tcvnFonts = []string{"time", "arial", "helvetica", "avant", "book", "centur", "courier", "univers",
	"souvenir", "aptima", "bodoni", "clarendon", "commercial", "free", "lincoln", "shelley", "vogue",
	"black", "bahamas", "tifani", "garamond", "swiss", "present", "cooper", "grotesque", "mystical", "linotype"}

var vniFonts = []string{"times", "helve", "univer", "aptima", "avo", "book", "couri", "centur", "free",
	"garam", "souvir", "zap", "bodon", "brush", "cooper", "dom", "goudy", "revue", "shadow", "top", "park",
	"ariston", "script", "lithos", "palatin", "tekon", "vari", "ausie", "bandit", "allegie", "jamai", "juni",
	"linus", "present", "shelley", "swiss", "trung", "univ", "hobo"}
