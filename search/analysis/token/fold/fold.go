// Package fold is a bleve token filter ("vi_unaccent") that strips diacritics from each term: Vietnamese tone and shape marks go, đ→d, so "Mặt trận" and "mat tran" meet. It is a token filter, never a char filter, so offsets stay true for highlighting.
package fold

import (
	"github.com/frontsearch/frontsearch/search/analysis/internal/termfilter"
	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
)

// Name is the filter's name in bleve's registry.
const Name = "vi_unaccent"

// New returns the filter; it is stateless and safe for concurrent use.
func New() termfilter.Func { return viet.Fold }

func init() { termfilter.Register(Name, New()) }
