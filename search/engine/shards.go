package engine

import (
	"context"
	"errors"
	"sync"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// eachShard calls fn with the reader of every shard of the index (the
// index itself when it is not an alias over shards), concurrently, inside
// one search: the alias keeps its shards open meanwhile, even across a
// generation switch. It is how the engine reads term dictionaries, which
// Bleve's alias offers for one index only.
func (e *Engine) eachShard(ctx context.Context, fn func(index.IndexReader) error) error {
	var (
		mu   sync.Mutex
		errs []error
	)
	maker := func(sctx *bsearch.SearchContext) (bsearch.DocumentMatchHandler, bool, error) {
		if err := fn(sctx.IndexReader); err != nil {
			mu.Lock()
			errs = append(errs, err)
			mu.Unlock()
		}
		return func(d *bsearch.DocumentMatch) error {
			if d != nil {
				sctx.DocumentMatchPool.Put(d)
			}
			return nil
		}, false, nil
	}
	ctx = context.WithValue(ctx, bsearch.MakeDocumentMatchHandlerKey, bsearch.MakeDocumentMatchHandler(maker))
	if _, err := e.run(ctx, bleve.NewSearchRequestOptions(query.NewMatchNoneQuery(), 0, 0, false)); err != nil {
		return err
	}
	return errors.Join(errs...)
}

// docFreqs returns how many documents have each of terms in field, summed
// over the shards.
func (e *Engine) docFreqs(ctx context.Context, field string, terms []string) (map[string]uint64, error) {
	out := make(map[string]uint64, len(terms))
	var mu sync.Mutex
	err := e.eachShard(ctx, func(r index.IndexReader) error {
		local := make(map[string]uint64, len(terms))
		for _, t := range terms {
			n, err := liveCount(ctx, r, field, t)
			if err != nil {
				return err
			}
			local[t] = n
		}
		mu.Lock()
		defer mu.Unlock()
		for t, n := range local {
			out[t] += n
		}
		return nil
	})
	return out, err
}

// liveCount is the number of live documents with term in field.
func liveCount(ctx context.Context, r index.IndexReader, field, term string) (uint64, error) {
	tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, false, false)
	if err != nil {
		return 0, err
	}
	n := tfr.Count()
	return n, tfr.Close()
}
