package eval

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"sort"

	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// set is the documents an unscored subtree matches, one bitset per
// segment of the snapshot.
type set struct {
	segs []bitset
}

// matchSet runs q unscored with Bleve's own searchers over the snapshot
// and records its matches.
func (c *compiler) matchSet(q query.Query) (*set, error) {
	segs := c.snap.Segments()
	s := &set{segs: make([]bitset, len(segs))}
	starts := make([]uint64, len(segs))
	var running uint64
	for i, ss := range segs {
		starts[i] = running
		n := ss.Segment().Count()
		running += n
		s.segs[i] = make(bitset, (n+63)/64)
	}
	sr, err := q.Searcher(c.ctx, c.r, c.m, bsearch.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, fmt.Errorf("eval: filter: %w", err)
	}
	defer sr.Close()
	sctx := &bsearch.SearchContext{DocumentMatchPool: bsearch.NewDocumentMatchPool(sr.DocumentMatchPoolSize(), 0)}
	for n := 0; ; n++ {
		if n&4095 == 4095 {
			if err := c.ctx.Err(); err != nil {
				return nil, err
			}
		}
		dm, err := sr.Next(sctx)
		if err != nil {
			return nil, fmt.Errorf("eval: filter: %w", err)
		}
		if dm == nil {
			break
		}
		if len(dm.IndexInternalID) == 8 {
			num := binary.BigEndian.Uint64(dm.IndexInternalID)
			i := sort.Search(len(starts), func(i int) bool { return starts[i] > num }) - 1
			if i >= 0 {
				s.segs[i].add(uint32(num - starts[i]))
			}
		}
		sctx.DocumentMatchPool.Put(dm)
	}
	return s, nil
}

// bitset holds local document numbers.
type bitset []uint64

func (b bitset) add(d uint32)      { b[d>>6] |= 1 << (d & 63) }
func (b bitset) has(d uint32) bool { return int(d>>6) < len(b) && b[d>>6]&(1<<(d&63)) != 0 }

// first returns the first member at or after d, or end.
func (b bitset) first(d uint32) uint32 {
	w := int(d >> 6)
	if w >= len(b) {
		return end
	}
	if x := b[w] >> (d & 63); x != 0 {
		return d + uint32(bits.TrailingZeros64(x))
	}
	for w++; w < len(b); w++ {
		if b[w] != 0 {
			return uint32(w)<<6 + uint32(bits.TrailingZeros64(b[w]))
		}
	}
	return end
}

func (b bitset) count() uint64 {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return uint64(n)
}

// bitsIter walks a bitset, scoring 0.
type bitsIter struct {
	b   bitset
	doc uint32
	n   uint64
}

func newBitsIter(b bitset) *bitsIter {
	it := &bitsIter{b: b, n: b.count()}
	it.doc = b.first(0)
	return it
}

func (it *bitsIter) next(target uint32) uint32 {
	if target > it.doc {
		it.doc = it.b.first(target)
	}
	return it.doc
}

func (it *bitsIter) score() float64    { return 0 }
func (it *bitsIter) bound() float64    { return 0 }
func (it *bitsIter) maxBound() float64 { return 0 }
func (it *bitsIter) cost() uint64      { return it.n }
