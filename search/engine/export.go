package engine

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/schema"
)

// exportBatch is how many articles Export reads per request.
const exportBatch = 500

// Export calls fn for every article matching req (Size, Page and Cursor
// are ignored: there is no cap), in req's sort order, reading batches with
// search_after; it stops at fn's first error and returns it.
func (e *Engine) Export(ctx context.Context, req search.Request, fn func(*search.Article) error) error {
	req.Size, req.Page, req.Cursor = 0, 0, ""
	p, err := e.validate(req)
	if err != nil {
		return err
	}
	b := e.build(p)
	q := b.query("", false)
	if p.sort != search.SortRelevance {
		q = b.count("", false) // scores unused
	}
	var after *rankKey
	for {
		spec := &collectSpec{sort: p.sort, want: exportBatch, after: after, fields: []string{schema.FieldSource}}
		if _, err := e.collect(ctx, q, spec); err != nil {
			return fmt.Errorf("engine: export: %w", err)
		}
		for _, dm := range spec.hits {
			a, err := decodeArticle(dm)
			if err != nil {
				return err
			}
			if err := fn(a); err != nil {
				return err
			}
		}
		if spec.last == nil {
			return nil
		}
		after = spec.last
	}
}

// FacetValues lists values of one facet that start with prefix (accents
// and case optional: compared folded), most frequent first; when fewer
// than n values start with it, values with a later word starting with it
// follow ("bac" finds "xã Bắc Thủy"). Counts are document frequencies.
func (e *Engine) FacetValues(ctx context.Context, field, prefix string, n int) ([]search.FacetValue, error) {
	if !schema.IsFacet(field) {
		return nil, qerr("field", "unknown facet %q", field)
	}
	if n <= 0 {
		n = 10
	}
	if n > 1000 {
		return nil, qerr("n", "%d is more than the maximum 1000", n)
	}
	p := schema.Fold(strings.TrimSpace(prefix))
	fx := field + schema.FacetFoldSuffix
	found := map[string]int{}
	var mu sync.Mutex
	// scan adds the values whose folded form keep accepts, with their
	// document counts summed over the shards.
	scan := func(dictPrefix string, keep func(folded string) bool) error {
		return e.eachShard(ctx, func(r index.IndexReader) error {
			var d index.FieldDict
			var err error
			if dictPrefix == "" {
				d, err = r.FieldDict(fx)
			} else {
				d, err = r.FieldDictPrefix(fx, []byte(dictPrefix))
			}
			if err != nil {
				return fmt.Errorf("engine: facet values %s: %w", field, err)
			}
			defer d.Close()
			// Dictionary counts include deleted articles until a merge
			// drops them: with deletions, count the live postings.
			exact := hasDeletions(r)
			local := map[string]int{}
			for i := 0; ; i++ {
				if i%1024 == 0 {
					if err := ctx.Err(); err != nil {
						return err
					}
				}
				de, err := d.Next()
				if err != nil {
					return fmt.Errorf("engine: facet values %s: %w", field, err)
				}
				if de == nil {
					break
				}
				folded, orig, ok := strings.Cut(de.Term, schema.FoldSep)
				if !ok || !keep(folded) {
					continue
				}
				count := de.Count
				if exact {
					if count, err = liveCount(ctx, r, fx, de.Term); err != nil {
						return fmt.Errorf("engine: facet values %s: %w", field, err)
					}
				}
				if count > 0 {
					local[orig] += int(count)
				}
			}
			mu.Lock()
			defer mu.Unlock()
			for v, n := range local {
				found[v] += n
			}
			return nil
		})
	}
	if err := scan(p, func(string) bool { return true }); err != nil {
		return nil, err
	}
	first := sorted(found)
	if len(first) < n && p != "" {
		clear(found)
		if err := scan("", func(f string) bool { return strings.Contains(f, " "+p) }); err != nil {
			return nil, err
		}
		more := sorted(found)
		for _, v := range more {
			if !containsValue(first, v.Value) {
				first = append(first, v)
			}
		}
	}
	if len(first) > n {
		first = first[:n]
	}
	return first, nil
}

// hasDeletions reports whether a shard's snapshot holds deleted
// documents (only a scorch snapshot can tell; others are assumed to).
func hasDeletions(r index.IndexReader) bool {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return true
	}
	live, err := r.DocCount()
	if err != nil {
		return true
	}
	var all uint64
	for _, ss := range snap.Segments() {
		all += ss.Segment().Count()
	}
	return live != all
}

func sorted(m map[string]int) []search.FacetValue {
	out := make([]search.FacetValue, 0, len(m))
	for v, c := range m {
		out = append(out, search.FacetValue{Value: v, Count: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	return out
}

func containsValue(vs []search.FacetValue, v string) bool {
	for _, x := range vs {
		if x.Value == v {
			return true
		}
	}
	return false
}
