// Package shingle2 is a bleve token filter ("vi_shingle2") that replaces a
// token stream by its two-syllable shingles: "mặt trận tổ quốc" gives
// "mặt trận", "trận tổ", "tổ quốc". Vietnamese words are mostly one or two
// syllables, so a shingle field matches words, not scattered syllables.
//
// Only adjacent tokens (positions p and p+1) are joined, with Separator.
// Shingle k takes the position of its first token, so shingle positions
// stay consecutive and a phrase query over the shingle field works; Start
// is the first token's start and End the second token's end. A stream of
// one token gives no shingle. It is lighter than bleve's generic shingle
// filter: one allocation for all terms and one for all tokens.
package shingle2

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Name is the filter's name in bleve's registry.
const Name = "vi_shingle2"

// Separator joins the two syllables of a shingle.
const Separator = " "

// Filter is the token filter; it is stateless and safe for concurrent use.
type Filter struct{}

// New returns a Filter.
func New() *Filter { return &Filter{} }

// Filter implements analysis.TokenFilter.
func (f *Filter) Filter(input analysis.TokenStream) analysis.TokenStream {
	if len(input) < 2 {
		return input[:0]
	}
	size := 0
	for i := 1; i < len(input); i++ {
		size += len(input[i-1].Term) + len(Separator) + len(input[i].Term)
	}
	buf := make([]byte, 0, size)
	toks := make([]analysis.Token, 0, len(input)-1)
	rv := make(analysis.TokenStream, 0, len(input)-1)
	for i := 1; i < len(input); i++ {
		a, b := input[i-1], input[i]
		if b.Position != a.Position+1 {
			continue
		}
		s := len(buf)
		buf = append(buf, a.Term...)
		buf = append(buf, Separator...)
		buf = append(buf, b.Term...)
		toks = append(toks, analysis.Token{
			Start: a.Start, End: b.End, Position: a.Position,
			Term: buf[s:len(buf):len(buf)], Type: analysis.Shingle,
		})
		rv = append(rv, &toks[len(toks)-1])
	}
	return rv
}

func init() {
	err := registry.RegisterTokenFilter(Name, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return New(), nil
	})
	if err != nil {
		panic(err)
	}
}
