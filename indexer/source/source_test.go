package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/frontsearch/frontsearch/indexer/source/warcfile"
)

const page = `<html><head><meta charset="utf-8"><title>Hội nghị</title></head><body><p>Ủy ban Mặt trận Tổ quốc Việt Nam</p></body></html>`

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func write(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func collect(t testing.TB, ctx context.Context, paths []string, opts Options) []Page {
	t.Helper()
	var pages []Page
	err := Walk(ctx, paths, opts, func(p Page) error { pages = append(pages, p); return nil })
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return pages
}

var fetched = time.Date(2020, 6, 24, 14, 0, 0, 0, time.UTC)

func warcRecords() []warcfile.Record {
	chunked := chunk("<html><body><p>Chunked ", "body</p></b", "ody></html", ">")
	return []warcfile.Record{
		{Type: "warcinfo", ContentType: "application/warc-fields", Block: []byte("software: test\r\n")},
		{Type: "request", TargetURI: "http://mttq.example.vn/a.html", ContentType: "application/http; msgtype=request",
			Block: []byte("GET /a.html HTTP/1.1\r\nHost: mttq.example.vn\r\n\r\n")},
		{ID: "<urn:uuid:a>", TargetURI: "http://mttq.example.vn/a.html", Date: fetched,
			Block: warcfile.HTTPResponse(200, map[string]string{"Content-Type": "text/html; charset=utf-8"}, []byte(page))},
		{ID: "<urn:uuid:img>", TargetURI: "http://mttq.example.vn/logo.png", Date: fetched,
			Block: warcfile.HTTPResponse(200, map[string]string{"Content-Type": "image/png"}, []byte("\x89PNG\r\n"))},
		{ID: "<urn:uuid:gz>", TargetURI: "http://mttq.example.vn/gz.html", Date: fetched,
			Block: warcfile.HTTPResponse(200, map[string]string{"Content-Type": "text/html; charset=windows-1258", "Content-Encoding": "gzip"}, gz(t0, []byte("<p>gzip body</p>")))},
		{ID: "<urn:uuid:chunked>", TargetURI: "http://mttq.example.vn/c.html", Date: fetched,
			Block: warcfile.HTTPResponse(200, map[string]string{"Content-Type": "text/html", "Transfer-Encoding": "chunked"}, []byte(chunked))},
		{ID: "<urn:uuid:404>", TargetURI: "http://mttq.example.vn/missing.html", Date: fetched,
			Block: warcfile.HTTPResponse(404, map[string]string{"Content-Type": "text/html"}, []byte("<p>not found</p>"))},
		{ID: "<urn:uuid:res>", Type: "resource", TargetURI: "file:///r.html", Date: fetched, ContentType: "text/html",
			Block: []byte("<p>resource</p>")},
	}
}

// chunk encodes parts with HTTP/1.1 chunked transfer coding.
func chunk(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		fmt.Fprintf(&b, "%x\r\n%s\r\n", len(p), p)
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

// t0 lets package-level fixtures call gz.
var t0 = &testing.T{}

type want struct {
	source  string // suffix of Source
	url     string
	ct      string
	body    string // substring of Body
	err     string // substring of Err
	fetched bool
}

func check(t *testing.T, got []Page, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, p := range got {
			t.Logf("page %s err=%v body=%.40q", p.Source, p.Err, p.Body)
		}
		t.Fatalf("got %d pages, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		p := got[i]
		if !strings.HasSuffix(p.Source, w.source) {
			t.Errorf("page %d: Source %q, want suffix %q", i, p.Source, w.source)
		}
		if w.err != "" {
			if p.Err == nil || !strings.Contains(p.Err.Error(), w.err) {
				t.Errorf("page %d (%s): Err %v, want %q", i, p.Source, p.Err, w.err)
			}
			if p.Body != nil {
				t.Errorf("page %d: Body set with Err", i)
			}
			continue
		}
		if p.Err != nil {
			t.Errorf("page %d (%s): unexpected Err %v", i, p.Source, p.Err)
			continue
		}
		if !strings.Contains(string(p.Body), w.body) {
			t.Errorf("page %d (%s): Body %.80q, want it to contain %q", i, p.Source, p.Body, w.body)
		}
		if p.URL != w.url || p.ContentType != w.ct {
			t.Errorf("page %d: URL %q CT %q, want %q %q", i, p.URL, p.ContentType, w.url, w.ct)
		}
		if w.fetched && !p.Fetched.Equal(fetched) {
			t.Errorf("page %d: Fetched %v, want %v", i, p.Fetched, fetched)
		}
	}
}

func warcWants() []want {
	return []want{
		{source: "#<urn:uuid:a>", url: "http://mttq.example.vn/a.html", ct: "text/html; charset=utf-8", body: "Mặt trận", fetched: true},
		{source: "#<urn:uuid:gz>", url: "http://mttq.example.vn/gz.html", ct: "text/html; charset=windows-1258", body: "<p>gzip body</p>", fetched: true},
		{source: "#<urn:uuid:chunked>", url: "http://mttq.example.vn/c.html", ct: "text/html", body: "<html><body><p>Chunked body</p></body></html>", fetched: true},
		{source: "#<urn:uuid:404>", err: "HTTP status 404"},
		{source: "#<urn:uuid:res>", url: "file:///r.html", ct: "text/html", body: "<p>resource</p>", fetched: true},
	}
}

func TestWalk(t *testing.T) {
	var plain, gzipped bytes.Buffer
	if err := warcfile.WriteWARC(&plain, warcRecords()); err != nil {
		t.Fatal(err)
	}
	if err := warcfile.WriteWARCGzip(&gzipped, warcRecords()); err != nil {
		t.Fatal(err)
	}
	bomb := gz(t, bytes.Repeat([]byte{' '}, 40<<20)) // 40 MiB of spaces, ~40 KiB compressed
	full := gz(t, []byte(page))
	tests := []struct {
		name  string
		files map[string][]byte
		paths func(dir string) []string
		opts  Options
		want  []want
	}{
		{
			name: "folder recursive sorted, extensions filtered",
			files: map[string][]byte{
				"b/z.htm": []byte(page), "a.html": []byte(page), "b/a.aspx": []byte(page),
				"c/x.php.gz": full, "notes.txt": []byte("no"), "img.png": []byte("\x89PNG"),
				".hidden/x.html": []byte(page),
			},
			want: []want{{source: "a.html", body: "Mặt trận"}, {source: "b/a.aspx", body: "Mặt trận"},
				{source: "b/z.htm", body: "Mặt trận"}, {source: "c/x.php.gz", body: "Mặt trận"}},
		},
		{
			name:  "explicit file of any extension, gzip detected by magic",
			files: map[string][]byte{"page.dat": full, "other.txt": []byte(page)},
			paths: func(d string) []string { return []string{filepath.Join(d, "page.dat"), filepath.Join(d, "other.txt")} },
			want:  []want{{source: "page.dat", body: "Tổ quốc"}, {source: "other.txt", body: "Tổ quốc"}},
		},
		{name: "warc", files: map[string][]byte{"crawl.warc": plain.Bytes()}, want: warcWants()},
		{name: "warc.gz", files: map[string][]byte{"crawl.warc.gz": gzipped.Bytes()}, want: warcWants()},
		{name: "warc.gz without the extension", files: map[string][]byte{"crawl.html.gz": gzipped.Bytes()}, want: warcWants()},
		{name: "gzip bomb", files: map[string][]byte{"bomb.html.gz": bomb}, want: []want{{source: "bomb.html.gz", err: "gzip: decompressed size exceeds 32 MiB"}}},
		{
			name:  "truncated gzip",
			files: map[string][]byte{"t.html.gz": full[:len(full)-10]},
			want:  []want{{source: "t.html.gz", err: "gzip: truncated"}},
		},
		{
			name:  "empty files",
			files: map[string][]byte{"e.html": nil, "e.html.gz": gz(t, nil), "e.warc": nil},
			want:  []want{{source: "e.html", err: "empty file"}, {source: "e.html.gz", err: "empty file"}, {source: "e.warc", err: "empty file"}},
		},
		{
			name:  "too large plain file",
			files: map[string][]byte{"big.html": bytes.Repeat([]byte("a"), 2000)},
			opts:  Options{MaxBytes: 1000},
			want:  []want{{source: "big.html", err: "too large"}},
		},
		{
			name:  "missing path",
			paths: func(d string) []string { return []string{filepath.Join(d, "nope.html")} },
			want:  []want{{source: "nope.html", err: "no such file"}},
		},
		{
			name:  "binary named .warc",
			files: map[string][]byte{"x.warc": []byte("\x00\x01garbage\nmore\n")},
			want:  []want{{source: "x.warc#offset=0", err: "no WARC record"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, b := range tc.files {
				write(t, dir, name, b)
			}
			paths := []string{dir}
			if tc.paths != nil {
				paths = tc.paths(dir)
			}
			check(t, collect(t, context.Background(), paths, tc.opts), tc.want)
		})
	}
}

func TestWalkSymlinkedRoot(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "real/a.html", []byte(page))
	link := filepath.Join(dir, "link")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Skip(err)
	}
	check(t, collect(t, context.Background(), []string{link}, Options{}), []want{{source: "link/a.html", body: "Mặt trận"}})
}

func TestWalkFIFO(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "pipe.html")
	if err := mkfifo(p); err != nil {
		t.Skip(err)
	}
	check(t, collect(t, context.Background(), []string{dir}, Options{}), []want{{source: "pipe.html", err: "not a regular file"}})
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read anything")
	}
	dir := t.TempDir()
	p := write(t, dir, "locked.html", []byte(page))
	os.Chmod(p, 0)
	got := collect(t, context.Background(), []string{dir}, Options{})
	check(t, got, []want{{source: "locked.html", err: "permission denied"}})
}

// TestWARCBadRecord: a damaged record (corrupt gzip member) is reported and
// the records after it still come out.
func TestWARCBadRecord(t *testing.T) {
	recs := warcRecords()
	var members [][]byte
	for _, r := range recs {
		var b bytes.Buffer
		if err := warcfile.WriteWARCGzip(&b, []warcfile.Record{r}); err != nil {
			t.Fatal(err)
		}
		members = append(members, b.Bytes())
	}
	// Corrupt the deflate data of record 2 (the first HTML response).
	bad := append([]byte(nil), members[2]...)
	for i := 20; i < len(bad)-12; i += 7 {
		bad[i] ^= 0x5a
	}
	members[2] = bad
	// Truncate the last one.
	last := members[len(members)-1]
	members[len(members)-1] = last[:len(last)/2]
	dir := t.TempDir()
	p := write(t, dir, "bad.warc.gz", bytes.Join(members, nil))
	got := collect(t, context.Background(), []string{p}, Options{})
	var ok, bad2 int
	var bodies []string
	for _, pg := range got {
		if pg.Err != nil {
			bad2++
			continue
		}
		ok++
		bodies = append(bodies, pg.Source)
	}
	// gz, chunked OK; 404 reported; a (corrupt) and res (truncated) reported.
	if ok != 2 || bad2 < 3 {
		for _, pg := range got {
			t.Logf("%s err=%v", pg.Source, pg.Err)
		}
		t.Fatalf("ok=%d bad=%d, want 2 good pages and ≥3 reported failures", ok, bad2)
	}
	if !strings.HasSuffix(bodies[0], "#<urn:uuid:gz>") || !strings.HasSuffix(bodies[1], "#<urn:uuid:chunked>") {
		t.Errorf("good pages %v", bodies)
	}
}

func TestWalkCancelled(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.html", "b.html", "c.html"} {
		write(t, dir, n, []byte(page))
	}
	ctx, cancel := context.WithCancel(context.Background())
	var n int
	err := Walk(ctx, []string{dir}, Options{}, func(Page) error { n++; cancel(); return nil })
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Fatalf("err=%v after %d pages, want context.Canceled after 1", err, n)
	}
	n = 0
	if err := Walk(ctx, []string{dir}, Options{}, func(Page) error { n++; return nil }); !errors.Is(err, context.Canceled) || n != 0 {
		t.Fatalf("already cancelled: err=%v pages=%d", err, n)
	}
}

func TestWalkStopsOnCallbackError(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.html", []byte(page))
	write(t, dir, "b.html", []byte(page))
	stop := errors.New("stop")
	n := 0
	if err := Walk(context.Background(), []string{dir}, Options{}, func(Page) error { n++; return stop }); err != stop || n != 1 {
		t.Fatalf("err=%v n=%d", err, n)
	}
}

func TestCtxReaderStopsLongRead(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := io.ReadAll(ctxReader{ctx, bytes.NewReader(make([]byte, 100))})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err=%v", err)
	}
}

func BenchmarkWalkWARCGzip(b *testing.B) {
	body := bytes.Repeat([]byte(page), 1000) // ~150 KB
	var recs []warcfile.Record
	for i := 0; i < 20; i++ {
		recs = append(recs, warcfile.Record{TargetURI: "http://x.vn/", Block: warcfile.HTTPResponse(200, map[string]string{"Content-Type": "text/html"}, body)})
	}
	var buf bytes.Buffer
	warcfile.WriteWARCGzip(&buf, recs)
	dir := b.TempDir()
	p := write(b, dir, "b.warc.gz", buf.Bytes())
	b.SetBytes(int64(len(body) * len(recs)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Walk(context.Background(), []string{p}, Options{}, func(Page) error { return nil })
	}
}

func TestWalkCancelledInWARC(t *testing.T) {
	var buf bytes.Buffer
	if err := warcfile.WriteWARCGzip(&buf, warcRecords()); err != nil {
		t.Fatal(err)
	}
	p := write(t, t.TempDir(), "c.warc.gz", buf.Bytes())
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Walk(ctx, []string{p}, Options{}, func(Page) error { n++; cancel(); return nil })
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Fatalf("err=%v after %d pages, want context.Canceled after 1", err, n)
	}
}

// TestWalkOrder checks that pages come in the total lexical order of
// their paths, though folders are read as they are walked: "a-b.html"
// before "a/c.html", as sort.Strings orders the paths.
func TestWalkOrder(t *testing.T) {
	dir := t.TempDir()
	names := []string{"a/c.html", "a-b.html", "a.html", "a/b/z.html", "a0/x.htm", "b/x/y.html", "a/.hidden/x.html", ".h.html", "b/x.html"}
	for _, n := range names {
		p := filepath.Join(dir, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("<html><body>x</body></html>"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	if err := Walk(context.Background(), []string{dir}, Options{}, func(p Page) error {
		got = append(got, p.Source)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, n := range names {
		if !strings.HasPrefix(n, ".") && !strings.Contains(n, "/.") {
			want = append(want, filepath.Join(dir, n))
		}
	}
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("order\n%q\nwant\n%q", got, want)
	}
}
