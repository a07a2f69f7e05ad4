// Package nfc is a bleve token filter ("vi_nfc") that puts each term in Unicode NFC and replaces the look-alike Ð/ð (U+00D0/U+00F0) by Đ/đ. It is a token filter, not a char filter, so token offsets keep pointing into the original (possibly NFD) text.
package nfc

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
)

// Name is the filter's name in bleve's registry.
const Name = "vi_nfc"

// Filter is the token filter; it is stateless and safe for concurrent use.
type Filter struct{}

// New returns a Filter.
func New() *Filter { return &Filter{} }

// Filter implements analysis.TokenFilter. Offsets and positions are left
// untouched.
func (f *Filter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		tok.Term = viet.NFC(tok.Term)
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
