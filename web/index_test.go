package web

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/enrich"
	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/indexer/source"
	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/engine"
	"github.com/frontsearch/frontsearch/search/schema"
	"github.com/frontsearch/frontsearch/search/store"
)

// The tests run against a real index: the fixture archive in
// testdata/archive, indexed by the real pipeline, plus the hostile articles
// above, served by the real engine. It is built once per test binary.
var (
	realOnce  sync.Once
	realS     search.Searcher
	realErr   error
	realDir   string
	realStore *store.Store
)

func TestMain(m *testing.M) {
	code := m.Run()
	if realStore != nil {
		realStore.Close()
	}
	if realDir != "" {
		os.RemoveAll(realDir)
	}
	os.Exit(code)
}

// archiveDir is the fixture archive.
const archiveDir = "../testdata/archive"

// buildTestIndex indexes the fixture archive into dir with the real
// pipeline (source → decode → extract → enrich), the real schema and store,
// and adds the hostile articles.
func buildTestIndex(ctx context.Context, dir string) error {
	enr, err := enrich.New(enrich.Options{})
	if err != nil {
		return fmt.Errorf("enricher: %w", err)
	}
	p := pipeline.New(enr)
	m, err := schema.Mapping()
	if err != nil {
		return err
	}
	w, err := store.BeginRebuild(ctx, dir, m)
	if err != nil {
		return err
	}
	b := w.NewBatch()
	err = source.Walk(ctx, []string{archiveDir}, source.Options{}, func(pg source.Page) error {
		if pg.Err != nil {
			return nil
		}
		a := p.Process(pg)
		if !a.IsArticle {
			return nil
		}
		return b.Index(a.ID, schema.Document(&a))
	})
	if err != nil {
		w.Abort()
		return fmt.Errorf("walk %s: %w", archiveDir, err)
	}
	for _, a := range hostileArticles() {
		a.Hash = pipeline.Hash(a)
		if err := b.Index(a.ID, schema.Document(a)); err != nil {
			w.Abort()
			return fmt.Errorf("index hostile article: %w", err)
		}
	}
	if err := w.Apply(b); err != nil {
		w.Abort()
		return fmt.Errorf("batch: %w", err)
	}
	return w.Commit()
}

// testSearcher is the index every test runs against.
func testSearcher(t *testing.T) search.Searcher {
	t.Helper()
	realOnce.Do(func() {
		if _, err := os.Stat(filepath.Join(archiveDir, "MANIFEST.tsv")); err != nil {
			realErr = fmt.Errorf("fixture archive missing: %w", err)
			return
		}
		realDir, realErr = os.MkdirTemp("", "frontsearch-web-test-")
		if realErr != nil {
			return
		}
		if realErr = buildTestIndex(context.Background(), realDir); realErr != nil {
			return
		}
		realStore, realErr = store.Open(realDir)
		if realErr != nil {
			return
		}
		realS = engine.New(realStore.Index(), engine.Options{})
	})
	if realErr != nil {
		t.Fatalf("building the test index: %v", realErr)
	}
	return realS
}
