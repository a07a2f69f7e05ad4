package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
)

// Writer modes, as recorded in PENDING.
const (
	ModeUpdate  = "update"
	ModeRebuild = "rebuild"
)

// Writer is one writing session on an index directory: it holds the writer
// lock and a writable generation that is not live yet. Finish it with
// Commit (publish) or Abort (leave it pending, to be resumed). Not safe for
// concurrent use, but its Index is (Bleve indexes are).
type Writer struct {
	dir     string
	gen     string
	mode    string
	base    string
	g       *generation
	unlock  func()
	resumed bool
	empty   bool
	done    bool
	keep    []map[string]bool // per shard, the segment files Optimize left in use
}

// BeginUpdate starts an incremental update of dir: it resumes a pending
// update left by a killed writer, or clones the live generation. The index
// directory is created (with an empty generation built from m) if needed.
// It waits for another writer to finish, until ctx ends.
func BeginUpdate(ctx context.Context, dir string, m mapping.IndexMapping) (*Writer, error) {
	return begin(ctx, dir, m, ModeUpdate, DefaultShards)
}

// BeginRebuild starts a rebuild of dir from nothing: it resumes a pending
// rebuild, or creates an empty generation with mapping m.
func BeginRebuild(ctx context.Context, dir string, m mapping.IndexMapping) (*Writer, error) {
	return begin(ctx, dir, m, ModeRebuild, DefaultShards)
}

// BeginRebuildShards is BeginRebuild into a generation of n shards (an
// update keeps the shards of the generation it clones).
func BeginRebuildShards(ctx context.Context, dir string, m mapping.IndexMapping, n int) (*Writer, error) {
	if n < 1 || n > 64 {
		return nil, fmt.Errorf("store: %d shards: want 1 to 64", n)
	}
	return begin(ctx, dir, m, ModeRebuild, n)
}

func begin(ctx context.Context, dir string, m mapping.IndexMapping, mode string, shards int) (w *Writer, err error) {
	if m == nil {
		return nil, fmt.Errorf("store: begin %s on %s: no mapping", mode, dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	unlock, err := lockDir(ctx, dir)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			unlock()
		}
	}()
	if err := create(dir, m); err != nil {
		return nil, err
	}
	live, err := ReadCurrent(dir)
	if err != nil {
		return nil, err
	}
	w = &Writer{dir: dir, mode: mode, base: live, unlock: unlock}

	if p, ok := readPending(dir); ok {
		switch {
		case p.gen == live:
			// A commit was interrupted after CURRENT was replaced.
			removePending(dir)
		case p.mode == mode && (mode == ModeRebuild || p.base == live):
			g, err := openGeneration(filepath.Join(dir, p.gen), mode)
			if err == nil {
				w.gen, w.g, w.resumed = p.gen, g, true
				w.base = p.base
				return w, nil
			}
			slog.Warn("store: pending generation does not open; starting over", "dir", dir, "generation", p.gen, "err", err)
			removePending(dir)
		default:
			removePending(dir)
		}
	}
	// The orphan sweep keeps live and the one before it.
	if err := sweep(dir, live, ""); err != nil {
		slog.Warn("store: sweep", "dir", dir, "err", err)
	}
	gen, err := nextGeneration(dir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, gen)
	if mode == ModeRebuild {
		// Created with Bleve's defaults, then reopened as a writer
		// generation.
		if err := createGeneration(path, m, shards); err != nil {
			os.RemoveAll(path)
			return nil, fmt.Errorf("store: new generation %s: %w", path, err)
		}
		g, err := openGeneration(path, mode)
		if err != nil {
			os.RemoveAll(path)
			return nil, fmt.Errorf("store: new generation %s: %w", path, err)
		}
		w.g, w.empty = g, true
	} else {
		if err := cloneGeneration(filepath.Join(dir, live), path); err != nil {
			os.RemoveAll(path)
			return nil, err
		}
		g, err := openGeneration(path, mode)
		if err != nil {
			os.RemoveAll(path)
			return nil, fmt.Errorf("store: open clone: %w", err)
		}
		w.g = g
	}
	w.gen = gen
	if err := writeFileAtomic(dir, PendingFile, []byte(gen+" "+mode+" "+live+"\n")); err != nil {
		w.g.Close()
		return nil, err
	}
	return w, nil
}

// Index reads the generation being written, across its shards. Write
// through Shards.
func (w *Writer) Index() bleve.Index { return w.g.alias }

// Mapping is the index mapping of the generation being written (the one
// its shards were created with), for building documents outside Bleve
// (Batch.IndexDocument).
func (w *Writer) Mapping() mapping.IndexMapping { return w.g.shards[0].Mapping() }

// Shards are the generation's shards: an article with ID id belongs in
// Shards()[ShardOf(id, len(Shards()))].
func (w *Writer) Shards() []bleve.Index { return w.g.shards }

// Generation names the generation being written.
func (w *Writer) Generation() string { return w.gen }

// Mode is ModeUpdate or ModeRebuild.
func (w *Writer) Mode() string { return w.mode }

// Resumed reports whether the session resumed a generation left pending by
// an earlier, interrupted writer.
func (w *Writer) Resumed() bool { return w.resumed }

// Empty reports whether the generation started empty (a fresh rebuild): a
// writer need not look up existing documents in it.
func (w *Writer) Empty() bool { return w.empty }

// Commit closes the generation (persisting it), fsyncs it, makes it live by
// replacing CURRENT, removes generations no reader should still use, and
// releases the writer lock.
func (w *Writer) Commit() error {
	if w.done {
		return errors.New("store: commit: writer already finished")
	}
	w.done = true
	defer w.unlock()
	// Batches are unsafe (see writerConfig): Close would drop what the
	// persister has not written yet, so wait for it first.
	if err := w.g.waitPersisted(persistTimeout); err != nil {
		w.g.Close()
		return fmt.Errorf("store: commit %s: %w", w.gen, err)
	}
	if err := w.g.Close(); err != nil {
		return fmt.Errorf("store: commit %s: close: %w", w.gen, err)
	}
	if err := w.pruneSegments(); err != nil {
		return fmt.Errorf("store: commit %s: %w", w.gen, err)
	}
	if err := syncTree(filepath.Join(w.dir, w.gen)); err != nil {
		return err
	}
	if err := writeCurrent(w.dir, w.gen); err != nil {
		return err
	}
	removePending(w.dir)
	if err := sweep(w.dir, w.gen, w.base); err != nil {
		slog.Warn("store: sweep", "dir", w.dir, "err", err)
	}
	return nil
}

// Abort closes the generation and releases the lock without publishing it;
// it stays pending, and the next writer in the same mode resumes it. It
// waits a bounded time (abortPersistWait) for batches not yet persisted;
// past that they are lost, as in a crash, and the resuming writer
// re-indexes them.
func (w *Writer) Abort() error {
	if w.done {
		return nil
	}
	w.done = true
	defer w.unlock()
	if err := w.g.waitPersisted(abortPersistWait); err != nil {
		slog.Warn("store: abort: unpersisted batches dropped; a resumed run re-indexes them", "generation", w.gen, "err", err)
	}
	if err := w.g.Close(); err != nil {
		return fmt.Errorf("store: abort %s: %w", w.gen, err)
	}
	return nil
}

// Discard closes and deletes the generation and releases the lock: for a
// session that changed nothing worth publishing.
func (w *Writer) Discard() error {
	if w.done {
		return nil
	}
	w.done = true
	defer w.unlock()
	err := w.g.Close()
	removePending(w.dir)
	if rmErr := os.RemoveAll(filepath.Join(w.dir, w.gen)); rmErr != nil {
		err = errors.Join(err, rmErr)
	}
	if err != nil {
		return fmt.Errorf("store: discard %s: %w", w.gen, err)
	}
	return nil
}

type pending struct{ gen, mode, base string }

func readPending(dir string) (pending, bool) {
	b, err := os.ReadFile(filepath.Join(dir, PendingFile))
	if err != nil {
		return pending{}, false
	}
	f := strings.Fields(string(b))
	if len(f) != 3 {
		return pending{}, false
	}
	if _, ok := genNumber(f[0]); !ok {
		return pending{}, false
	}
	return pending{f[0], f[1], f[2]}, true
}

func removePending(dir string) {
	if err := os.Remove(filepath.Join(dir, PendingFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		slog.Warn("store: remove PENDING", "dir", dir, "err", err)
		return
	}
	_ = syncDir(dir)
}

// sweep removes every generation except live, keep and the pending one.
// Generations older than live other than keep are no longer named by
// CURRENT; newer ones not pending are orphans of a crashed writer.
func sweep(dir, live, keep string) error {
	gens, err := generations(dir)
	if err != nil {
		return err
	}
	p, _ := readPending(dir)
	var errs []error
	for _, g := range gens {
		if g == live || g == keep || g == p.gen {
			continue
		}
		if keep == "" {
			// Keep the generation just before live: a reader may not have
			// reloaded yet.
			if n, _ := genNumber(g); n+1 == mustNumber(live) {
				continue
			}
		}
		if err := os.RemoveAll(filepath.Join(dir, g)); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func mustNumber(gen string) int {
	n, _ := genNumber(gen)
	return n
}

// cloneGeneration copies the generation at src to dst: segment files
// (*.zap, immutable once written) as hard links, everything else (the bolt
// root, the index metadata) as copies. Falls back to copying when linking
// fails (another file system).
func cloneGeneration(src, dst string) error {
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasSuffix(p, ".zap") {
			if err := os.Link(p, target); err == nil {
				return nil
			}
		}
		return copyFile(p, target)
	})
	if err != nil {
		return fmt.Errorf("store: clone %s to %s: %w", src, dst, err)
	}
	return syncTree(dst)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
