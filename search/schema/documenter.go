package schema

import (
	"fmt"
	"slices"
	"sync"
	"time"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/analysis"
)

// Documenter turns Articles into the Bleve documents an index with a given
// mapping stores, the same documents Bleve's Index(a.ID, Document(a)) makes
// (same fields, terms, frequencies, norms, positions, stored values and doc
// values), for Batch.IndexAdvanced. It is cheaper in three ways:
//   - Bleve analyses each variant of a text field from scratch (the body
//     three times, the title four), while a Documenter's fields analyse the
//     text once for all its variants (analysis.Shared) and derive the
//     folded and shingled streams from the common one;
//   - it counts a field's terms with one allocation for all their entries
//     and keys, where Bleve allocates two per distinct term;
//   - it builds the fields from the mapping's field options, looked up
//     once, where Bleve's MapDocument walks the value by reflection.
//
// A Documenter is safe for concurrent use.
type Documenter struct {
	m mapping.IndexMapping
	// fields are the mapped fields by name; nil when the mapping is not
	// one Document can bypass (then Bleve's MapDocument maps).
	fields map[string]*mappedField
	// variant maps each text variant field ("body_fs") to its text field
	// and its position in that field's Variants.
	variant map[string]variantOf
	shared  map[string]*analysis.Shared // by text field
}

// mappedField is what building one field needs from its mapping.
type mappedField struct {
	name     string // the field's name in the index
	datetime bool   // a datetime field; else text
	options  index.FieldIndexingOptions
	analyzer bleveanalysis.Analyzer // text fields
	inAll    bool                   // included in the _all field
}

type variantOf struct {
	field string
	i     int
}

// NewDocumenter returns a Documenter for indexes with mapping m (Mapping(),
// or the mapping an existing index was created with). A text field whose
// variants' analyzers in m cannot share an analysis (analysis.NewShared:
// a mapping from another version of the schema) keeps Bleve's own
// analysis of each variant, and a mapping of another shape than Mapping's
// (type mappings, nested or multi-field properties) is mapped by Bleve.
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
	d.fields = directFields(m)
	return d
}

// directFields returns the fields of a mapping shaped like Mapping's: a
// static default document mapping whose every property holds exactly one
// text or datetime field. Otherwise it returns nil.
func directFields(m mapping.IndexMapping) map[string]*mappedField {
	im, ok := m.(*mapping.IndexMappingImpl)
	if !ok || len(im.TypeMapping) > 0 || im.DefaultMapping == nil || !im.DefaultMapping.Enabled ||
		im.DefaultMapping.Dynamic || len(im.DefaultMapping.Fields) > 0 {
		return nil
	}
	if all := im.DefaultMapping.Properties["_all"]; all != nil {
		return nil // _all configured: leave it to Bleve
	}
	fields := map[string]*mappedField{}
	for prop, dm := range im.DefaultMapping.Properties {
		if !dm.Enabled || len(dm.Properties) > 0 || len(dm.Fields) != 1 {
			return nil
		}
		fm := dm.Fields[0]
		f := &mappedField{name: prop, options: fm.Options(), inAll: fm.IncludeInAll}
		if fm.Name != "" {
			f.name = fm.Name
		}
		switch fm.Type {
		case "text":
			name := fm.Analyzer
			if name == "" {
				name = m.AnalyzerNameForPath(prop)
			}
			if f.analyzer = m.AnalyzerNamed(name); f.analyzer == nil {
				return nil
			}
		case "datetime":
			f.datetime = true
		default:
			return nil
		}
		fields[prop] = f
	}
	return fields
}

// Shares reports whether the Documenter analyses field's variants once
// (false: Bleve analyses each, see NewDocumenter).
func (d *Documenter) Shares(field string) bool { return d.shared[field] != nil }

// Document returns the Bleve document of a (with ID a.ID).
func (d *Documenter) Document(a *search.Article) (*document.Document, error) {
	doc := document.NewDocument(a.ID)
	if d.fields == nil {
		if err := d.m.MapDocument(doc, Document(a)); err != nil {
			return nil, fmt.Errorf("schema: map article %s: %w", a.ID, err)
		}
	} else if err := d.build(doc, fieldValues(a)); err != nil {
		return nil, fmt.Errorf("schema: article %s: %w", a.ID, err)
	}
	d.share(doc)
	return doc, nil
}

// build adds the fields of the value v (Document's) to doc as
// MapDocument would: a string or each element of a []string (at its array
// position) as a text field, a time.Time as a datetime field, and the _all
// composite field excluding the fields not included in it. Values with no
// mapped field are dropped, as a static mapping drops them.
func (d *Documenter) build(doc *document.Document, v map[string]any) error {
	var notInAll []string
	for prop, val := range v {
		f := d.fields[prop]
		if f == nil {
			continue
		}
		switch val := val.(type) {
		case string:
			if f.datetime {
				return fmt.Errorf("field %s: a string for a datetime field", prop)
			}
			doc.AddField(document.NewTextFieldCustom(f.name, []uint64{}, []byte(val), f.options, f.analyzer))
			if !f.inAll {
				notInAll = append(notInAll, f.name)
			}
		case []string:
			if f.datetime {
				return fmt.Errorf("field %s: strings for a datetime field", prop)
			}
			for i, s := range val {
				doc.AddField(document.NewTextFieldCustom(f.name, []uint64{uint64(i)}, []byte(s), f.options, f.analyzer))
				if !f.inAll {
					notInAll = append(notInAll, f.name)
				}
			}
		case time.Time:
			if !f.datetime {
				return fmt.Errorf("field %s: a time for a text field", prop)
			}
			df, err := document.NewDateTimeFieldWithIndexingOptions(f.name, []uint64{}, val, time.RFC3339, f.options)
			if err != nil {
				return fmt.Errorf("field %s: %w", prop, err)
			}
			doc.AddField(df)
			if !f.inAll {
				notInAll = append(notInAll, f.name)
			}
		default:
			return fmt.Errorf("field %s: unexpected value type %T", prop, val)
		}
	}
	doc.AddField(document.NewCompositeFieldWithIndexingOptions("_all", true, []string{}, notInAll,
		index.IndexField|index.IncludeTermVectors))
	doc.SetIndexed()
	return nil
}

// share replaces each text variant field of doc by a field with the same
// name, array position, value and options whose terms come from one shared
// analysis of the text.
func (d *Documenter) share(doc *document.Document) {
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
		doc.Fields[i] = &variantField{TextField: tf, text: st, i: v.i}
	}
}

// sharedText is one text analysed once for all its variants, when the
// first of its fields is analysed (Bleve may analyse a document's fields
// on several goroutines).
type sharedText struct {
	field   string
	pos     []uint64
	shared  *analysis.Shared
	mu      sync.Mutex
	done    bool
	streams []bleveanalysis.TokenStream
	users   []int // fields yet to read each stream
}

// frequencies returns variant i's terms and length, analysing text for all
// variants on the first call; shingle variants are counted from the stream
// they are made of (analysis.Shared.ShinglesOf). A stream is let go once
// every field that reads it has. ok is false when variant i was asked
// for before (Bleve analyses a field once; the caller then falls back to
// the field's own analysis).
func (t *sharedText) frequencies(text []byte, i int, arrayPositions []uint64, options index.FieldIndexingOptions) (freqs index.TokenFrequencies, length int, ok bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.done {
		t.streams = t.shared.AnalyzeUnshingled(text)
		t.users = make([]int, len(t.streams))
		for j := range t.streams {
			if from, ok := t.shared.ShinglesOf(j); ok {
				t.users[from]++
			} else {
				t.users[j]++
			}
		}
		t.done = true
	}
	src, shingles := t.shared.ShinglesOf(i)
	if !shingles {
		src = i
	}
	if t.users[src] == 0 {
		return nil, 0, false
	}
	ts := t.streams[src]
	if shingles {
		freqs, length = shingleFrequencies(ts, arrayPositions, options)
	} else {
		freqs, length = frequencies(ts, arrayPositions, options), len(ts)
	}
	if t.users[src]--; t.users[src] == 0 {
		t.streams[src] = nil
	}
	return freqs, length, true
}

// variantField is a text variant field whose terms come from the shared
// analysis of its text. Everything but the analysis is its TextField's.
type variantField struct {
	*document.TextField
	text   *sharedText
	i      int
	length int
	freqs  index.TokenFrequencies
}

// Analyze implements index.Field.
func (f *variantField) Analyze() {
	freqs, length, ok := f.text.frequencies(f.Value(), f.i, f.ArrayPositions(), f.Options())
	if !ok {
		f.TextField.Analyze()
		freqs, length = f.TextField.AnalyzedTokenFrequencies(), f.TextField.AnalyzedLength()
	}
	f.freqs, f.length = freqs, length
}

// AnalyzedLength implements index.Field.
func (f *variantField) AnalyzedLength() int { return f.length }

// AnalyzedTokenFrequencies implements index.Field.
func (f *variantField) AnalyzedTokenFrequencies() index.TokenFrequencies { return f.freqs }
