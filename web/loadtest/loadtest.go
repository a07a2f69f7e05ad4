// Package loadtest is a load generator for a running frontsearch server:
// N concurrent clients, each looping over a realistic mix of requests
// (searches with random words, facets and paging, facet look-ups, article
// pages, similar articles, exports) for a fixed duration. It reports
// throughput, latency percentiles per kind of request, every error, and the
// server's peak resident memory as sampled from its /metrics.
//
// Any response other than 200, any transport error and any unreadable body
// counts as an error: a load run passes only with zero errors.
package loadtest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Config describes a run.
type Config struct {
	// BaseURL of the server, e.g. "http://127.0.0.1:8080".
	BaseURL string
	// Clients is the number of concurrent clients (default 8).
	Clients int
	// Duration of the run (default 30 s).
	Duration time.Duration
	// Seed makes the request sequence reproducible (default 1).
	Seed uint64
	// NoExport leaves exports out of the mix.
	NoExport bool
	// HTTP is the client to use; nil means a client with keep-alive and a
	// 60 s timeout per request.
	HTTP *http.Client
}

// Kind names the request kinds of the mix.
const (
	KindSearch      = "search"
	KindCursor      = "search-cursor"
	KindPage        = "page"
	KindFacet       = "facet"
	KindArticle     = "article"
	KindArticlePage = "article-page"
	KindSimilar     = "similar"
	KindExport      = "export"
	KindFeed        = "feed"
)

// mix is the share of each kind, in per mille.
var mix = []struct {
	kind   string
	weight int
}{
	{KindSearch, 360}, {KindCursor, 40}, {KindPage, 120}, {KindFacet, 140},
	{KindArticle, 100}, {KindArticlePage, 80}, {KindSimilar, 100}, {KindExport, 30}, {KindFeed, 30},
}

// words are common in Front news: queries are built from them.
var words = []string{
	"hội nghị", "mặt trận", "MTTQ", "đại đoàn kết", "hiệp thương", "bầu cử", "giám sát", "phản biện",
	"người nghèo", "an sinh", "nông thôn mới", "khu dân cư", "tổ quốc", "nhân dân", "đoàn viên",
	"hội viên", "tết", "trao quà", "khen thưởng", "tuyên truyền", "ủy ban", "xã", "huyện", "tỉnh",
	"chủ tịch", "phụ nữ", "nông dân", "cựu chiến binh", "thanh niên", "công đoàn", "dân vận",
	"tôn giáo", "dân tộc", "covid", "nhà đại đoàn kết", "quỹ vì người nghèo", "tiếp xúc cử tri",
	"hoi nghi", "mat tran", "bau cu", "\"đại hội đại biểu\"", "cuộc vận động", "học tập",
}

// Stats are the figures of one kind of request (or of all).
type Stats struct {
	Kind     string
	Requests int
	Errors   int
	P50, P99 time.Duration
	Max      time.Duration
}

// Result is the outcome of a run.
type Result struct {
	Elapsed  time.Duration
	Requests int
	Errors   int
	RPS      float64
	All      Stats
	Kinds    []Stats
	// ErrorSamples holds up to 20 error messages.
	ErrorSamples []string
	// PeakRSS is the largest process_resident_memory_bytes the server's
	// /metrics reported during the run (sampled every second); 0 if not
	// available.
	PeakRSS int64
}

type sample struct {
	kind string
	d    time.Duration
	err  error
}

// seed holds what the clients pick from: article IDs and facet values.
type seed struct {
	ids    []string
	facets map[string][]string
}

// Run performs a load run. It returns an error only when the run could not
// start (server unreachable, empty index); request errors are in Result.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if cfg.Clients <= 0 {
		cfg.Clients = 8
	}
	if cfg.Duration <= 0 {
		cfg.Duration = 30 * time.Second
	}
	if cfg.Seed == 0 {
		cfg.Seed = 1
	}
	if cfg.HTTP == nil {
		cfg.HTTP = &http.Client{
			Timeout:   60 * time.Second,
			Transport: &http.Transport{MaxIdleConnsPerHost: cfg.Clients * 2, DisableCompression: true},
		}
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	sd, err := loadSeed(ctx, cfg)
	if err != nil {
		return nil, err
	}

	ctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	res := &Result{}
	var rssMu sync.Mutex
	rssDone := make(chan struct{})
	go func() {
		defer close(rssDone)
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			if v := rss(cfg); v > 0 {
				rssMu.Lock()
				res.PeakRSS = max(res.PeakRSS, v)
				rssMu.Unlock()
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()

	start := time.Now()
	out := make([][]sample, cfg.Clients)
	var wg sync.WaitGroup
	for i := range cfg.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := &client{cfg: cfg, sd: sd, rng: rand.New(rand.NewPCG(cfg.Seed, uint64(i)))}
			for ctx.Err() == nil {
				kind := c.pick()
				t0 := time.Now()
				err := c.do(ctx, kind)
				if ctx.Err() != nil && err != nil {
					break // the run ended mid-request: not the server's fault
				}
				out[i] = append(out[i], sample{kind: kind, d: time.Since(t0), err: err})
			}
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(start)
	<-rssDone

	var all []sample
	for _, s := range out {
		all = append(all, s...)
	}
	res.Requests = len(all)
	res.RPS = float64(res.Requests) / res.Elapsed.Seconds()
	res.All = stats("all", all)
	res.Errors = res.All.Errors
	for _, m := range mix {
		var ks []sample
		for _, s := range all {
			if s.kind == m.kind {
				ks = append(ks, s)
			}
		}
		if len(ks) > 0 {
			res.Kinds = append(res.Kinds, stats(m.kind, ks))
		}
	}
	for _, s := range all {
		if s.err != nil && len(res.ErrorSamples) < 20 {
			res.ErrorSamples = append(res.ErrorSamples, s.kind+": "+s.err.Error())
		}
	}
	return res, nil
}

func stats(kind string, ss []sample) Stats {
	st := Stats{Kind: kind, Requests: len(ss)}
	ds := make([]time.Duration, 0, len(ss))
	for _, s := range ss {
		if s.err != nil {
			st.Errors++
		}
		ds = append(ds, s.d)
	}
	slices.Sort(ds)
	if len(ds) > 0 {
		st.P50 = ds[(len(ds)-1)*50/100]
		st.P99 = ds[(len(ds)-1)*99/100]
		st.Max = ds[len(ds)-1]
	}
	return st
}

// WriteText prints the result as a table.
func (r *Result) WriteText(w io.Writer) {
	fmt.Fprintf(w, "%-14s %9s %7s %10s %10s %10s\n", "kind", "requests", "errors", "p50", "p99", "max")
	for _, s := range append(r.Kinds, r.All) {
		fmt.Fprintf(w, "%-14s %9d %7d %10s %10s %10s\n", s.Kind, s.Requests, s.Errors,
			s.P50.Round(10*time.Microsecond), s.P99.Round(10*time.Microsecond), s.Max.Round(10*time.Microsecond))
	}
	fmt.Fprintf(w, "\n%d requests in %s: %.1f requests/s, %d errors\n", r.Requests, r.Elapsed.Round(time.Millisecond), r.RPS, r.Errors)
	if r.PeakRSS > 0 {
		fmt.Fprintf(w, "server peak RSS (sampled from /metrics every 1 s): %.1f MiB\n", float64(r.PeakRSS)/(1<<20))
	}
	for _, e := range r.ErrorSamples {
		fmt.Fprintf(w, "error: %s\n", e)
	}
}

func loadSeed(ctx context.Context, cfg Config) (*seed, error) {
	var resp struct {
		Total uint64 `json:"total"`
		Hits  []struct {
			ID string `json:"id"`
		} `json:"hits"`
		Facets map[string][]struct {
			Value string `json:"value"`
		} `json:"facets"`
		NextCursor string `json:"next_cursor"`
	}
	sd := &seed{facets: map[string][]string{}}
	q := "/api/v1/search?size=100&facet_size=50&sort=newest"
	for page := 0; page < 10; page++ {
		body, err := get(ctx, cfg.HTTP, cfg.BaseURL+q)
		if err != nil {
			return nil, fmt.Errorf("loadtest: seed search on %s: %w", cfg.BaseURL, err)
		}
		resp.NextCursor = ""
		if err := json.Unmarshal(body, &resp); err != nil {
			return nil, fmt.Errorf("loadtest: seed search: %w", err)
		}
		for _, h := range resp.Hits {
			sd.ids = append(sd.ids, h.ID)
		}
		for f, vs := range resp.Facets {
			if len(sd.facets[f]) > 0 {
				continue
			}
			for _, v := range vs {
				sd.facets[f] = append(sd.facets[f], v.Value)
			}
		}
		if resp.NextCursor == "" {
			break
		}
		q = "/api/v1/search?size=100&facet_size=1&sort=newest&cursor=" + url.QueryEscape(resp.NextCursor)
	}
	if len(sd.ids) == 0 {
		return nil, errors.New("loadtest: the index is empty; index some pages first")
	}
	return sd, nil
}

// rss reads process_resident_memory_bytes from the server's /metrics.
func rss(cfg Config) int64 {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, cfg.BaseURL+"/metrics", nil)
	resp, err := cfg.HTTP.Do(req)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "process_resident_memory_bytes "); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err == nil {
				return int64(f)
			}
		}
	}
	return 0
}

func get(ctx context.Context, hc *http.Client, u string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("GET %s: reading body: %w", u, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: status %d: %.200s", u, resp.StatusCode, body)
	}
	return body, nil
}

type client struct {
	cfg Config
	sd  *seed
	rng *rand.Rand
}

func (c *client) pick() string {
	for {
		n := c.rng.IntN(1000)
		for _, m := range mix {
			if n < m.weight {
				if m.kind == KindExport && c.cfg.NoExport {
					break
				}
				return m.kind
			}
			n -= m.weight
		}
	}
}

func (c *client) oneOf(ss []string) string { return ss[c.rng.IntN(len(ss))] }

// query builds random search parameters.
func (c *client) query() url.Values {
	v := url.Values{}
	if c.rng.IntN(10) < 8 {
		q := c.oneOf(words)
		if c.rng.IntN(3) == 0 {
			q += " " + c.oneOf(words)
		}
		v.Set("q", q)
	}
	if c.rng.IntN(10) < 4 {
		var fields []string
		for f := range c.sd.facets {
			fields = append(fields, f)
		}
		slices.Sort(fields)
		if len(fields) > 0 {
			f := c.oneOf(fields)
			v.Add(f, c.oneOf(c.sd.facets[f]))
		}
	}
	if c.rng.IntN(10) < 3 {
		v.Set("sort", c.oneOf([]string{"newest", "oldest", "relevance"}))
	}
	if c.rng.IntN(10) < 2 {
		y := 2015 + c.rng.IntN(10)
		v.Set("from", fmt.Sprintf("%d-01-01", y))
		v.Set("to", fmt.Sprintf("%d-12-31", y+c.rng.IntN(3)))
	}
	return v
}

func (c *client) do(ctx context.Context, kind string) error {
	base := c.cfg.BaseURL
	hc := c.cfg.HTTP
	id := url.PathEscape(c.oneOf(c.sd.ids))
	switch kind {
	case KindSearch:
		v := c.query()
		if c.rng.IntN(10) == 0 {
			v = url.Values{} // match-all
		}
		v.Set("size", c.oneOf([]string{"10", "20", "50"}))
		if c.rng.IntN(3) == 0 && len(v) > 1 {
			v.Set("page", strconv.Itoa(1+c.rng.IntN(3)))
		}
		body, err := get(ctx, hc, base+"/api/v1/search?"+v.Encode())
		if err != nil {
			return err
		}
		var r struct {
			Total *uint64 `json:"total"`
		}
		if err := json.Unmarshal(body, &r); err != nil || r.Total == nil {
			return fmt.Errorf("search: bad JSON: %.100s", body)
		}
		// A search for everything must never come back empty, not even
		// while the index is being rebuilt.
		if *r.Total == 0 && len(v) == 1 {
			return fmt.Errorf("search %s: empty result for a match-all search", v.Encode())
		}
		return nil
	case KindCursor:
		v := c.query()
		v.Set("size", "5")
		for range 3 {
			body, err := get(ctx, hc, base+"/api/v1/search?"+v.Encode())
			if err != nil {
				return err
			}
			var r struct {
				NextCursor string `json:"next_cursor"`
			}
			if err := json.Unmarshal(body, &r); err != nil {
				return fmt.Errorf("search: bad JSON: %w", err)
			}
			if r.NextCursor == "" {
				return nil
			}
			v.Set("cursor", r.NextCursor)
		}
		return nil
	case KindPage:
		v := c.query()
		_, err := get(ctx, hc, base+"/?"+v.Encode())
		return err
	case KindFacet:
		var fields []string
		for f := range c.sd.facets {
			fields = append(fields, f)
		}
		slices.Sort(fields)
		if len(fields) == 0 {
			_, err := get(ctx, hc, base+"/api/v1/facets/unit")
			return err
		}
		f := c.oneOf(fields)
		val := []rune(c.oneOf(c.sd.facets[f]))
		prefix := string(val[:min(len(val), 1+c.rng.IntN(3))])
		_, err := get(ctx, hc, base+"/api/v1/facets/"+f+"?prefix="+url.QueryEscape(prefix))
		return err
	case KindArticle:
		_, err := get(ctx, hc, base+"/api/v1/articles/"+id)
		return err
	case KindArticlePage:
		_, err := get(ctx, hc, base+"/article/"+id)
		return err
	case KindSimilar:
		_, err := get(ctx, hc, base+"/api/v1/articles/"+id+"/similar")
		return err
	case KindExport:
		v := c.query()
		v.Set("format", c.oneOf([]string{"csv", "jsonl"}))
		_, err := get(ctx, hc, base+"/api/v1/export?"+v.Encode())
		return err
	case KindFeed:
		_, err := get(ctx, hc, base+"/feed.atom?"+c.query().Encode())
		return err
	}
	return fmt.Errorf("unknown kind %q", kind)
}
