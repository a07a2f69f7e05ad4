package engine

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/frontsearch/frontsearch/search"
)

// TestShortcutsKeepResults checks the speed shortcuts against the plain
// way of computing the same thing: the year facet summed from the monthly
// histogram equals the year facet Bleve counts, and the count-only query
// (without the score-only clauses, used by date-sorted and facet requests)
// matches exactly the documents the ranked query matches.
func TestShortcutsKeepResults(t *testing.T) {
	e := newTestEngine(t, synthArticles(t, 400))
	ctx := context.Background()
	all := []string{search.FacetUnit, search.FacetTopic, search.FacetProvince, search.FacetPerson, search.FacetYear}
	queries := []string{"", "Mặt trận Tổ quốc", "mat tran to quoc", `"phản biện xã hội"`, "Ủy ban MTTQ",
		"hội nghị tổng kết", "nông thôn mới -đô thị", "khu dân cư OR thôn", "(giám sát OR phản biện) xã hội", "năm:2020 hội nghị"}
	for _, q := range queries {
		for _, size := range []int{1, 3, 20} {
			name := fmt.Sprintf("%q/%d", q, size)
			withHist, err := e.Search(ctx, search.Request{Query: q, Facets: all, FacetSize: size, Histogram: true})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			plain, err := e.Search(ctx, search.Request{Query: q, Facets: all, FacetSize: size})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !reflect.DeepEqual(withHist.Facets, plain.Facets) {
				t.Errorf("%s: facets with histogram\n%v\nwithout\n%v", name, withHist.Facets, plain.Facets)
			}
			byDate, err := e.Search(ctx, search.Request{Query: q, Facets: all, FacetSize: size, Sort: search.SortNewest})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if byDate.Total != plain.Total || !reflect.DeepEqual(byDate.Facets, plain.Facets) {
				t.Errorf("%s: newest-first total %d facets %v; ranked total %d facets %v",
					name, byDate.Total, byDate.Facets, plain.Total, plain.Facets)
			}
		}
	}
	// A year selection: the year facet is disjunctive, counted apart.
	res, err := e.Search(ctx, search.Request{Query: "hội nghị", Filters: map[string][]string{search.FacetYear: {"2018"}},
		Facets: all, Histogram: true})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := e.Search(ctx, search.Request{Query: "hội nghị", Filters: map[string][]string{search.FacetYear: {"2018"}}, Facets: all})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res.Facets, plain.Facets) {
		t.Errorf("year selected: facets with histogram %v, without %v", res.Facets, plain.Facets)
	}
}

// TestSearchStopsAtDeadline checks that a search whose context is done
// fails with the context's error instead of running on.
func TestSearchStopsAtDeadline(t *testing.T) {
	e := newTestEngine(t, synthArticles(t, 50))
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	_, err := e.Search(ctx, search.Request{Query: "hội nghị", Facets: []string{search.FacetTopic}, Histogram: true, Highlight: true})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("expired context: err %v, want DeadlineExceeded", err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	if err := e.Export(ctx, search.Request{}, func(*search.Article) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled export: err %v, want Canceled", err)
	}
}

// TestEvalMatchesBleve checks that ranked requests scored by search/eval
// return what Bleve's own scoring returns: the same totals, facets and
// pages, in the same order, with the same scores; and that date-sorted
// requests search/eval runs unscored (those without words) return what
// Bleve's unscored search returns.
func TestEvalMatchesBleve(t *testing.T) {
	fast := newTestEngine(t, synthArticles(t, 600))
	slow := New(fast.idx, Options{BleveScoring: true})
	ctx := context.Background()
	facets := []string{search.FacetUnit, search.FacetTopic, search.FacetProvince, search.FacetPerson, search.FacetYear}
	queries := []string{"", "Mặt trận Tổ quốc", "mat tran to quoc", `"phản biện xã hội"`, "Ủy ban MTTQ", "uỷ ban mặt trận",
		"MTTQ", "hội nghị", "hoi nghi tong ket", `"đại đoàn kết toàn dân tộc"`, "nông thôn mới -đô thị",
		"khu dân cư OR thôn", "người nghèo", "(giám sát OR phản biện) xã hội", "năm:2020 hội nghị",
		"hội nghị -tổng", `"hội nghị" OR "phản biện"`, "xyzzy", "Hội Nông dân", "an sinh xã hội",
		"-hội", "year:2020", "year:2019..2020 -nghị"}
	filters := []map[string][]string{nil, {search.FacetYear: {"2019", "2020"}}}
	for _, q := range queries {
		for _, f := range filters {
			for _, page := range []search.Request{{Size: 10}, {Size: 7, Page: 2}, {Size: 5, Page: 3, Sort: search.SortOldest}, {Size: 9, Sort: search.SortNewest}} {
				req := search.Request{Query: q, Filters: f, Facets: facets, Histogram: true, Size: page.Size, Page: page.Page, Sort: page.Sort}
				name := fmt.Sprintf("%q %v page %d %s", q, f, page.Page, page.Sort)
				got, err := fast.Search(ctx, req)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				want, err := slow.Search(ctx, req)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if got.Total != want.Total || !reflect.DeepEqual(got.Facets, want.Facets) || !reflect.DeepEqual(got.Histogram, want.Histogram) {
					t.Errorf("%s: total %d facets %v; Bleve total %d facets %v", name, got.Total, got.Facets, want.Total, want.Facets)
					continue
				}
				if len(got.Hits) != len(want.Hits) {
					t.Errorf("%s: %d hits, Bleve %d", name, len(got.Hits), len(want.Hits))
					continue
				}
				for i := range got.Hits {
					g, w := got.Hits[i], want.Hits[i]
					if g.ID != w.ID || math.Abs(g.Score-w.Score) > 1e-9*math.Abs(w.Score) || !reflect.DeepEqual(g.Duplicates, w.Duplicates) {
						t.Errorf("%s: hit %d is %s (%g), Bleve %s (%g)", name, i, g.ID, g.Score, w.ID, w.Score)
						break
					}
				}
			}
		}
	}
}

// TestSearchDuringSwap runs ranked searches while the alias swaps its
// shards, as a server does when a new generation goes live: a search must
// not take the alias's lock a second time (a swap waiting for the search
// would block both for good).
func TestSearchDuringSwap(t *testing.T) {
	e := newTestEngine(t, synthArticles(t, 300))
	alias := e.idx.(bleve.IndexAlias)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	done := make(chan error, 3)
	for range 2 {
		go func() {
			for ctx.Err() == nil {
				if _, err := e.Search(context.Background(), search.Request{Query: "hội nghị", Facets: []string{search.FacetTopic}}); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	go func() {
		for ctx.Err() == nil {
			alias.Swap(nil, nil) // takes the write lock, changes nothing
		}
		done <- nil
	}()
	for range 3 {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("searches and swaps blocked each other")
		}
	}
}
