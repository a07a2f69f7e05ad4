package analysis

import (
	"fmt"
	"slices"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"

	"github.com/frontsearch/frontsearch/search/analysis/token/shingle2"
)

// Shared analyses a text once for several of the analyzers registered here
// that share a tokenizer and start with the same filters: the title is
// indexed with vi, vi_fold, vi_shingle and vi_fold_shingle, and all four
// begin with tokenizing, NFC, document numbers, tone marks and lowercasing.
// Shared runs that common part once and derives each further analyzer's
// stream from the longest stream already made whose chain is a prefix of
// its own (vi_fold_shingle from vi_fold), copying the stream first when the
// next filter changes terms in place. The streams are exactly what each
// analyzer's own Analyze returns for the text. A Shared is safe for
// concurrent use.
type Shared struct {
	names     []string
	tokenizer bleveanalysis.Tokenizer
	steps     []sharedStep
}

// sharedStep makes output i of Shared.Analyze: filters applied to output
// from (the tokenizer's stream when from < 0), cloned first if clone.
type sharedStep struct {
	from    int
	clone   bool
	filters []bleveanalysis.TokenFilter
	// shingles: the step is vi_shingle2 alone over output from.
	shingles bool
}

// pureFilters are the filters that leave their input stream unchanged (they
// build new tokens), so a stream they start from needs no copy.
var pureFilters = map[string]bool{shingle2.Name: true}

// NewShared plans the shared analysis of the named analyzers (constants of
// this package). lookup returns the analyzer instances to run, normally an
// index mapping's AnalyzerNamed, so the filters are the ones the mapping
// itself would use. The first name's chain must be a prefix of every
// other's.
func NewShared(lookup func(name string) bleveanalysis.Analyzer, names ...string) (*Shared, error) {
	if len(names) == 0 {
		return nil, fmt.Errorf("analysis: shared analysis of no analyzer")
	}
	s := &Shared{names: slices.Clone(names)}
	for i, name := range names {
		c, ok := chains[name]
		if !ok {
			return nil, fmt.Errorf("analysis: shared analysis: unknown analyzer %q", name)
		}
		da, ok := lookup(name).(*bleveanalysis.DefaultAnalyzer)
		if !ok || len(da.CharFilters) > 0 || len(da.TokenFilters) != len(c.filters) {
			return nil, fmt.Errorf("analysis: shared analysis: analyzer %q is not the registered chain", name)
		}
		if i == 0 {
			s.tokenizer = da.Tokenizer
			s.steps = append(s.steps, sharedStep{from: -1, filters: da.TokenFilters})
			continue
		}
		if c.tokenizer != chains[names[0]].tokenizer {
			return nil, fmt.Errorf("analysis: shared analysis: %q and %q have different tokenizers", names[0], name)
		}
		// The longest earlier chain that is a prefix of this one.
		from, n := -1, -1
		for j := range i {
			p := chains[names[j]].filters
			if len(p) > n && len(p) <= len(c.filters) && slices.Equal(p, c.filters[:len(p)]) {
				from, n = j, len(p)
			}
		}
		if from < 0 {
			return nil, fmt.Errorf("analysis: shared analysis: %q does not extend %q", name, names[0])
		}
		rest := da.TokenFilters[n:]
		s.steps = append(s.steps, sharedStep{
			from:     from,
			clone:    len(rest) > 0 && !pureFilters[c.filters[n]],
			filters:  rest,
			shingles: len(rest) == 1 && c.filters[n] == shingle2.Name,
		})
	}
	// Outputs derived from a shingle output need it built.
	for _, st := range s.steps {
		if st.from >= 0 {
			s.steps[st.from].shingles = false
		}
	}
	return s, nil
}

// Names returns the analyzer names, in the order of Analyze's streams.
func (s *Shared) Names() []string { return slices.Clone(s.names) }

// ShinglesOf reports whether output i is the two-syllable shingles
// (vi_shingle2) of output from's stream, as it is: a caller that only
// counts terms can make them from that stream without building the
// shingles' tokens (see AnalyzeUnshingled).
func (s *Shared) ShinglesOf(i int) (from int, ok bool) {
	st := s.steps[i]
	return st.from, st.shingles
}

// AnalyzeUnshingled is Analyze leaving nil the outputs that ShinglesOf
// says are shingles of another.
func (s *Shared) AnalyzeUnshingled(text []byte) []bleveanalysis.TokenStream {
	return s.analyze(text, true)
}

// Analyze returns one token stream per analyzer, in NewShared's order. Like
// an analyzer's Analyze, it may change text in place (terms are slices of
// it until a filter rewrites them). Streams may share tokens when one
// analyzer's chain equals another's.
func (s *Shared) Analyze(text []byte) []bleveanalysis.TokenStream {
	return s.analyze(text, false)
}

func (s *Shared) analyze(text []byte, unshingled bool) []bleveanalysis.TokenStream {
	out := make([]bleveanalysis.TokenStream, len(s.steps))
	for i, st := range s.steps {
		if unshingled && st.shingles {
			continue
		}
		var ts bleveanalysis.TokenStream
		if st.from < 0 {
			ts = s.tokenizer.Tokenize(text)
		} else {
			ts = out[st.from]
			if st.clone {
				ts = cloneStream(ts)
			}
		}
		for _, f := range st.filters {
			ts = f.Filter(ts)
		}
		out[i] = ts
	}
	return out
}

// cloneStream deep-copies a token stream (tokens and terms) with three
// allocations. Each term's capacity ends at its length, so a filter that
// grows a term in place cannot overwrite the next one.
func cloneStream(in bleveanalysis.TokenStream) bleveanalysis.TokenStream {
	size := 0
	for _, t := range in {
		size += len(t.Term)
	}
	buf := make([]byte, 0, size)
	toks := make([]bleveanalysis.Token, len(in))
	out := make(bleveanalysis.TokenStream, len(in))
	for i, t := range in {
		toks[i] = *t
		s := len(buf)
		buf = append(buf, t.Term...)
		toks[i].Term = buf[s:len(buf):len(buf)]
		out[i] = &toks[i]
	}
	return out
}
