package eval

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	seg "github.com/blevesearch/scorch_segment_api/v2"
)

// end is the document number of an exhausted iterator.
const end = math.MaxUint32

// iterator walks the matches of a node in one segment, in increasing
// local document number.
type iterator interface {
	// next returns the first match at or after target (end when there
	// is none) and positions the iterator on it. Targets never decrease;
	// a target at or before the current match returns that match.
	next(target uint32) uint32
	// score is the current match's score.
	score() float64
	// bound is at least score, computed without reading postings'
	// frequencies and norms.
	bound() float64
	// maxBound is at least bound at every match.
	maxBound() float64
	// cost estimates how many matches the iterator has, to order the
	// children of a conjunction from the rarest.
	cost() uint64
}

// segment is one segment of the snapshot being evaluated.
type segment struct {
	ss    *scorch.SegmentSnapshot
	index int
	err   error // the first error reading postings; iterators then end

	dicts map[string]seg.TermDictionary // by field, read once
	used  []*postings                   // given back by release
}

// postings is a posting list and an iterator over it, reused by later
// term iterators (zap resets them for their next term, in any segment):
// a broad query reads a few hundred posting lists, and their decoders were
// a tenth of its garbage.
type postings struct {
	pl seg.PostingsList
	pi seg.PostingsIterator
}

var postingsPool = sync.Pool{New: func() any { return &postings{} }}

// dictionary returns the segment's term dictionary of field.
func (s *segment) dictionary(field string) (seg.TermDictionary, error) {
	if d, ok := s.dicts[field]; ok {
		return d, nil
	}
	d, err := s.ss.Segment().Dictionary(field)
	if err != nil {
		return nil, err
	}
	if s.dicts == nil {
		s.dicts = map[string]seg.TermDictionary{}
	}
	s.dicts[field] = d
	return d, nil
}

// release gives the segment's posting lists and iterators back for reuse;
// its iterators must not be used afterwards.
func (s *segment) release() {
	for _, p := range s.used {
		postingsPool.Put(p)
	}
	s.used = nil
}

// iterator instantiates n for one segment.
func (c *compiler) iterator(n *node, s *segment) (iterator, error) {
	switch n.kind {
	case kindTerm:
		return c.termIterator(n, 0, s, false)
	case kindPhrase:
		p := &phraseIter{}
		for i := range n.terms {
			t, err := c.termIterator(n, i, s, true)
			if err != nil {
				return nil, err
			}
			p.terms = append(p.terms, t)
		}
		kids := make([]iterator, len(p.terms))
		for i, t := range p.terms {
			kids[i] = t
		}
		p.conj = newConj(kids)
		p.doc = p.advance(0)
		return p, nil
	case kindConj, kindDisj:
		var kids []iterator
		for _, k := range n.kids {
			it, err := c.iterator(k, s)
			if err != nil {
				return nil, err
			}
			kids = append(kids, it)
		}
		if n.kind == kindConj {
			return newConj(kids), nil
		}
		return newDisj(kids, n.min), nil
	case kindBool:
		b := &boolIter{}
		var err error
		if n.must != nil {
			if b.must, err = c.iterator(n.must, s); err != nil {
				return nil, err
			}
		}
		if n.should != nil {
			if b.should, err = c.iterator(n.should, s); err != nil {
				return nil, err
			}
			b.shouldMin = n.should.kind == kindDisj && n.should.min > 0
			b.shouldMax = b.should.maxBound()
		}
		if n.not != nil {
			b.not = n.not.segs[s.index]
		}
		if n.filter != nil {
			b.filter = n.filter.segs[s.index]
		}
		b.doc = b.advance(0)
		return b, nil
	case kindAll:
		return newAllIter(s.ss, n.qw), nil
	case kindSet:
		return newBitsIter(n.set.segs[s.index]), nil
	}
	return noneIter{}, nil
}

// termIterator iterates the postings of the i-th term of n.
func (c *compiler) termIterator(n *node, i int, s *segment, locs bool) (*termIter, error) {
	t := &termIter{stat: &n.terms[i], seg: s, locs: locs}
	if t.stat.count == 0 {
		t.doc = end
		return t, nil
	}
	dict, err := s.dictionary(n.field)
	if err != nil {
		return nil, fmt.Errorf("eval: field %s: %w", n.field, err)
	}
	p := postingsPool.Get().(*postings)
	pl, err := dict.PostingsList(t.stat.term, s.ss.Deleted(), p.pl)
	if err != nil {
		return nil, fmt.Errorf("eval: postings of %s:%q: %w", n.field, t.stat.term, err)
	}
	t.pi = pl.Iterator(true, true, locs, p.pi)
	p.pl, p.pi = pl, t.pi
	s.used = append(s.used, p)
	t.n = pl.Count()
	t.load(t.pi.Next())
	return t, nil
}

// termIter walks one term's postings.
type termIter struct {
	stat *termStat
	seg  *segment
	pi   seg.PostingsIterator
	n    uint64
	locs bool

	doc uint32
	// p is the current posting, valid until the next move: its norm is
	// computed (a square root) only for postings that are scored.
	p   seg.Posting
	loc []seg.Location // the current posting's, when locs
}

func (t *termIter) load(p seg.Posting, err error) uint32 {
	switch {
	case err != nil:
		if t.seg.err == nil {
			t.seg.err = err
		}
		t.doc = end
	case p == nil:
		t.doc = end
	default:
		t.doc = uint32(p.Number())
		t.p = p
		if t.locs {
			t.loc = p.Locations()
		}
	}
	return t.doc
}

func (t *termIter) next(target uint32) uint32 {
	if target <= t.doc {
		return t.doc
	}
	return t.load(t.pi.Advance(uint64(target)))
}

func (t *termIter) score() float64    { return t.stat.score(t.p.Frequency(), t.p.Norm()) }
func (t *termIter) bound() float64    { return t.stat.max }
func (t *termIter) maxBound() float64 { return t.stat.max }
func (t *termIter) cost() uint64      { return t.n }

// conjIter matches documents every child matches; its score is their sum.
type conjIter struct {
	kids []iterator // rarest first, as Bleve orders them
	doc  uint32
}

// byCost returns a copy of its, cheapest first (ties keep their order):
// the order in which Bleve's conjunction and disjunction searchers keep
// their children, and so sum their scores.
func byCost(its []iterator) []iterator {
	its = slices.Clone(its)
	slices.SortStableFunc(its, func(a, b iterator) int { return cmp.Compare(a.cost(), b.cost()) })
	return its
}

func newConj(kids []iterator) *conjIter {
	c := &conjIter{kids: byCost(kids)}
	c.doc = c.advance(0)
	return c
}

func (c *conjIter) next(target uint32) uint32 {
	if target <= c.doc {
		return c.doc
	}
	c.doc = c.advance(target)
	return c.doc
}

func (c *conjIter) advance(t uint32) uint32 {
	for {
		d := c.kids[0].next(t)
		if d == end {
			return end
		}
		t = d
		agreed := true
		for _, k := range c.kids[1:] {
			if x := k.next(t); x != t {
				if x == end {
					return end
				}
				t, agreed = x, false
				break
			}
		}
		if agreed {
			return t
		}
	}
}

func (c *conjIter) score() float64 {
	s := 0.0
	for _, k := range c.kids {
		s += k.score()
	}
	return s
}

func (c *conjIter) bound() float64 {
	s := 0.0
	for _, k := range c.kids {
		s += k.bound()
	}
	return s
}

func (c *conjIter) maxBound() float64 { return sumMaxBounds(c.kids) }

// sumMaxBounds is the sum of the maxBounds of its: at least the sum of
// their bounds over any subset of them (the terms are not negative, and
// rounding keeps the order of sums).
func sumMaxBounds(its []iterator) float64 {
	s := 0.0
	for _, k := range its {
		s += k.maxBound()
	}
	return s
}

func (c *conjIter) cost() uint64 { return c.kids[0].cost() }

// disjIter matches documents at least min (and at least one) children
// match; its score is theirs summed, times the share of children that
// matched (Bleve's coord).
type disjIter struct {
	kids []iterator
	docs []uint32 // each child's current match
	min  int
	doc  uint32
	n    uint64
}

func newDisj(kids []iterator, min int) *disjIter {
	kids = byCost(kids)
	d := &disjIter{kids: kids, docs: make([]uint32, len(kids)), min: min}
	for i, k := range kids {
		d.n += k.cost()
		d.docs[i] = k.next(0)
	}
	d.doc = d.advance(0)
	return d
}

func (d *disjIter) next(target uint32) uint32 {
	if target <= d.doc {
		return d.doc
	}
	d.doc = d.advance(target)
	return d.doc
}

func (d *disjIter) advance(t uint32) uint32 {
	for {
		m := uint32(end)
		for i, k := range d.kids {
			if d.docs[i] < t {
				d.docs[i] = k.next(t)
			}
			if d.docs[i] < m {
				m = d.docs[i]
			}
		}
		if m == end || d.min <= 1 {
			return m
		}
		n := 0
		for _, x := range d.docs {
			if x == m {
				n++
			}
		}
		if n >= d.min {
			return m
		}
		t = m + 1
	}
}

func (d *disjIter) score() float64 {
	s, n := 0.0, 0
	for i, k := range d.kids {
		if d.docs[i] == d.doc {
			s += k.score()
			n++
		}
	}
	return s * (float64(n) / float64(len(d.kids)))
}

func (d *disjIter) bound() float64 {
	s, n := 0.0, 0
	for i, k := range d.kids {
		if d.docs[i] == d.doc {
			s += k.bound()
			n++
		}
	}
	return s * (float64(n) / float64(len(d.kids)))
}

// maxBound is the sum of every child's: the coord is at most 1.
func (d *disjIter) maxBound() float64 { return sumMaxBounds(d.kids) }

func (d *disjIter) cost() uint64 { return d.n }

// phraseIter matches documents where its terms stand at consecutive
// positions (in the same array element); it scores as the conjunction of
// its terms.
type phraseIter struct {
	terms []*termIter // in phrase order
	conj  *conjIter
	doc   uint32
}

func (p *phraseIter) next(target uint32) uint32 {
	if target <= p.doc {
		return p.doc
	}
	p.doc = p.advance(target)
	return p.doc
}

func (p *phraseIter) advance(t uint32) uint32 {
	for {
		d := p.conj.next(t)
		if d == end || p.adjacent() {
			return d
		}
		t = d + 1
	}
}

// adjacent reports whether the terms' current postings hold the phrase.
func (p *phraseIter) adjacent() bool {
	for _, first := range p.terms[0].loc {
		found := true
		for i, t := range p.terms[1:] {
			if !hasLocation(t.loc, first.Pos()+uint64(i+1), first.ArrayPositions()) {
				found = false
				break
			}
		}
		if found {
			return true
		}
	}
	return false
}

func hasLocation(locs []seg.Location, pos uint64, ap []uint64) bool {
	for _, l := range locs {
		if l.Pos() == pos && slices.Equal(l.ArrayPositions(), ap) {
			return true
		}
	}
	return false
}

func (p *phraseIter) score() float64    { return p.conj.score() }
func (p *phraseIter) bound() float64    { return p.conj.bound() }
func (p *phraseIter) maxBound() float64 { return p.conj.maxBound() }
func (p *phraseIter) cost() uint64      { return p.conj.cost() }

// boolIter is Bleve's boolean searcher: the must clause's matches (the
// should clause's, without one) that are not excluded and pass the
// filter, scored must + should where should matches too.
type boolIter struct {
	must, should iterator
	shouldMin    bool    // should must match as well
	shouldMax    float64 // should's maxBound
	not, filter  bitset
	doc          uint32
}

func (b *boolIter) next(target uint32) uint32 {
	if target <= b.doc {
		return b.doc
	}
	b.doc = b.advance(target)
	return b.doc
}

func (b *boolIter) advance(t uint32) uint32 {
	lead := b.must
	if lead == nil {
		lead = b.should
	}
	for {
		d := lead.next(t)
		if d == end {
			return end
		}
		switch {
		case b.not != nil && b.not.has(d),
			b.filter != nil && !b.filter.has(d),
			b.must != nil && b.should != nil && b.shouldMin && b.should.next(d) != d:
			t = d + 1
			continue
		}
		return d
	}
}

func (b *boolIter) score() float64 {
	if b.must == nil {
		return b.should.score()
	}
	s := b.must.score()
	if b.should != nil && b.should.next(b.doc) == b.doc {
		s += b.should.score()
	}
	return s
}

func (b *boolIter) bound() float64 {
	if b.must == nil {
		return b.should.bound()
	}
	s := b.must.bound()
	if b.should != nil && b.should.next(b.doc) == b.doc {
		s += b.should.bound()
	}
	return s
}

func (b *boolIter) maxBound() float64 {
	if b.must == nil {
		return b.shouldMax
	}
	return b.must.maxBound() + b.shouldMax
}

// below reports whether the current match certainly scores below t:
// its bound is below t. Before moving the should clause to the match,
// it tries the must clause's bound plus the should clause's highest.
func (b *boolIter) below(t float64) bool {
	if b.must == nil || b.should == nil {
		return b.bound() < t
	}
	s := b.must.bound()
	if s+b.shouldMax < t {
		return true
	}
	if b.should.next(b.doc) == b.doc {
		s += b.should.bound()
	}
	return s < t
}

func (b *boolIter) cost() uint64 {
	if b.must != nil {
		return b.must.cost()
	}
	return b.should.cost()
}

// allIter matches every live document with a constant score.
type allIter struct {
	n       uint32
	deleted interface{ Contains(uint32) bool }
	qw      float64
	doc     uint32
	live    uint64
}

func newAllIter(ss *scorch.SegmentSnapshot, qw float64) *allIter {
	a := &allIter{n: uint32(ss.Segment().Count()), qw: qw, live: ss.Count()}
	if del := ss.Deleted(); del != nil && !del.IsEmpty() {
		a.deleted = del
	}
	a.doc = a.advance(0)
	return a
}

func (a *allIter) next(target uint32) uint32 {
	if target <= a.doc {
		return a.doc
	}
	a.doc = a.advance(target)
	return a.doc
}

func (a *allIter) advance(t uint32) uint32 {
	for ; t < a.n; t++ {
		if a.deleted == nil || !a.deleted.Contains(t) {
			return t
		}
	}
	return end
}

func (a *allIter) score() float64    { return a.qw }
func (a *allIter) bound() float64    { return a.qw }
func (a *allIter) maxBound() float64 { return a.qw }
func (a *allIter) cost() uint64      { return a.live }

// noneIter matches nothing.
type noneIter struct{}

func (noneIter) next(uint32) uint32 { return end }
func (noneIter) score() float64     { return 0 }
func (noneIter) bound() float64     { return 0 }
func (noneIter) maxBound() float64  { return 0 }
func (noneIter) cost() uint64       { return 0 }
