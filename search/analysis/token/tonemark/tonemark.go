// Package tonemark is a bleve token filter ("vi_tonemark") that rewrites each term to one canonical Vietnamese tone-mark placement — the traditional style ("hòa", "khỏe", "thủy", "Ủy"), so "hoà"/"hòa" and "Uỷ"/"Ủy" give the same term; "qu" and "gi" are treated as onsets ("quý", "giữ"). See viet.Tones for the rules. Input must be NFC (run vi_nfc first).
package tonemark

import (
	"github.com/frontsearch/frontsearch/search/analysis/internal/termfilter"
	"github.com/frontsearch/frontsearch/search/analysis/internal/viet"
)

// Name is the filter's name in bleve's registry.
const Name = "vi_tonemark"

// New returns the filter; it is stateless and safe for concurrent use.
func New() termfilter.Func { return viet.Tones }

func init() { termfilter.Register(Name, New()) }
