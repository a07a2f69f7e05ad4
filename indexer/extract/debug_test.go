package extract

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/extract/extracteval"
)

// TestDebugBenchmark compares output variants on the benchmark; it runs only
// with FRONTSEARCH_DEBUG=1 (a development aid, not a check) and writes each
// page's output to $FRONTSEARCH_DEBUG_OUT when set.
func TestDebugBenchmark(t *testing.T) {
	if os.Getenv("FRONTSEARCH_DEBUG") == "" {
		t.Skip("set FRONTSEARCH_DEBUG=1 to run")
	}
	dir := filepath.Join("..", "..", "..", "shared", "benchmarks", "article-extraction")
	out := os.Getenv("FRONTSEARCH_DEBUG_OUT")
	variants := map[string]func(r result) string{
		"body":        func(r result) string { return strings.Join(r.paras, "\n") },
		"body+byline": func(r result) string { return strings.Join(r.paras, "\n") + "\n" + r.byline },
		"body+caps":   func(r result) string { return strings.Join(append(r.paras, r.article.Captions...), "\n") },
		"body+byline+caps": func(r result) string {
			return strings.Join(append(append(r.paras, r.byline), r.article.Captions...), "\n")
		},
		"title+body+byline": func(r result) string { return r.article.Title + "\n" + strings.Join(r.paras, "\n") + "\n" + r.byline },
	}
	for name, v := range variants {
		res, err := extracteval.Evaluate(context.Background(), dir, func(h, u string) string {
			r := extract(h, Meta{URL: u})
			s := v(r)
			if out != "" && name == "body+byline+caps" {
				id := u
				os.WriteFile(filepath.Join(out, fmt.Sprintf("%x.txt", len(u)*7919+len(h))), []byte(id+"\n"+s), 0o644)
			}
			return s
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%-20s P %.4f R %.4f F1 %.4f", name, res.P, res.R, res.F1)
	}
}
