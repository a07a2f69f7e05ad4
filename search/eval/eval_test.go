package eval

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/simple"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// testIndex builds a scorch index of n random documents over a small
// vocabulary, in several segments (batches) with some deletions, so that
// terms repeat, phrases occur by chance and segments disagree.
func testIndex(t testing.TB, n int, bm25 bool) bleve.Index {
	t.Helper()
	m := bleve.NewIndexMapping()
	if bm25 {
		m.ScoringModel = index.BM25Scoring
	}
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range []string{"title", "body"} {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = simple.Name
		fm.IncludeTermVectors = f == "title"
		doc.AddFieldMappingsAt(f, fm)
	}
	km := bleve.NewKeywordFieldMapping()
	doc.AddFieldMappingsAt("tag", km)
	dm := bleve.NewDateTimeFieldMapping()
	doc.AddFieldMappingsAt("date", dm)
	m.DefaultMapping = doc
	idx, err := bleve.New(t.TempDir(), m)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	words := strings.Fields("mat tran to quoc hoi nghi xa phan bien giam sat nong thon moi dan cu")
	rng := rand.New(rand.NewPCG(7, 9))
	text := func(k int) string {
		var b []string
		for range 1 + rng.IntN(k) {
			b = append(b, words[rng.IntN(len(words))])
		}
		return strings.Join(b, " ")
	}
	base := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	for start := 0; start < n; start += 97 {
		b := idx.NewBatch()
		for i := start; i < start+97 && i < n; i++ {
			d := map[string]any{"title": text(6), "body": text(60), "tag": fmt.Sprintf("t%d", i%5),
				"date": base.AddDate(0, 0, i%700)}
			if i%11 == 0 {
				d["title"] = text(3) + " xa hoi nghi " + text(3)
			}
			if i%7 == 0 {
				d["title"] = []string{text(4), text(4)} // array positions
			}
			if err := b.Index(fmt.Sprintf("d%04d", i), d); err != nil {
				t.Fatal(err)
			}
		}
		if start > 0 {
			b.Delete(fmt.Sprintf("d%04d", start-3)) // deleted in an older segment
		}
		if err := idx.Batch(b); err != nil {
			t.Fatal(err)
		}
	}
	return idx
}

func term(field, t string, boost float64) *query.TermQuery {
	q := query.NewTermQuery(t)
	q.SetField(field)
	q.SetBoost(boost)
	return q
}

func phrase(field string, boost float64, terms ...string) *query.PhraseQuery {
	q := query.NewPhraseQuery(terms, field)
	q.SetBoost(boost)
	return q
}

// testQueries covers every node type and Bleve's special cases.
func testQueries() map[string]query.Query {
	word := func(w string) query.Query {
		return query.NewDisjunctionQuery([]query.Query{term("title", w, 3), term("body", w, 1)})
	}
	filter := func() query.Query {
		q := query.NewDisjunctionQuery([]query.Query{term("tag", "t1", 0), term("tag", "t3", 0)})
		return q
	}
	boolean := func(must []query.Query, should []query.Query, not []query.Query) *query.BooleanQuery {
		return query.NewBooleanQuery(must, should, not)
	}
	t0, t1 := time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2019, 9, 1, 0, 0, 0, 0, time.UTC)
	dateRange := query.NewDateRangeQuery(t0, t1)
	dateRange.SetField("date")
	dateRange.SetBoost(0)
	allBoosted := query.NewMatchAllQuery()
	allBoosted.SetBoost(2)
	min2 := query.NewDisjunctionQuery([]query.Query{term("body", "mat", 1), term("body", "tran", 1), term("body", "xa", 1)})
	min2.SetMin(2)
	return map[string]query.Query{
		"term":            term("body", "hoi", 1),
		"missing term":    term("body", "khong", 1),
		"boosted term":    term("title", "nghi", 2.5),
		"phrase":          phrase("title", 1, "mat", "tran"),
		"phrase of three": phrase("title", 2, "xa", "hoi", "nghi"),
		"phrase repeats":  phrase("title", 1, "xa", "xa"),
		"conjunction":     query.NewConjunctionQuery([]query.Query{word("mat"), word("tran"), word("quoc")}),
		"disjunction":     query.NewDisjunctionQuery([]query.Query{term("body", "mat", 1), term("title", "moi", 2), term("body", "khong", 1)}),
		"min 2":           min2,
		"boolean": boolean([]query.Query{word("hoi"), word("nghi")},
			[]query.Query{phrase("title", 6, "hoi", "nghi"), term("title", "xa", 4)}, nil),
		"boolean not": boolean([]query.Query{word("giam")}, nil, []query.Query{term("body", "sat", 1)}),
		"only not":    boolean(nil, nil, []query.Query{term("body", "sat", 1)}),
		"only should": boolean(nil, []query.Query{word("dan"), word("cu")}, nil),
		"filtered": boolean([]query.Query{query.NewConjunctionQuery([]query.Query{word("nong"), word("thon"), filter(), dateRange})},
			[]query.Query{term("body", "moi", 2)}, nil),
		"match all filtered": boolean([]query.Query{query.NewConjunctionQuery([]query.Query{query.NewMatchAllQuery(), filter()})}, nil, nil),
		"match all":          query.NewMatchAllQuery(),
		"match all boosted":  query.NewConjunctionQuery([]query.Query{allBoosted, word("bien")}),
		"none inside":        query.NewDisjunctionQuery([]query.Query{query.NewMatchNoneQuery(), word("phan")}),
		"none conjunction":   query.NewConjunctionQuery([]query.Query{query.NewMatchNoneQuery(), word("phan")}),
		"nested": boolean([]query.Query{query.NewDisjunctionQuery([]query.Query{
			query.NewConjunctionQuery([]query.Query{word("mat"), word("tran")}), term("body", "moi", 1)})},
			[]query.Query{term("title", "quoc", 2)}, []query.Query{term("tag", "t2", 1)}),
	}
}

// TestMatchesBleve checks that Run finds exactly the documents Bleve finds
// for every query, with the same scores.
func TestMatchesBleve(t *testing.T) {
	for _, bm25 := range []bool{true, false} {
		idx := testIndex(t, 1500, bm25)
		for name, q := range testQueries() {
			t.Run(fmt.Sprintf("%s/bm25=%v", name, bm25), func(t *testing.T) {
				want := bleveScores(t, idx, q)
				got := runScores(t, idx, q)
				if len(got) != len(want) {
					t.Fatalf("%d matches, Bleve %d", len(got), len(want))
				}
				if len(want) == 0 && name != "missing term" && name != "none conjunction" {
					t.Fatalf("query matches nothing: a useless test")
				}
				for id, w := range want {
					g, ok := got[id]
					if !ok {
						t.Fatalf("%s: missing (Bleve score %g)", id, w)
					}
					if math.Abs(g-w) > 1e-12*math.Max(1, math.Abs(w)) {
						t.Fatalf("%s: score %.17g, Bleve %.17g", id, g, w)
					}
				}
			})
		}
	}
}

func bleveScores(t *testing.T, idx bleve.Index, q query.Query) map[string]float64 {
	t.Helper()
	req := bleve.NewSearchRequestOptions(q, 100000, 0, false)
	res, err := idx.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, h := range res.Hits {
		out[h.ID] = h.Score
	}
	return out
}

func runScores(t *testing.T, idx bleve.Index, q query.Query) map[string]float64 {
	t.Helper()
	if !Supported(q) {
		t.Fatal("not supported")
	}
	r := reader(t, idx)
	defer r.Close()
	out := map[string]float64{}
	last := int64(-1)
	n, err := Run(context.Background(), r, idx.Mapping(), q, func(num uint64, score float64) error {
		if int64(num) <= last {
			t.Fatalf("match %d after %d: not in document order", num, last)
		}
		last = int64(num)
		b := make([]byte, 8)
		binary.BigEndian.PutUint64(b, num)
		id, err := r.ExternalID(b)
		if err != nil {
			return err
		}
		out[id] = score
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != uint64(len(out)) {
		t.Fatalf("Run counted %d matches, reported %d", n, len(out))
	}
	return out
}

func TestSupported(t *testing.T) {
	fuzzy := query.NewFuzzyQuery("mat")
	fuzzy.SetField("body")
	zeroFuzzy := query.NewFuzzyQuery("mat")
	zeroFuzzy.SetField("body")
	zeroFuzzy.SetBoost(0)
	for _, c := range []struct {
		name string
		q    query.Query
		want bool
	}{
		{"term", term("body", "mat", 1), true},
		{"no field", query.NewTermQuery("mat"), false},
		{"fuzzy", fuzzy, false},
		{"fuzzy filter", query.NewConjunctionQuery([]query.Query{term("body", "mat", 1), zeroFuzzy}), true},
		{"fuzzy exclusion", query.NewBooleanQuery([]query.Query{term("body", "mat", 1)}, nil, []query.Query{fuzzy}), true},
		{"only filters", query.NewConjunctionQuery([]query.Query{zeroFuzzy}), false},
	} {
		if got := Supported(c.q); got != c.want {
			t.Errorf("%s: Supported = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestCancelled(t *testing.T) {
	idx := testIndex(t, 300, true)
	r := reader(t, idx)
	defer r.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Run(ctx, r, idx.Mapping(), term("body", "hoi", 1), func(uint64, float64) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled run: err %v, want Canceled", err)
	}
}

// BenchmarkRun compares Run with Bleve's own scoring (a search keeping
// no hits, its cheapest collection) on a broad query: three words, each
// in two fields, and a phrase boost.
func BenchmarkRun(b *testing.B) {
	idx := testIndex(b, 20000, true)
	word := func(w string) query.Query {
		return query.NewDisjunctionQuery([]query.Query{term("title", w, 3), term("body", w, 1)})
	}
	q := query.NewBooleanQuery([]query.Query{word("hoi"), word("nghi"), word("xa")},
		[]query.Query{phrase("title", 6, "hoi", "nghi")}, nil)
	b.Run("eval", func(b *testing.B) {
		for b.Loop() {
			r := reader(b, idx)
			if _, err := Run(context.Background(), r, idx.Mapping(), q, func(uint64, float64) error { return nil }); err != nil {
				b.Fatal(err)
			}
			r.Close()
		}
	})
	b.Run("bleve", func(b *testing.B) {
		for b.Loop() {
			if _, err := idx.Search(bleve.NewSearchRequestOptions(q, 0, 0, false)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// reader opens a reader on idx's current snapshot.
func reader(t testing.TB, idx bleve.Index) index.IndexReader {
	t.Helper()
	ai, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := ai.Reader()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestBound checks that RunLazy finds the matches Run finds, that a
// match's Bound is never below its Score, and that Score is the same
// whether Bound was asked first or not.
func TestBound(t *testing.T) {
	for _, bm25 := range []bool{true, false} {
		idx := testIndex(t, 1500, bm25)
		for name, q := range testQueries() {
			t.Run(fmt.Sprintf("%s/bm25=%v", name, bm25), func(t *testing.T) {
				want := map[uint64]float64{}
				r := reader(t, idx)
				defer r.Close()
				if _, err := Run(t.Context(), r, idx.Mapping(), q, func(num uint64, score float64) error {
					want[num] = score
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				n, finite := 0, 0
				_, err := RunLazy(t.Context(), r, idx.Mapping(), q, func(num uint64, s Scored) error {
					w, ok := want[num]
					if !ok {
						return fmt.Errorf("match %d: not a match of Run", num)
					}
					n++
					if n%3 == 0 {
						// Scored without a bound.
						if g := s.Score(); g != w {
							return fmt.Errorf("match %d: score %.17g, Run %.17g", num, g, w)
						}
						return nil
					}
					// Below never claims a limit the score reaches.
					for _, lim := range []float64{w, math.Nextafter(w, math.Inf(1)), 2 * w, w / 2, 0, math.Inf(1)} {
						if s.Below(lim) && !(w < lim) {
							return fmt.Errorf("match %d: score %.17g, yet below %.17g", num, w, lim)
						}
					}
					b := s.Bound()
					if g := s.Score(); g != w || !(b >= g) {
						return fmt.Errorf("match %d: score %.17g (Run %.17g), bound %.17g", num, g, w, b)
					}
					if s.Below(w) || !s.Below(math.Nextafter(b, math.Inf(1))) && !math.IsInf(b, 1) {
						return fmt.Errorf("match %d: score %.17g, bound %.17g: Below disagrees", num, w, b)
					}
					if !math.IsInf(b, 1) {
						finite++
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				if n != len(want) {
					t.Fatalf("RunLazy found %d matches, Run %d", n, len(want))
				}
				if bm25 && n > 2 && finite == 0 {
					t.Errorf("no finite bound with BM25")
				}
			})
		}
	}
}

// TestConcurrentRuns runs every test query in several goroutines at once,
// twice over: posting lists and iterators are reused between runs, and
// each run must still score exactly as a run on its own.
func TestConcurrentRuns(t *testing.T) {
	idx := testIndex(t, 1500, true)
	r := reader(t, idx)
	defer r.Close()
	run := func(q query.Query) (map[uint64]float64, error) {
		out := map[uint64]float64{}
		_, err := Run(t.Context(), r, idx.Mapping(), q, func(num uint64, score float64) error {
			out[num] = score
			return nil
		})
		return out, err
	}
	want := map[string]map[uint64]float64{}
	qs := testQueries()
	for name, q := range qs {
		got, err := run(q)
		if err != nil {
			t.Fatal(err)
		}
		want[name] = got
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(qs))
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 2 {
				for name, q := range qs {
					got, err := run(q)
					if err == nil && !maps.Equal(got, want[name]) {
						err = fmt.Errorf("goroutine %d, %s: %d matches, alone %d, or other scores", g, name, len(got), len(want[name]))
					}
					if err != nil {
						errs <- err
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
