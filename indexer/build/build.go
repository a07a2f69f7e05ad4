// Package build writes articles into a frontsearch index: it walks archive
// paths (indexer/source), turns pages into articles on several workers
// (indexer/pipeline), and writes them in batches, from one writer, into a
// generation of the index directory (search/store).
//
// An update (the default) works on a clone of the live generation: an
// article whose content hash is unchanged is skipped, a changed one
// replaced, a new one added. A rebuild (Options.Rebuild) starts from an
// empty generation. Either way the generation only becomes live once it is
// complete and on disk, so readers never see a half-built index, and a run
// killed at any moment is resumed by the next run of the same kind (see
// search/store). Pages that are not indexed are counted by reason in the
// Report, with example paths.
//
// Watch keeps an index in step with an archive folder that grows.
package build

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/indexer/source"
	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/schema"
	"github.com/frontsearch/frontsearch/search/store"
)

// Processor turns a page into an article; *pipeline.Pipeline is one. It
// must be safe for concurrent use and never panic (a panic is still caught
// and reported as a skip reason).
type Processor interface {
	Process(pg source.Page) search.Article
}

// Options tunes Run. The zero value is an update with defaults.
type Options struct {
	// Rebuild starts from an empty generation instead of the live one.
	Rebuild bool
	// Workers decode, extract and enrich in parallel; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is the number of documents per Bleve batch; 0 means
	// DefaultBatchSize.
	BatchSize int
	// Shards is the number of shards of a rebuilt index (an update keeps
	// the live index's); 0 means store.DefaultShards.
	Shards int
	// NoOptimize skips merging a rebuilt index's shards into one segment
	// each before publishing it (store.Writer.Optimize). Updates are never
	// optimized: they would rewrite the whole index.
	NoOptimize bool
	// Processor turns pages into articles (required): normally
	// pipeline.New(enricher).
	Processor Processor
	// Mapping is the index mapping for new generations; nil means
	// schema.Mapping().
	Mapping mapping.IndexMapping
	// Source tunes the walk (page size limit).
	Source source.Options
	// Progress receives a progress line every ProgressEvery (default 5s);
	// nil means none.
	Progress      io.Writer
	ProgressEvery time.Duration
	// Examples is how many example paths the report keeps per skip
	// reason; 0 means 5.
	Examples int
	// NoReport disables writing DIR/last-report.json.
	NoReport bool
	// Prune makes an update delete the articles whose pages lie under
	// the paths indexed but are no longer there (deleted from the
	// archive). A page that cannot be read, or is skipped, keeps its
	// article. Only pages under the same path as given (same form,
	// relative or absolute) are considered.
	Prune bool
}

// DefaultBatchSize is the number of documents per batch when
// Options.BatchSize is 0. Each batch becomes one segment per shard, built
// in memory, and a rebuild's final merge merges them all: smaller batches
// build cheaper segments, larger ones leave fewer to merge. At 30,000
// pages 250 was best (8-14% more pages per CPU-second than 500); at
// 100,000, where the merge weighs more, 500 was (`frontsearch bench -n
// 100000 -batch N`: 250 → 572 pages/s with a 19.7 s merge, 500 → 639 with
// 15.2 s, 1,000 → 632 with 11.0 s but 3.3 GiB peak RSS).
const DefaultBatchSize = 500

func (o *Options) defaults() error {
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.ProgressEvery <= 0 {
		o.ProgressEvery = 5 * time.Second
	}
	if o.Examples <= 0 {
		o.Examples = 5
	}
	if o.Processor == nil {
		return errors.New("build: no Processor (use pipeline.New)")
	}
	if o.Mapping == nil {
		m, err := schema.Mapping()
		if err != nil {
			return fmt.Errorf("build: mapping: %w", err)
		}
		o.Mapping = m
	}
	return nil
}

// Run indexes the pages under paths into the index directory dir (created
// if needed) and makes the result live. It returns the report even on error
// (then Committed is false, and the work done so far stays pending for the
// next run to resume). The report is also saved to DIR/last-report.json.
func Run(ctx context.Context, dir string, paths []string, opts Options) (*Report, error) {
	if err := opts.defaults(); err != nil {
		return nil, err
	}
	var (
		w   *store.Writer
		err error
	)
	if opts.Rebuild {
		shards := opts.Shards
		if shards == 0 {
			shards = store.DefaultShards
		}
		w, err = store.BeginRebuildShards(ctx, dir, opts.Mapping, shards)
	} else {
		w, err = store.BeginUpdate(ctx, dir, opts.Mapping)
	}
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	rep := &Report{
		Index: dir, Generation: w.Generation(), Mode: w.Mode(), Resumed: w.Resumed(),
		Paths: paths, Started: time.Now().UTC(), Reasons: map[string]*Reason{},
	}
	rep.MappingChanged = !sameMapping(w.Index().Mapping(), opts.Mapping)

	runErr := write(ctx, w, !w.Empty(), paths, opts, rep)
	rep.Seconds = time.Since(rep.Started).Seconds()
	if rep.Seconds > 0 {
		rep.PagesPerSecond = float64(rep.Pages) / rep.Seconds
	}
	if n, err := w.Index().DocCount(); err == nil {
		rep.Docs = n
	}

	switch {
	case runErr != nil:
		rep.Error = runErr.Error()
		if err := w.Abort(); err != nil {
			runErr = errors.Join(runErr, err)
		}
	case rep.Indexed+rep.Replaced+rep.Removed == 0 && !w.Resumed() && !opts.Rebuild:
		// Nothing changed: drop the clone rather than publish a copy.
		if err := w.Discard(); err != nil {
			runErr = err
		}
	default:
		if opts.Rebuild && !opts.NoOptimize {
			t0 := time.Now()
			if err := w.Optimize(ctx); err != nil {
				runErr = err
				rep.Error = err.Error()
				_ = w.Abort()
				break
			}
			rep.OptimizeSeconds = time.Since(t0).Seconds()
		}
		if err := w.Commit(); err != nil {
			runErr = err
			rep.Error = err.Error()
		} else {
			rep.Committed = true
		}
	}
	if !opts.NoReport {
		if err := rep.save(dir); err != nil {
			runErr = errors.Join(runErr, err)
		}
	}
	if runErr != nil {
		return rep, fmt.Errorf("build: index %s: %w", dir, runErr)
	}
	return rep, nil
}

// sameMapping compares two mappings by their JSON form.
func sameMapping(a, b mapping.IndexMapping) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

// job is one page on its way through the workers; seq is its walk order.
type job struct {
	seq int
	pg  source.Page
}

type result struct {
	seq    int
	src    string
	a      search.Article
	doc    *document.Document // the article's Bleve document, built on the worker
	reason string             // non-empty: skip
}

// write runs the walk → workers → writer pipeline into idx. lookup says
// whether idx may already hold documents (so hashes must be compared).
func write(parent context.Context, idx *store.Writer, lookup bool, paths []string, opts Options, rep *Report) error {
	docs := schema.NewDocumenter(idx.Mapping())
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	jobs := make(chan job, opts.Workers)
	results := make(chan result, opts.Workers*2)

	var walkErr error
	go func() {
		defer close(jobs)
		seq := 0
		walkErr = source.Walk(ctx, paths, opts.Source, func(pg source.Page) error {
			select {
			case jobs <- job{seq, pg}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var wg sync.WaitGroup
	for i := 0; i < opts.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := process(opts.Processor, docs, j)
				j.pg.Body = nil
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	wr := newWriter(idx, lookup, opts, rep)
	tick := time.NewTicker(opts.ProgressEvery)
	defer tick.Stop()
	var err error
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				break loop
			}
			rep.Pages++
			if err = wr.add(r); err != nil {
				cancel()
				break loop
			}
		case <-tick.C:
			if opts.Progress != nil {
				progress(opts.Progress, rep)
			}
		}
	}
	if err == nil {
		err = wr.flush()
	}
	if cerr := wr.close(); err == nil {
		err = cerr
	}
	// The loop ended with results closed: the walk is over, and walkErr
	// says whether it met every page.
	if err == nil && wr.walked != nil && walkErr == nil && ctx.Err() == nil {
		rep.Removed, err = prune(ctx, idx, paths, wr.walked)
	}
	// Drain so the walker and workers end.
	cancel()
	for range results {
	}
	if err != nil {
		return err
	}
	if err := parent.Err(); err != nil {
		return err
	}
	if walkErr != nil {
		return fmt.Errorf("walk: %w", walkErr)
	}
	return nil
}

func progress(w io.Writer, rep *Report) {
	el := time.Since(rep.Started).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(rep.Pages) / el
	}
	fmt.Fprintf(w, "indexing: %d pages, %.0f pages/s: %d new, %d replaced, %d unchanged, %d skipped\n",
		rep.Pages, rate, rep.Indexed, rep.Replaced, rep.Unchanged, rep.Skipped)
}

// process runs the processor on one page and builds the article's document
// with docs, turning a panic into a skip.
func process(p Processor, docs *schema.Documenter, j job) (r result) {
	r = result{seq: j.seq, src: j.pg.Source}
	if j.pg.Err != nil {
		r.reason = pageErrReason(j.pg.Err)
		return r
	}
	defer func() {
		if v := recover(); v != nil {
			r.reason = fmt.Sprintf("internal error: %v", v)
		}
	}()
	a := p.Process(j.pg)
	switch {
	case !a.IsArticle:
		r.reason = a.Reason
		if r.reason == "" {
			r.reason = "not an article"
		}
	case a.ID == "":
		r.reason = "no article id"
	default:
		if a.Hash == "" {
			a.Hash = pipeline.Hash(&a) // a Processor that left it unset
		}
		// The document is built here, on the parallel workers, not on
		// the one goroutine that collects batches.
		doc, err := docs.Document(&a)
		if err != nil {
			// A document Bleve refuses is the page's fault, not the run's.
			r.reason = "cannot index: " + err.Error()
			return r
		}
		r.doc, r.a = doc, a
	}
	return r
}

// pageErrReason names the reason a page could not be read: the kind of
// failure when source says it, else the error's message.
func pageErrReason(err error) string {
	switch {
	case errors.Is(err, source.ErrTooLarge):
		return "too large (" + err.Error() + ")"
	case errors.Is(err, source.ErrEmpty):
		return "empty file"
	case errors.Is(err, fs.ErrNotExist):
		return "file not found (" + err.Error() + ")"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied (" + err.Error() + ")"
	}
	return "unreadable (" + err.Error() + ")"
}

// reasonKey groups skip reasons: the text before a parenthesised detail
// ("binary content (PNG image)" → "binary content").
func reasonKey(reason string) string {
	if i := strings.Index(reason, " ("); i > 0 {
		return reason[:i]
	}
	return reason
}

// writer accumulates articles and writes them in batches.
type writer struct {
	idx     *store.Writer
	lookup  bool
	opts    Options
	rep     *Report
	pending []result
	// seen maps each article ID of this run to the walk position of the
	// page that provided it, so the last page in walk order wins.
	seen map[string]int
	// dups holds the IDs seen more than once in this run.
	dups map[string]bool
	// walked holds the Source of every page met, for Options.Prune (nil
	// when not pruning).
	walked map[string]bool

	batches  chan *store.Batch // to the applying goroutine
	inflight sync.WaitGroup    // batches sent, not yet applied
	mu       sync.Mutex
	err      error // first error applying a batch
}

func newWriter(idx *store.Writer, lookup bool, opts Options, rep *Report) *writer {
	w := &writer{idx: idx, lookup: lookup, opts: opts, rep: rep, seen: map[string]int{}, dups: map[string]bool{},
		batches: make(chan *store.Batch, 1)}
	if opts.Prune && lookup {
		w.walked = map[string]bool{}
	}
	// Bleve builds a segment inside Batch, on the calling goroutine: apply
	// batches on their own goroutine so the next batch is collected (and
	// pages processed) meanwhile.
	go func() {
		for b := range w.batches {
			if w.applyErr() == nil {
				if err := w.idx.Apply(b); err != nil {
					w.mu.Lock()
					w.err = fmt.Errorf("write batch: %w", err)
					w.mu.Unlock()
				}
			}
			w.inflight.Done()
		}
	}()
	return w
}

func (w *writer) applyErr() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// close waits for the batches in flight and returns the first error.
func (w *writer) close() error {
	close(w.batches)
	w.inflight.Wait()
	return w.applyErr()
}

func (w *writer) add(r result) error {
	if w.walked != nil {
		w.walked[r.src] = true
	}
	if r.reason != "" {
		w.rep.Skipped++
		w.rep.skip(r.reason, r.src, w.opts.Examples)
		return nil
	}
	if prev, dup := w.seen[r.a.ID]; dup {
		w.rep.Duplicates++
		w.dups[r.a.ID] = true
		if r.seq < prev {
			w.rep.skip("duplicate article id (an earlier copy of a later page)", r.src, w.opts.Examples)
			return nil
		}
		w.rep.skip("duplicate article id (replaces an earlier copy)", r.src, w.opts.Examples)
	}
	w.seen[r.a.ID] = r.seq
	w.pending = append(w.pending, r)
	if len(w.pending) >= w.opts.BatchSize {
		return w.flush()
	}
	return nil
}

// flush writes the pending articles in one batch.
func (w *writer) flush() error {
	if len(w.pending) == 0 {
		return nil
	}
	// Within a batch, keep only the last copy of each ID.
	last := make(map[string]int, len(w.pending))
	for i, r := range w.pending {
		if j, ok := last[r.a.ID]; !ok || w.pending[j].seq < r.seq {
			last[r.a.ID] = i
		}
	}
	// In a fresh generation only an ID this run already wrote can exist.
	ids := make([]string, 0, len(last))
	mustWait := false
	for id := range last {
		if w.lookup || w.dups[id] {
			ids = append(ids, id)
		}
		mustWait = mustWait || w.dups[id]
	}
	var existing map[string]string
	if mustWait {
		// An ID an earlier batch of this run wrote: the look-up must see
		// that batch.
		w.inflight.Wait()
	}
	if len(ids) > 0 {
		var err error
		if existing, err = hashes(w.idx.Index(), ids); err != nil {
			return err
		}
	}
	b := w.idx.NewBatch()
	for i, r := range w.pending {
		if last[r.a.ID] != i {
			continue
		}
		old, had := existing[r.a.ID]
		switch {
		case had && old == r.a.Hash:
			w.rep.Unchanged++
			continue
		case had:
			w.rep.Replaced++
		default:
			w.rep.Indexed++
		}
		if err := b.IndexDocument(r.doc); err != nil {
			// A document Bleve refuses is the page's fault, not the run's.
			w.rep.Skipped++
			w.rep.skip("cannot index: "+err.Error(), r.src, w.opts.Examples)
			continue
		}
	}
	w.pending = w.pending[:0]
	if b.Size() == 0 {
		return nil
	}
	if err := w.applyErr(); err != nil {
		return err
	}
	w.inflight.Add(1)
	w.batches <- b
	return nil
}

// hashes returns the stored content hash of each of ids present in idx.
func hashes(idx bleve.Index, ids []string) (map[string]string, error) {
	q := bleve.NewDocIDQuery(ids)
	req := bleve.NewSearchRequestOptions(q, len(ids), 0, false)
	req.Fields = []string{schema.HashField}
	res, err := idx.Search(req)
	if err != nil {
		return nil, fmt.Errorf("look up content hashes: %w", err)
	}
	m := make(map[string]string, len(res.Hits))
	for _, h := range res.Hits {
		s, _ := h.Fields[schema.HashField].(string)
		m[h.ID] = s
	}
	return m, nil
}
