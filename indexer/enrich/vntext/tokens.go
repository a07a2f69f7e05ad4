package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/indexer/internal/vnrune"
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
	var keys lowerKeys
	toks := appendTokens(make([]Token, 0, len(s)/5), s, &keys, 0)
	keys.assign(func(int) []Token { return toks })
	return toks
}

// appendTokens appends the tokens of s to toks, the tokens of paragraph
// para, and the keys of its words with capitals to keys (keys.assign sets
// them once every paragraph is tokenized). Bytes are looked at before
// runes are decoded: spaces, ASCII letters and digits and ASCII punctuation
// (most of the markup-free text) are classified without a table, and the
// letters of the Vietnamese blocks without unicode.IsSpace's.
func appendTokens(toks []Token, s string, keys *lowerKeys, para int) []Token {
	first := len(toks)
	nl := true
	for i := 0; i < len(s); {
		c := s[i]
		r, w := rune(c), 1
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\v' || c == '\f':
				i++
				continue
			case c == '\n' || c == '\r':
				nl = true
				i++
				continue
			case !isASCIIWord(c):
				t := s[i : i+1]
				toks = append(toks, Token{Text: t, Start: i, End: i + 1, Key: t, NL: nl})
				nl = false
				i++
				continue
			}
		} else {
			r, w = vnrune.DecodeString(s[i:])
			if !isVietLetter(r) {
				if r == '\u00a0' || unicode.IsSpace(r) {
					i += w
					continue
				}
				if !isWordRune(r) {
					t := s[i : i+w]
					toks = append(toks, Token{Text: t, Start: i, End: i + w, Key: t, NL: nl})
					nl = false
					i += w
					continue
				}
			}
		}
		j, upper := wordEnd(s, i)
		t := s[i:j]
		if upper {
			keys.add(para, len(toks)-first, t)
		}
		toks = append(toks, Token{Text: t, Start: i, End: j, Key: t, Word: true,
			Upper: isUpper(r), Digit: r >= '0' && r <= '9', NL: nl})
		nl = false
		i = j
	}
	return toks
}

// isASCIIWord reports whether the ASCII byte c is a letter or a digit.
func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wordEnd returns the end of the word that starts at s[i] (letters,
// digits and inner apostrophes) and whether it holds an uppercase letter.
func wordEnd(s string, i int) (end int, upper bool) {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && c != '\'' { // ASCII: no tables
			if !isASCIIWord(c) {
				break
			}
			upper = upper || c <= 'Z' && c >= 'A'
			j++
			continue
		}
		r, w := vnrune.DecodeString(s[j:])
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

// lowerKeys lowercases the words that hold capitals, of one text or of
// all the paragraphs of an article, into one buffer, so that their keys
// cost one allocation rather than one per word (names and sentence starts
// are many).
type lowerKeys struct {
	buf  []byte
	ends []keyEnd
}

// keyEnd is where the key of token tok of paragraph para ends in
// lowerKeys.buf (it starts where the previous one ends).
type keyEnd struct{ para, tok, end int }

// add appends the lowercase key of word, the text of token tok of
// paragraph para.
func (k *lowerKeys) add(para, tok int, word string) {
	for i := 0; i < len(word); {
		if c := word[i]; c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			k.buf = append(k.buf, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(word[i:])
		k.buf = utf8.AppendRune(k.buf, toLowerRune(r))
		i += w
	}
	k.ends = append(k.ends, keyEnd{para, tok, len(k.buf)})
}

// assign sets the keys collected by add on the tokens, toks(para) being
// the tokens of paragraph para.
func (k *lowerKeys) assign(toks func(para int) []Token) {
	if len(k.ends) == 0 {
		return
	}
	all := string(k.buf)
	start := 0
	for _, e := range k.ends {
		toks(e.para)[e.tok].Key = all[start:e.end]
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

// latinUpper and latinLower are unicode.IsUpper and unicode.ToLower below
// U+0250 (ASCII, Latin-1, Latin Extended-A and -B: đ, ă, ơ, ư…), as
// tables rather than the Unicode range tables' binary search.
var (
	latinUpper [0x250]bool
	latinLower [0x250]rune
)

func init() {
	for r := range rune(len(latinUpper)) {
		latinUpper[r] = unicode.IsUpper(r)
		latinLower[r] = unicode.ToLower(r)
	}
}

// isUpper is unicode.IsUpper with shortcuts for Latin (latinUpper) and
// the toned vowels U+1EA0–U+1EFF, where capitals are the even code points.
func isUpper(r rune) bool {
	if uint32(r) < uint32(len(latinUpper)) {
		return latinUpper[r]
	}
	if r >= 0x1EA0 && r <= 0x1EFF {
		return r&1 == 0
	}
	return unicode.IsUpper(r)
}

// toLowerRune is unicode.ToLower with isUpper's shortcuts.
func toLowerRune(r rune) rune {
	if uint32(r) < uint32(len(latinLower)) {
		return latinLower[r]
	}
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

// NewParas is NewPara of each of texts, with the tokens of all of them
// cut from one block: an article's paragraphs are many, and one slice per
// paragraph (sized by guess, and regrown when the guess is short) cost
// more allocation than the tokenizing. Each Para's Toks is capped at its
// length, so that appending to it never writes into the next paragraph's.
func NewParas(texts []string) []Para {
	ps, _ := NewParasIn(nil, texts)
	return ps
}

// NewParasIn is NewParas with the tokens cut from block's room (block's
// length is ignored) when it is large enough. It returns the first block
// used, its length the tokens put in it, so that the caller can recycle
// it once nothing refers to the paragraphs' tokens any more (clearing it
// first, or it keeps the texts its tokens point into alive).
func NewParasIn(block []Token, texts []string) ([]Para, []Token) {
	ps := make([]Para, len(texts))
	rest := 0 // bytes of text still to tokenize
	for i, t := range texts {
		ps[i].Text = Canon(t)
		rest += len(ps[i].Text)
	}
	// A token takes 5.3 bytes of Front news text on average, so a block
	// of rest/5 nearly always holds the whole article. A paragraph that
	// overflows it is regrown alone (its own tokens copied, not the
	// block's), and the next one starts a new block.
	need := rest/5 + 8
	if cap(block) < need {
		block = make([]Token, 0, need)
	}
	block = block[:0]
	first, inFirst := block, true
	// Words with capitals (names, sentence starts) hold about a tenth
	// of the text: their keys' buffer is sized for that once.
	keys := lowerKeys{buf: make([]byte, 0, rest/8+16), ends: make([]keyEnd, 0, rest/48+4)}
	for i := range ps {
		t := ps[i].Text
		if cap(block) == len(block) {
			block = make([]Token, 0, rest/5+8)
			inFirst = false
		}
		tail := block[len(block):]
		got := appendTokens(tail, t, &keys, i)
		ps[i].Toks = got[:len(got):len(got)]
		if cap(got) == cap(tail) {
			block = block[:len(block)+len(got)]
		} else {
			block = block[:cap(block)] // full: the next paragraph starts a new block
		}
		if inFirst {
			first = block
		}
		rest -= len(t)
	}
	keys.assign(func(i int) []Token { return ps[i].Toks })
	return ps, first
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
