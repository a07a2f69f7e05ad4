package decode

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixtureArchive decodes the project's fixture archive, whose pages
// helper-written encoders produced independently of this package, and
// checks the charset against testdata/archive/MANIFEST.tsv.
func TestFixtureArchive(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "archive")
	manifest, err := os.ReadFile(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		t.Skipf("no fixture archive: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(manifest)), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "path\t") || !strings.Contains(lines[0], "\tencoding\t") {
		t.Skip("MANIFEST.tsv has an unknown layout")
	}
	col := -1
	for i, h := range strings.Split(lines[0], "\t") {
		if h == "encoding" {
			col = i
		}
	}
	checked := 0
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) <= col || strings.Contains(f[0], "#") {
			continue
		}
		enc := f[col]
		want := ""
		switch {
		case strings.HasPrefix(enc, "utf-8"):
			want = "utf-8"
		case enc == "tcvn3", enc == "vni", enc == "viscii", enc == "windows-1258":
			want = enc
		default:
			continue
		}
		body, err := os.ReadFile(filepath.Join(dir, f[0]))
		if err != nil {
			t.Errorf("%s: %v", f[0], err)
			continue
		}
		if strings.HasSuffix(f[0], ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Errorf("%s: %v", f[0], err)
				continue
			}
			if body, err = io.ReadAll(zr); err != nil {
				t.Errorf("%s: %v", f[0], err)
				continue
			}
		}
		res, err := Decode(body, "")
		if err != nil || res.Charset != want {
			t.Errorf("%s: charset %q (%v), MANIFEST says %s", f[0], res.Charset, err, enc)
			continue
		}
		checkText(t, res.Text)
		if strings.Contains(res.Text, "Ð") || strings.Contains(res.Text, "\uFFFD") {
			t.Errorf("%s: Ð or U+FFFD left in the text", f[0])
		}
		checked++
	}
	if checked == 0 {
		t.Skip("no page with a known encoding in MANIFEST.tsv")
	}
}
