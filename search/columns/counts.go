package columns

import (
	"math/bits"
	"slices"
)

// TermCount is a facet value and the number of documents that have it.
type TermCount struct {
	Term  string
	Count int
}

// Counts counts documents per value of one keyword field of a View. A nil
// *Counts (nothing was counted) has no values.
type Counts struct {
	view *View
	i    int
	n    []uint32
}

// Counts returns a counter for the i-th field of the View (a Keyword
// field). Release gives its memory back when it is no longer needed.
func (v *View) Counts(i int) *Counts {
	return &Counts{view: v, i: i, n: v.cache.counterArray(v.sizes[i])}
}

// counterArray returns n zeroed counters, recycled when it can.
func (c *Cache) counterArray(n int) []uint32 {
	class := bits.Len(uint(n))
	if p, ok := c.counters[class].Get().(*[]uint32); ok && cap(*p) >= n {
		a := (*p)[:n]
		clear(a)
		return a
	}
	return make([]uint32, n, 1<<class-1)
}

// Release gives c's memory back for reuse by later Counts; c is empty
// afterwards. Releasing is optional: unreleased counters are garbage
// collected.
func (c *Counts) Release() {
	if c == nil || c.n == nil {
		return
	}
	a := c.n[:cap(c.n)]
	c.n = nil
	if class := bits.Len(uint(cap(a))); cap(a) == 1<<class-1 {
		c.view.cache.counters[class].Put(&a)
	}
}

// Add counts document d under each of its values.
func (c *Counts) Add(d Doc) {
	for _, o := range c.view.Keywords(c.i, d) {
		c.n[o]++
	}
}

// AddDocs counts each of docs (documents of c's View, repeats counted
// again) under each of its values: Add in a loop, without looking the
// column up again while the documents stay in one segment.
func (c *Counts) AddDocs(docs []Doc) {
	n := c.n
	seg := -1
	var col *keywordColumn
	var single []uint32
	for _, d := range docs {
		if d.seg != seg {
			seg = d.seg
			col = c.view.segs[seg].keywords[c.i]
			single = col.single
		}
		if o := single[d.local]; o < noValue {
			n[o]++
		} else if o == manyValues {
			for _, o := range col.ords[col.start[d.local]:col.start[d.local+1]] {
				n[o]++
			}
		}
	}
}

// Of returns the count of one value (0 when no counted document has it).
func (c *Counts) Of(value string) int {
	if c == nil {
		return 0
	}
	o, ok := c.view.cache.Ord(c.view.fields[c.i], value)
	if !ok || int(o) >= len(c.n) {
		return 0
	}
	return int(c.n[o])
}

// Top returns the k most frequent values (k <= 0: all), most frequent
// first, ties in value order. Values no counted document has are left out.
func (c *Counts) Top(k int) []TermCount {
	if c == nil {
		return nil
	}
	vals := c.view.cache.values(c.view.fields[c.i])
	cmp := func(a, b TermCount) int {
		if before(a, b) {
			return -1
		}
		return 1
	}
	if k <= 0 {
		var all []TermCount
		for o, n := range c.n {
			if n > 0 {
				all = append(all, TermCount{Term: vals[o], Count: int(n)})
			}
		}
		slices.SortFunc(all, cmp)
		return all
	}
	// out stays sorted and at most k long; most values lose to its last
	// entry on the count alone, without a string comparison.
	var out []TermCount
	for o, n := range c.n {
		if n == 0 {
			continue
		}
		t := TermCount{Term: vals[o], Count: int(n)}
		if len(out) == k && !before(t, out[k-1]) {
			continue
		}
		at, _ := slices.BinarySearchFunc(out, t, cmp)
		if len(out) < k {
			out = append(out, TermCount{})
		}
		copy(out[at+1:], out[at:])
		out[at] = t
	}
	return out
}

// before reports whether a ranks before b: higher count, then lower term.
func before(a, b TermCount) bool {
	if a.Count != b.Count {
		return a.Count > b.Count
	}
	return a.Term < b.Term
}

// Merge adds o's counts (of the same field, from a View of the same
// Cache: another shard) to c's, and releases o.
func (c *Counts) Merge(o *Counts) {
	if len(o.n) > len(c.n) {
		c.n = append(c.n, make([]uint32, len(o.n)-len(c.n))...)
	}
	for i, n := range o.n {
		c.n[i] += n
	}
	o.Release()
}
