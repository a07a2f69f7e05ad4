package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"html"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/frontsearch/frontsearch/search"
)

// Hostile articles added to every test index.
const (
	xssID     = "hostile-xss"
	formulaID = "hostile-formula"
	xssTitle  = `<script>alert("xss")</script> Hội nghị tuyên truyền an ninh mạng`
	xssBody   = "Đoạn mở đầu <img src=x onerror=alert(1)> hội nghị.\n\n<script>document.cookie</script> kết thúc."
	formula   = `=HYPERLINK("http://evil.example/?leak","Bấm vào đây")`
)

func hostileArticles() []*search.Article {
	return []*search.Article{
		{ID: xssID, URL: "https://hostile.example.vn/xss", Site: "hostile.example.vn", Title: xssTitle,
			Published: "2023-05-06", Body: xssBody, IsArticle: true, Source: "hostile/xss.html",
			Author: "<b>Tác giả</b>"},
		{ID: formulaID, URL: "javascript:alert(1)", Site: "hostile.example.vn", Title: formula,
			Published: "2023-05-07", Body: "+cmd|' /C calc'!A0 hội nghị", Lead: "@SUM(1+1)", IsArticle: true, Source: "hostile/formula.html"},
	}
}

type fixture struct {
	srv *Server
	ts  *httptest.Server
	s   search.Searcher
}

func newFixture(t *testing.T, opts Options) *fixture {
	t.Helper()
	s := testSearcher(t)
	if opts.RateLimit == 0 {
		opts.RateLimit = -1
	}
	opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	opts.Version = "test"
	srv, err := New(s, opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &fixture{srv: srv, ts: ts, s: s}
}

type result struct {
	status int
	header http.Header
	body   []byte
}

func (f *fixture) get(t *testing.T, path string, hdr ...string) result {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, f.ts.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := f.ts.Client().Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading body: %v", path, err)
	}
	return result{resp.StatusCode, resp.Header, b}
}

func (f *fixture) search(t *testing.T, query string) search.Response {
	t.Helper()
	r := f.get(t, "/api/v1/search?"+query)
	if r.status != 200 {
		t.Fatalf("search %q: status %d: %s", query, r.status, r.body)
	}
	validate(t, "SearchResponse", r.body)
	var resp search.Response
	if err := json.Unmarshal(r.body, &resp); err != nil {
		t.Fatal(err)
	}
	return resp
}

func TestSearchShape(t *testing.T) {
	f := newFixture(t, Options{})
	r := f.get(t, "/api/v1/search?size=5")
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
		t.Fatalf("status %d, type %q", r.status, r.header.Get("Content-Type"))
	}
	validate(t, "SearchResponse", r.body)
	var raw map[string]json.RawMessage
	json.Unmarshal(r.body, &raw)
	for _, k := range []string{"total", "took_ms", "query", "hits", "facets", "histogram"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("response lacks %q", k)
		}
	}
	resp := f.search(t, "size=5")
	n, _ := f.s.Count(context.Background())
	if resp.Total == 0 || resp.Total > n {
		t.Fatalf("total %d, index holds %d", resp.Total, n)
	}
	if len(resp.Hits) != min(5, int(resp.Total)) {
		t.Errorf("%d hits with size=5 and total %d", len(resp.Hits), resp.Total)
	}
	if len(resp.Histogram) == 0 {
		t.Error("no histogram")
	}
	sum := 0
	for _, m := range resp.Histogram {
		sum += m.Count
	}
	if sum == 0 || uint64(sum) > resp.Total {
		t.Errorf("histogram sums to %d for %d hits", sum, resp.Total)
	}
	for _, fld := range []string{"province", "unit", "site"} {
		if len(resp.Facets[fld]) == 0 {
			t.Errorf("facet %s empty", fld)
		}
	}
}

// A facet value's count is the total of the search filtered by it, and
// values of one facet are ORed.
func TestFacetFilters(t *testing.T) {
	f := newFixture(t, Options{})
	base := f.search(t, "size=1&facet_size=50")
	for _, fld := range []string{"site", "province", "unit", "person", "topic"} {
		vals := base.Facets[fld]
		if len(vals) == 0 {
			t.Errorf("facet %s has no values", fld)
			continue
		}
		v0 := vals[0]
		got := f.search(t, "size=100&"+fld+"="+url.QueryEscape(v0.Value))
		if got.Total != uint64(v0.Count) {
			t.Errorf("%s=%q: total %d, facet said %d", fld, v0.Value, got.Total, v0.Count)
		}
		if got.Total >= base.Total && len(vals) > 1 {
			t.Errorf("%s=%q did not narrow %d hits", fld, v0.Value, base.Total)
		}
		sel := false
		for _, fv := range got.Facets[fld] {
			if fv.Value == v0.Value && fv.Selected {
				sel = true
			}
		}
		if !sel {
			t.Errorf("%s=%q not marked selected in facets: %+v", fld, v0.Value, got.Facets[fld])
		}
		if len(vals) > 1 {
			v1 := vals[1]
			both := f.search(t, "size=1&"+fld+"="+url.QueryEscape(v0.Value)+"&"+fld+"="+url.QueryEscape(v1.Value))
			if both.Total < uint64(max(v0.Count, v1.Count)) || both.Total > uint64(v0.Count+v1.Count) {
				t.Errorf("%s=%q OR %q: total %d, counts %d and %d", fld, v0.Value, v1.Value, both.Total, v0.Count, v1.Count)
			}
		}
	}
	// Date range narrows.
	mid := base.Histogram[len(base.Histogram)/2].Month + "-01"
	early := f.search(t, "size=1&to="+mid)
	late := f.search(t, "size=1&from="+mid)
	if early.Total == 0 || late.Total == 0 || early.Total >= base.Total || late.Total >= base.Total {
		t.Errorf("dates: to %s → %d, from %s → %d, all %d", mid, early.Total, mid, late.Total, base.Total)
	}
}

func TestPagingToTheEnd(t *testing.T) {
	f := newFixture(t, Options{})
	all := f.search(t, "size=1&sort=newest")
	seen := map[string]bool{}
	for page := 1; ; page++ {
		r := f.search(t, "size=7&sort=newest&page="+strconv.Itoa(page))
		if len(r.Hits) == 0 {
			if uint64((page-1)*7) < all.Total {
				t.Fatalf("page %d empty with %d results", page, all.Total)
			}
			break
		}
		for _, h := range r.Hits {
			// Near-identical copies are folded into one hit but counted.
			for _, id := range append([]string{h.ID}, h.Duplicates...) {
				if seen[id] {
					t.Errorf("page %d repeats %s", page, id)
				}
				seen[id] = true
			}
		}
		if page > 1000 {
			t.Fatal("paging never ends")
		}
	}
	if uint64(len(seen)) != all.Total {
		t.Errorf("paging saw %d articles, total %d", len(seen), all.Total)
	}
	// The cursor walks the same set.
	cseen := map[string]bool{}
	q := "size=6&sort=newest"
	for i := 0; ; i++ {
		r := f.search(t, q)
		for _, h := range r.Hits {
			for _, id := range append([]string{h.ID}, h.Duplicates...) {
				if cseen[id] {
					t.Errorf("cursor repeats %s", id)
				}
				cseen[id] = true
			}
		}
		if r.NextCursor == "" {
			break
		}
		q = "size=6&sort=newest&cursor=" + url.QueryEscape(r.NextCursor)
		if i > 1000 {
			t.Fatal("cursor never ends")
		}
	}
	if len(cseen) != len(seen) {
		t.Errorf("cursor saw %d articles, paging %d", len(cseen), len(seen))
	}
}

func TestBadParameters(t *testing.T) {
	f := newFixture(t, Options{})
	long := strings.Repeat("á", 1001)
	for _, tc := range []struct{ query, param string }{
		{"size=0", "size"},
		{"size=101", "size"},
		{"size=ten", "size"},
		{"page=0", "page"},
		{"page=-3", "page"},
		{"page=501&size=20", "page"},
		{"page=101&size=100", "page"},
		{"from=2020-13-01", "from"},
		{"to=24/06/2020", "to"},
		{"from=2021-01-01&to=2020-01-01", "to"},
		{"sort=random", "sort"},
		{"q=" + url.QueryEscape(long), "q"},
		{"facet_size=0", "facet_size"},
		{"q=" + url.QueryEscape(`"hội nghị`), "q"},
	} {
		r := f.get(t, "/api/v1/search?"+tc.query)
		if r.status != 400 {
			t.Errorf("%s: status %d, want 400", clip(tc.query), r.status)
			continue
		}
		p := problemOf(t, r)
		if p.Param != tc.param || p.Status != 400 || p.Detail == "" || p.Title == "" {
			t.Errorf("%s: problem %+v, want param %s", clip(tc.query), p, tc.param)
		}
	}
	r := f.get(t, "/api/v1/search?q="+strings.Repeat("x", 9000))
	if r.status != http.StatusRequestURITooLong {
		t.Errorf("9000-byte query string: status %d", r.status)
	}
	for _, path := range []string{
		"/api/v1/export?format=xlsx", "/api/v1/export?format=csv&from=bad",
		"/api/v1/articles/" + xssID + "/similar?size=500", "/feed.atom?size=1&sort=up",
		"/api/v1/facets/site?size=0",
	} {
		if r := f.get(t, path); r.status != 400 {
			t.Errorf("%s: status %d, want 400", path, r.status)
		} else {
			problemOf(t, r)
		}
	}
}

func problemOf(t *testing.T, r result) Problem {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("problem content type %q", ct)
	}
	validate(t, "Problem", r.body)
	var p Problem
	if err := json.Unmarshal(r.body, &p); err != nil {
		t.Fatalf("problem body %s: %v", r.body, err)
	}
	return p
}

func TestArticleAndSimilar(t *testing.T) {
	f := newFixture(t, Options{})
	resp := f.search(t, "size=3&sort=newest")
	id := resp.Hits[0].ID
	r := f.get(t, "/api/v1/articles/"+url.PathEscape(id))
	if r.status != 200 {
		t.Fatalf("article %s: %d %s", id, r.status, r.body)
	}
	validate(t, "Article", r.body)
	var a search.Article
	json.Unmarshal(r.body, &a)
	if a.ID != id || a.Title == "" || a.Body == "" {
		t.Errorf("article %+v", a)
	}
	r = f.get(t, "/api/v1/articles/"+url.PathEscape(id)+"/similar?size=3")
	if r.status != 200 {
		t.Fatalf("similar: %d %s", r.status, r.body)
	}
	validate(t, "SimilarResponse", r.body)
	var sim SimilarResponse
	json.Unmarshal(r.body, &sim)
	if len(sim.Hits) > 3 {
		t.Errorf("%d similar with size=3", len(sim.Hits))
	}
	for _, h := range sim.Hits {
		if h.ID == id {
			t.Error("article is similar to itself")
		}
	}
	for _, path := range []string{"/api/v1/articles/no-such-article", "/api/v1/articles/no-such-article/similar", "/api/v1/nothing"} {
		r := f.get(t, path)
		if r.status != 404 {
			t.Errorf("%s: status %d, want 404", path, r.status)
			continue
		}
		problemOf(t, r)
	}
}

func TestFacetLookup(t *testing.T) {
	f := newFixture(t, Options{})
	base := f.search(t, "size=1")
	v := base.Facets["province"][0].Value
	prefix := string([]rune(v)[:2])
	r := f.get(t, "/api/v1/facets/province?prefix="+url.QueryEscape(prefix))
	if r.status != 200 {
		t.Fatalf("status %d %s", r.status, r.body)
	}
	validate(t, "FacetsResponse", r.body)
	var fr FacetsResponse
	json.Unmarshal(r.body, &fr)
	found := false
	for _, x := range fr.Values {
		if x.Value == v {
			found = true
		}
	}
	if !found {
		t.Errorf("prefix %q did not find %q: %+v", prefix, v, fr.Values)
	}
	if r := f.get(t, "/api/v1/facets/password"); r.status != 404 {
		t.Errorf("unknown facet: %d", r.status)
	}
}

func TestExport(t *testing.T) {
	f := newFixture(t, Options{})
	all := f.search(t, "size=1")
	r := f.get(t, "/api/v1/export?format=csv")
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %q", r.status, r.header.Get("Content-Type"))
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(r.body, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("csv does not parse: %v", err)
	}
	if uint64(len(rows)-1) != all.Total {
		t.Errorf("csv has %d rows, search total %d", len(rows)-1, all.Total)
	}
	if strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
		t.Errorf("header %v", rows[0])
	}
	var hostile []string
	for _, row := range rows[1:] {
		if row[0] == formulaID {
			hostile = row
		}
		for i, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("row %s column %s starts with a formula character: %q", row[0], csvHeader[i], clip(cell))
			}
		}
	}
	if hostile == nil {
		t.Fatal("hostile formula article missing from the export")
	}
	if hostile[1] != "'"+formula {
		t.Errorf("formula title exported as %q", hostile[1])
	}
	// JSON Lines: one article per line.
	r = f.get(t, "/api/v1/export?format=jsonl&site=hostile.example.vn")
	lines := strings.Split(strings.TrimSpace(string(r.body)), "\n")
	if len(lines) != 2 {
		t.Fatalf("jsonl: %d lines for 2 hostile articles", len(lines))
	}
	for _, l := range lines {
		validate(t, "Article", []byte(l))
		if strings.Contains(l, "<script>") {
			t.Errorf("jsonl line carries raw <script>: %s", clip(l))
		}
	}
	// An empty export still has its header.
	r = f.get(t, "/api/v1/export?format=csv&site=nowhere.example")
	if r.status != 200 || strings.TrimSpace(strings.TrimPrefix(string(r.body), "\ufeff")) != strings.Join(csvHeader, ",") {
		t.Errorf("empty export: %d %q", r.status, r.body)
	}
}

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "Hội nghị": "Hội nghị", "=1+1": "'=1+1", "+84 912": "'+84 912", "-5": "'-5",
		"@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx", "\rx": "'\rx", "＝1": "'＝1", "a=b": "a=b",
	} {
		if got := safeCell(in); got != want {
			t.Errorf("safeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFeed(t *testing.T) {
	f := newFixture(t, Options{BaseURL: "https://tim.example.vn/"})
	r := f.get(t, "/feed.atom?q="+url.QueryEscape("hội nghị"))
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("feed: %d %q %s", r.status, r.header.Get("Content-Type"), r.body)
	}
	var feed atomFeed
	if err := xml.Unmarshal(r.body, &feed); err != nil {
		t.Fatalf("feed is not XML: %v", err)
	}
	if len(feed.Entries) == 0 {
		t.Fatal("feed has no entries")
	}
	for i := 1; i < len(feed.Entries); i++ {
		if feed.Entries[i].Updated > feed.Entries[i-1].Updated {
			t.Errorf("feed not newest first at %d", i)
		}
	}
	if !strings.HasPrefix(feed.Entries[0].ID, "https://tim.example.vn/article/") {
		t.Errorf("entry id %q", feed.Entries[0].ID)
	}
	// The hostile title is escaped text, never markup.
	r = f.get(t, "/feed.atom?site=hostile.example.vn")
	if bytes.Contains(r.body, []byte("<script>")) || !bytes.Contains(r.body, []byte("&lt;script&gt;")) {
		t.Errorf("feed does not escape the hostile title:\n%s", r.body)
	}
	if bytes.Contains(r.body, []byte(`type="html"`)) {
		t.Error("feed declares html content")
	}
}

func TestETagAndCache(t *testing.T) {
	f := newFixture(t, Options{})
	for _, path := range []string{"/api/v1/search?q=" + url.QueryEscape("hội nghị"), "/api/v1/articles/" + xssID, "/", "/api/v1/openapi.json"} {
		r := f.get(t, path)
		etag := r.header.Get("ETag")
		if r.status != 200 || etag == "" || r.header.Get("Cache-Control") == "" {
			t.Errorf("%s: status %d etag %q cache %q", path, r.status, etag, r.header.Get("Cache-Control"))
			continue
		}
		r2 := f.get(t, path, "If-None-Match", etag)
		if r2.status != 304 || len(r2.body) != 0 {
			t.Errorf("%s: If-None-Match gave %d with %d bytes", path, r2.status, len(r2.body))
		}
		r3 := f.get(t, path, "If-None-Match", `"stale"`)
		if r3.status != 200 {
			t.Errorf("%s: stale ETag gave %d", path, r3.status)
		}
	}
}

func TestCORS(t *testing.T) {
	f := newFixture(t, Options{})
	r := f.get(t, "/api/v1/search?size=1", "Origin", "https://other.example")
	if r.header.Get("Access-Control-Allow-Origin") != "*" {
		t.Errorf("ACAO %q", r.header.Get("Access-Control-Allow-Origin"))
	}
	req, _ := http.NewRequest(http.MethodOptions, f.ts.URL+"/api/v1/search", nil)
	req.Header.Set("Origin", "https://other.example")
	req.Header.Set("Access-Control-Request-Method", "GET")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 204 || !strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), "GET") {
		t.Errorf("preflight: %d %q", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Methods"))
	}
	resp, err = http.Post(f.ts.URL+"/api/v1/search", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 {
		t.Errorf("POST: %d", resp.StatusCode)
	}
}

func TestRateLimit(t *testing.T) {
	f := newFixture(t, Options{RateLimit: 0.5, RateBurst: 3})
	for i := range 3 {
		r := f.get(t, "/api/v1/search?size=1")
		if r.status != 200 {
			t.Fatalf("request %d within burst: %d", i, r.status)
		}
		if !strings.HasPrefix(r.header.Get("RateLimit"), `"per-client";r=`+strconv.Itoa(2-i)) {
			t.Errorf("RateLimit %q", r.header.Get("RateLimit"))
		}
	}
	r := f.get(t, "/api/v1/search?size=1")
	if r.status != 429 {
		t.Fatalf("4th request: %d, want 429", r.status)
	}
	problemOf(t, r)
	ra, err := strconv.Atoi(r.header.Get("Retry-After"))
	if err != nil || ra < 1 || ra > 2 {
		t.Errorf("Retry-After %q", r.header.Get("Retry-After"))
	}
	if r.header.Get("RateLimit-Policy") != `"per-client";q=3;w=6` {
		t.Errorf("RateLimit-Policy %q", r.header.Get("RateLimit-Policy"))
	}
	// Health checks, metrics and assets are not limited.
	for _, p := range []string{"/healthz", "/metrics", "/static/style.css"} {
		if r := f.get(t, p); r.status != 200 {
			t.Errorf("%s while limited: %d", p, r.status)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t, Options{})
	for _, p := range []string{"/", "/api/v1/search", "/article/" + xssID, "/nope", "/static/app.js"} {
		r := f.get(t, p)
		csp := r.header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %s", p, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP allows inline", p)
		}
		if r.header.Get("X-Content-Type-Options") != "nosniff" || r.header.Get("Referrer-Policy") == "" || r.header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: headers %v", p, r.header)
		}
	}
}

// Nothing from an archived page is rendered as HTML.
func TestXSSEscaped(t *testing.T) {
	f := newFixture(t, Options{})
	for _, p := range []string{"/?site=hostile.example.vn", "/?q=" + url.QueryEscape("tuyên truyền"), "/article/" + xssID, "/article/" + formulaID} {
		r := f.get(t, p)
		if r.status != 200 {
			t.Fatalf("%s: %d", p, r.status)
		}
		body := string(r.body)
		for _, bad := range []string{"<script>alert", "<script>document", "<img src=x", "<b>Tác giả", `href="javascript:`} {
			if strings.Contains(body, bad) {
				t.Errorf("%s renders %q as HTML", p, bad)
			}
		}
		if p == "/article/"+xssID && (!strings.Contains(body, "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;") || !strings.Contains(body, "&lt;img src=x onerror=alert(1)&gt;")) {
			t.Errorf("%s: hostile text not shown escaped", p)
		}
		if strings.Count(body, "<script") != 1 || !strings.Contains(body, `<script src="/static/app.js" defer></script>`) {
			t.Errorf("%s: the only script must be /static/app.js", p)
		}
	}
}

func TestPages(t *testing.T) {
	f := newFixture(t, Options{})
	r := f.get(t, "/")
	body := string(r.body)
	if r.status != 200 || !strings.Contains(body, `<html lang="vi">`) || !strings.Contains(body, `<label for="q"`) {
		t.Fatalf("home: %d", r.status)
	}
	for _, want := range []string{`name="province"`, `<svg`, `class="hit"`, `aria-label="Phân trang"`, `rel="next"`, `<label for="from">`} {
		if !strings.Contains(body, want) {
			t.Errorf("home page lacks %s", want)
		}
	}
	resp := f.search(t, "size=1&sort=newest")
	r = f.get(t, "/article/"+url.PathEscape(resp.Hits[0].ID))
	body = string(r.body)
	for _, want := range []string{"Trích dẫn", "ruy cập ngày", "Bài tương tự", `<article class="article"`} {
		if r.status != 200 || !strings.Contains(body, want) {
			t.Errorf("article page (%d) lacks %q", r.status, want)
		}
	}
	r = f.get(t, "/article/no-such-id")
	if r.status != 404 || !strings.Contains(string(r.body), "404") {
		t.Errorf("unknown article page: %d", r.status)
	}
	r = f.get(t, "/khong-co-trang-nay")
	if r.status != 404 || !strings.Contains(string(r.body), `lang="vi"`) {
		t.Errorf("404 page: %d", r.status)
	}
	r = f.get(t, "/?page=0")
	if r.status != 400 || !strings.Contains(string(r.body), "không hợp lệ") {
		t.Errorf("bad page param: %d", r.status)
	}
	// facet_more lists a facet in full, and the filter box exists for JS.
	r = f.get(t, "/?facet_more=person")
	if !strings.Contains(string(r.body), `class="values expanded"`) {
		t.Error("facet_more page does not expand the facet")
	}
}

// No request path reaches the file system: only embedded assets are served.
func TestStaticOnlyEmbedded(t *testing.T) {
	f := newFixture(t, Options{})
	if r := f.get(t, "/static/app.js"); r.status != 200 || !strings.Contains(r.header.Get("Content-Type"), "javascript") {
		t.Errorf("app.js: %d %q", r.status, r.header.Get("Content-Type"))
	}
	for _, p := range []string{"/static/../go.mod", "/static/..%2f..%2fgo.mod", "/static/%2e%2e/web.go", "/static//etc/passwd", "/static/../../../../etc/passwd"} {
		req, _ := http.NewRequest("GET", f.ts.URL+"/", nil)
		req.URL.Opaque = p // send the path unnormalised
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == 200 && (bytes.Contains(b, []byte("module ")) || bytes.Contains(b, []byte("root:"))) {
			t.Errorf("%s served a file from disk", p)
		}
	}
}

func TestHealthAndMetrics(t *testing.T) {
	f := newFixture(t, Options{})
	r := f.get(t, "/healthz")
	validate(t, "Health", r.body)
	var h struct {
		Status   string
		Articles uint64
	}
	json.Unmarshal(r.body, &h)
	if r.status != 200 || h.Status != "ok" || h.Articles == 0 {
		t.Errorf("healthz: %d %s", r.status, r.body)
	}
	f.get(t, "/api/v1/search?size=1")
	r = f.get(t, "/metrics")
	if !bytes.Contains(r.body, []byte(`frontsearch_http_requests_total{code="200",method="GET",route="/api/v1/search"}`)) ||
		!bytes.Contains(r.body, []byte("go_goroutines")) {
		t.Errorf("metrics lack request counter:\n%s", clip(string(r.body)))
	}
	// Two servers in one process each have their own registry.
	if _, err := New(f.s, Options{}); err != nil {
		t.Errorf("second server: %v", err)
	}
}

// slowSearcher blocks every search until its context ends (fault injection
// around the real searcher).
type slowSearcher struct {
	search.Searcher
	started chan struct{}
}

func (s slowSearcher) Search(ctx context.Context, req search.Request) (*search.Response, error) {
	select {
	case s.started <- struct{}{}:
	default:
	}
	<-ctx.Done()
	return nil, ctx.Err()
}

func TestRequestTimeout(t *testing.T) {
	srv, err := New(slowSearcher{Searcher: testSearcher(t), started: make(chan struct{}, 1)},
		Options{RequestTimeout: 50 * time.Millisecond, RateLimit: -1, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/api/v1/search?q=x", "/"} {
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		if rec.Code != 503 || rec.Header().Get("Retry-After") == "" {
			t.Errorf("%s: %d, want 503 with Retry-After", p, rec.Code)
		}
	}
}

// Cancelling ListenAndServe's context lets the in-flight request finish.
func TestGracefulShutdown(t *testing.T) {
	gate := make(chan struct{})
	s := gatedSearcher{Searcher: testSearcher(t), gate: gate, started: make(chan struct{}, 1)}
	srv, err := New(s, Options{RateLimit: -1, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	got := make(chan int, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/api/v1/search?size=1")
		if err != nil {
			got <- -1
			return
		}
		resp.Body.Close()
		got <- resp.StatusCode
	}()
	<-s.started
	cancel()
	// Wait until the listener is closed, i.e. shutdown has begun, then let
	// the in-flight search finish.
	for {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			break
		}
		c.Close()
		time.Sleep(5 * time.Millisecond)
	}
	close(gate)
	if code := <-got; code != 200 {
		t.Errorf("in-flight request during shutdown: %d", code)
	}
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err == nil {
		t.Error("server still accepts connections after shutdown")
	}
}

type gatedSearcher struct {
	search.Searcher
	gate    chan struct{}
	started chan struct{}
}

func (s gatedSearcher) Search(ctx context.Context, req search.Request) (*search.Response, error) {
	select {
	case s.started <- struct{}{}:
	default:
	}
	<-s.gate
	return s.Searcher.Search(ctx, req)
}

// Every entity on an article page links to a search that finds the article.
func TestArticleEntityLinks(t *testing.T) {
	f := newFixture(t, Options{})
	all := f.search(t, "size=100&sort=newest")
	checked := 0
	linkRE := regexp.MustCompile(`<li><a href="/\?([^"]+)">`)
	for _, h := range all.Hits {
		if len(h.Places) == 0 || len(h.Units) == 0 {
			continue
		}
		r := f.get(t, "/article/"+url.PathEscape(h.ID))
		for _, m := range linkRE.FindAllStringSubmatch(string(r.body), -1) {
			q := html.UnescapeString(m[1])
			found := false
			walkAll(t, f, q, func(hit search.Hit) {
				if hit.ID == h.ID || slices.Contains(hit.Duplicates, h.ID) {
					found = true
				}
			})
			if !found {
				t.Errorf("article %s links to /?%s, which does not find it", h.ID, q)
			}
			checked++
		}
		if checked > 20 {
			break
		}
	}
	if checked == 0 {
		t.Fatal("no article with entity links")
	}
}

// walkAll calls fn for every hit of a search, following the cursor.
func walkAll(t *testing.T, f *fixture, q string, fn func(search.Hit)) {
	t.Helper()
	base := q + "&size=100&sort=newest"
	q = base
	for range 100 {
		r := f.search(t, q)
		for _, h := range r.Hits {
			fn(h)
		}
		if r.NextCursor == "" {
			return
		}
		q = base + "&cursor=" + url.QueryEscape(r.NextCursor)
	}
}

// Ticking a province nests its districts under it: tỉnh > huyện > xã.
func TestPlaceTree(t *testing.T) {
	f := newFixture(t, Options{})
	base := f.search(t, "size=1&facet_size=50")
	var prov string
	for _, p := range base.Facets["province"] {
		r := f.search(t, "size=1&province="+url.QueryEscape(p.Value))
		if len(r.Facets["district"]) > 0 {
			prov = p.Value
			break
		}
	}
	if prov == "" {
		t.Skip("no province with districts in the fixture")
	}
	r := f.get(t, "/?province="+url.QueryEscape(prov))
	body := string(r.body)
	i := strings.Index(body, `value="`+html.EscapeString(prov)+`" checked`)
	if i < 0 {
		t.Fatalf("province %q not ticked in the tree", prov)
	}
	rest := body[i:]
	end := strings.Index(rest, "</li>")
	if sub := strings.Index(rest, `<ul class="sub">`); sub < 0 || sub > end || !strings.Contains(rest[sub:], `name="district"`) {
		t.Errorf("districts not nested under %q", prov)
	}
}
