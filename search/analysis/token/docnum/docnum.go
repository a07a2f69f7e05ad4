// Package docnum is a bleve token filter ("vi_docnum") that normalises legal document numbers: spaces removed, dash variants to '-', the part "TƯ" to "TW", so "217- QĐ/TƯ" and "217-QĐ/TW" meet. Terms without '/' are untouched; lowercasing is left to the lowercase filter.
package docnum

import (
	"github.com/frontsearch/frontsearch/search/analysis/internal/termfilter"
	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
)

// Name is the filter's name in bleve's registry.
const Name = "vi_docnum"

// New returns the filter; it is stateless and safe for concurrent use.
func New() termfilter.Func { return viet.DocNum }

func init() { termfilter.Register(Name, New()) }
