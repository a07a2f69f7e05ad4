package vnlex

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/enrich/vntext"
)

func TestPhrasesLongestFirst(t *testing.T) {
	p := NewPhrases(map[string]int{"Ủy ban": 1, "Uỷ ban MTTQ": 2, "ủy ban mttq việt nam": 3})
	toks := vntext.Tokenize(vntext.Canon("Uỷ Ban MTTQ Việt Nam xã"))
	if v, n := p.Match(toks, 0); v != 3 || n != 5 {
		t.Errorf("Match = %d, %d; want 3, 5", v, n)
	}
	if _, n := p.Match(toks, 5); n != 0 {
		t.Errorf("matched past the end of the phrases")
	}
}

func TestSurnames(t *testing.T) {
	for _, s := range []string{"Nguyễn", "Nông", "Lò", "Giàng", "Sùng", "Thào", "Ksor", "Niê", "Quàng", "Cầm"} {
		if !Surnames[vntext.Key(s)] {
			t.Errorf("%s is not a surname", s)
		}
	}
	for _, s := range []string{"Văn", "Thị", "Ban", "Hội"} {
		if Surnames[vntext.Key(s)] {
			t.Errorf("%s taken as a surname", s)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "s.tsv")
	os.WriteFile(path, []byte("surname\tcount\tpct\nKhổng\t1\t0.1\nVăn\t3\t0.2\nXyz\t1\t0\n"), 0o644)
	s, err := LoadSurnames(path)
	if err != nil {
		t.Fatal(err)
	}
	if !s["xyz"] || s["văn"] || !s["nguyễn"] {
		t.Errorf("LoadSurnames: xyz %v văn %v nguyễn %v", s["xyz"], s["văn"], s["nguyễn"])
	}
	if _, err := LoadSurnames(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing file: want an error")
	}
}
