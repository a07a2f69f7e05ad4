// Package columns keeps, for each segment of a scorch (Bleve) index, the
// values of chosen keyword and date fields as in-memory columns indexed by
// document number, so that counting facets or sorting by date costs one
// slice lookup per matching document.
//
// Why: Bleve counts facets and sorts by field through doc values, which it
// decompresses chunk by chunk for every matching document. On a query
// matching most of 100,000 articles that was over half of the query's time.
// Scorch segments never change once written, so a column read once from a
// segment's postings stays true for the segment's life; only new segments
// (from indexing or merging) are read, when a search first meets them.
//
// Layout. A keyword field's values are numbered, per field, in a dictionary
// shared by all segments (ordinals are stable for the Cache's life). The
// column of a segment is in compressed-row form: document n has the
// ordinals Ords[Start[n]:Start[n+1]]. Most articles have one value of
// most facets (one year, one month, one site), so the column also keeps
// each document's ordinal flat, one per document, with a sentinel for
// documents with none or several: counting a match is then one load and
// one increment. A date field's column has one day number (days since
// 1970-01-01, UTC) per document, or NoDay.
//
// Deleted documents keep their column entries: searches never return them.
package columns

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/numeric"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Kind says how a field's indexed terms become column values.
type Kind int

const (
	// Keyword fields: every indexed term is a value.
	Keyword Kind = iota
	// Date fields (Bleve datetime): the full-precision term, as a day.
	Date
)

// NoDay is the day of a document without a date.
const NoDay = math.MinInt32

// ErrNotScorch is returned for readers of other index types.
var ErrNotScorch = errors.New("columns: index is not a scorch index")

// Cache holds the columns of the segments it has been asked about. It is
// safe for concurrent use.
type Cache struct {
	kinds map[string]Kind

	mu    sync.Mutex
	dicts map[string]*dict
	segs  map[segment.Segment]*segEntry
	tick  uint64 // View calls, for eviction

	// counters recycles the arrays of released Counts, by size class
	// (bits.Len of the length): a query counts into one array per facet
	// and shard, as long as the facet's dictionary (tens of thousands of
	// people), and without reuse those arrays were most of a query's
	// garbage.
	counters [33]sync.Pool
}

type dict struct {
	ords map[string]uint32
	vals []string
}

type segEntry struct {
	used     uint64 // tick of the last View that included the segment
	keywords map[string]*keywordColumn
	dates    map[string][]int32
}

type keywordColumn struct {
	start []uint32
	ords  []uint32
	// single is each document's only ordinal, or noValue or manyValues
	// (then start and ords say which).
	single []uint32
}

// Sentinels of keywordColumn.single, above every ordinal.
const (
	noValue    = math.MaxUint32 - 1
	manyValues = math.MaxUint32
)

// New returns a Cache for the given fields.
func New(fields map[string]Kind) *Cache {
	c := &Cache{kinds: map[string]Kind{}, dicts: map[string]*dict{}, segs: map[segment.Segment]*segEntry{}}
	for f, k := range fields {
		c.kinds[f] = k
		if k == Keyword {
			c.dicts[f] = &dict{ords: map[string]uint32{}}
		}
	}
	return c
}

// View returns the columns of fields for the documents of r, which must be
// a scorch snapshot (the reader Bleve hands to collectors). Columns of
// segments not seen before are read from their postings now.
func (c *Cache) View(r index.IndexReader, fields []string) (*View, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, ErrNotScorch
	}
	for _, f := range fields {
		if _, ok := c.kinds[f]; !ok {
			return nil, fmt.Errorf("columns: field %q was not configured", f)
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tick++
	v := &View{cache: c, fields: fields, ends: make([]uint64, 0, len(snap.Segments()))}
	var running uint64
	for _, ss := range snap.Segments() {
		seg := ss.Segment()
		e := c.segs[seg]
		if e == nil {
			e = &segEntry{keywords: map[string]*keywordColumn{}, dates: map[string][]int32{}}
			c.segs[seg] = e
		}
		e.used = c.tick
		sv := segView{keywords: make([]*keywordColumn, len(fields)), dates: make([][]int32, len(fields))}
		for i, f := range fields {
			var err error
			switch c.kinds[f] {
			case Keyword:
				if sv.keywords[i], err = c.keywordColumn(e, seg, f); err != nil {
					return nil, err
				}
			case Date:
				if sv.dates[i], err = c.dateColumn(e, seg, f); err != nil {
					return nil, err
				}
			}
		}
		running += seg.Count()
		v.ends = append(v.ends, running)
		v.segs = append(v.segs, sv)
	}
	v.sizes = make([]int, len(fields))
	for i, f := range fields {
		if d := c.dicts[f]; d != nil {
			v.sizes[i] = len(d.vals)
		}
	}
	c.evict(len(v.segs))
	return v, nil
}

// evict forgets segments no View has used in the last few calls once the
// cache holds many more segments than a snapshot has: merged-away
// segments are then gone from every live snapshot.
func (c *Cache) evict(live int) {
	if len(c.segs) <= 2*live+16 {
		return
	}
	for s, e := range c.segs {
		if c.tick-e.used > 64 {
			delete(c.segs, s)
		}
	}
}

// Ord returns the ordinal of a keyword value, if some segment has it.
func (c *Cache) Ord(field, value string) (uint32, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d := c.dicts[field]
	if d == nil {
		return 0, false
	}
	o, ok := d.ords[value]
	return o, ok
}

// keywordColumn returns (reading it if needed) the column of a keyword
// field in a segment. Called with c.mu held.
func (c *Cache) keywordColumn(e *segEntry, seg segment.Segment, field string) (*keywordColumn, error) {
	if col := e.keywords[field]; col != nil {
		return col, nil
	}
	d := c.dicts[field]
	n := seg.Count()
	counts := make([]uint32, n+1)
	var docs, ords []uint32
	err := visitPostings(seg, field, func(term string, doc uint64) {
		o, ok := d.ords[term]
		if !ok {
			o = uint32(len(d.vals))
			d.ords[term] = o
			d.vals = append(d.vals, term)
		}
		docs = append(docs, uint32(doc))
		ords = append(ords, o)
		counts[doc+1]++
	})
	if err != nil {
		return nil, fmt.Errorf("columns: field %q: %w", field, err)
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	col := &keywordColumn{start: counts, ords: make([]uint32, len(ords)), single: make([]uint32, n)}
	fill := append([]uint32(nil), counts[:n]...)
	for i, doc := range docs {
		col.ords[fill[doc]] = ords[i]
		fill[doc]++
	}
	for doc := range col.single {
		switch counts[doc+1] - counts[doc] {
		case 0:
			col.single[doc] = noValue
		case 1:
			col.single[doc] = col.ords[counts[doc]]
		default:
			col.single[doc] = manyValues
		}
	}
	if len(d.vals) >= noValue {
		return nil, fmt.Errorf("columns: field %q has too many values", field)
	}
	e.keywords[field] = col
	return col, nil
}

// dateColumn returns (reading it if needed) the day column of a date
// field in a segment. Called with c.mu held.
func (c *Cache) dateColumn(e *segEntry, seg segment.Segment, field string) ([]int32, error) {
	if col := e.dates[field]; col != nil {
		return col, nil
	}
	col := make([]int32, seg.Count())
	for i := range col {
		col[i] = NoDay
	}
	const nsPerDay = 24 * 60 * 60 * 1e9
	err := visitPostings(seg, field, func(term string, doc uint64) {
		pc := numeric.PrefixCoded(term)
		if shift, err := pc.Shift(); err != nil || shift != 0 {
			return // a lower-precision term of the same value
		}
		ns, err := pc.Int64()
		if err != nil {
			return
		}
		day := int32(math.Floor(float64(ns) / nsPerDay))
		if col[doc] == NoDay || day < col[doc] {
			col[doc] = day
		}
	})
	if err != nil {
		return nil, fmt.Errorf("columns: date field %q: %w", field, err)
	}
	e.dates[field] = col
	return col, nil
}

// visitPostings calls fn for every (term, document) pair of a field in a
// segment, deleted documents included.
func visitPostings(seg segment.Segment, field string, fn func(term string, doc uint64)) error {
	td, err := seg.Dictionary(field)
	if err != nil {
		return err
	}
	it := td.AutomatonIterator(everything{}, nil, nil)
	var (
		pl   segment.PostingsList
		pi   segment.PostingsIterator
		term []byte
	)
	for {
		entry, err := it.Next()
		if err != nil {
			return err
		}
		if entry == nil {
			return nil
		}
		term = append(term[:0], entry.Term...)
		if pl, err = td.PostingsList(term, nil, pl); err != nil {
			return err
		}
		pi = pl.Iterator(false, false, false, pi)
		for {
			p, err := pi.Next()
			if err != nil {
				return err
			}
			if p == nil {
				break
			}
			fn(entry.Term, p.Number())
		}
	}
}

// everything is the automaton that accepts every term.
type everything struct{}

func (everything) Start() int               { return 0 }
func (everything) IsMatch(int) bool         { return true }
func (everything) CanMatch(int) bool        { return true }
func (everything) WillAlwaysMatch(int) bool { return true }
func (everything) Accept(int, byte) int     { return 0 }

// View is the columns of some fields over one index snapshot, addressed
// by the snapshot's internal document IDs. A View is used by one
// goroutine at a time (it remembers the last segment found).
type View struct {
	cache  *Cache
	fields []string
	ends   []uint64 // exclusive end document number of each segment
	segs   []segView
	sizes  []int // keyword dictionary sizes when the View was made
	last   int
}

type segView struct {
	keywords []*keywordColumn
	dates    [][]int32
}

// Doc is a document located in a View.
type Doc struct {
	seg   int
	local uint32
}

// Locate finds the document with a scorch internal ID.
func (v *View) Locate(id index.IndexInternalID) (Doc, bool) {
	if len(id) != 8 {
		return Doc{}, false
	}
	return v.LocateNum(binary.BigEndian.Uint64(id))
}

// LocateNum finds the document with a scorch internal document number
// (an internal ID's big-endian value).
func (v *View) LocateNum(n uint64) (Doc, bool) {
	// Matches arrive in increasing document order: try the last segment.
	s := v.last
	if s >= len(v.ends) || n >= v.ends[s] || (s > 0 && n < v.ends[s-1]) {
		s = sort.Search(len(v.ends), func(i int) bool { return v.ends[i] > n })
		if s == len(v.ends) {
			return Doc{}, false
		}
		v.last = s
	}
	start := uint64(0)
	if s > 0 {
		start = v.ends[s-1]
	}
	return Doc{seg: s, local: uint32(n - start)}, true
}

// Keywords returns the ordinals of the i-th field of the View for d.
func (v *View) Keywords(i int, d Doc) []uint32 {
	col := v.segs[d.seg].keywords[i]
	return col.ords[col.start[d.local]:col.start[d.local+1]]
}

// Day returns the day of the i-th field (a Date field) for d, or NoDay.
func (v *View) Day(i int, d Doc) int32 {
	return v.segs[d.seg].dates[i][d.local]
}

// Size is the number of ordinals the i-th field's values may have.
func (v *View) Size(i int) int { return v.sizes[i] }

// Cache returns the Cache the View was made from, for ordinal lookups.
func (v *View) Cache() *Cache { return v.cache }

// values returns a field's dictionary as it is now. The slice is only
// ever appended to, so the returned prefix stays valid without the lock.
func (c *Cache) values(field string) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.dicts[field].vals
}
