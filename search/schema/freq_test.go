package schema

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/frontsearch/frontsearch/search/analysis"
	"github.com/frontsearch/frontsearch/search/analysis/token/shingle2"
)

// TestFrequenciesAsBleve checks frequencies against Bleve's own
// TokenFrequency: with and without term vectors and frequencies, with
// array positions, on repeated and shingled terms.
func TestFrequenciesAsBleve(t *testing.T) {
	texts := []string{
		"",
		"Hội",
		"Ủy ban MTTQ xã và Ủy ban MTTQ huyện: hội nghị, hội nghị, hội nghị 34-NQ/TU.",
		"Mặt trận Tổ quốc Việt Nam mặt trận tổ quốc MẶT TRẬN",
		"Hội nghị (lần 2) — “phản biện”… xã hội; hội nghị: 34-NQ/TU, hội nghị",
	}
	options := []index.FieldIndexingOptions{
		index.IndexField,
		index.IndexField | index.IncludeTermVectors,
		index.IndexField | index.SkipFreqNorm,
		index.IndexField | index.IncludeTermVectors | index.StoreField,
	}
	for _, name := range []string{analysis.Vi, analysis.ViFold} {
		an, err := analysis.Analyzer(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range texts {
			for _, opt := range options {
				for _, pos := range [][]uint64{nil, {2}} {
					ts := an.Analyze([]byte(text))
					got := frequencies(ts, pos, opt)
					want := bleveanalysis.TokenFrequency(ts, pos, opt)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%s %q options %v positions %v:\n got %v\nwant %v", name, text, opt, pos, got, want)
					}
					// The same text's shingles, counted without their tokens.
					sh := shingle2.New().Filter(an.Analyze([]byte(text)))
					gotSh, n := shingleFrequencies(ts, pos, opt)
					if wantSh := bleveanalysis.TokenFrequency(sh, pos, opt); !reflect.DeepEqual(gotSh, wantSh) || n != len(sh) {
						t.Errorf("%s %q options %v positions %v: shingles\n got %v (%d)\nwant %v (%d)", name, text, opt, pos, gotSh, n, wantSh, len(sh))
					}
				}
			}
		}
	}
}

// BenchmarkFrequencies compares frequencies with Bleve's TokenFrequency on
// the folded unigrams and shingles of the fixture articles' bodies (real
// Vietnamese news text), one body at a time.
func BenchmarkFrequencies(b *testing.B) {
	var bodies [][]byte
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.json"))
	for _, f := range files {
		var a struct{ Paragraphs []string }
		if raw, err := os.ReadFile(f); err == nil && json.Unmarshal(raw, &a) == nil {
			bodies = append(bodies, []byte(strings.Join(a.Paragraphs, "\n\n")))
		}
	}
	if len(bodies) == 0 {
		b.Skip("no fixture articles")
	}
	for _, name := range []string{analysis.ViFold, analysis.ViFoldShingle} {
		an, err := analysis.Analyzer(name)
		if err != nil {
			b.Fatal(err)
		}
		var streams []bleveanalysis.TokenStream
		for _, body := range bodies {
			streams = append(streams, an.Analyze(body))
		}
		for _, impl := range []struct {
			name string
			fn   func(bleveanalysis.TokenStream, []uint64, index.FieldIndexingOptions) index.TokenFrequencies
		}{{"bleve", bleveanalysis.TokenFrequency}, {"ours", frequencies}} {
			b.Run(name+"/"+impl.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					for _, ts := range streams {
						impl.fn(ts, nil, index.IndexField)
					}
				}
			})
		}
	}
}
