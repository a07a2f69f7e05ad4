// Package extracteval scores a main-text extractor against the public
// article-extraction benchmark (html/*.html.gz + ground-truth.json), with
// the benchmark authors' metric: `\w+` Unicode tokens, 4-token shingles
// counted as multisets, per-page tp/fp/fn normalised by their sum,
// precision and recall averaged over pages, F1 of the two means.
package extracteval

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Tokens splits s into the runs of word characters of Python's Unicode
// `\w`: letters, numbers and the underscore.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
		if w && start < 0 {
			start = i
		} else if !w && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// Shingles counts the 4-token shingles of s; a text of fewer than four
// tokens gives one shorter shingle (none when it has no token).
func Shingles(s string) map[string]int {
	toks := Tokens(s)
	m := map[string]int{}
	if len(toks) == 0 {
		return m
	}
	if len(toks) < 4 {
		m[strings.Join(toks, " ")]++
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[strings.Join(toks[i:i+4], " ")]++
	}
	return m
}

// Counts is one page's shingle match, normalised so that TP+FP+FN = 1
// (all zero when both texts are empty).
type Counts struct{ TP, FP, FN float64 }

// Compare matches the extracted text against the expected one.
func Compare(expected, extracted string) Counts {
	e, x := Shingles(expected), Shingles(extracted)
	var tp, fp, fn float64
	for k, ne := range e {
		nx := x[k]
		tp += float64(min(ne, nx))
		if ne > nx {
			fn += float64(ne - nx)
		}
	}
	for k, nx := range x {
		if ne := e[k]; nx > ne {
			fp += float64(nx - ne)
		}
	}
	sum := tp + fp + fn
	if sum == 0 {
		return Counts{}
	}
	return Counts{tp / sum, fp / sum, fn / sum}
}

// Precision of one page; ok is false when the page does not count
// (TP+FP = 0).
func (c Counts) Precision() (p float64, ok bool) {
	if c.TP+c.FP == 0 {
		return 0, false
	}
	if c.FP == 0 && c.FN == 0 {
		return 1, true
	}
	return c.TP / (c.TP + c.FP), true
}

// Recall of one page; ok is false when the page does not count (TP+FN = 0).
func (c Counts) Recall() (r float64, ok bool) {
	if c.TP+c.FN == 0 {
		return 0, false
	}
	if c.FP == 0 && c.FN == 0 {
		return 1, true
	}
	return c.TP / (c.TP + c.FN), true
}

// Score is the benchmark result: mean precision, mean recall and the F1 of
// the two means.
type Score struct {
	P, R, F1 float64
	N        int // pages scored
}

// Aggregate averages per-page counts.
func Aggregate(pages []Counts) Score {
	var sp, sr float64
	var np, nr int
	for _, c := range pages {
		if p, ok := c.Precision(); ok {
			sp += p
			np++
		}
		if r, ok := c.Recall(); ok {
			sr += r
			nr++
		}
	}
	s := Score{N: len(pages)}
	if np > 0 {
		s.P = sp / float64(np)
	}
	if nr > 0 {
		s.R = sr / float64(nr)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// Page is one benchmark page.
type Page struct {
	ID       string // file name without .html.gz
	URL      string
	Expected string // ground-truth articleBody
	HTMLPath string
}

// Load reads the benchmark's ground truth from dir and lists its pages, in
// sorted order.
func Load(dir string) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("extracteval: read ground truth: %w", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("extracteval: parse %s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	pages := make([]Page, 0, len(gt))
	for id, g := range gt {
		pages = append(pages, Page{ID: id, URL: g.URL, Expected: g.ArticleBody, HTMLPath: filepath.Join(dir, "html", id+".html.gz")})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// ReadHTML returns the page's HTML, decompressed. The benchmark's pages are
// UTF-8.
func (p Page) ReadHTML() (string, error) {
	f, err := os.Open(p.HTMLPath)
	if err != nil {
		return "", fmt.Errorf("extracteval: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("extracteval: %s: %w", p.HTMLPath, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return "", fmt.Errorf("extracteval: %s: %w", p.HTMLPath, err)
	}
	return string(b), nil
}

// Result is the score plus each page's counts, in page order.
type Result struct {
	Score
	PerPage []Counts
	Pages   []Page
}

// Evaluate runs extract on every page of the benchmark in dir.
func Evaluate(ctx context.Context, dir string, extract func(html, url string) string) (Result, error) {
	pages, err := Load(dir)
	if err != nil {
		return Result{}, err
	}
	res := Result{Pages: pages, PerPage: make([]Counts, len(pages))}
	for i, p := range pages {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("extracteval: %w", err)
		}
		h, err := p.ReadHTML()
		if err != nil {
			return res, err
		}
		res.PerPage[i] = Compare(p.Expected, extract(h, p.URL))
	}
	res.Score = Aggregate(res.PerPage)
	return res, nil
}
