package decode

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text statistics used to tell encodings apart: a decoding is better the
// more of its non-ASCII words are well-formed Vietnamese syllables.

var onsets = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}

// nuclei are the vowel groups (letters with shape, tone removed), with any
// final glide.
var nuclei = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`a ă â e ê i o ô ơ u ư y
		ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê
		iêu yêu oai oay oao oeo uây uôi ươi ươu uyê uya uyu uơi`) {
		m[n] = true
	}
	return m
}()

var codas = []string{"ch", "ng", "nh", "c", "m", "n", "p", "t", ""}

// isSyllable reports whether w (letters only) is a well-formed Vietnamese
// syllable: consonant onset, vowel group, final consonant, at most one tone,
// and a sane case pattern (all lower, all upper or capitalised).
func isSyllable(w string) bool {
	if w == "" || len(w) > 24 {
		return false
	}
	n, upperAfter, lowerSeen, firstUpper := 0, false, false, false
	var arr [48]byte
	buf := arr[:0]
	tone := toneNone
	for _, r := range w {
		isUp := r < utf8.RuneSelf && r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		if n == 0 {
			firstUpper = isUp
		} else if isUp {
			upperAfter = true
		} else {
			lowerSeen = true
		}
		n++
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			if l := r | 0x20; l != 'a' && l != 'e' && l != 'i' && l != 'o' && l != 'u' && l != 'y' {
				buf = append(buf, byte(l))
				continue
			}
		}
		if v, ok := vowelOf(r); ok {
			if v.tone != toneNone {
				if tone != toneNone {
					return false
				}
				tone = v.tone
			}
			buf = utf8.AppendRune(buf, vowelRun(vowel{v.letter | 0x20, v.shape, toneNone}))
			continue
		}
		if r == 'đ' || r == 'Đ' || r == 'ð' || r == 'Ð' { // eth: old pages' Đ
			buf = utf8.AppendRune(buf, 'đ')
			continue
		}
		return false
	}
	if upperAfter && (lowerSeen || !firstUpper) {
		return false
	}
	for _, on := range onsets {
		if !bytes.HasPrefix(buf, []byte(on)) {
			continue
		}
		rest := buf[len(on):]
		for _, co := range codas {
			if !bytes.HasSuffix(rest, []byte(co)) || len(rest) == len(co) {
				continue
			}
			if !nuclei[string(rest[:len(rest)-len(co)])] {
				continue
			}
			if (co == "c" || co == "ch" || co == "p" || co == "t") && tone != toneNone && tone != toneAcute && tone != toneDot {
				continue
			}
			return true
		}
	}
	return false
}

// score counts the words of s that contain non-ASCII letters: good ones are
// Vietnamese syllables, bad ones are not. Non-ASCII symbols glued between
// letters (the tell-tale of legacy bytes read as Windows-1252, "c¸c") count
// as bad. Only the first limit bytes of s are looked at; markup is skipped.
type stats struct{ good, bad, words int }

func (s stats) score() int { return s.good - s.bad }

func score(text string, limit int) stats {
	var st stats
	if len(text) > limit {
		text = text[:limit]
	}
	inTag := false
	start := -1 // start of the current word
	nonASCII := false
	prevLetter := false
	flush := func(end int) {
		if start >= 0 && nonASCII {
			st.words++
			if isSyllable(text[start:end]) {
				st.good++
			} else {
				st.bad++
			}
		}
		start, nonASCII = -1, false
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '<':
			flush(i)
			inTag = true
			prevLetter = false
		case r == '>':
			inTag = false
			prevLetter = false
		case inTag:
		case isWordRune(r):
			if start < 0 {
				start = i
			}
			if r >= utf8.RuneSelf {
				nonASCII = true
			}
			prevLetter = true
		default:
			if prevLetter && r >= 0xA0 && r < 0x2000 && !unicode.IsSpace(r) && !unicode.IsPunct(r) {
				// A symbol right after a letter: look at what follows.
				if j := i + size; j < len(text) {
					if nr, _ := utf8.DecodeRuneInString(text[j:]); isWordRune(nr) {
						st.bad++
					}
				}
			}
			flush(i)
			prevLetter = false
		}
		i += size
	}
	flush(len(text))
	return st
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
