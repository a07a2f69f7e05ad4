package bench

import (
	"context"
	"testing"
	"time"

	"github.com/frontsearch/frontsearch/indexer/build"
	"github.com/frontsearch/frontsearch/indexer/corpus"
	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/schema"
)

// BenchmarkBuild indexes 300 generated pages end to end (source → decode →
// extract → Bleve, no enrichment) per iteration, as a rebuild.
func BenchmarkBuild(b *testing.B) {
	ctx := context.Background()
	arch := b.TempDir()
	const pages = 300
	if err := corpus.Write(ctx, arch, pages, 1); err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		rep, err := build.Run(ctx, dir, []string{arch}, build.Options{Rebuild: true, Processor: pipeline.New(nil), NoReport: true})
		if err != nil {
			b.Fatal(err)
		}
		if rep.Pages != pages {
			b.Fatalf("%d pages read, want %d", rep.Pages, pages)
		}
	}
	b.ReportMetric(float64(pages*b.N)/time.Since(start).Seconds(), "pages/s")
}

func TestPercentile(t *testing.T) {
	v := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for _, c := range []struct{ p, want float64 }{{50, 5}, {90, 9}, {99, 10}, {100, 10}, {0, 1}} {
		if got := percentile(v, c.p); got != c.want {
			t.Errorf("percentile(%v) = %v, want %v", c.p, got, c.want)
		}
	}
	if percentile(nil, 50) != 0 {
		t.Error("percentile of nothing")
	}
}

func TestTextOnlyFields(t *testing.T) {
	drop, err := TextOnlyFields()
	if err != nil {
		t.Fatal(err)
	}
	dropped := map[string]bool{}
	for _, f := range drop {
		dropped[f] = true
	}
	for _, f := range []string{"body", "body_f", "body_fs", "title", "title_f", "title_s", "title_fs",
		schema.FieldSource, schema.HashField, schema.FieldDate} {
		if dropped[f] {
			t.Errorf("text-only drops %q, which the text features need", f)
		}
	}
	for _, f := range []string{search.FacetUnit, search.FacetPerson + schema.FacetFoldSuffix,
		search.FacetTopic + schema.FacetTextSuffix, schema.FieldDup, "captions"} {
		if !dropped[f] {
			t.Errorf("text-only keeps %q", f)
		}
	}
	if _, err := mappingWithout(drop); err != nil {
		t.Errorf("the text-only mapping: %v", err)
	}
	// -drop-fields captions -text-only names the captions twice.
	if _, err := mappingWithout(append([]string{"captions"}, drop...)); err != nil {
		t.Errorf("a field dropped twice: %v", err)
	}
	if _, err := mappingWithout([]string{"nosuch"}); err == nil {
		t.Error("dropping a field the schema does not have: no error")
	}
}
