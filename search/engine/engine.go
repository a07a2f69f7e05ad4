// Package engine answers search requests over a frontsearch Bleve index
// (built with search/schema). It implements search.Searcher: Vietnamese-aware
// query building (accented words prefer exact-diacritic fields, unaccented
// words match the folded fields, adjacent syllables and title hits rank
// higher, abbreviations expand both ways), BM25 ranking, disjunctive facets,
// a monthly histogram, highlighted snippets in the original accented text,
// near-duplicate folding, similar articles, facet value lookup, export and
// deep paging with opaque cursors.
//
// The index must be a scorch index, which is what bleve.New and
// search/store create (not bleve.NewMemOnly): facet counts and date sorts
// read columns of its segments (see collect.go and search/columns).
// Scores are BM25, which schema.Mapping sets.
package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/abbrev"
	"github.com/frontsearch/frontsearch/search/columns"
	qlang "github.com/frontsearch/frontsearch/search/query"
	"github.com/frontsearch/frontsearch/search/schema"
)

// MaxSize is the largest page a request may ask for.
const MaxSize = 100

// Options tune an Engine; the zero value is usable.
type Options struct {
	// DefaultSize is the page size when a request gives none (default 10).
	DefaultSize int
	// FacetSize is the number of values per facet when a request gives
	// none (default 10).
	FacetSize int
	// Snippets is the number of highlight fragments per hit (default 3) and
	// SnippetBytes their approximate length in bytes (default 200).
	Snippets     int
	SnippetBytes int
	// Abbreviations are expanded both ways in queries; nil means
	// abbrev.Default().
	Abbreviations *abbrev.Table
	// BleveScoring scores ranked requests with Bleve's searchers instead
	// of search/eval's loop, which gives the same scores faster (for
	// tests and benchmarks that compare the two).
	BleveScoring bool
}

// Engine implements search.Searcher over a Bleve index built with
// search/schema. It is safe for concurrent use.
type Engine struct {
	idx  bleve.Index
	opts Options
	abbr *abbrev.Table
	cols *columns.Cache // facet and date columns of the index's segments
}

var _ search.Searcher = (*Engine)(nil)

// New returns an Engine over idx.
func New(idx bleve.Index, opts Options) *Engine {
	if opts.DefaultSize <= 0 {
		opts.DefaultSize = 10
	}
	if opts.FacetSize <= 0 {
		opts.FacetSize = 10
	}
	if opts.Snippets <= 0 {
		opts.Snippets = 3
	}
	if opts.SnippetBytes <= 0 {
		opts.SnippetBytes = 200
	}
	abbr := opts.Abbreviations
	if abbr == nil {
		abbr = abbrev.Default()
	}
	fields := map[string]columns.Kind{schema.FieldDate: columns.Date}
	for _, f := range schema.FacetFields {
		fields[f] = columns.Keyword
	}
	return &Engine{idx: idx, opts: opts, abbr: abbr, cols: columns.New(fields)}
}

// Count is the number of documents in the index.
func (e *Engine) Count(ctx context.Context) (uint64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	n, err := e.idx.DocCount()
	if err != nil {
		return 0, fmt.Errorf("engine: count: %w", err)
	}
	return n, nil
}

// Article returns the stored article with this ID.
func (e *Engine) Article(ctx context.Context, id string) (*search.Article, error) {
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = []string{schema.FieldSource}
	res, err := e.run(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("engine: article %q: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return nil, fmt.Errorf("engine: article %q: %w", id, search.ErrNotFound)
	}
	return decodeArticle(res.Hits[0])
}

// decodeArticle reads the stored Article JSON of a hit.
func decodeArticle(h *bsearch.DocumentMatch) (*search.Article, error) {
	src, _ := h.Fields[schema.FieldSource].(string)
	if src == "" {
		return nil, fmt.Errorf("engine: article %q has no stored source", h.ID)
	}
	var a search.Article
	if err := json.Unmarshal([]byte(src), &a); err != nil {
		return nil, fmt.Errorf("engine: article %q: stored source: %w", h.ID, err)
	}
	return &a, nil
}

// params is a validated Request.
type params struct {
	root      *qlang.Node
	filters   map[string][]string
	from, to  time.Time
	hasFrom   bool
	hasTo     bool
	sort      string
	size      int
	offset    int
	after     *rankKey
	facets    []string
	facetSize int
}

func qerr(param, format string, a ...any) error {
	return &search.QueryError{Param: param, Msg: fmt.Sprintf(format, a...)}
}

// validate checks a request and fills defaults.
func (e *Engine) validate(req search.Request) (*params, error) {
	p := &params{filters: map[string][]string{}}
	var err error
	if p.root, err = qlang.Parse(req.Query); err != nil {
		return nil, err
	}
	for k, vals := range req.Filters {
		if !schema.IsFacet(k) {
			return nil, qerr("filters", "unknown facet %q", k)
		}
		for _, v := range vals {
			if v = strings.TrimSpace(v); v != "" {
				p.filters[k] = append(p.filters[k], v)
			}
		}
	}
	if req.From != "" {
		if p.from, _, err = dateBoundsTime(req.From); err != nil {
			return nil, qerr("from", "%q: %v (want YYYY-MM-DD)", req.From, err)
		}
		p.hasFrom = true
	}
	if req.To != "" {
		if _, p.to, err = dateBoundsTime(req.To); err != nil {
			return nil, qerr("to", "%q: %v (want YYYY-MM-DD)", req.To, err)
		}
		p.hasTo = true
	}
	if p.hasFrom && p.hasTo && p.to.Before(p.from) {
		return nil, qerr("to", "%s is before from %s", req.To, req.From)
	}
	p.sort = req.Sort
	switch p.sort {
	case "":
		p.sort = search.SortRelevance
		if !hasText(p.root) {
			p.sort = search.SortNewest
		}
	case search.SortRelevance, search.SortNewest, search.SortOldest:
	default:
		return nil, qerr("sort", "unknown sort %q (want relevance, newest or oldest)", req.Sort)
	}
	switch {
	case req.Size < 0:
		return nil, qerr("size", "must not be negative")
	case req.Size > MaxSize:
		return nil, qerr("size", "%d is more than the maximum %d", req.Size, MaxSize)
	case req.Size == 0:
		p.size = e.opts.DefaultSize
	default:
		p.size = req.Size
	}
	if req.Page < 0 {
		return nil, qerr("page", "must be 1 or more")
	}
	if req.Cursor != "" {
		if p.after, err = decodeCursor(req.Cursor, p.sort); err != nil {
			return nil, err
		}
	} else if req.Page > 1 {
		p.offset = (req.Page - 1) * p.size
	}
	for _, f := range req.Facets {
		if !schema.IsFacet(f) {
			return nil, qerr("facets", "unknown facet %q", f)
		}
		p.facets = append(p.facets, f)
	}
	p.facetSize = req.FacetSize
	if p.facetSize <= 0 {
		p.facetSize = e.opts.FacetSize
	}
	if p.facetSize > 1000 {
		return nil, qerr("facet_size", "%d is more than the maximum 1000", p.facetSize)
	}
	return p, nil
}

// hasText reports whether a query has words to rank by (outside
// exclusions).
func hasText(n *qlang.Node) bool {
	found := false
	n.Walk(func(m *qlang.Node) bool {
		switch m.Op {
		case qlang.Not:
			return false
		case qlang.Term, qlang.Phrase, qlang.Doc:
			found = true
		}
		return !found
	})
	return found
}

// dateBoundsTime returns the first and last day of a YYYY, YYYY-MM or
// YYYY-MM-DD value.
func dateBoundsTime(s string) (time.Time, time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if len(s) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, s)
		if err != nil {
			return time.Time{}, time.Time{}, errors.New("not a valid date")
		}
		return t, l.next(t), nil
	}
	return time.Time{}, time.Time{}, errors.New("not a date")
}

// cursor is the decoded form of Request.Cursor.
type cursor struct {
	Sort  string   `json:"s"`
	After []string `json:"a"`
}

func encodeCursor(sortName string, after []string) string {
	b, _ := json.Marshal(cursor{Sort: sortName, After: after})
	return base64URL.EncodeToString(b)
}

func decodeCursor(s, sortName string) (*rankKey, error) {
	b, err := base64URL.DecodeString(s)
	if err != nil {
		return nil, qerr("cursor", "not a cursor from this server")
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, qerr("cursor", "not a cursor from this server")
	}
	k, err := parseRankKey(c.After)
	if err != nil {
		return nil, qerr("cursor", "not a cursor from this server")
	}
	if c.Sort != sortName {
		return nil, qerr("cursor", "cursor was made for sort %q, not %q", c.Sort, sortName)
	}
	return k, nil
}

// run executes a Bleve request and returns as soon as ctx is done, even
// when Bleve itself would go on: Bleve checks the context only every 1024
// matching documents, so a query that scans many candidates but matches
// few (phrases over common words) or that is slowed by load could
// otherwise run far past its deadline. The abandoned search stops at
// Bleve's next check of the (then cancelled) context.
func (e *Engine) run(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if ctx.Done() == nil {
		return e.idx.SearchInContext(ctx, req)
	}
	ctx, cancel := context.WithCancel(ctx)
	type result struct {
		res *bleve.SearchResult
		err error
	}
	done := make(chan result, 1)
	go func() {
		res, err := e.idx.SearchInContext(ctx, req)
		done <- result{res, err}
	}()
	select {
	case r := <-done:
		cancel()
		return r.res, r.err
	case <-ctx.Done():
		cancel()
		return nil, ctx.Err()
	}
}
