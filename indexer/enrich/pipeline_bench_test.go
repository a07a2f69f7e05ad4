package enrich

import (
	"context"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/corpus"
	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/indexer/source"
)

// BenchmarkPipelineWithEnrich runs decode + extract + enrich over the
// fixture archive (testdata/archive), the figure the ≥ 500 pages/s per core
// target is about; cpu-ns/op is the CPU one page costs.
func BenchmarkPipelineWithEnrich(b *testing.B) {
	var pages []source.Page
	err := source.Walk(context.Background(), []string{"../../testdata/archive"}, source.Options{}, func(p source.Page) error {
		pages = append(pages, p)
		return nil
	})
	if err != nil || len(pages) == 0 {
		b.Skipf("no fixture archive: %v", err)
	}
	benchmarkProcess(b, pages)
}

// BenchmarkPipelineCorpus runs decode + extract + enrich over 500 pages of
// the synthetic corpus (indexer/corpus, seed 1): the realistic page mix of
// the five portal styles and legacy encodings, where the fixture archive
// over-represents hard cases.
func BenchmarkPipelineCorpus(b *testing.B) {
	g := corpus.New(1)
	pages := make([]source.Page, 500)
	for i := range pages {
		rel, body := g.Page(i)
		pages[i] = source.Page{Source: rel, Body: body}
	}
	benchmarkProcess(b, pages)
}

// benchmarkProcess runs the enriched pipeline over pages, round robin, and
// reports pages/s and the CPU a page costs (cpu-ns/op, pages/cpu-s).
func benchmarkProcess(b *testing.B, pages []source.Page) {
	p := pipeline.New(newTestEnricher(b))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		p.Process(pages[i%len(pages)])
	}
	cpu := cpuTime() - c0
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "pages/cpu-s")
	}
}
