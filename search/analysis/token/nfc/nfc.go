// Package nfc is a bleve token filter ("vi_nfc") that puts each term in Unicode NFC and replaces the look-alike Ð/ð (U+00D0/U+00F0) by Đ/đ. It is a token filter, not a char filter, so token offsets keep pointing into the original (possibly NFD) text.
package nfc

import (
	"github.com/frontsearch/frontsearch/search/analysis/internal/termfilter"
	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
)

// Name is the filter's name in bleve's registry.
const Name = "vi_nfc"

// New returns the filter; it is stateless and safe for concurrent use.
func New() termfilter.Func { return viet.NFC }

func init() { termfilter.Register(Name, New()) }
