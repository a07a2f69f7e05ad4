package decode

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nfc returns s in Unicode Normalization Form C.
func nfc(s string) string {
	if startersOnly(s) || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// startersOnly reports whether s is valid UTF-8 made only of runes that are
// NFC on their own and never combine with the rune before them: ASCII,
// Latin up to U+02FF, Latin Extended Additional (the precomposed
// Vietnamese letters) and general punctuation. Such text is NFC as it is;
// checking these ranges is much cheaper than the normaliser's quick check,
// and they cover nearly every Vietnamese page. TestStartersOnly checks the
// ranges against the normaliser's tables.
func startersOnly(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isStarterRune(r) || r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// isStarterRune reports whether r is in one of startersOnly's ranges.
func isStarterRune(r rune) bool {
	return r < 0x300 || r >= 0x1E00 && r <= 0x1EFF || r >= 0x2010 && r <= 0x205E
}
