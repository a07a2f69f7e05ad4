package store

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	segment "github.com/blevesearch/scorch_segment_api/v2"
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

// IndexDocument adds or replaces a document Bleve need not map: one built
// with this writer's mapping (see schema.Documenter), routed by its ID.
func (b *Batch) IndexDocument(doc *document.Document) error {
	return b.parts[ShardOf(doc.ID(), len(b.parts))].IndexAdvanced(doc)
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
	return w.g.parallel(func(i int, s bleve.Index) error {
		if b.parts[i].Size() == 0 {
			return nil
		}
		return s.Batch(b.parts[i])
	})
}

// Optimize merges each shard of the generation into one segment, the
// shards in parallel. A rebuilt index is read far more than it is written:
// at 100,000 articles, merging the segments indexing leaves into one cut
// the query p99 from 95 to 60 ms. A rebuild merges nothing before (see
// writerConfig), so this is the one merge its articles go through. The
// merged-away segment files are deleted at Commit.
func (w *Writer) Optimize(ctx context.Context) error {
	// Every batch on disk first: a merge takes the segments there are
	// when it starts.
	if err := w.g.waitPersisted(persistTimeout); err != nil {
		return fmt.Errorf("store: optimize %s: %w", w.gen, err)
	}
	keep := make([]map[string]bool, len(w.g.shards))
	err := w.g.parallel(func(i int, s bleve.Index) (err error) {
		keep[i], err = mergeToOne(ctx, s)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: optimize %s: %w", w.gen, err)
	}
	w.keep = keep
	return nil
}

// mergeToOne force-merges a scorch index into one segment, all its
// segments in one merge task (oneMerge), and returns the names of the
// segment files its snapshot then uses. It repeats the force merge while
// more than one segment is left, which only a segment added meanwhile
// could cause. Other index types are left as they are (nil files).
func mergeToOne(ctx context.Context, idx bleve.Index) (map[string]bool, error) {
	a, err := idx.Advanced()
	if err != nil {
		return nil, err
	}
	s, ok := a.(*scorch.Scorch)
	if !ok {
		return nil, nil
	}
	for range 8 {
		files, err := segmentFiles(s)
		if err != nil || len(files) <= 1 {
			return files, err
		}
		if err := s.ForceMerge(ctx, oneMerge()); err != nil {
			return nil, err
		}
		if err := waitPersisted(idx, persistTimeout); err != nil {
			return nil, err
		}
	}
	return segmentFiles(s)
}

// oneMerge returns the merge plan options of mergeToOne: Bleve's options
// for a merge into one segment (mergeplan.SingleSegmentMergePlanOptions),
// except that one task merges every segment. With Bleve's 10 segments per
// task, a shard of 58 segments takes two rounds of merges, the second
// rewriting what the first has just written.
func oneMerge() *mergeplan.MergePlanOptions {
	o := mergeplan.SingleSegmentMergePlanOptions
	o.SegmentsPerMergeTask = math.MaxInt32
	o.MaxSegmentSize = mergeplan.MaxSegmentSizeLimit
	return &o
}

// segmentFiles names the files of the segments of s's current snapshot;
// nil if one of them is still in memory.
func segmentFiles(s *scorch.Scorch) (map[string]bool, error) {
	r, err := s.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, nil
	}
	files := map[string]bool{}
	for _, ss := range snap.Segments() {
		p, ok := ss.Segment().(segment.PersistedSegment)
		if !ok {
			return nil, nil
		}
		files[filepath.Base(p.Path())] = true
	}
	return files, nil
}

// pruneSegments deletes, in each closed shard of the generation, the
// segment files Optimize found unused: Bleve deletes merged-away files
// in the background, and closing right after a merge leaves them behind.
func (w *Writer) pruneSegments() error {
	var errs []error
	for i, keep := range w.keep {
		if keep == nil {
			continue
		}
		// Only a rebuild is optimized, and rebuilds always have shards.
		dir := filepath.Join(shardPath(filepath.Join(w.dir, w.gen), i), "store")
		names, err := filepath.Glob(filepath.Join(dir, "*.zap"))
		if err != nil {
			return err
		}
		for _, n := range names {
			if !keep[filepath.Base(n)] {
				if err := os.Remove(n); err != nil {
					errs = append(errs, err)
				}
			}
		}
	}
	return errors.Join(errs...)
}
