package schema

import (
	"fmt"
	"slices"
	"sync"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/analysis"
)

// Documenter turns Articles into the Bleve documents an index with a given
// mapping stores, the same documents Bleve's Index(a.ID, Document(a)) makes
// (same fields, terms, frequencies, norms, positions, stored values and doc
// values), for Batch.IndexAdvanced. It is cheaper: Bleve analyses each
// variant of a text field from scratch (the body three times, the title
// four), while a Documenter's fields analyse the text once for all its
// variants (analysis.Shared) and derive the folded and shingled streams
// from the common one. A Documenter is safe for concurrent use.
type Documenter struct {
	m mapping.IndexMapping
	// variant maps each text variant field ("body_fs") to its text field
	// and its position in that field's Variants.
	variant map[string]variantOf
	shared  map[string]*analysis.Shared // by text field
}

type variantOf struct {
	field string
	i     int
}

// NewDocumenter returns a Documenter for indexes with mapping m (Mapping(),
// or the mapping an existing index was created with). A text field whose
// variants' analyzers in m cannot share an analysis (analysis.NewShared:
// a mapping from another version of the schema) keeps Bleve's own
// analysis of each variant.
func NewDocumenter(m mapping.IndexMapping) *Documenter {
	d := &Documenter{m: m, variant: map[string]variantOf{}, shared: map[string]*analysis.Shared{}}
	for field, sufs := range Variants {
		names := make([]string, len(sufs))
		for i, suf := range sufs {
			names[i] = m.AnalyzerNameForPath(field + suf)
		}
		s, err := analysis.NewShared(m.AnalyzerNamed, names...)
		if err != nil {
			continue
		}
		d.shared[field] = s
		for i, suf := range sufs {
			d.variant[field+suf] = variantOf{field, i}
		}
	}
	return d
}

// Shares reports whether the Documenter analyses field's variants once
// (false: Bleve analyses each, see NewDocumenter).
func (d *Documenter) Shares(field string) bool { return d.shared[field] != nil }

// Document returns the Bleve document of a (with ID a.ID).
//
// The mapping still maps Document(a), so everything but the analysis of the
// text variants is Bleve's own; each text variant field is then replaced by
// a field with the same name, array position, value and options whose
// analyzer hands out the stream of one shared analysis of the text.
func (d *Documenter) Document(a *search.Article) (*document.Document, error) {
	doc := document.NewDocument(a.ID)
	if err := d.m.MapDocument(doc, Document(a)); err != nil {
		return nil, fmt.Errorf("schema: map article %s: %w", a.ID, err)
	}
	var texts []*sharedText
	for i, f := range doc.Fields {
		tf, ok := f.(*document.TextField)
		if !ok {
			continue
		}
		v, ok := d.variant[tf.Name()]
		if !ok {
			continue
		}
		// One shared analysis per text field and array position (each
		// caption is a text of its own).
		var st *sharedText
		for _, t := range texts {
			if t.field == v.field && slices.Equal(t.pos, tf.ArrayPositions()) {
				st = t
				break
			}
		}
		if st == nil {
			st = &sharedText{field: v.field, pos: tf.ArrayPositions(), shared: d.shared[v.field]}
			texts = append(texts, st)
		}
		doc.Fields[i] = document.NewTextFieldCustom(tf.Name(), tf.ArrayPositions(), tf.Value(), tf.Options(),
			&variantAnalyzer{text: st, i: v.i, own: tf.Analyzer()})
	}
	return doc, nil
}

// sharedText is one text analysed once for all its variants, when the
// first of its fields is analysed (Bleve analyses a document's fields on
// one goroutine, after the batch is handed to the index).
type sharedText struct {
	field   string
	pos     []uint64
	shared  *analysis.Shared
	mu      sync.Mutex
	done    bool
	streams []bleveanalysis.TokenStream
}

// variantAnalyzer is the analyzer of one variant field: it hands out that
// variant's stream of the shared analysis.
type variantAnalyzer struct {
	text *sharedText
	i    int
	// own is the variant's own analyzer, for a second analysis of the
	// field (Bleve analyses a field once; this only keeps a repeated call
	// correct).
	own bleveanalysis.Analyzer
}

// Analyze implements analysis.Analyzer. input is the field's own value, the
// same text as every variant's.
func (v *variantAnalyzer) Analyze(input []byte) bleveanalysis.TokenStream {
	t := v.text
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.done {
		t.streams = t.shared.Analyze(input)
		t.done = true
	}
	ts := t.streams[v.i]
	if ts == nil {
		return v.own.Analyze(input)
	}
	t.streams[v.i] = nil // handed out once: let it go with its field
	return ts
}
