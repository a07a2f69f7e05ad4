package extracteval

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/extract"
)

func TestTokens(t *testing.T) {
	got := Tokens("Xã Bắc Thủy, 12/10/2022: hội_nghị!")
	want := []string{"Xã", "Bắc", "Thủy", "12", "10", "2022", "hội_nghị"}
	if len(got) != len(want) {
		t.Fatalf("Tokens = %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("Tokens = %q, want %q", got, want)
		}
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name, exp, got string
		want           Counts
	}{
		{"identical", "a b c d e", "a b c d e", Counts{1, 0, 0}},
		{"short texts one shingle", "a b", "a b", Counts{1, 0, 0}},
		{"nothing extracted", "a b c d e", "", Counts{0, 0, 1}},
		{"both empty", "", "", Counts{}},
		// expected shingles: abcd bcde; extracted: abcd bcdx → tp 1 fp 1 fn 1
		{"one differs", "a b c d e", "a b c d x", Counts{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		// multiset: extracted repeats the text → fp counts the excess copies
		{"repeated", "a b c d", "a b c d a b c d", Counts{1.0 / 5, 4.0 / 5, 0}},
	}
	for _, tt := range tests {
		c := Compare(tt.exp, tt.got)
		if math.Abs(c.TP-tt.want.TP) > 1e-9 || math.Abs(c.FP-tt.want.FP) > 1e-9 || math.Abs(c.FN-tt.want.FN) > 1e-9 {
			t.Errorf("%s: Compare = %+v, want %+v", tt.name, c, tt.want)
		}
	}
}

func TestAggregate(t *testing.T) {
	pages := []Counts{
		{1, 0, 0},     // P 1, R 1
		{0, 0, 1},     // nothing extracted: no precision, R 0
		{0.5, 0.5, 0}, // P .5, R 1
	}
	s := Aggregate(pages)
	if math.Abs(s.P-0.75) > 1e-9 || math.Abs(s.R-2.0/3) > 1e-9 {
		t.Fatalf("Aggregate = %+v, want P 0.75 R 0.667", s)
	}
	wantF1 := 2 * 0.75 * (2.0 / 3) / (0.75 + 2.0/3)
	if math.Abs(s.F1-wantF1) > 1e-9 {
		t.Fatalf("F1 = %v, want %v", s.F1, wantF1)
	}
}

// benchmarkDir is the shared benchmark, ../shared relative to the repo root.
func benchmarkDir() string {
	if d := os.Getenv("FRONTSEARCH_BENCHMARK"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "..", "shared", "benchmarks", "article-extraction")
}

// TestBenchmarkF1 runs the extractor on the public benchmark and requires
// F1 ≥ 0.96 (the target).
func TestBenchmarkF1(t *testing.T) {
	dir := benchmarkDir()
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); err != nil {
		t.Skipf("benchmark not found at %s (set FRONTSEARCH_BENCHMARK): %v", dir, err)
	}
	res, err := Evaluate(context.Background(), dir, func(html, url string) string {
		return extract.MainText(html, extract.Meta{URL: url})
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("pages %d  P %.4f  R %.4f  F1 %.4f", res.N, res.P, res.R, res.F1)
	if testing.Verbose() {
		for i, c := range res.PerPage {
			p, _ := c.Precision()
			r, _ := c.Recall()
			if p < 0.8 || r < 0.8 {
				t.Logf("weak page %s P %.2f R %.2f %s", res.Pages[i].ID[:12], p, r, res.Pages[i].URL)
			}
		}
	}
	if res.F1 < 0.96 {
		t.Errorf("benchmark F1 = %.4f, want ≥ 0.96", res.F1)
	}
}
