package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

func TestPageDeterministic(t *testing.T) {
	for _, i := range []int{0, 1, 7, 99, 12345} {
		r1, b1 := New(1).Page(i)
		r2, b2 := New(1).Page(i)
		if r1 != r2 || !bytes.Equal(b1, b2) {
			t.Fatalf("page %d differs between two generators with the same seed", i)
		}
		r3, b3 := New(2).Page(i)
		if r3 == r1 && bytes.Equal(b3, b1) {
			t.Fatalf("page %d identical for seeds 1 and 2", i)
		}
	}
}

func TestPagesParseAndLookReal(t *testing.T) {
	g := New(1)
	paths := map[string]bool{}
	articles, words := 0, map[string]int{}
	for i := 0; i < 300; i++ {
		rel, b := g.Page(i)
		if paths[rel] {
			t.Fatalf("page %d: duplicate path %s", i, rel)
		}
		paths[rel] = true
		if strings.Contains(rel, "..") || strings.HasPrefix(rel, "/") {
			t.Fatalf("page %d: unsafe path %q", i, rel)
		}
		if !utf8.Valid(b) {
			continue // legacy-encoded page
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("page %d: goquery: %v", i, err)
		}
		if doc.Find("title").Text() == "" {
			t.Errorf("page %d (%s): no <title>", i, rel)
		}
		if doc.Find("body a").Length() < 5 {
			t.Errorf("page %d: too few links for a portal page", i)
		}
		txt := doc.Find("body").Text()
		if strings.Contains(txt, "{") && strings.Contains(txt, "}") && strings.Contains(txt, "{unit") {
			t.Errorf("page %d: unfilled slot in %q", i, txt)
		}
		if doc.Find("p").Length() > 3 {
			articles++
			for _, w := range strings.Fields(strings.ToLower(txt)) {
				words[w]++
			}
		}
	}
	if articles < 200 {
		t.Fatalf("only %d of 300 pages look like articles", articles)
	}
	// A realistic corpus has a long vocabulary tail, not 50 sentences.
	if len(words) < 2500 {
		t.Errorf("vocabulary of 300 pages is only %d distinct words", len(words))
	}
}

func TestArticleLengths(t *testing.T) {
	g := New(3)
	for i := 0; i < 200; i++ {
		d, other, _ := g.build(i)
		if other != nil {
			continue
		}
		n := len(strings.Fields(strings.Join(d.Body(), " ")))
		if n < 150 || n > 1000 {
			t.Errorf("page %d: %d words, want 150..~900", i, n)
		}
		if y := d.Published.Year(); y < 2015 || y > 2026 {
			t.Errorf("page %d: year %d", i, y)
		}
	}
}

func TestWriteAndWARC(t *testing.T) {
	dir := t.TempDir()
	if err := Write(context.Background(), dir, 40, 5); err != nil {
		t.Fatal(err)
	}
	n := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	if n != 40 {
		t.Fatalf("wrote %d files, want 40", n)
	}
	wdir := t.TempDir()
	if err := WriteWARC(context.Background(), wdir, 30, 5, 2); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(wdir, "corpus-00000.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	all, err := io.ReadAll(zr) // multistream: all members
	if err != nil {
		t.Fatal(err)
	}
	if c := bytes.Count(all, []byte("WARC-Type: response\r\n")); c != 15 {
		t.Fatalf("file 0 has %d response records, want 15", c)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Write(ctx, t.TempDir(), 1000, 1); err == nil {
		t.Fatal("Write with a cancelled context returned nil")
	}
}

// Known TCVN3 / VNI / Windows-1258 byte sequences, from the published tables.
func TestLegacyEncoders(t *testing.T) {
	tc, err := EncodeTCVN3("Mặt trận Tổ quốc Việt Nam - đoàn kết")
	if err != nil {
		t.Fatal(err)
	}
	if want := "M\xc6t tr\xcbn T\xe6 qu\xe8c Vi\xd6t Nam - \xaeo\xb5n k\xd5t"; string(tc) != want {
		t.Errorf("tcvn3 = %q, want %q", tc, want)
	}
	if _, err := EncodeTCVN3("Ủy ban"); err == nil {
		t.Error("tcvn3: uppercase Ủ has no code; want an error")
	}
	if got := string(EncodeTCVN3HTML("Ủy")); got != "&#7910;y" {
		t.Errorf("tcvn3 html fallback = %q", got)
	}
	vn, err := EncodeVNI("Mặt trận Tổ quốc Việt Nam, Đoàn kết, hòa, ưu tiên, ỵ, Ủy")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Ma\xebt tra\xe4n To\xe5 quo\xe1c Vie\xe4t Nam, \xd1oa\xf8n ke\xe1t, ho\xf8a, \xf6u tie\xe2n, y\xee, U\xdby"; string(vn) != want {
		t.Errorf("vni = %q, want %q", vn, want)
	}
	w, err := EncodeWindows1258("Việt Nam ệ ử")
	if err != nil {
		t.Fatal(err)
	}
	back, _ := charmap.Windows1258.NewDecoder().Bytes(w)
	if norm.NFC.String(string(back)) != "Việt Nam ệ ử" {
		t.Errorf("windows-1258 round trip = %q", back)
	}
	if !strings.HasPrefix(string(w), "Vi\xea\xf2t") {
		t.Errorf("windows-1258 = %q, want ê then combining dot below (0xF2)", w)
	}
}

func FuzzEncodeTCVN3(f *testing.F) {
	f.Add("Mặt trận Tổ quốc")
	f.Add("Ủy ban \u200b Ð")
	f.Fuzz(func(t *testing.T, s string) {
		b := EncodeTCVN3HTML(s)
		if len(s) > 0 && len(b) == 0 {
			t.Fatal("empty output")
		}
		_, _ = EncodeVNI(s)
		_ = EncodeVNIHTML(s)
		_, _ = EncodeWindows1258(s)
	})
}

func BenchmarkPage(b *testing.B) {
	g := New(1)
	var n int64
	for i := 0; b.Loop(); i++ {
		_, p := g.Page(i)
		n += int64(len(p))
	}
	b.SetBytes(n / int64(max(b.N, 1)))
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

func TestNearDuplicatesAndToneStyles(t *testing.T) {
	g := New(1)
	seen := map[string]string{}
	dups, old := 0, 0
	for i := 0; i < 1500; i++ {
		d, other, _ := g.build(i)
		if other != nil {
			continue
		}
		body := strings.Join(d.Body(), "\n")
		if strings.Contains(body, "Uỷ") || strings.Contains(body, "oà") {
			old++
		}
		if url, ok := seen[body]; ok {
			dups++
			if url == d.URL {
				t.Errorf("page %d: republished copy has the same URL %s", i, url)
			}
			continue
		}
		seen[body] = d.URL
	}
	if dups < 5 || dups > 80 {
		t.Errorf("%d republished articles in 1500 pages, want about 2%%", dups)
	}
	if old < 100 {
		t.Errorf("only %d pages in the old tone style, want about 15%%", old)
	}
}

// TestPathsDistinct guards against generated pages overwriting each other:
// Write must produce exactly n files.
func TestPathsDistinct(t *testing.T) {
	g := New(1)
	seen := make(map[string]int)
	for i := 0; i < 20000; i++ {
		rel, _ := g.Page(i)
		if j, dup := seen[rel]; dup {
			t.Fatalf("pages %d and %d share the path %s", j, i, rel)
		}
		seen[rel] = i
	}
}
