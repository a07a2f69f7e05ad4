// Package fold is a bleve token filter ("vi_unaccent") that strips diacritics from each term: Vietnamese tone and shape marks go, đ→d, so "Mặt trận" and "mat tran" meet. It is a token filter, never a char filter, so offsets stay true for highlighting.
package fold

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
)

// Name is the filter's name in bleve's registry.
const Name = "vi_unaccent"

// Filter is the token filter; it is stateless and safe for concurrent use.
type Filter struct{}

// New returns a Filter.
func New() *Filter { return &Filter{} }

// Filter implements analysis.TokenFilter. Offsets and positions are left
// untouched.
func (f *Filter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		tok.Term = viet.Fold(tok.Term)
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
