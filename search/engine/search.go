package engine

import (
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/schema"
)

var base64URL = base64.RawURLEncoding

// histogramFacet names the month facet that feeds Response.Histogram.
const histogramFacet = "\x00histogram"

// Search runs one request: the ranked page of hits, facet counts
// (disjunctive: a facet with selected values is counted by an extra
// request without its own selection, all run concurrently), the monthly
// histogram and highlighted snippets.
func (e *Engine) Search(ctx context.Context, req search.Request) (*search.Response, error) {
	start := time.Now()
	p, err := e.validate(req)
	if err != nil {
		return nil, err
	}
	b := e.build(p)

	mainQuery := b.query("", false)
	if p.sort != search.SortRelevance {
		// Sorted by date: scores are neither used nor shown.
		mainQuery = b.count("", false)
	}
	main := bleve.NewSearchRequestOptions(mainQuery, p.size, p.offset, false)
	main.SortByCustom(sortOrder(p.sort))
	if p.after != nil {
		main.SearchAfter = p.after
	}
	if p.sort != search.SortRelevance {
		main.Score = "none"
	}
	main.Fields = []string{schema.FieldSource, schema.FieldDup}

	// The year facet is the sum of the monthly histogram when both count
	// the same matches (each article has one facet date, giving both its
	// year and its month): one doc-value field less to read per match.
	yearFromMonths := req.Histogram && !p.hasFrom && !p.hasTo &&
		slices.Contains(p.facets, search.FacetYear) && p.filters[search.FacetYear] == nil

	// Facets counted by extra requests, keyed by facet name. (Counting the
	// main query's facets in a concurrent request of their own was tried:
	// a little lower median latency on an idle machine, but 20% more CPU
	// and a worse tail under load.)
	extra := map[string]*bleve.SearchRequest{}
	for _, f := range p.facets {
		if f == search.FacetYear && yearFromMonths {
			continue
		}
		if _, active := p.filters[f]; active {
			r := bleve.NewSearchRequestOptions(b.count(f, false), 0, 0, false)
			r.AddFacet(f, bleve.NewFacetRequest(f, p.facetSize))
			r.Score = "none"
			extra[f] = r
			continue
		}
		main.AddFacet(f, bleve.NewFacetRequest(f, p.facetSize))
	}
	if req.Histogram {
		hf := bleve.NewFacetRequest(search.FacetMonth, 100000)
		if p.hasFrom || p.hasTo {
			// The histogram shows the whole timeline so the range can move.
			r := bleve.NewSearchRequestOptions(b.count("", true), 0, 0, false)
			r.AddFacet(histogramFacet, hf)
			r.Score = "none"
			extra[histogramFacet] = r
		} else {
			main.AddFacet(histogramFacet, hf)
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu       sync.Mutex
		wg       sync.WaitGroup
		firstErr error
		facetRes = bsearch.FacetResults{}
	)
	for name, r := range extra {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := e.run(ctx, r)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = fmt.Errorf("engine: facet %s: %w", name, err)
					cancel()
				}
				return
			}
			for f, fr := range res.Facets {
				facetRes[f] = fr
			}
		}()
	}
	res, err := e.run(ctx, main)
	wg.Wait()
	if err != nil {
		return nil, fmt.Errorf("engine: search: %w", err)
	}
	if firstErr != nil {
		return nil, firstErr
	}
	for name, fr := range res.Facets {
		facetRes[name] = fr
	}
	if yearFromMonths {
		facetRes[search.FacetYear] = yearsOf(facetRes[histogramFacet], p.facetSize)
	}

	resp := &search.Response{
		Total:     res.Total,
		Query:     req.Query,
		Hits:      []search.Hit{},
		Facets:    map[string][]search.FacetValue{},
		Histogram: []search.MonthCount{},
	}
	var terms *marks
	if req.Highlight {
		terms = e.highlightTerms(p.root)
	}
	resp.Hits, err = e.hits(ctx, res.Hits, terms, nil)
	if err != nil {
		return nil, err
	}
	for _, f := range p.facets {
		vals := facetValues(facetRes[f], p.filters[f], p.facetSize)
		for i, v := range vals {
			if v.Selected && v.Count == 0 && !inTerms(facetRes[f], v.Value) {
				// A selected value outside the top values: count it.
				if vals[i].Count, err = e.countValue(ctx, b, f, v.Value); err != nil {
					return nil, err
				}
			}
		}
		resp.Facets[f] = vals
	}
	if fr := facetRes[histogramFacet]; fr != nil {
		for _, t := range fr.Terms.Terms() {
			resp.Histogram = append(resp.Histogram, search.MonthCount{Month: t.Term, Count: t.Count})
		}
		sort.Slice(resp.Histogram, func(i, j int) bool { return resp.Histogram[i].Month < resp.Histogram[j].Month })
	}
	if n := len(res.Hits); n == p.size && n > 0 && (p.after != nil || uint64(p.offset+n) < res.Total) {
		resp.NextCursor = encodeCursor(p.sort, afterValues(res.Hits[n-1], p.sort))
	}
	resp.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return resp, nil
}

// afterValues are the search_after values that continue after h.
func afterValues(h *bsearch.DocumentMatch, sortName string) []string {
	out := make([]string, len(h.Sort))
	for i := range h.Sort {
		switch {
		case i == 0 && sortName == search.SortRelevance:
			out[i] = strconv.FormatFloat(h.Score, 'g', -1, 64)
		case i < len(h.DecodedSort):
			out[i] = h.DecodedSort[i]
		default:
			out[i] = h.Sort[i]
		}
	}
	return out
}

// facetValues converts a Bleve facet result, marking selected values and
// adding selected values the top list left out.
func facetValues(fr *bsearch.FacetResult, selected []string, size int) []search.FacetValue {
	out := []search.FacetValue{}
	if fr != nil {
		for _, t := range fr.Terms.Terms() {
			out = append(out, search.FacetValue{Value: t.Term, Count: t.Count, Selected: slices.Contains(selected, t.Term)})
		}
	}
	if len(out) > size {
		out = out[:size]
	}
	for _, s := range selected {
		if !slices.ContainsFunc(out, func(v search.FacetValue) bool { return v.Value == s }) {
			out = append(out, search.FacetValue{Value: s, Selected: true})
		}
	}
	return out
}

// hits converts Bleve matches into Hits, folding near-duplicates (same
// "dup" signature) into the first of them and listing the other copies
// in the index, excluding the IDs in skip.
// With highlight terms (nil: no snippets) each hit gets its snippets.
func (e *Engine) hits(ctx context.Context, dms bsearch.DocumentMatchCollection, terms *marks, skip map[string]bool) ([]search.Hit, error) {
	out := []search.Hit{}
	bySig := map[string]int{}
	seen := map[string]bool{}
	for _, dm := range dms {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := decodeArticle(dm)
		if err != nil {
			return nil, err
		}
		seen[dm.ID] = true
		sig, _ := dm.Fields[schema.FieldDup].(string)
		if i, ok := bySig[sig]; ok && sig != "" {
			out[i].Duplicates = append(out[i].Duplicates, dm.ID)
			continue
		}
		h := search.Hit{
			ID: a.ID, Score: dm.Score, Title: a.Title, URL: a.URL, Site: a.Site,
			Date: a.EventDate, Published: a.Published,
			Units: nonNil(a.Units), Places: nonNil(a.Places), People: nonNil(a.People),
			Topics: nonNil(a.Topics), DocRefs: nonNil(a.DocRefs), Snippets: []string{},
		}
		if h.ID == "" {
			h.ID = dm.ID
		}
		if h.Date == "" && len(a.Published) >= 10 {
			h.Date = a.Published[:10]
		}
		if terms != nil {
			h.Snippets = e.snippets(a, terms)
		}
		if sig != "" {
			bySig[sig] = len(out)
		}
		out = append(out, h)
	}
	if len(bySig) == 0 {
		return out, nil
	}
	// Copies outside this page.
	var alts []query.Query
	for sig := range bySig {
		t := query.NewTermQuery(sig)
		t.SetField(schema.FieldDup)
		alts = append(alts, t)
	}
	r := bleve.NewSearchRequestOptions(query.NewDisjunctionQuery(alts), 1000, 0, false)
	r.Fields = []string{schema.FieldDup}
	r.Score = "none"
	r.SortBy([]string{"_id"})
	res, err := e.run(ctx, r)
	if err != nil {
		return nil, fmt.Errorf("engine: duplicates: %w", err)
	}
	for _, dm := range res.Hits {
		if seen[dm.ID] || skip[dm.ID] {
			continue
		}
		sig, _ := dm.Fields[schema.FieldDup].(string)
		if i, ok := bySig[sig]; ok {
			out[i].Duplicates = append(out[i].Duplicates, dm.ID)
		}
	}
	return out, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func inTerms(fr *bsearch.FacetResult, v string) bool {
	if fr == nil {
		return false
	}
	for _, t := range fr.Terms.Terms() {
		if t.Term == v {
			return true
		}
	}
	return false
}

// countValue counts the articles the facet f would show for value v: the
// query with every selection but f's own, and v.
func (e *Engine) countValue(ctx context.Context, b *built, f, v string) (int, error) {
	q := query.NewConjunctionQuery([]query.Query{b.count(f, false), e.facetQuery(f, v, false)})
	r := bleve.NewSearchRequestOptions(q, 0, 0, false)
	r.Score = "none"
	res, err := e.run(ctx, r)
	if err != nil {
		return 0, fmt.Errorf("engine: facet %s: %w", f, err)
	}
	return int(res.Total), nil
}

// yearsOf sums a monthly (YYYY-MM) facet result into the top size years,
// ordered as Bleve orders term facets: count descending, then term.
func yearsOf(months *bsearch.FacetResult, size int) *bsearch.FacetResult {
	out := &bsearch.FacetResult{Field: search.FacetYear, Terms: &bsearch.TermFacets{}}
	if months == nil || months.Terms == nil {
		return out
	}
	counts := map[string]int{}
	for _, t := range months.Terms.Terms() {
		if len(t.Term) >= 4 {
			counts[t.Term[:4]] += t.Count
		}
	}
	years := make([]*bsearch.TermFacet, 0, len(counts))
	for y, c := range counts {
		years = append(years, &bsearch.TermFacet{Term: y, Count: c})
	}
	sort.Slice(years, func(i, j int) bool {
		if years[i].Count != years[j].Count {
			return years[i].Count > years[j].Count
		}
		return years[i].Term < years[j].Term
	})
	if len(years) > size {
		years = years[:size]
	}
	for _, y := range years {
		out.Terms.Add(y)
	}
	return out
}
