package enrich

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user+system CPU time: the machine is shared, so
// wall time per op overstates the cost; cpu-ns/op is what one core spends.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkEnrich enriches the annotated articles of testdata/entities
// (real-size Front news articles) in turn, with the gazetteer when the
// shared data is present. It reports articles/s.
func BenchmarkEnrich(b *testing.B) {
	cases := loadCases(b)
	e := newTestEnricher(b)
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		a := *cases[i%len(cases)].a
		e.Enrich(&a)
	}
	cpu := cpuTime() - c0
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
	}
}

// BenchmarkEnrichParallel measures Enrich from several goroutines sharing
// one Enricher.
func BenchmarkEnrichParallel(b *testing.B) {
	cases := loadCases(b)
	e := newTestEnricher(b)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			a := *cases[i%len(cases)].a
			e.Enrich(&a)
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
