package engine

import (
	"context"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/frontsearch/frontsearch/search"
)

// TestPerfQueries times the benchmark-style query mix per query against an
// existing index generation directory (FRONTSEARCH_PERF_INDEX); it is a
// tool for profiling, skipped otherwise, and asserts nothing about time.
func TestPerfQueries(t *testing.T) {
	dir := os.Getenv("FRONTSEARCH_PERF_INDEX")
	if dir == "" {
		t.Skip("FRONTSEARCH_PERF_INDEX not set")
	}
	idx, err := bleve.OpenUsing(dir, map[string]any{"read_only": true})
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	e := New(idx, Options{})
	ctx := context.Background()
	facets := []string{search.FacetUnit, search.FacetTopic, search.FacetProvince, search.FacetPerson, search.FacetYear}
	queries := []string{"Mặt trận Tổ quốc", "mat tran to quoc", `"phản biện xã hội"`, "phan bien xa hoi", "Ủy ban MTTQ",
		"uỷ ban mặt trận", "MTTQ", "hội nghị", "hoi nghi tong ket", `"đại đoàn kết toàn dân tộc"`, "nông thôn mới -đô thị",
		"khu dân cư OR thôn", "người nghèo", "nha dai doan ket", "giám sát", "Hội Nông dân", "bầu cử đại biểu", "an sinh xã hội", "", "cuộc vận động"}
	probe, err := e.Search(ctx, search.Request{Size: 1, Facets: facets, FacetSize: 3})
	if err != nil {
		t.Fatal(err)
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
	var all []float64
	for _, x := range set {
		var ds []float64
		var total uint64
		for range 3 {
			t0 := time.Now()
			r, err := e.Search(ctx, search.Request{Query: x.text, Filters: x.filters, Size: 10, Facets: facets, FacetSize: 10, Highlight: true, Histogram: true})
			if err != nil {
				t.Fatal(err)
			}
			total = r.Total
			ds = append(ds, float64(time.Since(t0).Microseconds())/1000)
		}
		sort.Float64s(ds)
		all = append(all, ds...)
		t.Logf("%8.1f ms  total %6d  %q %v", ds[1], total, x.text, x.filters)
	}
	sort.Float64s(all)
	t.Logf("p50 %.1f p90 %.1f max %.1f", all[len(all)/2], all[len(all)*9/10], all[len(all)-1])
}
