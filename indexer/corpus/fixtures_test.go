package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// TestFixtureArchive checks that every page of testdata/archive carries what
// its golden file promises: title, paragraphs, captions and chrome strings
// are all present in the page's visible text once decoded. It guards the
// goldens against drifting from the pages (it is not an extractor test).
func TestFixtureArchive(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	mf, err := os.Open(filepath.Join(root, "archive", "MANIFEST.tsv"))
	if err != nil {
		t.Skipf("no fixture archive: %v", err)
	}
	defer mf.Close()
	sc := bufio.NewScanner(mf)
	sc.Scan() // header
	rows := 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 5 {
			t.Fatalf("bad manifest row %q", sc.Text())
		}
		rows++
		path, enc := f[0], f[2]
		t.Run(path, func(t *testing.T) {
			gb, err := os.ReadFile(filepath.Join(root, "golden", path+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var g struct {
				Title          string   `json:"title"`
				Published      string   `json:"published"`
				BodyParagraphs []string `json:"body_paragraphs"`
				Captions       []string `json:"captions"`
				IsArticle      bool     `json:"is_article"`
				Chrome         []string `json:"chrome"`
			}
			if err := json.Unmarshal(gb, &g); err != nil {
				t.Fatal(err)
			}
			raw := readFixture(t, filepath.Join(root, "archive"), path)
			text := visibleText(t, decodeFixture(t, raw, enc))
			want := append([]string{}, g.BodyParagraphs...)
			want = append(want, g.Captions...)
			want = append(want, g.Chrome...)
			if g.Title != "" {
				want = append(want, g.Title)
			}
			for _, w := range want {
				if !strings.Contains(text, collapse(w)) {
					t.Errorf("page lacks golden text %q", w)
				}
			}
			if g.IsArticle && (g.Title == "" || g.Published == "" || len(g.BodyParagraphs) == 0) {
				t.Errorf("article golden incomplete")
			}
			body := strings.Join(g.BodyParagraphs, "\n")
			for _, c := range g.Chrome {
				if strings.Contains(body, c) {
					t.Errorf("chrome string %q occurs in the golden body", c)
				}
			}
		})
	}
	if rows < 45 {
		t.Errorf("archive has %d pages, want at least 45", rows)
	}
}

func readFixture(t *testing.T, dir, path string) []byte {
	file, rec, isWARC := strings.Cut(path, "#")
	b, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(file, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	if !isWARC {
		return b
	}
	recs := bytes.Split(b, []byte("WARC/1.0\r\n"))[1:]
	n := 0
	for _, c := range rec {
		n = n*10 + int(c-'0')
	}
	if n < 1 || n > len(recs) {
		t.Fatalf("no record %d in %s", n, file)
	}
	r := recs[n-1]
	_, r, _ = bytes.Cut(r, []byte("\r\n\r\n")) // WARC headers
	_, r, _ = bytes.Cut(r, []byte("\r\n\r\n")) // HTTP headers
	return r
}

func decodeFixture(t *testing.T, b []byte, enc string) string {
	switch {
	case strings.HasPrefix(enc, "windows-1258"):
		d, err := charmap.Windows1258.NewDecoder().Bytes(b)
		if err != nil {
			t.Fatal(err)
		}
		return norm.NFC.String(string(d))
	case enc == "tcvn3":
		return decodeLegacy(b, tcvn3Inverse())
	case enc == "vni":
		return decodeLegacy(b, vniInverse())
	}
	s := strings.TrimPrefix(string(b), "\uFEFF")
	s = strings.ReplaceAll(s, "Ð", "Đ")
	s = strings.Map(func(r rune) rune {
		if r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' {
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(s)
}

// allLetters lists the Vietnamese letters the encoders must handle.
func allLetters() []rune {
	var out []rune
	for r := range tcvn3Table {
		out = append(out, r, unicode.ToUpper(r))
	}
	return out
}

func tcvn3Inverse() map[string]rune {
	m := map[string]rune{}
	for r, b := range tcvn3Table {
		m[string([]byte{b})] = r
	}
	return m
}

func vniInverse() map[string]rune {
	m := map[string]rune{}
	for _, r := range allLetters() {
		if b, err := EncodeVNI(string(r)); err == nil {
			m[string(b)] = r
		}
	}
	return m
}

func decodeLegacy(b []byte, inv map[string]rune) string {
	var sb strings.Builder
	for i := 0; i < len(b); {
		if i+1 < len(b) {
			if r, ok := inv[string(b[i:i+2])]; ok {
				sb.WriteRune(r)
				i += 2
				continue
			}
		}
		if r, ok := inv[string(b[i:i+1])]; ok {
			sb.WriteRune(r)
		} else {
			sb.WriteRune(rune(b[i]))
		}
		i++
	}
	return sb.String()
}

var spaceRun = regexp.MustCompile(`[\s\x{00A0}]+`)

func collapse(s string) string { return strings.TrimSpace(spaceRun.ReplaceAllString(s, " ")) }

func visibleText(t *testing.T, html string) string {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(html))
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	doc.Find("title, body").Each(func(_ int, s *goquery.Selection) {
		s.Find("script, style").Remove()
		parts = append(parts, s.Text())
	})
	return collapse(strings.Join(parts, " "))
}
