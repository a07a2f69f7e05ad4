package engine

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/store"
)

// BenchmarkSearchIndex times the benchmark query mix (the queries of
// `frontsearch bench`: 5 facets, histogram, highlighting, and the same
// filtered variants), one sub-benchmark per query, against an existing
// index directory named by FRONTSEARCH_PERF_INDEX (for example
// /tmp/p1/index after `frontsearch bench -work /tmp/p1`), to see which
// queries are slow and profile them (-cpuprofile). Each query runs scored
// by search/eval ("eval") and by Bleve's searchers ("bleve").
func BenchmarkSearchIndex(b *testing.B) {
	dir := os.Getenv("FRONTSEARCH_PERF_INDEX")
	if dir == "" {
		b.Skip("FRONTSEARCH_PERF_INDEX not set (an index directory)")
	}
	st, err := store.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	e := New(st.Index(), Options{})
	slow := New(st.Index(), Options{BleveScoring: true})
	ctx := context.Background()
	facets := []string{search.FacetUnit, search.FacetTopic, search.FacetProvince, search.FacetPerson, search.FacetYear}
	queries := []string{"Mặt trận Tổ quốc", "mat tran to quoc", `"phản biện xã hội"`, "phan bien xa hoi", "Ủy ban MTTQ",
		"uỷ ban mặt trận", "MTTQ", "hội nghị", "hoi nghi tong ket", `"đại đoàn kết toàn dân tộc"`, "nông thôn mới -đô thị",
		"khu dân cư OR thôn", "người nghèo", "nha dai doan ket", "giám sát", "Hội Nông dân", "bầu cử đại biểu", "an sinh xã hội", "", "cuộc vận động"}
	probe, err := e.Search(ctx, search.Request{Size: 1, Facets: facets, FacetSize: 3})
	if err != nil {
		b.Fatal(err)
	}
	type q struct {
		text    string
		filters map[string][]string
	}
	var set []q
	for _, x := range queries {
		set = append(set, q{text: x})
	}
	for _, f := range []string{search.FacetUnit, search.FacetTopic, search.FacetYear} {
		for i, v := range probe.Facets[f] {
			if i >= 2 {
				break
			}
			set = append(set, q{"hội nghị", map[string][]string{f: {v.Value}}}, q{"", map[string][]string{f: {v.Value}}})
		}
	}
	for i, x := range set {
		for _, v := range []struct {
			name string
			e    *Engine
		}{{"eval", e}, {"bleve", slow}} {
			b.Run(fmt.Sprintf("%02d/%s", i, v.name), func(b *testing.B) {
				var total uint64
				cpu0 := cpuTime()
				for b.Loop() {
					r, err := v.e.Search(ctx, search.Request{Query: x.text, Filters: x.filters, Size: 10, Facets: facets, FacetSize: 10, Highlight: true, Histogram: true})
					if err != nil {
						b.Fatal(err)
					}
					total = r.Total
				}
				b.ReportMetric(float64(total), "matches")
				// CPU time, steadier than wall time on a shared machine.
				b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
				b.Logf("%q %v", x.text, x.filters)
			})
		}
	}
}
