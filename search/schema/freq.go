package schema

import (
	"strings"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"
)

// frequencies counts a token stream's terms exactly as Bleve's
// analysis.TokenFrequency does (same terms, frequencies and, with term
// vectors, locations), with a few allocations instead of two per distinct
// term: the entries come from slices of many, and the map keys are
// substrings of strings holding many distinct terms. A body has some
// 250 distinct words and 400 distinct shingles per variant, so this is most
// of the garbage a document's analysis makes.
func frequencies(ts bleveanalysis.TokenStream, arrayPositions []uint64, options index.FieldIndexingOptions) index.TokenFrequencies {
	rv := make(index.TokenFrequencies, len(ts))
	if len(ts) == 0 {
		return rv
	}
	rest := 0 // bytes of the terms not yet seen
	for _, t := range ts {
		rest += len(t.Term)
	}
	// The keys are cut from strings.Builders that only grow within their
	// capacity, so the strings cut stay valid (String does not copy).
	// Entries and keys come in chunks, since many terms repeat.
	var (
		keys    strings.Builder
		entries []index.TokenFreq
		locs    []index.TokenLocation
	)
	vectors := options.IncludeTermVectors()
	if vectors {
		locs = make([]index.TokenLocation, len(ts))
	}
	count := !options.SkipFreqNorm()
	for i, t := range ts {
		tf := rv[string(t.Term)]
		if tf == nil {
			if keys.Cap()-keys.Len() < len(t.Term) {
				keys = strings.Builder{}
				keys.Grow(max(len(t.Term), min(rest, 4<<10)))
			}
			start := keys.Len()
			keys.Write(t.Term)
			if len(entries) == cap(entries) {
				entries = make([]index.TokenFreq, 0, min(len(ts)-i, 128))
			}
			entries = append(entries, index.TokenFreq{Term: t.Term})
			tf = &entries[len(entries)-1]
			rv[keys.String()[start:]] = tf
		}
		rest -= len(t.Term)
		if vectors {
			locs[i] = index.TokenLocation{ArrayPositions: arrayPositions, Start: t.Start, End: t.End, Position: t.Position}
			tf.Locations = append(tf.Locations, &locs[i])
		}
		if count {
			tf.SetFrequency(tf.Frequency() + 1)
		}
	}
	return rv
}
