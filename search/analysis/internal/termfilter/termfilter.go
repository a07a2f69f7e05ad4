// Package termfilter is the shared shape of frontsearch's per-term token
// filters (vi_nfc, vi_tonemark, vi_docnum, vi_unaccent): each rewrites a
// token's term and leaves its offsets and positions alone, which is what
// keeps highlights on the original text. The filter packages under
// search/analysis/token say what they do to a term; this package turns
// that into a bleve token filter and registers it by name.
package termfilter

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Func rewrites one term. It may reuse its argument's storage.
type Func func(term []byte) []byte

// Filter implements analysis.TokenFilter by applying f to every term.
// Offsets and positions are left untouched. It is safe for concurrent use
// when f is.
func (f Func) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		tok.Term = f(tok.Term)
	}
	return input
}

// Register adds f to bleve's registry under name. It panics on a
// duplicate name, as bleve's own filters do at init time.
func Register(name string, f Func) {
	err := registry.RegisterTokenFilter(name, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return f, nil
	})
	if err != nil {
		panic(err)
	}
}
