package abbrev

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/search/analysis"

	"golang.org/x/text/unicode/norm"
)

func TestVariants(t *testing.T) {
	tab := Default()
	cases := []struct {
		in   string
		want []string // each must be among the variants
		not  []string // none may be
	}{
		{"MTTQ", []string{"mặt trận tổ quốc"}, []string{"mttq"}},
		{"mttq", []string{"mặt trận tổ quốc"}, nil},
		{"Mặt trận Tổ quốc", []string{"mttq"}, nil},
		{"mat tran to quoc", []string{"mttq"}, nil},
		{norm.NFD.String("Mặt trận Tổ quốc"), []string{"mttq"}, nil},
		{"UBND", []string{"ủy ban nhân dân"}, nil},
		{"Uỷ ban nhân dân", []string{"ubnd"}, nil},
		{"uy ban nhan dan", []string{"ubnd"}, nil},
		{"HĐND", []string{"hội đồng nhân dân"}, nil},
		{"HDND", []string{"hội đồng nhân dân"}, nil},
		{"NTM", []string{"nông thôn mới"}, nil},
		{"nong thon moi", []string{"ntm"}, nil},
		{"Ban TTND", []string{"ban thanh tra nhân dân"}, nil},
		{"Đ/c", []string{"đồng chí"}, nil},
		{"đồng chí", []string{"đ c"}, nil},
		{"UBMTTQ", []string{"ủy ban mặt trận tổ quốc", "ủy ban mttq"}, nil},
		{"KT-XH", []string{"kinh tế xã hội", "ktxh"}, nil},
		{"Trung ương", nil, []string{"tư", "tw"}},
		{"TW", []string{"trung ương"}, nil},
		{"Ủy viên Ban Thường vụ", []string{"uvtv", "uvbtv"}, nil},
	}
	for _, c := range cases {
		got := tab.Variants(c.in)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("Variants(%q) = %q, missing %q", c.in, got, w)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("Variants(%q) = %q, must not contain %q", c.in, got, n)
			}
		}
	}
	for _, none := range []string{"tư", "tu", "tw", "tp", "đầu tư", "phản biện", "", "mặt trận"} {
		if got := tab.Variants(none); got != nil {
			t.Errorf("Variants(%q) = %q, want none", none, got)
		}
	}
}

func TestFind(t *testing.T) {
	tab := Default()
	check := func(in string, want []string) {
		t.Helper()
		toks := Tokens(in)
		var got []string
		for _, m := range tab.Find(toks) {
			got = append(got, fmt.Sprintf("%s@%d-%d", strings.ToLower(strings.Join(toks[m.Start:m.End], " ")), m.Start, m.End))
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("Find(%q) = %q, want %q", in, got, want)
		}
	}
	check("hoạt động của MTTQ và UBND xã", []string{"mttq@3-4", "ubnd@5-6"})
	check("đầu tư công", nil)
	check("Ban TTND xã", []string{"ban ttnd@0-2"})
	check("ủy ban mặt trận tổ quốc tỉnh", []string{"ủy ban mặt trận tổ quốc@0-6"})
	check("mat tran to quoc viet nam", []string{"mat tran to quoc viet nam@0-6"})
	check("Ủy ban MTTQ tỉnh", []string{"ủy ban mttq@0-3"})
	check("Nghị quyết TƯ và tư pháp", []string{"tư@2-3"})
}

func TestExpand(t *testing.T) {
	got := Default().Expand("Uỷ ban MTTQ xã", 0)
	for _, w := range []string{"ủy ban mttq xã", "ubmttq xã", "ủy ban mặt trận tổ quốc xã"} {
		if !slices.Contains(got, w) {
			t.Errorf("Expand = %q, missing %q", got, w)
		}
	}
	if got[0] != "ủy ban mttq xã" {
		t.Errorf("Expand[0] = %q, want the input normalised", got[0])
	}
	if got := Default().Expand("phản biện xã hội", 0); len(got) != 1 {
		t.Errorf("Expand without forms = %q", got)
	}
	if got := Default().Expand("MTTQ UBND HĐND NTM KDC TDP", 5); len(got) != 5 {
		t.Errorf("limit not applied: %d", len(got))
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.tsv")
	if err := os.WriteFile(p, []byte("abbr\tfull\tnote\nCLB\tcâu lạc bộ\n# comment\n\nMTTQ\tMặt trận\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tab, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Variants("CLB"); !slices.Contains(got, "câu lạc bộ") {
		t.Errorf("loaded entry: %q", got)
	}
	if got := tab.Variants("mặt trận"); !slices.Contains(got, "mặt trận tổ quốc") {
		t.Errorf("merged class: %q", got)
	}
	if got := Default().Variants("mặt trận"); got != nil {
		t.Errorf("Load changed the shared default table: %q", got)
	}
	if _, err := Load(filepath.Join(dir, "missing.tsv")); err == nil {
		t.Error("missing file: no error")
	}
	if _, err := Parse(strings.NewReader("MTTQ only\n"), "bad.tsv"); err == nil || !strings.Contains(err.Error(), "bad.tsv:1") {
		t.Errorf("bad line error = %v", err)
	}
	if _, err := Parse(strings.NewReader("--\t!!\n"), "x"); err == nil {
		t.Error("no letters: no error")
	}
}

// TestSharedLexicon checks that every entry of the shared draft lexicon
// is handled (when the shared data is present).
func TestSharedLexicon(t *testing.T) {
	p := filepath.Join("..", "..", "..", "shared", "lexicons", "abbreviations.tsv")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared lexicon absent (%v); skipping", err)
	}
	tab, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Variants("MTTQ"); !slices.Contains(got, "mặt trận tổ quốc") {
		t.Errorf("MTTQ → %q", got)
	}
}

func BenchmarkFind(b *testing.B) {
	tab := Default()
	toks := Tokens("hoạt động của Ủy ban MTTQ và UBND xã về xây dựng nông thôn mới")
	b.ReportAllocs()
	for b.Loop() {
		tab.Find(toks)
	}
}

func FuzzExpand(f *testing.F) {
	for _, s := range []string{"Ủy ban MTTQ tỉnh", "mat tran to quoc", "Đ/c TƯ tư", "KT-XH", "\xff"} {
		f.Add(s)
	}
	tab := Default()
	f.Fuzz(func(t *testing.T, s string) {
		out := tab.Expand(s, 0)
		if len(out) == 0 || len(out) > 16 {
			t.Fatalf("Expand(%q) gave %d phrases", s, len(out))
		}
		tab.Variants(s)
		for _, m := range tab.Find(Tokens(s)) {
			if m.Start >= m.End || len(m.Variants) == 0 {
				t.Fatalf("bad match %+v", m)
			}
		}
	})
}

func FuzzParseTSV(f *testing.F) {
	f.Add("abbr\tfull\nMTTQ\tMặt trận Tổ quốc\n")
	f.Add("a\tb\tc\n#x\n\n\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		tab, err := Parse(strings.NewReader(s), "fuzz.tsv")
		if err == nil {
			tab.Variants("MTTQ")
		}
	})
}

// TestBuiltinEntries checks every line of the built-in table both ways.
func TestBuiltinEntries(t *testing.T) {
	tab := Default()
	norm := func(s string) string { return strings.ToLower(strings.Join(Tokens(analysis.Normalize(s)), " ")) }
	for i, line := range strings.Split(builtin, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		abbr, full := cols[0], cols[1]
		if utf8.RuneCountInString(abbr) > 2 || len(Tokens(abbr)) > 1 {
			if got := tab.Variants(full); !slices.Contains(got, norm(abbr)) {
				t.Errorf("line %d: Variants(%q) = %q, missing %q", i+1, full, got, norm(abbr))
			}
		}
		if got := tab.Variants(abbr); !slices.Contains(got, norm(full)) {
			t.Errorf("line %d: Variants(%q) = %q, missing %q", i+1, abbr, got, norm(full))
		}
	}
}
