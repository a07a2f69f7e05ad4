package engine

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/schema"
)

// synthArticles makes n deterministic articles from the fixture articles:
// shuffled paragraphs of several fixtures, with synthetic entities, so that
// the index has realistic Vietnamese text and facet cardinalities.
func synthArticles(t testing.TB, n int) []*search.Article {
	base, _ := loadFixtures(t)
	r := rand.New(rand.NewPCG(1, 2))
	var paras []string
	for _, a := range base {
		paras = append(paras, strings.Split(a.Body, "\n\n")...)
	}
	provinces := []string{"Lạng Sơn", "Tuyên Quang", "Hà Nam", "Hòa Bình", "Sơn La", "Đắk Lắk", "Quảng Trị", "Hà Giang", "Lai Châu", "Thái Bình"}
	topics := []string{"Phản biện xã hội", "Giám sát", "Vì người nghèo", "Đại đoàn kết", "Nông thôn mới", "Tôn giáo", "Dân tộc", "Bầu cử", "Covid-19", "Chuyển đổi số"}
	surnames := []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "Hà"}
	given := []string{"Văn An", "Thị Hằng", "Văn Thành", "Thị Thúy", "Văn Dũng", "Ngọc Tân", "Văn Mừng", "Thị Lan", "Xuân Dưỡng", "Đức Thọ"}
	out := make([]*search.Article, n)
	for i := range out {
		src := base[r.IntN(len(base))]
		var body []string
		for k := 0; k < 3+r.IntN(4); k++ {
			body = append(body, paras[r.IntN(len(paras))])
		}
		prov := provinces[r.IntN(len(provinces))]
		district := fmt.Sprintf("huyện %d", r.IntN(20))
		commune := fmt.Sprintf("xã %d", r.IntN(200))
		day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(3650))
		a := &search.Article{
			ID:        "synth-" + strconv.Itoa(i),
			Site:      fmt.Sprintf("site%d.gov.vn", r.IntN(300)),
			Title:     src.Title,
			Published: day.Format("2006-01-02"),
			Lead:      body[0],
			Body:      strings.Join(body, "\n\n"),
			Captions:  src.Captions,
			Units:     []search.Unit{{Name: "Ủy ban MTTQ Việt Nam " + commune + " " + prov, Org: search.OrgMTTQ, Level: search.LevelXa}},
			Places:    []search.Place{{Name: commune, Province: prov, District: district, Commune: commune}},
			People:    []search.Person{{Name: surnames[r.IntN(len(surnames))] + " " + given[r.IntN(len(given))]}},
			Topics:    []search.Topic{{Label: topics[r.IntN(len(topics))]}, {Label: topics[r.IntN(len(topics))]}},
			IsArticle: true,
		}
		out[i] = a
	}
	return out
}

// benchIndex builds an on-disk index of n synthetic articles and returns it
// with its size in bytes.
func benchIndex(b *testing.B, n int) (bleve.Index, int64) {
	arts := synthArticles(b, n)
	m, err := schema.Mapping()
	if err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(b.TempDir(), "idx")
	// unsafe_batch: no fsync per batch; durability is not what this
	// benchmark measures.
	idx, err := bleve.NewUsing(dir, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, map[string]any{"unsafe_batch": true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { idx.Close() })
	start := time.Now()
	for i := 0; i < len(arts); i += 500 {
		batch := idx.NewBatch()
		for _, a := range arts[i:min(i+500, len(arts))] {
			if err := batch.Index(a.ID, schema.Document(a)); err != nil {
				b.Fatal(err)
			}
		}
		if err := idx.Batch(batch); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("indexed %d synthetic articles in %v (%.0f docs/s)", n, time.Since(start), float64(n)/time.Since(start).Seconds())
	var size int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				size += fi.Size()
			}
		}
		return nil
	})
	return idx, size
}

// benchQueries is a mixed set: accented, unaccented, phrases, abbreviations,
// filters, document numbers.
var benchQueries = []string{
	"phản biện xã hội", "phan bien xa hoi", "người có uy tín", "nha dai doan ket",
	"\"Quỹ Vì người nghèo\"", "MTTQ tỉnh", "Ủy ban MTTQ xã Tân Thành", "bảo hiểm y tế",
	"34-NQ/TU", "giám sát -Covid", "hội nghị year:2020", "tiep xuc cu tri",
	"Mặt trận Tổ quốc", "chuyển đổi số OR \"hiệp thương\"", "Ban TTND", "",
}

// BenchmarkSearch runs the mixed query set with 5 facets, the histogram and
// highlighting over a synthetic index (FRONTSEARCH_BENCH_N articles,
// default 5000). It reports latency percentiles and index bytes/article.
//
//	go test ./search/engine -run '^$' -bench BenchmarkSearch -benchtime 400x
func BenchmarkSearch(b *testing.B) {
	n := 5000
	if s := os.Getenv("FRONTSEARCH_BENCH_N"); s != "" {
		if v, err := strconv.Atoi(s); err == nil && v > 0 {
			n = v
		}
	}
	idx, size := benchIndex(b, n)
	e := New(idx, Options{})
	ctx := context.Background()
	facets := []string{search.FacetUnit, search.FacetPerson, search.FacetTopic, search.FacetPlace, search.FacetYear}
	perQuery := map[string]time.Duration{}
	lat := make([]time.Duration, 0, b.N)
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		req := search.Request{Query: benchQueries[i%len(benchQueries)], Size: 10, Facets: facets, Histogram: true, Highlight: true}
		if i%4 == 3 {
			req.Filters = map[string][]string{search.FacetTopic: {"Giám sát"}, search.FacetYear: {"2020", "2021"}}
		}
		t0 := time.Now()
		if _, err := e.Search(ctx, req); err != nil {
			b.Fatal(err)
		}
		d := time.Since(t0)
		lat = append(lat, d)
		perQuery[req.Query] = max(perQuery[req.Query], d)
	}
	b.StopTimer()
	cpu := cpuTime() - cpu0
	if testing.Verbose() {
		for q, d := range perQuery {
			b.Logf("slowest %-40q %v", q, d)
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(size)/float64(n), "index-bytes/article")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/query")
}

// BenchmarkIndexDocs indexes synthetic articles with this schema in
// batches of 500 and reports the process CPU time per document (user +
// system; wall time is meaningless on a shared machine) and index
// bytes/article.
//
//	go test ./search/engine -run '^$' -bench BenchmarkIndexDocs -benchtime 2000x
func BenchmarkIndexDocs(b *testing.B) {
	arts := synthArticles(b, b.N)
	m, err := schema.Mapping()
	if err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(b.TempDir(), "idx")
	idx, err := bleve.NewUsing(dir, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, map[string]any{"unsafe_batch": true})
	if err != nil {
		b.Fatal(err)
	}
	defer idx.Close()
	cpu0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < len(arts); i += 500 {
		batch := idx.NewBatch()
		for _, a := range arts[i:min(i+500, len(arts))] {
			if err := batch.Index(a.ID, schema.Document(a)); err != nil {
				b.Fatal(err)
			}
		}
		if err := idx.Batch(batch); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/doc")
	var size int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				size += fi.Size()
			}
		}
		return nil
	})
	b.ReportMetric(float64(size)/float64(b.N), "index-bytes/article")
}

// cpuTime is the process's user + system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
