package analysis

import (
	"fmt"
	"testing"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/frontsearch/frontsearch/search/analysis/token/shingle2"
)

// TestSharedMatchesAnalyzers checks that each stream of a shared analysis
// is what the analyzer itself makes of the text, term by term with
// offsets, positions and types.
func TestSharedMatchesAnalyzers(t *testing.T) {
	cache := registry.NewCache()
	lookup := func(name string) bleveanalysis.Analyzer {
		a, err := cache.AnalyzerNamed(name)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	dump := func(ts bleveanalysis.TokenStream) string {
		s := ""
		for _, tok := range ts {
			s += fmt.Sprintf("%q@%d[%d:%d]%d ", tok.Term, tok.Position, tok.Start, tok.End, tok.Type)
		}
		return s
	}
	texts := []string{
		"", "Hội", "Uỷ ban MTTQ xã Bắc Thủy, hoà giải: Nghị quyết 34-NQ/TU và 100/2019/NĐ-CP.",
		"Thuỷ lợi – ĐOÀN THANH NIÊN – Ðà Nẵng (NFD: Ủy ban)", "mat tran to quoc",
	}
	for _, names := range [][]string{
		{Vi, ViFold, ViShingle, ViFoldShingle},
		{Vi, ViFold, ViFoldShingle},
		{Vi, ViFold},
		{ViFold, ViFoldShingle},
	} {
		s, err := NewShared(lookup, names...)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range texts {
			got := s.Analyze([]byte(text))
			unshingled := s.AnalyzeUnshingled([]byte(text))
			for i, name := range names {
				want := lookup(name).Analyze([]byte(text))
				if dump(got[i]) != dump(want) {
					t.Errorf("%v %q: %s:\ngot  %s\nwant %s", names, text, name, dump(got[i]), dump(want))
				}
				from, ok := s.ShinglesOf(i)
				if isShingles := name == ViShingle || name == ViFoldShingle; ok != isShingles {
					t.Errorf("%v: ShinglesOf(%s) = %v", names, name, ok)
				}
				switch {
				case ok && unshingled[i] != nil:
					t.Errorf("%v %q: AnalyzeUnshingled made %s", names, text, name)
				case ok && dump(lookup(name).Analyze([]byte(text))) != dump(shingle2.New().Filter(lookup(names[from]).Analyze([]byte(text)))):
					t.Errorf("%v: %s is not the shingles of %s", names, name, names[from])
				case !ok && dump(unshingled[i]) != dump(want):
					t.Errorf("%v %q: AnalyzeUnshingled %s:\ngot  %s\nwant %s", names, text, name, dump(unshingled[i]), dump(want))
				}
			}
		}
	}
}

func TestSharedRefusesUnrelatedChains(t *testing.T) {
	lookup := func(name string) bleveanalysis.Analyzer {
		a, _ := registry.NewCache().AnalyzerNamed(name)
		return a
	}
	for _, names := range [][]string{{}, {ViFold, Vi}, {Vi, ViKeyword}, {Vi, "standard"}} {
		if _, err := NewShared(lookup, names...); err == nil {
			t.Errorf("%v: no error", names)
		}
	}
}
