// Package vi is a bleve tokenizer for Vietnamese text, registered as
// "vi_syllable".
//
// A Vietnamese word is one or more syllables separated by spaces, so the
// tokenizer emits one token per syllable: a maximal run of Unicode letters,
// digits and combining marks (marks are part of the word, so NFD input
// such as "u\u0309y" stays one token). Positions are consecutive (1, 2,
// 3…) so phrase queries and two-syllable shingles work; Start/End are exact
// byte offsets into the ORIGINAL input, whatever its normalisation form,
// so highlighting marks the right text. Terms are slices of the input, as
// with bleve's own tokenizers; the nfc token filter normalises them later.
//
// Special tokens:
//   - Legal document numbers stay one token: a number followed by parts
//     joined with '-' or '/', at least one '/' and at least one letter
//     part whose first letter is uppercase: "34-NQ/TU", "217-QĐ/TW",
//     "100/2019/NĐ-CP", "75/2015/QH13", "1234/QĐ-TTg". One space after
//     the first separator is accepted ("217- QĐ/TW"); the docnum token
//     filter removes it. Such tokens have Type DocNumber.
//   - Numbers keep inner '.' and ',' between digits: "1.000.000", "2,5".
//   - Dates are NOT one token: "12/10/2022" gives "12", "10", "2022" at
//     consecutive positions, so the same date typed in a query matches as
//     a phrase, and a query for the year alone matches too.
//   - Soft hyphen and zero-width (non-)joiners inside a word are ignored
//     (removed from the term, kept inside the offsets).
//   - Tokens longer than MaxTokenBytes are dropped (base64 blobs, URLs
//     without separators); positions stay consecutive.
package vi

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
)

// Name is the tokenizer's name in bleve's registry.
const Name = "vi_syllable"

// DocNumber is the token type of legal document numbers.
const DocNumber analysis.TokenType = 100

// MaxTokenBytes is the longest token kept.
const MaxTokenBytes = 128

// Tokenizer splits Vietnamese text into syllables; it is stateless and safe
// for concurrent use.
type Tokenizer struct{}

// New returns a Tokenizer.
func New() *Tokenizer { return &Tokenizer{} }

func init() {
	err := registry.RegisterTokenizer(Name, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return New(), nil
	})
	if err != nil {
		panic(err)
	}
}

const slabSize = 256

// Tokenize implements analysis.Tokenizer.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	est := len(input)/5 + 1
	rv := make(analysis.TokenStream, 0, est)
	slab := make([]analysis.Token, min(est, 4096))
	used := 0
	pos := 1
	i := 0
	for i < len(input) {
		r, w := decode(input, i)
		c := viet.ClassOf(r)
		if c != viet.Letter && c != viet.Digit {
			i += w
			continue
		}
		start := i
		end, typ, dirty := scanToken(input, i, c)
		i = end
		if i-start > MaxTokenBytes {
			continue
		}
		term := input[start:i]
		if dirty {
			term = dropIgnorable(term)
			if len(term) == 0 {
				continue
			}
		}
		if used == len(slab) {
			slab = make([]analysis.Token, slabSize)
			used = 0
		}
		tok := &slab[used]
		used++
		// field by field: the slab is zeroed, and a struct copy would take
		// a bulk write barrier while the GC runs
		tok.Start, tok.End, tok.Position, tok.Type = start, i, pos, typ
		tok.Term = term
		pos++
		rv = append(rv, tok)
	}
	return rv
}

// scanToken scans the token starting at byte i, whose first rune has
// class c, and returns its end, type and whether it holds ignorable runes.
func scanToken(input []byte, i int, c viet.Class) (end int, typ analysis.TokenType, dirty bool) {
	typ = analysis.AlphaNumeric
	if c == viet.Digit {
		typ = analysis.Numeric
		if end, ok := matchDocNum(input, i); ok {
			return end, DocNumber, false
		}
	}
	prevDigit := false
	for i < len(input) {
		r, w := decode(input, i)
		switch viet.ClassOf(r) {
		case viet.Letter:
			typ = analysis.AlphaNumeric
			prevDigit = false
		case viet.Digit:
			prevDigit = true
		case viet.Mark:
			prevDigit = false
		case viet.Ignore:
			dirty = true
		default:
			// inner '.' and ',' of numbers: 1.000.000, 2,5
			if !((r == '.' || r == ',') && prevDigit && i+1 < len(input) && isASCIIDigit(input[i+1])) {
				return i, typ, dirty
			}
		}
		i += w
	}
	return i, typ, dirty
}

func decode(b []byte, i int) (rune, int) {
	if c := b[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(b[i:])
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func dropIgnorable(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, w := decode(b, i)
		if viet.ClassOf(r) != viet.Ignore {
			out = append(out, b[i:i+w]...)
		}
		i += w
	}
	return out
}

// scanPart scans a run of letters, digits and marks from i and reports its
// end, whether it holds a letter and whether its first letter is
// uppercase.
func scanPart(b []byte, i int) (end int, letters, upper bool) {
	first := true
	for i < len(b) {
		r, w := decode(b, i)
		switch c := viet.ClassOf(r); {
		case c == viet.Letter:
			if first {
				upper = unicode.IsUpper(r)
				first = false
			}
			letters = true
		case c == viet.Digit, c == viet.Mark:
		case r == '.' && i > 0 && isASCIIDigit(b[i-1]) && i+1 < len(b) && isASCIIDigit(b[i+1]):
		default:
			return i, letters, upper
		}
		i += w
	}
	return i, letters, upper
}

// matchDocNum recognises a legal document number starting at the digit at
// i (see the package doc) and returns its end.
func matchDocNum(b []byte, i int) (int, bool) {
	end, letters, _ := scanPart(b, i)
	if letters || end-i > 6 {
		return 0, false
	}
	hasSlash, hasLetters := false, false
	for nsep := 0; ; nsep++ {
		if end >= len(b) {
			break
		}
		r, w := decode(b, end)
		if r != '/' && !viet.IsDash(r) {
			break
		}
		k := end + w
		spaced := false
		if nsep == 0 && k < len(b) {
			if sr, sw := decode(b, k); viet.IsSpace(sr) && viet.IsDash(r) {
				k += sw
				spaced = true
			}
		}
		pe, isLetters, upper := scanPart(b, k)
		if pe == k || isLetters && !upper || spaced && !isLetters || pe-k > 12 {
			break
		}
		if r == '/' {
			hasSlash = true
		}
		hasLetters = hasLetters || isLetters
		end = pe
	}
	return end, hasSlash && hasLetters
}
