package decode

import (
	"strings"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/indexer/internal/vnrune"
)

// Clean normalises a string that is already UTF-8: invalid bytes become
// U+FFFD, text is NFC, Icelandic eth Ð/ð (U+00D0/U+00F0), which old
// Vietnamese pages use for Đ/đ, becomes Đ/đ, zero-width characters (U+200B–
// U+200D, U+2060, U+FEFF) and soft hyphens are dropped, and NUL becomes
// U+FFFD.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	return clean(strings.ToValidUTF8(s, "\uFFFD"), true)
}

// isClean reports, in one pass, whether Clean would return s unchanged
// because there is nothing to do: valid UTF-8 with no NUL, no dropped
// character, no eth and only runes that make it NFC (startersOnly). Most
// extracted paragraphs are, and then Clean costs one scan instead of four.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == 0 {
				return false
			}
			i++
			continue
		}
		r, size := vnrune.DecodeString(s[i:])
		if r == utf8.RuneError && size == 1 || dropped(r) || r == 'Ð' || r == 'ð' || !isStarterRune(r) {
			return false
		}
		i += size
	}
	return true
}

// clean does Clean's work on valid UTF-8; eth selects the Ð→Đ fix.
func clean(s string, eth bool) string {
	needs := false
	for _, r := range s {
		if dropped(r) || r == 0 || eth && (r == 'Ð' || r == 'ð') {
			needs = true
			break
		}
	}
	if needs {
		var sb strings.Builder
		sb.Grow(len(s))
		for _, r := range s {
			switch {
			case dropped(r):
			case r == 0:
				sb.WriteRune(utf8.RuneError)
			case eth && r == 'Ð':
				sb.WriteRune('Đ')
			case eth && r == 'ð':
				sb.WriteRune('đ')
			default:
				sb.WriteRune(r)
			}
		}
		s = sb.String()
	}
	return nfc(s)
}

func dropped(r rune) bool {
	return r >= 0x200B && r <= 0x200D || r == 0x2060 || r == 0xFEFF || r == 0xAD
}
