package source

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/source/warcfile"
)

func TestWARCLimits(t *testing.T) {
	bomb := gz(t, bytes.Repeat([]byte("<p>x</p>"), 10000)) // 80 KB inflated
	recs := []warcfile.Record{
		{ID: "<urn:uuid:bomb>", TargetURI: "http://x.vn/bomb", Block: warcfile.HTTPResponse(200,
			map[string]string{"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)},
		{ID: "<urn:uuid:big>", TargetURI: "http://x.vn/big", Block: warcfile.HTTPResponse(200,
			map[string]string{"Content-Type": "text/html"}, bytes.Repeat([]byte("a"), 5000))},
		{ID: "<urn:uuid:ok>", TargetURI: "http://x.vn/ok", Block: warcfile.HTTPResponse(200,
			map[string]string{"Content-Type": "application/xhtml+xml; charset=utf-8"}, []byte("<p>ok</p>"))},
		{ID: "<urn:uuid:untyped>", TargetURI: "http://x.vn/untyped", Block: warcfile.HTTPResponse(200,
			nil, []byte("<!DOCTYPE html><html><p>sniffed</p></html>"))},
		{ID: "<urn:uuid:br>", TargetURI: "http://x.vn/br", Block: warcfile.HTTPResponse(200,
			map[string]string{"Content-Type": "text/html", "Content-Encoding": "br"}, []byte("\x1b\x00"))},
		{ID: "<urn:uuid:nohdr>", TargetURI: "http://x.vn/nohdr", Block: []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")},
	}
	var buf bytes.Buffer
	if err := warcfile.WriteWARCGzip(&buf, recs); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := write(t, dir, "limits.warc.gz", buf.Bytes())
	got := collect(t, context.Background(), []string{p}, Options{MaxBytes: 1000})
	check(t, got, []want{
		{source: "#<urn:uuid:bomb>", err: "gzip: decompressed size exceeds 1000 bytes"},
		{source: "#<urn:uuid:big>", err: "too large"},
		{source: "#<urn:uuid:ok>", url: "http://x.vn/ok", ct: "application/xhtml+xml; charset=utf-8", body: "<p>ok</p>"},
		{source: "#<urn:uuid:untyped>", url: "http://x.vn/untyped", body: "sniffed"},
		{source: "#<urn:uuid:br>", err: `unsupported Content-Encoding "br"`},
		{source: "#<urn:uuid:nohdr>", err: "no end of header"},
	})
}

func FuzzHTTPBlock(f *testing.F) {
	f.Add([]byte(warcfile.HTTPResponse(200, map[string]string{"Content-Type": "text/html"}, []byte("<p>x</p>"))))
	f.Add([]byte(warcfile.HTTPResponse(200, map[string]string{"Content-Type": "text/html", "Transfer-Encoding": "chunked"}, []byte(chunk("ab", "c")))))
	f.Add([]byte(warcfile.HTTPResponse(200, map[string]string{"Content-Type": "text/html", "Content-Encoding": "gzip"}, gz(f, []byte("<p>z</p>")))))
	f.Add([]byte("HTTP/1.0 200\n\n<html>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		pg, ok := recordPage(warcfile.Record{Type: "response", ContentType: "application/http; msgtype=response", Block: b}, 4096)
		if !ok {
			return
		}
		if pg.Err == nil && (len(pg.Body) == 0 || len(pg.Body) > 4096) {
			t.Fatalf("body of %d bytes without error", len(pg.Body))
		}
		if pg.Err != nil && pg.Body != nil {
			t.Fatal("body with error")
		}
	})
}

func TestWanted(t *testing.T) {
	for name, want := range map[string]bool{
		"a.html": true, "a.HTM": true, "a.xhtml": true, "a.shtml": true, "a.aspx": true, "a.php": true,
		"a.html.gz": true, "a.warc": true, "a.warc.gz": true, "a.txt": false, "a.gz": false, "a.png": false,
		"a.json": false, filepath.Join("d", "x.Html.GZ"): true,
	} {
		if got := wanted(filepath.Base(name)); got != want {
			t.Errorf("wanted(%q) = %v", name, got)
		}
	}
}
