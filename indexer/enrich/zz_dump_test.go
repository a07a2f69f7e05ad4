package enrich

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/corpus"
	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/indexer/source"
)

// TestZZDump writes every processed article (corpus + fixtures) as JSON lines to $ZZDUMP.
func TestZZDump(t *testing.T) {
	out := os.Getenv("ZZDUMP")
	if out == "" {
		t.Skip()
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	p := pipeline.New(newTestEnricher(t))
	pn := pipeline.New(nil)
	err = source.Walk(context.Background(), []string{"../../testdata/archive"}, source.Options{}, func(pg source.Page) error {
		enc.Encode(p.Process(pg))
		return enc.Encode(pn.Process(pg))
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range []int64{1, 7} {
		g := corpus.New(seed)
		for i := 0; i < 1500; i++ {
			rel, b := g.Page(i)
			enc.Encode(p.Process(source.Page{Source: rel, Body: b}))
		}
	}
}
