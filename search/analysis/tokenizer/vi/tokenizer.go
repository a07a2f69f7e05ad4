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
//     "100/2019/NĐ-CP", "75/2015/QH13", "1234/QĐ-TTg". When the first
//     separator is a dash, one space after it and one before it are
//     accepted if a letter part follows ("217- QĐ/TW", "217 - QĐ/TW");
//     the docnum token filter removes them. Such tokens have Type
//     DocNumber. Recognition is linear-time: a run such as "1/1/1/…"
//     is scanned once, not once per part.
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

// Limits of the document-number parts: the first part is a number of at
// most maxFirstPart bytes ("1234" in "1234/QĐ-TTg"), each later part at
// most maxPart bytes. Parts are scanned no further than these limits.
const (
	maxFirstPart = 6
	maxPart      = 12
)

// Tokenize implements analysis.Tokenizer. It runs in time linear in
// len(input): every byte is decoded a bounded number of times.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	s := scanner{b: input}
	return s.tokenize()
}

// scanner is the state of one Tokenize call.
type scanner struct {
	b []byte
	// steps counts decoded runes: the work done, which tests use to check
	// that tokenizing is linear.
	steps int
	// noDocBefore: a document number cannot start at a part start before
	// this offset (see matchDocNum).
	noDocBefore int
}

func (s *scanner) tokenize() analysis.TokenStream {
	input := s.b
	est := len(input)/5 + 1
	rv := make(analysis.TokenStream, 0, est)
	slab := make([]analysis.Token, min(est, 4096))
	used := 0
	pos := 1
	i := 0
	for i < len(input) {
		r, w := s.decode(i)
		c := viet.ClassOf(r)
		if c != viet.Letter && c != viet.Digit {
			i += w
			continue
		}
		start := i
		end, typ, dirty := s.scanToken(i, c)
		i = end
		if i-start > MaxTokenBytes {
			continue
		}
		term := input[start:i]
		if dirty {
			term = s.dropIgnorable(term)
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
func (s *scanner) scanToken(i int, c viet.Class) (end int, typ analysis.TokenType, dirty bool) {
	input := s.b
	typ = analysis.AlphaNumeric
	if c == viet.Digit {
		typ = analysis.Numeric
		if end, ok := s.matchDocNum(i); ok {
			return end, DocNumber, false
		}
	}
	prevDigit := false
	for i < len(input) {
		r, w := s.decode(i)
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

func (s *scanner) decode(i int) (rune, int) {
	s.steps++
	if c := s.b[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(s.b[i:])
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func (s *scanner) dropIgnorable(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		s.steps++
		r, w := utf8.DecodeRune(b[i:])
		if viet.ClassOf(r) != viet.Ignore {
			out = append(out, b[i:i+w]...)
		}
		i += w
	}
	return out
}

// scanPart scans a run of letters, digits and marks from i and reports its
// end, whether it holds a letter and whether its first letter is
// uppercase. It stops early once the run is longer than limit bytes (the
// caller rejects such a part whatever follows), so end-i > limit then.
func (s *scanner) scanPart(i, limit int) (end int, letters, upper bool) {
	b := s.b
	first := true
	for start := i; i < len(b) && i-start <= limit; {
		r, w := s.decode(i)
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
//
// A failed match must not cost a re-scan of the rest of the chain from
// each of its parts ("1/1/1/…" would be quadratic): when the chain of parts
// from i is not a document number, neither is the chain from any later
// part before the last one, because that chain is the same parts up to the
// same break minus a prefix, so it has no more '/' and no more letter parts.
// Only the chain from the last part can differ (its first separator may be
// preceded or followed by a space: "1/1 - QĐ/TW"). Tokens restart exactly at part
// starts inside a failed chain, so noDocBefore = the last part's start
// rules them out in constant time.
func (s *scanner) matchDocNum(i int) (int, bool) {
	if i < s.noDocBefore {
		return 0, false
	}
	b := s.b
	end, letters, _ := s.scanPart(i, maxFirstPart)
	if letters || end-i > maxFirstPart {
		return 0, false
	}
	last := i
	hasSlash, hasLetters := false, false
	for nsep := 0; ; nsep++ {
		if end >= len(b) {
			break
		}
		sep, spaced := end, false
		if nsep == 0 {
			// a space before the first dash: "217 - QĐ/TW"
			if sr, sw := s.decode(sep); viet.IsSpace(sr) && sep+sw < len(b) {
				if dr, _ := s.decode(sep + sw); viet.IsDash(dr) {
					sep += sw
					spaced = true
				}
			}
		}
		r, w := s.decode(sep)
		if r != '/' && !viet.IsDash(r) {
			break
		}
		k := sep + w
		if nsep == 0 && k < len(b) {
			if sr, sw := s.decode(k); viet.IsSpace(sr) && viet.IsDash(r) {
				k += sw
				spaced = true
			}
		}
		pe, isLetters, upper := s.scanPart(k, maxPart)
		if pe == k || isLetters && !upper || spaced && !isLetters || pe-k > maxPart {
			break
		}
		if r == '/' {
			hasSlash = true
		}
		hasLetters = hasLetters || isLetters
		end, last = pe, k
	}
	if !(hasSlash && hasLetters) {
		s.noDocBefore = max(s.noDocBefore, last)
		return 0, false
	}
	return end, true
}
