package store

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Batch is a set of writes to a writer's generation, each routed by
// article ID to its shard (ShardOf).
type Batch struct {
	parts []*bleve.Batch
}

// NewBatch returns an empty Batch for this writer's generation.
func (w *Writer) NewBatch() *Batch {
	b := &Batch{parts: make([]*bleve.Batch, len(w.g.shards))}
	for i, s := range w.g.shards {
		b.parts[i] = s.NewBatch()
	}
	return b
}

// Index adds or replaces the document with this ID.
func (b *Batch) Index(id string, doc any) error {
	return b.parts[ShardOf(id, len(b.parts))].Index(id, doc)
}

// Delete removes the document with this ID.
func (b *Batch) Delete(id string) {
	b.parts[ShardOf(id, len(b.parts))].Delete(id)
}

// Size is the number of writes in the batch.
func (b *Batch) Size() int {
	n := 0
	for _, p := range b.parts {
		n += p.Size()
	}
	return n
}

// Apply writes a batch, the shards in parallel (Bleve builds each shard's
// segment on the calling goroutine).
func (w *Writer) Apply(b *Batch) error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for i, p := range b.parts {
		if p.Size() == 0 {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.g.shards[i].Batch(p); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Optimize merges each shard of the generation into one segment, the
// shards in parallel. A rebuilt index is read far more than it is written:
// at 100,000 articles, merging the ~13 segments per shard that indexing
// leaves into one cost 8 s and cut the query p99 from 95 to 60 ms.
func (w *Writer) Optimize(ctx context.Context) error {
	// Every batch on disk first: the merge takes the segments there are
	// when it starts.
	if err := w.g.waitPersisted(persistTimeout); err != nil {
		return fmt.Errorf("store: optimize %s: %w", w.gen, err)
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for _, s := range w.g.shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := forceMerge(ctx, s); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: optimize %s: %w", w.gen, err)
	}
	return nil
}

// forceMerge merges a scorch index into one segment; other index types
// are left as they are.
func forceMerge(ctx context.Context, idx bleve.Index) error {
	a, err := idx.Advanced()
	if err != nil {
		return err
	}
	s, ok := a.(*scorch.Scorch)
	if !ok {
		return nil
	}
	return s.ForceMerge(ctx, nil) // nil: merge into a single segment
}
