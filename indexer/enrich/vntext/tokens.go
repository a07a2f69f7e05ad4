package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word, number or punctuation mark of a text, with its byte
// offsets in that text.
type Token struct {
	Text       string
	Start, End int
	// Key is the lowercase canonical form of Text ("ủy" for "Uỷ").
	Key string
	// Word is true for letter or digit runs, false for punctuation.
	Word bool
	// Upper is true when Text starts with an uppercase letter.
	Upper bool
	// Digit is true when Text starts with a digit.
	Digit bool
	// NL is true when a line break (or paragraph break) precedes the token.
	NL bool
}

// Tokenize splits canonical text into tokens. A word is a run of letters,
// digits and inner apostrophes (H'Mông, Ea H'leo); every other non-space
// rune is a one-rune punctuation token. Keys are computed with a fast
// ASCII path.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5)
	var keys lowerKeys
	nl := true
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '\n' || r == '\r' {
			nl = true
			i += w
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' {
			i += w
			continue
		}
		if isWordRune(r) {
			j, upper := wordEnd(s, i)
			t := s[i:j]
			if upper {
				keys.add(len(toks), t)
			}
			toks = append(toks, Token{Text: t, Start: i, End: j, Key: t, Word: true,
				Upper: isUpper(r), Digit: r >= '0' && r <= '9', NL: nl})
			nl = false
			i = j
			continue
		}
		t := s[i : i+w]
		toks = append(toks, Token{Text: t, Start: i, End: i + w, Key: t, NL: nl})
		nl = false
		i += w
	}
	keys.assign(toks)
	return toks
}

// wordEnd returns the end of the word that starts at s[i] (letters,
// digits and inner apostrophes) and whether it holds an uppercase letter.
func wordEnd(s string, i int) (end int, upper bool) {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && c != '\'' { // ASCII: no tables
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				break
			}
			upper = upper || c <= 'Z' && c >= 'A'
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			upper = upper || isUpper(r)
			j += w
			continue
		}
		if (r == '\'' || r == '’') && j > i && j+w < len(s) {
			if r3, _ := utf8.DecodeRuneInString(s[j+w:]); unicode.IsLetter(r3) {
				j += w
				continue
			}
		}
		break
	}
	return j, upper
}

// lowerKeys lowercases the words of one text that hold capitals into one
// buffer, so that their keys cost one allocation per text rather than one
// per word (names and sentence starts are many).
type lowerKeys struct {
	buf  []byte
	ends []keyEnd
}

// keyEnd is where a token's key ends in lowerKeys.buf (it starts where the
// previous one ends).
type keyEnd struct{ tok, end int }

// add appends the lowercase key of word, the text of toks[tok].
func (k *lowerKeys) add(tok int, word string) {
	for _, r := range word {
		k.buf = utf8.AppendRune(k.buf, toLowerRune(r))
	}
	k.ends = append(k.ends, keyEnd{tok, len(k.buf)})
}

// assign sets the keys collected by add on toks.
func (k *lowerKeys) assign(toks []Token) {
	if len(k.ends) == 0 {
		return
	}
	all := string(k.buf)
	start := 0
	for _, e := range k.ends {
		toks[e.tok].Key = all[start:e.end]
		start = e.end
	}
}

func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	case isVietLetter(r):
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isVietLetter reports whether r is in Latin Extended-A and -B (ă, đ, ĩ,
// ũ, ơ, ư) or Latin Extended Additional (the toned vowels): blocks made
// only of letters, which Vietnamese words are nearly all written in, found
// without the Unicode tables' binary search.
func isVietLetter(r rune) bool {
	return r >= 0x100 && r <= 0x24F || r >= 0x1E00 && r <= 0x1EFF
}

// isUpper is unicode.IsUpper with a shortcut for the toned vowels
// U+1EA0–U+1EFF, where capitals are the even code points.
func isUpper(r rune) bool {
	if r >= 0x1EA0 && r <= 0x1EFF {
		return r&1 == 0
	}
	return unicode.IsUpper(r)
}

// toLowerRune is unicode.ToLower with isUpper's shortcut.
func toLowerRune(r rune) rune {
	if r >= 0x1EA0 && r <= 0x1EFF {
		return r | 1
	}
	return unicode.ToLower(r)
}

// Para is a paragraph of canonical text with its tokens, computed once and
// shared by the enrichment stages.
type Para struct {
	Text string
	Toks []Token
}

// NewPara canonicalises and tokenizes s.
func NewPara(s string) Para {
	s = Canon(s)
	return Para{Text: s, Toks: Tokenize(s)}
}

// Keys returns the keys of toks[i:j] joined by single spaces.
func Keys(toks []Token, i, j int) string {
	n := 0
	for k := i; k < j; k++ {
		n += len(toks[k].Key) + 1
	}
	b := make([]byte, 0, n)
	for k := i; k < j; k++ {
		if k > i {
			b = append(b, ' ')
		}
		b = append(b, toks[k].Key...)
	}
	return string(b)
}

// Text returns the text of toks[i:j] as written, joined by single spaces.
func Text(toks []Token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}
