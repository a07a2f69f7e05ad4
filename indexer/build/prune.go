package build

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/frontsearch/frontsearch/search/schema"
	"github.com/frontsearch/frontsearch/search/store"
)

// prunePage is how many articles prune reads per request.
const prunePage = 500

// prune deletes from the generation the articles whose page lies under one
// of paths (as given to this run) but was not met by this run's walk: pages
// deleted from the archive since the article was indexed. walked holds the
// Source of every page the walk met, indexed or not, so a page that could
// not be read this time, or is now skipped, keeps its article. It returns
// how many articles it deleted.
func prune(ctx context.Context, w *store.Writer, paths []string, walked map[string]bool) (int, error) {
	roots := make([]string, len(paths))
	for i, p := range paths {
		roots[i] = filepath.Clean(p)
	}
	var gone []string
	var after []string
	for {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), prunePage, 0, false)
		req.Fields = []string{schema.FieldSource}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := w.Index().SearchInContext(ctx, req)
		if err != nil {
			return 0, fmt.Errorf("prune: list articles: %w", err)
		}
		for _, h := range res.Hits {
			src, err := pageSource(h)
			if err != nil {
				return 0, fmt.Errorf("prune: article %s: %w", h.ID, err)
			}
			if src != "" && !walked[src] && under(src, roots) {
				gone = append(gone, h.ID)
			}
		}
		if len(res.Hits) < prunePage {
			break
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
	for start := 0; start < len(gone); start += prunePage {
		b := w.NewBatch()
		for _, id := range gone[start:min(start+prunePage, len(gone))] {
			b.Delete(id)
		}
		if err := w.Apply(b); err != nil {
			return 0, fmt.Errorf("prune: delete articles: %w", err)
		}
	}
	return len(gone), nil
}

// pageSource reads the Source of a hit's stored article.
func pageSource(h *search.DocumentMatch) (string, error) {
	raw, _ := h.Fields[schema.FieldSource].(string)
	if raw == "" {
		return "", nil
	}
	var a struct {
		Source string `json:"source"`
	}
	if err := json.Unmarshal([]byte(raw), &a); err != nil {
		return "", fmt.Errorf("stored article: %w", err)
	}
	return a.Source, nil
}

// under reports whether a page Source ("path" or "path#record") lies
// under one of roots: is a root, or is inside a root folder.
func under(src string, roots []string) bool {
	file := src
	if i := strings.LastIndexByte(file, '#'); i >= 0 {
		file = file[:i] // a WARC record's file
	}
	for _, p := range []string{filepath.Clean(src), filepath.Clean(file)} {
		for _, r := range roots {
			switch {
			case p == r, strings.HasPrefix(p, r+string(filepath.Separator)):
				return true
			case r == "." && !filepath.IsAbs(p) && p != ".." && !strings.HasPrefix(p, ".."+string(filepath.Separator)):
				return true
			}
		}
	}
	return false
}
