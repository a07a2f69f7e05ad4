package engine

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"sync"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/columns"
	"github.com/frontsearch/frontsearch/search/eval"
	"github.com/frontsearch/frontsearch/search/schema"
)

// Collection replaces two costs of Bleve's own collector with lookups in
// the engine's column cache (search/columns):
//
//   - facet counts: Bleve reads every matching document's doc values;
//     here each match adds one per value to an array of counters;
//   - the sort: Bleve's exact order (score or date, then document ID, the
//     tie-breaker that keeps cursors exact) loads the stored ID of every
//     match; here dates come from a column and an ID is loaded only when
//     two candidates tie on score or date.
//
// Bleve still finds and scores the matches; its collector is asked for no
// hits (its cheapest path: no sort values, no IDs) and hands each match to
// our handler. On an alias over several shards (search/store) Bleve
// searches the shards concurrently, each with a handler of its own: each
// keeps its best candidates and counts; collect merges them, then loads
// the page's stored fields by ID.

// collectSpec says what one collection computes.
type collectSpec struct {
	sort   string                   // search.SortRelevance, SortNewest or SortOldest
	want   int                      // candidates to keep (offset + page size); 0 = count only
	skip   int                      // candidates before the page (offset)
	fields []string                 // stored fields to load for the page's hits
	hits   []*bsearch.DocumentMatch // the page, filled by the collection
	after  *rankKey                 // only candidates ranked after this one (cursor)
	facets []string                 // keyword facet fields to count
	counts []*columns.Counts        // filled by the collection, one per facet
	last   *rankKey                 // the want-th candidate, when want were found
}

// rankKey is a candidate's place in the order: key descending, then ID
// (ascending, descending for SortNewest).
type rankKey struct {
	key float64
	id  string
}

// cursor values of a rank key.
func (k *rankKey) values() []string {
	return []string{strconv.FormatFloat(k.key, 'g', -1, 64), k.id}
}

// parseRankKey reads cursor values made by rankKey.values.
func parseRankKey(after []string) (*rankKey, error) {
	if len(after) != 2 {
		return nil, fmt.Errorf("want 2 values, have %d", len(after))
	}
	k, err := strconv.ParseFloat(after[0], 64)
	if err != nil {
		return nil, err
	}
	return &rankKey{key: k, id: after[1]}, nil
}

// collect runs the query q with our handlers; the result's Total counts
// every match, and spec.hits holds the page. Ranked requests are scored
// by search/eval when it supports the query, else by Bleve.
func (e *Engine) collect(ctx context.Context, q query.Query, spec *collectSpec) (*bleve.SearchResult, error) {
	// Unscored requests (sorted by date, or counting) are Bleve's
	// cheapest, as bitmaps, except those that match all articles: Bleve
	// walks them with a new ID per article, eval with none.
	ranked := spec.sort == search.SortRelevance
	if !e.opts.BleveScoring && (ranked || matchesAll(q)) && eval.Supported(q) {
		res, err := e.collectEval(ctx, q, spec)
		if !errors.Is(err, eval.ErrUnsupported) {
			return res, err
		}
	}
	req := bleve.NewSearchRequestOptions(q, 0, 0, false)
	if spec.sort != search.SortRelevance {
		req.Score = "none" // ranked by date: scores are neither used nor shown
	}
	// Each shard scores with its own BM25 statistics. Articles are spread
	// over the shards by a hash of their ID, so on an archive of any size
	// the statistics agree. (Bleve's global scoring, which shares document
	// counts and field lengths in a first pass, was tried: in Bleve 2.6.3 it
	// loses every match of a query that has a date range.)
	fields, dateCol := spec.columns()
	var (
		mu    sync.Mutex
		parts []*handler
	)
	maker := func(sctx *bsearch.SearchContext) (bsearch.DocumentMatchHandler, bool, error) {
		view, err := e.cols.View(sctx.IndexReader, fields)
		if err != nil {
			return nil, false, err
		}
		h := &handler{spec: spec, reader: sctx.IndexReader, view: view, dateCol: dateCol, counts: make([]*columns.Counts, len(spec.facets))}
		for i := range spec.facets {
			h.counts[i] = view.Counts(i)
		}
		mu.Lock()
		parts = append(parts, h)
		mu.Unlock()
		return func(d *bsearch.DocumentMatch) error {
			if d == nil {
				return h.flush()
			}
			defer sctx.DocumentMatchPool.Put(d)
			doc, ok := h.view.Locate(d.IndexInternalID)
			if !ok {
				return fmt.Errorf("engine: match %x is outside the index snapshot", []byte(d.IndexInternalID))
			}
			return h.add(doc, binary.BigEndian.Uint64(d.IndexInternalID), d.Score)
		}, false, nil
	}
	res, err := e.run(context.WithValue(ctx, bsearch.MakeDocumentMatchHandlerKey, bsearch.MakeDocumentMatchHandler(maker)), req)
	if err != nil {
		return nil, err
	}
	return res, e.finish(ctx, spec, parts)
}

// columns returns the column fields a collection reads: the facets, and
// the date (at dateCol, else -1) when it ranks by date.
func (spec *collectSpec) columns() (fields []string, dateCol int) {
	fields = slices.Clone(spec.facets)
	dateCol = -1
	if spec.want > 0 && spec.sort != search.SortRelevance {
		dateCol = len(fields)
		fields = append(fields, schema.FieldDate)
	}
	return fields, dateCol
}

// matchesAll reports whether q's required clause is, or is a conjunction
// with, a match-all query (a request without words).
func matchesAll(q query.Query) bool {
	bq, ok := q.(*query.BooleanQuery)
	return ok && hasMatchAll(bq.Must)
}

// hasMatchAll reports whether q is a match-all query or a conjunction
// with one (at any depth).
func hasMatchAll(q query.Query) bool {
	switch q := q.(type) {
	case *query.MatchAllQuery:
		return true
	case *query.ConjunctionQuery:
		return slices.ContainsFunc(q.Conjuncts, hasMatchAll)
	}
	return false
}

// collectEval is collect with search/eval finding (and, ranked by
// relevance, scoring) the matches: it runs in each shard's reader, inside
// one Bleve search (as eachShard does), and feeds the same handlers.
func (e *Engine) collectEval(ctx context.Context, q query.Query, spec *collectSpec) (*bleve.SearchResult, error) {
	var (
		mu    sync.Mutex
		parts []*handler
		total uint64
	)
	// Read before the search: the alias's Mapping takes the read lock a
	// running search holds, and a generation swap waiting for that search
	// would then block both for good.
	m := e.idx.Mapping()
	fields, dateCol := spec.columns()
	err := e.eachShard(ctx, func(r index.IndexReader) error {
		view, err := e.cols.View(r, fields)
		if err != nil {
			return err
		}
		h := &handler{spec: spec, reader: r, view: view, dateCol: dateCol, counts: make([]*columns.Counts, len(spec.facets))}
		for i := range spec.facets {
			h.counts[i] = view.Counts(i)
		}
		n, err := eval.RunLazy(ctx, r, m, q, func(num uint64, s eval.Scored) error {
			doc, ok := view.LocateNum(num)
			if !ok {
				return fmt.Errorf("engine: match %d is outside the index snapshot", num)
			}
			return h.addLazy(doc, num, s)
		})
		if err == nil {
			err = h.flush()
		}
		mu.Lock()
		defer mu.Unlock()
		parts = append(parts, h)
		total += n
		return err
	})
	if err != nil {
		return nil, err
	}
	return &bleve.SearchResult{Total: total}, e.finish(ctx, spec, parts)
}

// finish merges the shards' handlers and loads the page.
func (e *Engine) finish(ctx context.Context, spec *collectSpec, parts []*handler) error {
	page := spec.merge(parts)
	var err error
	spec.hits, err = e.load(ctx, page, spec.fields)
	return err
}

// merge sums the shards' counts into spec.counts and merges their ranked
// candidates, setting spec.last; it returns the page's candidates.
func (spec *collectSpec) merge(parts []*handler) []*candidate {
	spec.counts = make([]*columns.Counts, len(spec.facets))
	var ranked []*candidate
	for _, h := range parts {
		for i, c := range h.counts {
			if spec.counts[i] == nil {
				spec.counts[i] = c
			} else {
				spec.counts[i].Merge(c)
			}
		}
		ranked = append(ranked, h.ranked...)
	}
	// Every kept candidate's ID was loaded by its shard's flush.
	slices.SortFunc(ranked, func(a, b *candidate) int {
		if spec.better(a, b) {
			return -1
		}
		return 1
	})
	if len(ranked) > spec.want {
		ranked = ranked[:spec.want]
	}
	if len(ranked) == spec.want && len(ranked) > 0 {
		last := ranked[len(ranked)-1]
		spec.last = &rankKey{key: last.key, id: last.id}
	}
	if spec.skip >= len(ranked) {
		return nil
	}
	return ranked[spec.skip:]
}

// release gives the memory of the collection's counts back for reuse.
func (spec *collectSpec) release() {
	for _, c := range spec.counts {
		c.Release()
	}
}

// better reports whether candidate a ranks before b; on equal keys their
// IDs must be loaded.
func (spec *collectSpec) better(a, b *candidate) bool {
	if a.key != b.key {
		return a.key > b.key
	}
	return spec.idAfter(b.id, a.id)
}

// idAfter reports whether ID x comes after ID y in the tie-break order.
func (spec *collectSpec) idAfter(x, y string) bool {
	if spec.sort == search.SortNewest {
		return x < y
	}
	return x > y
}

// load returns the page's hits with their stored fields, in page order.
// A hit deleted since it was found (an index switch in between) is left
// out.
func (e *Engine) load(ctx context.Context, page []*candidate, fields []string) ([]*bsearch.DocumentMatch, error) {
	out := make([]*bsearch.DocumentMatch, 0, len(page))
	if len(page) == 0 {
		return out, nil
	}
	ids := make([]string, len(page))
	for i, c := range page {
		ids[i] = c.id
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = fields
	req.Score = "none"
	res, err := e.run(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("engine: load hits: %w", err)
	}
	byID := make(map[string]*bsearch.DocumentMatch, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h
	}
	for _, c := range page {
		if h := byID[c.id]; h != nil {
			h.Score = c.score
			out = append(out, h)
		}
	}
	return out, nil
}

// candidate is a match that may make the page.
type candidate struct {
	key   float64
	num   uint64 // internal document number
	score float64
	id    string // loaded on demand
}

// handler receives every match of one collection in one shard.
type handler struct {
	spec    *collectSpec
	reader  index.IndexReader
	view    *columns.View
	dateCol int
	counts  []*columns.Counts // one per spec.facets
	pending []columns.Doc     // matches not yet counted (counted in batches)
	heap    []*candidate      // worst candidate first
	ranked  []*candidate      // the kept candidates, IDs loaded, for merge
	err     error
}

// add counts one match, located at doc with internal number num, and
// keeps it if it may make the page.
func (h *handler) add(doc columns.Doc, num uint64, score float64) error {
	h.countLater(doc)
	if h.spec.want == 0 {
		return nil
	}
	return h.rank(doc, num, score)
}

// addLazy is add for a match scored on demand: once the heap is full, a
// match whose score is certainly below roundsBelow(the worst kept key)
// ranks below that candidate and cannot make the page, so it is only
// counted. Ranked by date, a match is not
// scored at all (0, as Bleve's unscored search gives).
func (h *handler) addLazy(doc columns.Doc, num uint64, s eval.Scored) error {
	h.countLater(doc)
	if h.spec.want == 0 {
		return nil
	}
	if h.spec.sort != search.SortRelevance {
		return h.rank(doc, num, 0)
	}
	if len(h.heap) == h.spec.want && s.Below(roundsBelow(h.heap[0].key)) {
		return nil
	}
	return h.rank(doc, num, s.Score())
}

// roundsBelow returns the limit under which scores have rank keys
// (scores rounded to float32) below k, itself a float32 value: the
// midpoint between k and the float32 before it (-Inf for an infinite or
// NaN k: no limit).
func roundsBelow(k float64) float64 {
	f := float32(k)
	if math.IsInf(k, 0) || math.IsNaN(k) || float64(f) != k {
		return math.Inf(-1)
	}
	p := math.Nextafter32(f, float32(math.Inf(-1)))
	return (float64(p) + float64(f)) / 2
}

// countLater queues doc to be counted in every facet.
func (h *handler) countLater(doc columns.Doc) {
	if len(h.counts) == 0 {
		return
	}
	if h.pending == nil {
		h.pending = make([]columns.Doc, 0, countBatch)
	}
	h.pending = append(h.pending, doc)
	if len(h.pending) == countBatch {
		h.count()
	}
}

// rank keeps the match if it is among the best.
func (h *handler) rank(doc columns.Doc, num uint64, score float64) error {
	c := candidate{num: num, score: score}
	switch h.spec.sort {
	case search.SortRelevance:
		// Rounded to float32: articles that score the same but for the
		// order of float additions (copies of one story) tie, and the ID
		// orders them the same on every run.
		c.key = float64(float32(score))
	case search.SortNewest, search.SortOldest:
		c.key = math.Inf(-1)
		if day := h.view.Day(h.dateCol, doc); day != columns.NoDay {
			c.key = float64(day)
			if h.spec.sort == search.SortOldest {
				c.key = -c.key
			}
		}
	}
	h.offer(&c)
	return h.err
}

// offer keeps c if it is among the best want candidates after the cursor.
func (h *handler) offer(c *candidate) {
	if a := h.spec.after; a != nil {
		if c.key > a.key || c.key == a.key && !h.spec.idAfter(h.id(c), a.id) {
			return // on an earlier page
		}
	}
	if len(h.heap) < h.spec.want {
		cc := *c
		h.heap = append(h.heap, &cc)
		h.up(len(h.heap) - 1)
		return
	}
	if !h.better(c, h.heap[0]) {
		return
	}
	*h.heap[0] = *c
	h.down(0)
}

// better is spec.better, loading the IDs only on a tie.
func (h *handler) better(a, b *candidate) bool {
	if a.key == b.key {
		h.id(a)
		h.id(b)
	}
	return h.spec.better(a, b)
}

// id loads a candidate's document ID once.
func (h *handler) id(c *candidate) string {
	if c.id == "" && h.err == nil {
		id, err := h.reader.ExternalID(internalID(c.num))
		if err != nil {
			h.err = fmt.Errorf("engine: document %d: %w", c.num, err)
		}
		c.id = id
	}
	return c.id
}

func internalID(num uint64) index.IndexInternalID {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, num)
	return b
}

// up and down keep h.heap a binary heap with the worst candidate first.
func (h *handler) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.better(h.heap[p], h.heap[i]) {
			return
		}
		h.heap[p], h.heap[i] = h.heap[i], h.heap[p]
		i = p
	}
}

func (h *handler) down(i int) {
	for {
		w := i
		for _, k := range []int{2*i + 1, 2*i + 2} {
			if k < len(h.heap) && h.better(h.heap[w], h.heap[k]) {
				w = k
			}
		}
		if w == i {
			return
		}
		h.heap[w], h.heap[i] = h.heap[i], h.heap[w]
		i = w
	}
}

// countBatch is how many matches a handler counts at a time: facet by
// facet, each column's loop stays in its segment's column.
const countBatch = 256

// count counts the pending matches in every facet.
func (h *handler) count() {
	for _, c := range h.counts {
		c.AddDocs(h.pending)
	}
	h.pending = h.pending[:0]
}

// flush counts the pending matches and loads the IDs of the kept
// candidates, which merge then ranks together with the other shards'.
func (h *handler) flush() error {
	h.count()
	for _, c := range h.heap {
		h.id(c)
	}
	h.ranked = h.heap
	return h.err
}
