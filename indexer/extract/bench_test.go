package extract

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/frontsearch/frontsearch/indexer/extract/extracteval"
)

// benchmarkPages loads the shared benchmark's pages of 50–300 KB (typical
// news pages).
func benchmarkPages(b *testing.B) []string {
	var pages []string
	dir := filepath.Join("..", "..", "..", "shared", "benchmarks", "article-extraction")
	ps, err := extracteval.Load(dir)
	if err != nil {
		b.Skipf("no benchmark pages: %v", err)
	}
	for _, p := range ps {
		h, err := p.ReadHTML()
		if err == nil && len(h) >= 50<<10 && len(h) <= 300<<10 {
			pages = append(pages, h)
		}
	}
	return pages
}

// archivePages loads the fixture archive's plain UTF-8 HTML pages.
func archivePages(b *testing.B) []string {
	var pages []string
	root := filepath.Join("..", "..", "testdata", "archive")
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if ext := filepath.Ext(p); ext == ".html" || ext == ".htm" || ext == ".aspx" {
			if raw, err := os.ReadFile(p); err == nil && strings.Contains(string(raw[:min(len(raw), 2048)]), "utf-8") {
				pages = append(pages, string(raw))
			}
		}
		return nil
	})
	if len(pages) == 0 {
		b.Skip("no fixture archive pages")
	}
	return pages
}

// BenchmarkExtract reports extraction throughput on typical 50–300 KB news
// pages: pages/s (wall clock) and pages/cpu-s (pages per CPU-second of the
// process, the per-core figure, robust to other load on a shared machine).
func BenchmarkExtract(b *testing.B) {
	runExtractBench(b, benchmarkPages(b))
}

// BenchmarkExtractArchive is the same on the fixture archive's portal pages
// (smaller: about 20 KB each).
func BenchmarkExtractArchive(b *testing.B) {
	runExtractBench(b, archivePages(b))
}

func runExtractBench(b *testing.B, pages []string) {
	bytes := 0
	for _, p := range pages {
		bytes += len(p)
	}
	b.SetBytes(int64(bytes / len(pages)))
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for i := 0; i < b.N; i++ {
		Extract(pages[i%len(pages)], Meta{})
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "pages/s")
	if d := (cpuTime() - cpu0).Seconds(); d > 0 {
		b.ReportMetric(float64(b.N)/d, "pages/cpu-s")
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
