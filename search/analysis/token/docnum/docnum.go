// Package docnum is a bleve token filter ("vi_docnum") that normalises legal document numbers: spaces removed, dash variants to '-', the part "TƯ" to "TW", so "217- QĐ/TƯ" and "217-QĐ/TW" meet. Terms without '/' are untouched; lowercasing is left to the lowercase filter.
package docnum

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
)

// Name is the filter's name in bleve's registry.
const Name = "vi_docnum"

// Filter is the token filter; it is stateless and safe for concurrent use.
type Filter struct{}

// New returns a Filter.
func New() *Filter { return &Filter{} }

// Filter implements analysis.TokenFilter. Offsets and positions are left
// untouched.
func (f *Filter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		tok.Term = viet.DocNum(tok.Term)
	}
	return input
}

func init() {
	err := registry.RegisterTokenFilter(Name, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return New(), nil
	})
	if err != nil {
		panic(err)
	}
}
