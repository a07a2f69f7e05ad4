package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/frontsearch/frontsearch/indexer/build"
	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/search/schema"
	"github.com/frontsearch/frontsearch/search/store"
)

func init() {
	register(command{
		name:    "demo",
		summary: "index the bundled archive testdata/archive (if needed) and serve it (the default command)",
		run:     runDemo,
	})
}

// demoArchive is the bundled fixture archive, relative to the repository
// root (the working directory of `go run ./cmd/frontsearch`).
const demoArchive = "testdata/archive"

// demoStamp, inside the index directory, records the fingerprint of the
// archive last indexed and of the index schema, so an unchanged archive is
// not re-read, and an index made by an older schema is rebuilt.
const demoStamp = "demo-archive.fingerprint"

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	flags := newFlagSet("demo", stderr)
	addr := flags.String("addr", "127.0.0.1:8080", "listen `address` (\":8080\" listens on every interface)")
	archive := flags.String("archive", demoArchive, "archive `directory` to index and serve")
	dir := flags.String("index", defaultDemoIndex(), "index `directory`")
	gaz := flags.String("gazetteer", defaultGazetteerDir, "admin-unit data `directory` (optional)")
	watch := flags.Bool("watch", false, "keep indexing pages added to the archive while serving")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", flags.Arg(0))}
	}
	if info, err := os.Stat(*archive); err != nil || !info.IsDir() {
		wd, _ := os.Getwd()
		return fmt.Errorf("no demo archive at %s (working directory %s): run frontsearch from the repository root, or pass -archive DIR", *archive, wd)
	}
	if err := indexDemo(ctx, *dir, *archive, *gaz, stderr); err != nil {
		return err
	}
	cfg := serveConfig{
		Index: *dir, Addr: *addr, Gazetteer: *gaz,
		WatchEvery: 5 * time.Second, ReloadEvery: 2 * time.Second,
	}
	if *watch {
		cfg.WatchDirs = []string{*archive}
	}
	fmt.Fprintf(stderr, "frontsearch: serving %s on http://%s/\n", *archive, displayAddr(*addr))
	return serveIndex(ctx, cfg)
}

// defaultDemoIndex is $XDG_CACHE_HOME/frontsearch/demo when XDG_CACHE_HOME
// is set, else ./.frontsearch-index.
func defaultDemoIndex() string {
	if c := os.Getenv("XDG_CACHE_HOME"); c != "" {
		return filepath.Join(c, "frontsearch", "demo")
	}
	return ".frontsearch-index"
}

// indexDemo brings the index up to date with the archive: nothing to do
// when the archive's fingerprint matches the one recorded at the last
// indexing; otherwise an incremental update.
func indexDemo(ctx context.Context, dir, archive, gaz string, stderr io.Writer) error {
	fp, err := build.Fingerprint(ctx, []string{archive})
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	abs, _ := filepath.Abs(archive)
	schemaFP, err := mappingFingerprint()
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	stamp := abs + "\n" + fp + "\n" + schemaFP + "\n"
	rebuild := true
	if _, err := store.ReadCurrent(dir); err == nil {
		old, _ := os.ReadFile(filepath.Join(dir, demoStamp))
		if string(old) == stamp {
			slog.Info("demo index is up to date", "index", dir)
			return nil
		}
		rebuild = !strings.HasSuffix(string(old), "\n"+schemaFP+"\n")
	} else if !errors.Is(err, store.ErrNoIndex) && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	e, err := newEnricher(gaz, "", gaz != defaultGazetteerDir)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "frontsearch: indexing %s into %s\n", archive, dir)
	rep, err := build.Run(ctx, dir, []string{archive}, build.Options{Processor: pipeline.New(e), Progress: stderr, Rebuild: rebuild})
	if rep != nil {
		rep.WriteText(stderr)
	}
	if err != nil {
		return err
	}
	return store.WriteFileAtomic(dir, demoStamp, []byte(stamp))
}

func displayAddr(addr string) string {
	if strings.HasPrefix(addr, ":") {
		return "localhost" + addr
	}
	return addr
}

// mappingFingerprint is a hash of the index schema's mapping.
func mappingFingerprint() (string, error) {
	m, err := schema.Mapping()
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("mapping: %w", err)
	}
	sum := sha256.Sum256(b)
	return "schema " + hex.EncodeToString(sum[:8]), nil
}
