package vi

// This file keeps the tokenizer as it was before the linear-time rewrite
// (its document-number recogniser re-scanned a "1/1/1/…" run from every
// part, quadratic time), plus the later "217 - QĐ/TW" rule, as a
// reference: TestMatchesReference and FuzzTokenizeReference check that the
// tokenizer emits exactly the same tokens.

import (
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
)

const refSlabSize = 256

// refTokenize is the old Tokenize.
func refTokenize(input []byte) analysis.TokenStream {
	est := len(input)/5 + 1
	rv := make(analysis.TokenStream, 0, est)
	slab := make([]analysis.Token, min(est, 4096))
	used := 0
	pos := 1
	i := 0
	for i < len(input) {
		r, w := refDecode(input, i)
		c := viet.ClassOf(r)
		if c != viet.Letter && c != viet.Digit {
			i += w
			continue
		}
		start := i
		end, typ, dirty := refScanToken(input, i, c)
		i = end
		if i-start > MaxTokenBytes {
			continue
		}
		term := input[start:i]
		if dirty {
			term = refDropIgnorable(term)
			if len(term) == 0 {
				continue
			}
		}
		if used == len(slab) {
			slab = make([]analysis.Token, refSlabSize)
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
func refScanToken(input []byte, i int, c viet.Class) (end int, typ analysis.TokenType, dirty bool) {
	typ = analysis.AlphaNumeric
	if c == viet.Digit {
		typ = analysis.Numeric
		if end, ok := refMatchDocNum(input, i); ok {
			return end, DocNumber, false
		}
	}
	prevDigit := false
	for i < len(input) {
		r, w := refDecode(input, i)
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
			if !((r == '.' || r == ',') && prevDigit && i+1 < len(input) && refIsASCIIDigit(input[i+1])) {
				return i, typ, dirty
			}
		}
		i += w
	}
	return i, typ, dirty
}

func refDecode(b []byte, i int) (rune, int) {
	if c := b[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(b[i:])
}

func refIsASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func refDropIgnorable(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, w := refDecode(b, i)
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
func refScanPart(b []byte, i int) (end int, letters, upper bool) {
	first := true
	for i < len(b) {
		r, w := refDecode(b, i)
		switch c := viet.ClassOf(r); {
		case c == viet.Letter:
			if first {
				upper = unicode.IsUpper(r)
				first = false
			}
			letters = true
		case c == viet.Digit, c == viet.Mark:
		case r == '.' && i > 0 && refIsASCIIDigit(b[i-1]) && i+1 < len(b) && refIsASCIIDigit(b[i+1]):
		default:
			return i, letters, upper
		}
		i += w
	}
	return i, letters, upper
}

// matchDocNum recognises a legal document number starting at the digit at
// i (see the package doc) and returns its end.
func refMatchDocNum(b []byte, i int) (int, bool) {
	end, letters, _ := refScanPart(b, i)
	if letters || end-i > 6 {
		return 0, false
	}
	hasSlash, hasLetters := false, false
	for nsep := 0; ; nsep++ {
		if end >= len(b) {
			break
		}
		sep, spaced := end, false
		if nsep == 0 {
			// a space before the first dash: "217 - QĐ/TW"
			if sr, sw := refDecode(b, sep); viet.IsSpace(sr) && sep+sw < len(b) {
				if dr, _ := refDecode(b, sep+sw); viet.IsDash(dr) {
					sep += sw
					spaced = true
				}
			}
		}
		r, w := refDecode(b, sep)
		if r != '/' && !viet.IsDash(r) {
			break
		}
		k := sep + w
		if nsep == 0 && k < len(b) {
			if sr, sw := refDecode(b, k); viet.IsSpace(sr) && viet.IsDash(r) {
				k += sw
				spaced = true
			}
		}
		pe, isLetters, upper := refScanPart(b, k)
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
