package schema

import (
	"strings"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/frontsearch/frontsearch/search/analysis"
)

// frequencies counts a token stream's terms exactly as Bleve's
// analysis.TokenFrequency does (same terms, frequencies and, with term
// vectors, locations), with a few allocations instead of two per distinct
// term: the entries come from slices of many, and the map keys are
// substrings of strings holding many distinct terms. A body has some
// 250 distinct words and 400 distinct shingles per variant, so this is most
// of the garbage a document's analysis makes.
func frequencies(ts bleveanalysis.TokenStream, arrayPositions []uint64, options index.FieldIndexingOptions) index.TokenFrequencies {
	size := 0
	for _, t := range ts {
		size += len(t.Term)
	}
	c := newCounter(len(ts), size, arrayPositions, options)
	for _, t := range ts {
		c.add(t.Term, true, t.Start, t.End, t.Position)
	}
	return c.rv
}

// shingleFrequencies is frequencies of the vi_shingle2 stream of ts (each
// two adjacent syllables joined by analysis.ShingleSep), made without
// building that stream's tokens, and its length (the number of shingles).
func shingleFrequencies(ts bleveanalysis.TokenStream, arrayPositions []uint64, options index.FieldIndexingOptions) (index.TokenFrequencies, int) {
	if len(ts) < 2 {
		return frequencies(nil, arrayPositions, options), 0
	}
	size := 0
	for i := 1; i < len(ts); i++ {
		size += len(ts[i-1].Term) + len(analysis.ShingleSep) + len(ts[i].Term)
	}
	c := newCounter(len(ts)-1, size, arrayPositions, options)
	n := 0
	var term []byte
	for i := 1; i < len(ts); i++ {
		a, b := ts[i-1], ts[i]
		if b.Position != a.Position+1 {
			continue
		}
		term = append(append(append(term[:0], a.Term...), analysis.ShingleSep...), b.Term...)
		c.add(term, false, a.Start, b.End, a.Position)
		n++
	}
	return c.rv, n
}

// counter builds one field's token frequencies. Keys are cut from
// strings.Builders that only grow within their capacity, so the strings
// cut stay valid (String does not copy); entries and keys come in chunks,
// since many terms repeat.
type counter struct {
	rv             index.TokenFrequencies
	rest           int // at most this many more tokens
	restBytes      int // and bytes of terms
	keys           strings.Builder
	terms          []byte // copies of terms that were not stable
	entries        []index.TokenFreq
	locs           []index.TokenLocation // one per token, with term vectors
	vectors, count bool
	arrayPositions []uint64
}

// newCounter returns a counter for at most n tokens of size bytes of terms
// in all.
func newCounter(n, size int, arrayPositions []uint64, options index.FieldIndexingOptions) *counter {
	c := &counter{rv: make(index.TokenFrequencies, n), rest: n, restBytes: size,
		vectors: options.IncludeTermVectors(), count: !options.SkipFreqNorm(), arrayPositions: arrayPositions}
	if c.vectors {
		c.locs = make([]index.TokenLocation, 0, n)
	}
	return c
}

// add counts one token. A new term becomes the entry's Term as it is when
// stable (it outlives the counter unchanged, like a token's), else a copy.
func (c *counter) add(term []byte, stable bool, start, end, position int) {
	tf := c.rv[string(term)]
	if tf == nil {
		if c.keys.Cap()-c.keys.Len() < len(term) {
			c.keys = strings.Builder{}
			c.keys.Grow(max(len(term), min(c.restBytes, 4<<10)))
		}
		at := c.keys.Len()
		c.keys.Write(term)
		key := c.keys.String()[at:]
		if len(c.entries) == cap(c.entries) {
			c.entries = make([]index.TokenFreq, 0, min(c.rest, 128))
		}
		if !stable {
			if cap(c.terms)-len(c.terms) < len(term) {
				c.terms = make([]byte, 0, max(len(term), min(c.restBytes, 4<<10)))
			}
			at := len(c.terms)
			c.terms = append(c.terms, term...)
			term = c.terms[at:len(c.terms):len(c.terms)]
		}
		c.entries = append(c.entries, index.TokenFreq{Term: term})
		tf = &c.entries[len(c.entries)-1]
		c.rv[key] = tf
	}
	c.rest--
	c.restBytes -= len(term)
	if c.vectors {
		c.locs = append(c.locs, index.TokenLocation{ArrayPositions: c.arrayPositions, Start: start, End: end, Position: position})
		tf.Locations = append(tf.Locations, &c.locs[len(c.locs)-1])
	}
	if c.count {
		tf.SetFrequency(tf.Frequency() + 1)
	}
}
