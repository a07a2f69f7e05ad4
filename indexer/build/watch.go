package build

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// WatchOptions tunes Watch.
type WatchOptions struct {
	// Options are those of every update run (Rebuild is ignored).
	Options
	// Interval between two scans of the archive; 0 means 10s.
	Interval time.Duration
	// OnCommit, if set, is called after each run that made a new
	// generation live (a server calls its store's Reload here).
	OnCommit func(*Report)
	// Logger receives one line per run and every error; nil means
	// slog.Default().
	Logger *slog.Logger
}

// Watch keeps the index directory dir in step with the archive under
// paths until ctx ends: every Interval it scans the paths, and when files
// appeared or changed (by modification time and size) it runs an update on
// just those files. The first scan sees every file as new, so Watch also
// catches up with whatever was added while nobody watched (unchanged pages
// are skipped by content hash). A failed run is logged and retried at the
// next scan. It returns ctx's error when ctx ends.
func Watch(ctx context.Context, dir string, paths []string, opts WatchOptions) error {
	if opts.Interval <= 0 {
		opts.Interval = 10 * time.Second
	}
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	opts.Rebuild = false
	seen := map[string]fileStamp{}
	for {
		changed, now, err := scan(ctx, paths, seen)
		switch {
		case err != nil && ctx.Err() == nil:
			log.Warn("watch: scan", "paths", paths, "err", err)
		case len(changed) > 0:
			rep, err := Run(ctx, dir, changed, opts.Options)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				log.Warn("watch: update", "index", dir, "files", len(changed), "err", err)
				break
			}
			for _, f := range changed {
				seen[f] = now[f]
			}
			log.Info("watch: update", "index", dir, "files", len(changed), "indexed", rep.Indexed,
				"replaced", rep.Replaced, "unchanged", rep.Unchanged, "skipped", rep.Skipped, "committed", rep.Committed)
			if rep.Committed && opts.OnCommit != nil {
				opts.OnCommit(rep)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(opts.Interval):
		}
	}
}

// fileStamp is what Watch remembers of a file to notice it changed.
type fileStamp struct {
	mtime time.Time
	size  int64
}

// scan lists the input files under paths whose stamp differs from seen,
// in sorted order, with the stamps of all of them.
func scan(ctx context.Context, paths []string, seen map[string]fileStamp) ([]string, map[string]fileStamp, error) {
	now := map[string]fileStamp{}
	var changed []string
	var errs []error
	for _, root := range paths {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err != nil {
				errs = append(errs, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || (p != root && !isInput(d.Name())) {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			if !info.Mode().IsRegular() {
				return nil
			}
			st := fileStamp{info.ModTime(), info.Size()}
			now[p] = st
			if old, ok := seen[p]; !ok || !old.mtime.Equal(st.mtime) || old.size != st.size {
				changed = append(changed, p)
			}
			return nil
		})
		if err != nil {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return nil, nil, err
			}
			errs = append(errs, err)
		}
	}
	sort.Strings(changed)
	if err := errors.Join(errs...); err != nil {
		return changed, now, fmt.Errorf("scan: %w", err)
	}
	return changed, now, nil
}

// inputExts mirrors the extensions indexer/source picks up inside folders
// (each also with ".gz"), plus WARC files.
var inputExts = map[string]bool{".html": true, ".htm": true, ".xhtml": true, ".shtml": true, ".aspx": true, ".php": true}

func isInput(name string) bool {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	return inputExts[filepath.Ext(n)] || strings.HasSuffix(n, ".warc")
}

// Fingerprint summarises the input files under paths (names, sizes and
// modification times): it changes whenever a page is added, removed or
// modified. The demo uses it to decide whether to re-index.
func Fingerprint(ctx context.Context, paths []string) (string, error) {
	_, now, err := scan(ctx, paths, nil)
	if err != nil {
		return "", err
	}
	names := make([]string, 0, len(now))
	for n := range now {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		st := now[n]
		fmt.Fprintf(&b, "%s\t%d\t%d\n", n, st.size, st.mtime.UnixNano())
	}
	return hashString(b.String()), nil
}

func hashString(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
