package engine

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/search"
)

// FuzzSearch feeds arbitrary query strings and cursors to a small index:
// the engine must never panic, bad input must be a *search.QueryError,
// every snippet must be valid UTF-8 with balanced marks, and search/eval
// must return the page Bleve's own scoring returns.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{
		"phản biện xã hội", "phan bien", "\"Mặt trận Tổ quốc\" -MTTQ", "a OR b", "unit:\"MTTQ\" year:2020..2022",
		"date:2020-02-30", "((", "\x00\xff", "Uỷ ban", "34-NQ/TU", "-", "OR OR", "place:", "\u0301\u0300",
	} {
		f.Add(s, "")
	}
	f.Add("xã", "eyJzIjoicmVsZXZhbmNlIiwiYSI6WyIxIiwiYTEiXX0")
	e := newTestEngine(f, testArticles())
	slow := New(e.idx, Options{BleveScoring: true})
	f.Fuzz(func(t *testing.T, q, cursor string) {
		req := search.Request{Query: q, Cursor: cursor, Highlight: true, Facets: []string{search.FacetTopic}, Histogram: true}
		res, err := e.Search(context.Background(), req)
		if err != nil {
			var qe *search.QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("query %q cursor %q: error %v is not a QueryError", q, cursor, err)
			}
			return
		}
		want, err := slow.Search(context.Background(), req)
		if err != nil {
			t.Fatalf("query %q cursor %q: Bleve scoring: %v", q, cursor, err)
		}
		if res.Total != want.Total || len(res.Hits) != len(want.Hits) {
			t.Fatalf("query %q: %d matches, %d hits; Bleve scoring %d, %d", q, res.Total, len(res.Hits), want.Total, len(want.Hits))
		}
		for i := range res.Hits {
			if g, w := res.Hits[i], want.Hits[i]; g.ID != w.ID || math.Abs(g.Score-w.Score) > 1e-9*math.Abs(w.Score) {
				t.Fatalf("query %q: hit %d is %s (%g), with Bleve scoring %s (%g)", q, i, g.ID, g.Score, w.ID, w.Score)
			}
		}
		for _, h := range res.Hits {
			for _, s := range h.Snippets {
				if !utf8.ValidString(s) {
					t.Fatalf("query %q: invalid UTF-8 snippet %q", q, s)
				}
				if strings.Count(s, "<mark>") != strings.Count(s, "</mark>") {
					t.Fatalf("query %q: unbalanced marks in %q", q, s)
				}
			}
		}
	})
}

// FuzzSnippet renders arbitrary text with every word of a query marked:
// fragments are valid UTF-8 and contain no markup but the marks.
func FuzzSnippet(f *testing.F) {
	f.Add("Hội nghị <b>phản biện</b> xã hội & \"MTTQ\"", "phan bien")
	f.Add("a\u0301b c\u0300 đ", "d")
	f.Add(strings.Repeat("xã hội ", 100), "xa")
	e := newTestEngine(f, testArticles())
	f.Fuzz(func(t *testing.T, text, q string) {
		terms := &marks{single: map[string]bool{}, seqs: map[string][][]string{}}
		for _, w := range e.analyze("vi_fold", q) {
			terms.single[w] = true
		}
		e.addMark(terms, q)
		a := &search.Article{Body: text}
		for _, s := range e.snippets(a, terms) {
			if !utf8.ValidString(s) && utf8.ValidString(text) {
				t.Fatalf("invalid UTF-8 snippet %q from %q", s, text)
			}
			rest := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(s)
			if strings.ContainsAny(rest, "<>") {
				t.Fatalf("unescaped markup in %q", s)
			}
		}
	})
}
