// Package tonemark is a bleve token filter ("vi_tonemark") that rewrites each term to one canonical Vietnamese tone-mark placement — the traditional style ("hòa", "khỏe", "thủy", "Ủy"), so "hoà"/"hòa" and "Uỷ"/"Ủy" give the same term; "qu" and "gi" are treated as onsets ("quý", "giữ"). See viet.Tones for the rules. Input must be NFC (run vi_nfc first).
package tonemark

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
)

// Name is the filter's name in bleve's registry.
const Name = "vi_tonemark"

// Filter is the token filter; it is stateless and safe for concurrent use.
type Filter struct{}

// New returns a Filter.
func New() *Filter { return &Filter{} }

// Filter implements analysis.TokenFilter. Offsets and positions are left
// untouched.
func (f *Filter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		tok.Term = viet.Tones(tok.Term)
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
