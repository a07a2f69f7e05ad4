package extract

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/frontsearch/frontsearch/indexer/extract/extracteval"
)

// benchPages loads typical pages (50–300 KB) from the shared benchmark and
// the fixture archive.
func benchPages(b *testing.B) []string {
	var pages []string
	dir := filepath.Join("..", "..", "..", "shared", "benchmarks", "article-extraction")
	if ps, err := extracteval.Load(dir); err == nil {
		for _, p := range ps {
			h, err := p.ReadHTML()
			if err == nil && len(h) >= 50<<10 && len(h) <= 300<<10 {
				pages = append(pages, h)
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "archive", "*", "*.html"))
	more, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "archive", "*.html"))
	for _, f := range append(files, more...) {
		if raw, err := os.ReadFile(f); err == nil {
			pages = append(pages, string(raw))
		}
	}
	if len(pages) == 0 {
		b.Skip("no benchmark pages (../shared/benchmarks/article-extraction or testdata/archive)")
	}
	return pages
}

// BenchmarkExtract reports extraction throughput in pages/s on one core.
func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	bytes := 0
	for _, p := range pages {
		bytes += len(p)
	}
	b.SetBytes(int64(bytes / len(pages)))
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	n := 0
	for i := 0; i < b.N; i++ {
		Extract(pages[i%len(pages)], Meta{})
		n++
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "pages/s")
	// Pages per CPU-second: the per-core figure, robust to other load on a
	// shared machine.
	if d := (cpuTime() - cpu0).Seconds(); d > 0 {
		b.ReportMetric(float64(n)/d, "pages/cpu-s")
	}
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
