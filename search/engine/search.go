package engine

import (
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/columns"
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
	mainSpec := &collectSpec{sort: p.sort, want: p.offset + p.size, skip: p.offset, after: p.after,
		fields: []string{schema.FieldSource, schema.FieldDup}}
	where := facetSlots{}

	// The year facet is the sum of the monthly histogram when both count
	// the same matches (each article has one facet date, giving both its
	// year and its month).
	yearFromMonths := req.Histogram && !p.hasFrom && !p.hasTo &&
		slices.Contains(p.facets, search.FacetYear) && p.filters[search.FacetYear] == nil

	// Facets with a selection are counted by extra requests without their
	// own selection (disjunctive faceting); the others by the main one.
	type counted struct {
		q    query.Query
		spec *collectSpec
	}
	var extra []counted
	countIn := func(spec *collectSpec, name, field string) {
		// The month facet and the histogram count one field once.
		i := slices.Index(spec.facets, field)
		if i < 0 {
			i = len(spec.facets)
			spec.facets = append(spec.facets, field)
		}
		where[name] = facetSlot{spec, i}
	}
	for _, f := range p.facets {
		if f == search.FacetYear && yearFromMonths {
			continue
		}
		if _, active := p.filters[f]; active {
			spec := &collectSpec{}
			countIn(spec, f, f)
			extra = append(extra, counted{b.count(f, false), spec})
			continue
		}
		countIn(mainSpec, f, f)
	}
	if req.Histogram {
		if p.hasFrom || p.hasTo {
			// The histogram shows the whole timeline so the range can move.
			spec := &collectSpec{}
			countIn(spec, histogramFacet, search.FacetMonth)
			extra = append(extra, counted{b.count("", true), spec})
		} else {
			countIn(mainSpec, histogramFacet, search.FacetMonth)
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu       sync.Mutex
		wg       sync.WaitGroup
		firstErr error
	)
	for _, x := range extra {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := e.collect(ctx, x.q, x.spec); err != nil {
				mu.Lock()
				defer mu.Unlock()
				if firstErr == nil {
					firstErr = fmt.Errorf("engine: facet %s: %w", x.spec.facets[0], err)
					cancel()
				}
			}
		}()
	}
	res, err := e.collect(ctx, mainQuery, mainSpec)
	wg.Wait()
	// The counters' memory is reused by later requests once the
	// response holds what it needs of them.
	defer mainSpec.release()
	for _, x := range extra {
		defer x.spec.release()
	}
	if err != nil {
		return nil, fmt.Errorf("engine: search: %w", err)
	}
	if firstErr != nil {
		return nil, firstErr
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
	resp.Hits, err = e.hits(ctx, mainSpec.hits, terms, nil)
	if err != nil {
		return nil, err
	}
	for _, f := range p.facets {
		if f == search.FacetYear && yearFromMonths {
			resp.Facets[f] = facetValues(yearsOf(where.counts(histogramFacet).Top(0), p.facetSize), nil, p.filters[f], p.facetSize)
			continue
		}
		c := where.counts(f)
		resp.Facets[f] = facetValues(c.Top(p.facetSize), c, p.filters[f], p.facetSize)
	}
	if req.Histogram {
		for _, t := range where.counts(histogramFacet).Top(0) {
			resp.Histogram = append(resp.Histogram, search.MonthCount{Month: t.Term, Count: t.Count})
		}
		sort.Slice(resp.Histogram, func(i, j int) bool { return resp.Histogram[i].Month < resp.Histogram[j].Month })
	}
	if n := len(mainSpec.hits); n == p.size && mainSpec.last != nil && (p.after != nil || uint64(p.offset+n) < res.Total) {
		resp.NextCursor = encodeCursor(p.sort, mainSpec.last.values())
	}
	resp.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return resp, nil
}

// facetSlot is where a facet is counted: which collection, which field.
type facetSlot struct {
	spec *collectSpec
	i    int
}

// facetSlots maps facet names (and histogramFacet) to their slots.
type facetSlots map[string]facetSlot

func (w facetSlots) counts(name string) *columns.Counts {
	s := w[name]
	return s.spec.counts[s.i]
}

// facetValues converts top counts into facet values, marking selected
// values and adding those the top list left out, with their counts from c
// (nil: 0).
func facetValues(top []columns.TermCount, c *columns.Counts, selected []string, size int) []search.FacetValue {
	out := []search.FacetValue{}
	for _, t := range top {
		out = append(out, search.FacetValue{Value: t.Term, Count: t.Count, Selected: slices.Contains(selected, t.Term)})
	}
	if len(out) > size {
		out = out[:size]
	}
	for _, s := range selected {
		if !slices.ContainsFunc(out, func(v search.FacetValue) bool { return v.Value == s }) {
			v := search.FacetValue{Value: s, Selected: true}
			if c != nil {
				v.Count = c.Of(s)
			}
			out = append(out, v)
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
	// Copies outside this page: the first 1000 in ID order.
	sigs := make([]string, 0, len(bySig))
	for sig := range bySig {
		sigs = append(sigs, sig)
	}
	copies, err := e.withTerms(ctx, schema.FieldDup, sigs)
	if err != nil {
		return nil, fmt.Errorf("engine: duplicates: %w", err)
	}
	slices.SortFunc(copies, func(a, b termDoc) int { return strings.Compare(a.id, b.id) })
	if len(copies) > maxCopies {
		copies = copies[:maxCopies]
	}
	for _, c := range copies {
		if seen[c.id] || skip[c.id] {
			continue
		}
		if i, ok := bySig[c.term]; ok {
			out[i].Duplicates = append(out[i].Duplicates, c.id)
		}
	}
	return out, nil
}

// maxCopies is how many copies of a page's articles hits looks at.
const maxCopies = 1000

// termDoc is an article (by ID) that has a term.
type termDoc struct {
	id, term string
}

// withTerms returns the live articles that have any of terms in field,
// with the term each has, in no particular order. It reads the postings
// directly: a Bleve search for them (sorted by ID, up to maxCopies hits)
// set up a pool of maxCopies matches per shard and request.
func (e *Engine) withTerms(ctx context.Context, field string, terms []string) ([]termDoc, error) {
	var (
		mu  sync.Mutex
		out []termDoc
	)
	err := e.eachShard(ctx, func(r index.IndexReader) error {
		var local []termDoc
		for _, t := range terms {
			tfr, err := r.TermFieldReader(ctx, []byte(t), field, false, false, false)
			if err != nil {
				return err
			}
			var tfd index.TermFieldDoc
			for {
				d, err := tfr.Next(tfd.Reset())
				if err != nil {
					tfr.Close()
					return err
				}
				if d == nil {
					break
				}
				id, err := r.ExternalID(d.ID)
				if err != nil {
					tfr.Close()
					return err
				}
				local = append(local, termDoc{id: id, term: t})
			}
			if err := tfr.Close(); err != nil {
				return err
			}
		}
		mu.Lock()
		defer mu.Unlock()
		out = append(out, local...)
		return nil
	})
	return out, err
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// yearsOf sums monthly (YYYY-MM) counts into the top size years, ordered
// like every facet: count descending, then value.
func yearsOf(months []columns.TermCount, size int) []columns.TermCount {
	counts := map[string]int{}
	for _, t := range months {
		if len(t.Term) >= 4 {
			counts[t.Term[:4]] += t.Count
		}
	}
	years := make([]columns.TermCount, 0, len(counts))
	for y, c := range counts {
		years = append(years, columns.TermCount{Term: y, Count: c})
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
	return years
}
