package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/extract/extracteval"
)

func TestDebugCaptions(t *testing.T) {
	if os.Getenv("FRONTSEARCH_DEBUG") == "" {
		t.Skip("set FRONTSEARCH_DEBUG=1 to run")
	}
	dir := filepath.Join("..", "..", "..", "shared", "benchmarks", "article-extraction")
	pages, _ := extracteval.Load(dir)
	in, out := 0, 0
	for _, p := range pages {
		h, _ := p.ReadHTML()
		r := extract(h, Meta{URL: p.URL})
		for _, c := range r.article.Captions {
			if strings.Contains(p.Expected, c) {
				in++
				t.Logf("IN  %s: %.100s", p.ID[:8], c)
			} else {
				out++
			}
		}
	}
	t.Logf("captions in GT %d, not %d", in, out)
}
