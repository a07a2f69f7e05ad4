// Package bench measures frontsearch end to end: it generates a synthetic
// archive (indexer/corpus), indexes it through the real pipeline (source →
// decode → extract → enrich → Bleve), then runs a fixed mixed query set
// with facets and highlighting through search/engine, and reports
// pages/s, index bytes per article, peak memory and query latency
// percentiles. `frontsearch bench` is its command line.
package bench

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/frontsearch/frontsearch/indexer/build"
	"github.com/frontsearch/frontsearch/indexer/corpus"
	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/engine"
	"github.com/frontsearch/frontsearch/search/schema"
	"github.com/frontsearch/frontsearch/search/store"
)

// Config is one benchmark run.
type Config struct {
	// Pages is the number of pages to generate and index.
	Pages int
	// Seed makes the corpus reproducible.
	Seed int64
	// Work is the folder for the corpus and the index; "" means a fresh
	// temporary folder, removed at the end.
	Work string
	// Workers for indexing; 0 means GOMAXPROCS.
	Workers int
	// Queries is the number of timed queries (default 1000).
	Queries int
	// Enricher, when non-nil, enriches articles (entities, topics);
	// nil indexes without enrichment.
	Enricher pipeline.Enricher
	// Progress receives indexing progress lines; nil means none.
	Progress io.Writer
	// SkipIndex reuses the index already in Work (query benchmark only).
	SkipIndex bool
	// BatchSize is the indexer's documents per batch; 0 means its default.
	BatchSize int
	// DropFields are index fields (e.g. "body_fs") left out of the
	// mapping, to measure what each field copy costs in time and bytes.
	// Queries still run, against an index without them.
	DropFields []string
	// GC describes the collector settings of the run, for the report.
	GC string
	// Shards of the index; 0 means the store's default.
	Shards int
	// NoOptimize leaves the built index unmerged (build.Options.NoOptimize).
	NoOptimize bool
}

// Result is what a run measured. Durations are in milliseconds.
type Result struct {
	Pages           int      `json:"pages"`
	Seed            int64    `json:"seed"`
	Workers         int      `json:"workers"`
	BatchSize       int      `json:"batch_size,omitempty"`
	GC              string   `json:"gc,omitempty"`
	Shards          int      `json:"shards,omitempty"`
	OptimizeSeconds float64  `json:"optimize_seconds,omitempty"`
	DropFields      []string `json:"drop_fields,omitempty"`
	CPUs            int      `json:"cpus"`
	GenerateSeconds float64  `json:"generate_seconds"`
	IndexSeconds    float64  `json:"index_seconds"`
	PagesPerSecond  float64  `json:"pages_per_second"`
	// IndexCPUSeconds is the user+system CPU time the indexing took; on a
	// shared machine PagesPerCPUSecond × cores is the throughput the
	// machine would reach alone.
	IndexCPUSeconds   float64 `json:"index_cpu_seconds"`
	PagesPerCPUSecond float64 `json:"pages_per_cpu_second"`
	Articles          uint64  `json:"articles"`
	Skipped           int     `json:"skipped"`
	IndexBytes        int64   `json:"index_bytes"`
	BytesPerArticle   float64 `json:"bytes_per_article"`
	PeakRSSIndexMB    float64 `json:"peak_rss_index_mb"`
	Queries           int     `json:"queries"`
	QueryP50MS        float64 `json:"query_p50_ms"`
	QueryP90MS        float64 `json:"query_p90_ms"`
	QueryP99MS        float64 `json:"query_p99_ms"`
	QueryMaxMS        float64 `json:"query_max_ms"`
	QueriesPerSec     float64 `json:"queries_per_second"`
	EmptyResults      int     `json:"empty_results"`
	PeakRSSMB         float64 `json:"peak_rss_mb"`
	// Slowest are the query shapes with the highest median latency.
	Slowest []QueryTiming `json:"slowest"`
}

// QueryTiming is the latency of one query shape of the mixed set.
type QueryTiming struct {
	Query    string  `json:"query"`
	Filter   string  `json:"filter,omitempty"`
	Hits     uint64  `json:"hits"`
	MedianMS float64 `json:"median_ms"`
	MaxMS    float64 `json:"max_ms"`
}

// Run generates, indexes and queries as cfg says.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if cfg.Pages <= 0 && !cfg.SkipIndex {
		return nil, errors.New("bench: Pages must be positive")
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.Queries <= 0 {
		cfg.Queries = 1000
	}
	work := cfg.Work
	if work == "" {
		tmp, err := os.MkdirTemp("", "frontsearch-bench-")
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		defer os.RemoveAll(tmp)
		work = tmp
	}
	corpusDir := filepath.Join(work, fmt.Sprintf("corpus-%d-%d", cfg.Pages, cfg.Seed))
	indexDir := filepath.Join(work, "index")
	res := &Result{Pages: cfg.Pages, Seed: cfg.Seed, Workers: cfg.Workers, CPUs: runtime.NumCPU(),
		BatchSize: cfg.BatchSize, DropFields: cfg.DropFields, GC: cfg.GC, Shards: cfg.Shards}

	if !cfg.SkipIndex {
		// The corpus is generated once per (pages, seed) and kept in Work.
		marker := filepath.Join(corpusDir, ".complete")
		if _, err := os.Stat(marker); err != nil {
			t0 := time.Now()
			os.RemoveAll(corpusDir)
			if err := corpus.Write(ctx, corpusDir, cfg.Pages, cfg.Seed); err != nil {
				return nil, fmt.Errorf("bench: generate: %w", err)
			}
			if err := os.WriteFile(marker, nil, 0o644); err != nil {
				return nil, fmt.Errorf("bench: %w", err)
			}
			res.GenerateSeconds = time.Since(t0).Seconds()
		}
		os.RemoveAll(indexDir)
		m, err := mappingWithout(cfg.DropFields)
		if err != nil {
			return nil, err
		}
		cpu0 := cpuSeconds()
		t0 := time.Now()
		rep, err := build.Run(ctx, indexDir, []string{corpusDir}, build.Options{
			Rebuild:    true,
			Workers:    cfg.Workers,
			BatchSize:  cfg.BatchSize,
			Shards:     cfg.Shards,
			NoOptimize: cfg.NoOptimize,
			Mapping:    m,
			Processor:  pipeline.New(cfg.Enricher),
			Progress:   cfg.Progress,
		})
		if err != nil {
			return nil, fmt.Errorf("bench: index: %w", err)
		}
		res.IndexSeconds = time.Since(t0).Seconds()
		res.OptimizeSeconds = rep.OptimizeSeconds
		res.IndexCPUSeconds = cpuSeconds() - cpu0
		if res.IndexCPUSeconds > 0 {
			res.PagesPerCPUSecond = float64(rep.Pages) / res.IndexCPUSeconds
		}
		res.PagesPerSecond = float64(rep.Pages) / res.IndexSeconds
		res.Articles = rep.Docs
		res.Skipped = rep.Skipped
		res.PeakRSSIndexMB = PeakRSSMB()
	}

	gen, err := store.ReadCurrent(indexDir)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	res.IndexBytes = dirSize(filepath.Join(indexDir, gen))

	st, err := store.Open(indexDir)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	defer st.Close()
	eng := engine.New(st.Index(), engine.Options{})
	if n, err := eng.Count(ctx); err == nil {
		res.Articles = n
		if n > 0 {
			res.BytesPerArticle = float64(res.IndexBytes) / float64(n)
		}
	}
	if err := queries(ctx, eng, cfg.Queries, res); err != nil {
		return nil, err
	}
	res.PeakRSSMB = PeakRSSMB()
	return res, nil
}

// mappingWithout is the schema's mapping without the named fields. A
// field may be named more than once (-drop-fields and -text-only both
// name the captions); a name the schema never had is an error.
func mappingWithout(fields []string) (mapping.IndexMapping, error) {
	im, err := schemaMapping()
	if err != nil {
		return nil, err
	}
	dropped := map[string]bool{}
	for _, f := range fields {
		if dropped[f] {
			continue
		}
		dropped[f] = true
		if f == "_all" {
			// Bleve's composite field: disabled by a disabled sub-mapping.
			im.DefaultMapping.AddSubDocumentMapping("_all", &mapping.DocumentMapping{Enabled: false})
			continue
		}
		if _, ok := im.DefaultMapping.Properties[f]; !ok {
			return nil, fmt.Errorf("bench: drop field %q: not in the mapping", f)
		}
		delete(im.DefaultMapping.Properties, f)
	}
	return im, nil
}

// schemaMapping is the schema's mapping, as the type whose fields can be
// listed and dropped.
func schemaMapping() (*mapping.IndexMappingImpl, error) {
	m, err := schema.Mapping()
	if err != nil {
		return nil, fmt.Errorf("bench: mapping: %w", err)
	}
	im, ok := m.(*mapping.IndexMappingImpl)
	if !ok {
		return nil, errors.New("bench: the schema's mapping does not list its fields")
	}
	return im, nil
}

// TextOnlyFields lists the index fields a text-only run leaves out:
// every field but the title and body variants, the stored source, the
// content hash and the dates. Indexed without enrichment, such a run
// measures the floor of the schema's text features (accents, folding,
// shingles) in Bleve: what indexing a page costs before any facet,
// entity or caption is added. `frontsearch bench -text-only` uses it.
func TextOnlyFields() ([]string, error) {
	im, err := schemaMapping()
	if err != nil {
		return nil, err
	}
	keep := map[string]bool{schema.FieldSource: true, schema.HashField: true,
		schema.FieldDate: true, schema.FieldPublished: true}
	for _, base := range []string{schema.FieldTitle, schema.FieldBody} {
		for _, suf := range schema.Variants[base] {
			keep[base+suf] = true
		}
	}
	var drop []string
	for name := range im.DefaultMapping.Properties {
		if !keep[name] {
			drop = append(drop, name)
		}
	}
	sort.Strings(drop)
	return drop, nil
}

// Facets counted by every benchmark query.
var benchFacets = []string{search.FacetUnit, search.FacetTopic, search.FacetProvince, search.FacetPerson, search.FacetYear}

// baseQueries is the mixed query set: accented and unaccented words,
// old-style tone marks, phrases, exclusions, OR, abbreviations. Filters
// are added from facet values found in the index (see queries).
var baseQueries = []string{
	"Mặt trận Tổ quốc",
	"mat tran to quoc",
	`"phản biện xã hội"`,
	"phan bien xa hoi",
	"Ủy ban MTTQ",
	"uỷ ban mặt trận",
	"MTTQ",
	"hội nghị",
	"hoi nghi tong ket",
	`"đại đoàn kết toàn dân tộc"`,
	"nông thôn mới -đô thị",
	"khu dân cư OR thôn",
	"người nghèo",
	"nha dai doan ket",
	"giám sát",
	"Hội Nông dân",
	"bầu cử đại biểu",
	"an sinh xã hội",
	"",
	"cuộc vận động",
}

func queries(ctx context.Context, eng *engine.Engine, n int, res *Result) error {
	// Discover filter values from the index itself: the top unit, topic
	// and year, so filtered queries hit whatever corpus was indexed.
	probe, err := eng.Search(ctx, search.Request{Size: 1, Facets: benchFacets, FacetSize: 3})
	if err != nil {
		return fmt.Errorf("bench: probe query: %w", err)
	}
	type q struct {
		text    string
		filters map[string][]string
	}
	var set []q
	for _, t := range baseQueries {
		set = append(set, q{text: t})
	}
	for _, f := range []string{search.FacetUnit, search.FacetTopic, search.FacetYear} {
		for i, v := range probe.Facets[f] {
			if i >= 2 {
				break
			}
			set = append(set, q{text: "hội nghị", filters: map[string][]string{f: {v.Value}}})
			set = append(set, q{text: "", filters: map[string][]string{f: {v.Value}}})
		}
	}
	run := func(x q) (time.Duration, *search.Response, error) {
		t0 := time.Now()
		r, err := eng.Search(ctx, search.Request{
			Query: x.text, Filters: x.filters, Size: 10,
			Facets: benchFacets, FacetSize: 10, Highlight: true, Histogram: true,
		})
		return time.Since(t0), r, err
	}
	// Warm up caches (mmap, dictionaries): one pass, untimed.
	for _, x := range set {
		if _, _, err := run(x); err != nil {
			return fmt.Errorf("bench: query %q: %w", x.text, err)
		}
	}
	lat := make([]float64, 0, n)
	perShape := make([][]float64, len(set))
	hits := make([]uint64, len(set))
	t0 := time.Now()
	for i := 0; i < n; i++ {
		x := set[i%len(set)]
		d, r, err := run(x)
		if err != nil {
			return fmt.Errorf("bench: query %q: %w", x.text, err)
		}
		if r.Total == 0 {
			res.EmptyResults++
		}
		ms := float64(d.Microseconds()) / 1000
		lat = append(lat, ms)
		perShape[i%len(set)] = append(perShape[i%len(set)], ms)
		hits[i%len(set)] = r.Total
	}
	total := time.Since(t0)
	for i, l := range perShape {
		if len(l) == 0 {
			continue
		}
		sort.Float64s(l)
		var filter []string
		for f, v := range set[i].filters {
			filter = append(filter, f+"="+strings.Join(v, "|"))
		}
		res.Slowest = append(res.Slowest, QueryTiming{Query: set[i].text, Filter: strings.Join(filter, " "),
			Hits: hits[i], MedianMS: percentile(l, 50), MaxMS: l[len(l)-1]})
	}
	sort.Slice(res.Slowest, func(i, j int) bool { return res.Slowest[i].MedianMS > res.Slowest[j].MedianMS })
	if len(res.Slowest) > 8 {
		res.Slowest = res.Slowest[:8]
	}
	sort.Float64s(lat)
	res.Queries = n
	res.QueryP50MS = percentile(lat, 50)
	res.QueryP90MS = percentile(lat, 90)
	res.QueryP99MS = percentile(lat, 99)
	res.QueryMaxMS = lat[len(lat)-1]
	res.QueriesPerSec = float64(n) / total.Seconds()
	return nil
}

// percentile of sorted values, nearest rank.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p/100+0.5) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(sorted) {
		i = len(sorted) - 1
	}
	return sorted[i]
}

func dirSize(root string) int64 {
	var n int64
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

// PeakRSSMB is the process's peak resident set size (VmHWM) in MiB, or 0
// where /proc is not available.
func PeakRSSMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				return 0
			}
			return kb / 1024
		}
	}
	return 0
}

// cpuSeconds is the user+system CPU time of this process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// WriteTable prints r for people.
func (r *Result) WriteTable(w io.Writer) {
	row := func(k, v string) { fmt.Fprintf(w, "  %-26s %s\n", k, v) }
	fmt.Fprintln(w, "frontsearch bench")
	row("pages", strconv.Itoa(r.Pages))
	row("seed", strconv.FormatInt(r.Seed, 10))
	row("cpus / workers", fmt.Sprintf("%d / %d", r.CPUs, r.Workers))
	if r.BatchSize > 0 {
		row("batch size", strconv.Itoa(r.BatchSize))
	}
	if r.Shards > 0 {
		row("shards", strconv.Itoa(r.Shards))
	}
	if r.GC != "" {
		row("garbage collector", r.GC)
	}
	if len(r.DropFields) > 0 {
		row("fields left out", strings.Join(r.DropFields, ", "))
	}
	if r.GenerateSeconds > 0 {
		row("generate", fmt.Sprintf("%.1f s", r.GenerateSeconds))
	}
	if r.IndexSeconds > 0 {
		row("index (end to end)", fmt.Sprintf("%.1f s", r.IndexSeconds))
		row("pages/s", fmt.Sprintf("%.0f", r.PagesPerSecond))
		if r.OptimizeSeconds > 0 {
			row("of which optimize", fmt.Sprintf("%.1f s", r.OptimizeSeconds))
		}
		row("index CPU time", fmt.Sprintf("%.1f s (%.0f pages per CPU-second)", r.IndexCPUSeconds, r.PagesPerCPUSecond))
		row("skipped pages", strconv.Itoa(r.Skipped))
		row("peak RSS after indexing", fmt.Sprintf("%.0f MiB", r.PeakRSSIndexMB))
	}
	row("articles", strconv.FormatUint(r.Articles, 10))
	row("index size", fmt.Sprintf("%.1f MiB", float64(r.IndexBytes)/(1<<20)))
	row("bytes/article", fmt.Sprintf("%.0f", r.BytesPerArticle))
	row("queries (5 facets, hl)", strconv.Itoa(r.Queries))
	row("query p50 / p90 / p99", fmt.Sprintf("%.2f / %.2f / %.2f ms", r.QueryP50MS, r.QueryP90MS, r.QueryP99MS))
	row("query max", fmt.Sprintf("%.2f ms", r.QueryMaxMS))
	row("queries/s (1 client)", fmt.Sprintf("%.0f", r.QueriesPerSec))
	row("empty results", strconv.Itoa(r.EmptyResults))
	row("peak RSS", fmt.Sprintf("%.0f MiB", r.PeakRSSMB))
	if len(r.Slowest) > 0 {
		fmt.Fprintln(w, "  slowest query shapes (median / max ms, hits):")
		for _, q := range r.Slowest {
			fmt.Fprintf(w, "    %7.2f / %7.2f  %7d  %q %s\n", q.MedianMS, q.MaxMS, q.Hits, q.Query, q.Filter)
		}
	}
}

// WriteJSON prints r as indented JSON.
func (r *Result) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
