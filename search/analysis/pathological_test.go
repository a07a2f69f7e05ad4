package analysis

import (
	"fmt"
	"strings"
	"testing"
)

// pathologicalUnits are repeated into 20 KB degenerate runs for
// BenchmarkPathological (the tokenizer package tests their linearity).
var pathologicalUnits = []string{"1/", "1-", "1/A", "A-1/", "34-NQ/TU/", "1.1,", "1- ", "\u0301", "a", "a."}

// BenchmarkPathological runs the vi and vi_fold analyzers on 20 KB
// degenerate runs ("1/1/1/…") that once took seconds each.
func BenchmarkPathological(b *testing.B) {
	for _, name := range []string{Vi, ViFold} {
		a, err := Analyzer(name)
		if err != nil {
			b.Fatal(err)
		}
		for _, u := range pathologicalUnits {
			in := []byte(strings.Repeat(u, 20_000/len(u)))
			buf := make([]byte, len(in))
			b.Run(fmt.Sprintf("%s/%q", name, u), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				b.ReportAllocs()
				for b.Loop() {
					copy(buf, in)
					a.Analyze(buf)
				}
			})
		}
	}
}
