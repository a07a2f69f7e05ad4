package analysis

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	bleveanalysis "github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

type tok struct {
	term       string
	pos        int
	start, end int
}

func analyze(t testing.TB, name, text string) []tok {
	t.Helper()
	a, err := Analyzer(name)
	if err != nil {
		t.Fatalf("analyzer %q: %v", name, err)
	}
	var out []tok
	for _, tk := range a.Analyze([]byte(text)) {
		out = append(out, tok{string(tk.Term), tk.Position, tk.Start, tk.End})
	}
	return out
}

func terms(ts []tok) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.term)
	}
	return out
}

func TestAnalyzersRegistered(t *testing.T) {
	for _, n := range []string{Vi, ViFold, ViShingle, ViFoldShingle, ViKeyword, ViKeywordFold} {
		if _, err := Analyzer(n); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
}

func TestViOffsets(t *testing.T) {
	nfc := "Ủy ban MTTQ hoà giải, 34-NQ/TU ngày 12/10/2022."
	nfd := norm.NFD.String(nfc)
	mixed := "Ủy ban MTTQ " + norm.NFD.String("hoà giải") + ", 34-NQ/TU ngày 12/10/2022."
	wantTerms := []string{"ủy", "ban", "mttq", "hòa", "giải", "34-nq/tu", "ngày", "12", "10", "2022"}
	wantFold := []string{"uy", "ban", "mttq", "hoa", "giai", "34-nq/tu", "ngay", "12", "10", "2022"}
	wantOrig := []string{"Ủy", "ban", "MTTQ", "hoà", "giải", "34-NQ/TU", "ngày", "12", "10", "2022"}
	for _, text := range []string{nfc, nfd, mixed} {
		for name, want := range map[string][]string{Vi: wantTerms, ViFold: wantFold} {
			got := analyze(t, name, text)
			if fmt.Sprint(terms(got)) != fmt.Sprint(want) {
				t.Errorf("%s(%q) terms = %q, want %q", name, text, terms(got), want)
				continue
			}
			for i, tk := range got {
				if tk.pos != i+1 {
					t.Errorf("%s: token %d position %d", name, i, tk.pos)
				}
				orig := text[tk.start:tk.end]
				if norm.NFC.String(orig) != wantOrig[i] {
					t.Errorf("%s: token %d offsets [%d,%d) cover %q, want %q", name, i, tk.start, tk.end, orig, wantOrig[i])
				}
			}
		}
	}
	// exact offsets for the NFC text
	got := analyze(t, Vi, nfc)
	want := []tok{{"ủy", 1, 0, 4}, {"ban", 2, 5, 8}, {"mttq", 3, 9, 13}, {"hòa", 4, 14, 18}}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("token %d = %+v, want %+v", i, got[i], w)
		}
	}
}

func TestToneStylesMeet(t *testing.T) {
	pairs := [][2]string{
		{"Uỷ ban", "Ủy ban"}, {"hoà", "hòa"}, {"thuỷ lợi", "thủy lợi"}, {"khoẻ", "khỏe"},
		{"qúy", "quý"}, {"HOÀ BÌNH", "Hòa Bình"}, {norm.NFD.String("Uỷ ban"), "Ủy ban"},
	}
	for _, p := range pairs {
		for _, name := range []string{Vi, ViFold, ViShingle, ViFoldShingle, ViKeyword, ViKeywordFold} {
			a, b := terms(analyze(t, name, p[0])), terms(analyze(t, name, p[1]))
			if fmt.Sprint(a) != fmt.Sprint(b) {
				t.Errorf("%s: %q → %q but %q → %q", name, p[0], a, p[1], b)
			}
		}
	}
	for _, s := range []string{"quý", "quả", "giá", "giữ", "gì", "quyết", "giường"} {
		if got := terms(analyze(t, Vi, s)); len(got) != 1 || got[0] != s {
			t.Errorf("vi(%q) = %q", s, got)
		}
	}
}

func TestDocNumbers(t *testing.T) {
	cases := []struct {
		in   string
		vi   []string
		fold []string
	}{
		{"Nghị quyết 34-NQ/TU,", []string{"nghị", "quyết", "34-nq/tu"}, []string{"nghi", "quyet", "34-nq/tu"}},
		{"Quy định 217-QĐ/TW", []string{"quy", "định", "217-qđ/tw"}, []string{"quy", "dinh", "217-qd/tw"}},
		{"217- QĐ/TW", []string{"217-qđ/tw"}, []string{"217-qd/tw"}},
		{"Quy định 217 - QĐ/TW", []string{"quy", "định", "217-qđ/tw"}, []string{"quy", "dinh", "217-qd/tw"}},
		{"217 – QĐ/TƯ", []string{"217-qđ/tw"}, []string{"217-qd/tw"}},
		{"217–QĐ/TƯ", []string{"217-qđ/tw"}, []string{"217-qd/tw"}},
		{"Nghị định 100/2019/NĐ-CP;", []string{"nghị", "định", "100/2019/nđ-cp"}, []string{"nghi", "dinh", "100/2019/nd-cp"}},
		{"Luật 75/2015/QH13", []string{"luật", "75/2015/qh13"}, []string{"luat", "75/2015/qh13"}},
		{"04-NQ/HU;", []string{"04-nq/hu"}, []string{"04-nq/hu"}},
		{"số 1234/QĐ-TTg", []string{"số", "1234/qđ-ttg"}, []string{"so", "1234/qd-ttg"}},
		// not document numbers
		{"12/10/2022", []string{"12", "10", "2022"}, []string{"12", "10", "2022"}},
		{"2 lần/tháng 5/năm", []string{"2", "lần", "tháng", "5", "năm"}, []string{"2", "lan", "thang", "5", "nam"}},
		{"ngày 12/10/2022 - UBND", []string{"ngày", "12", "10", "2022", "ubnd"}, []string{"ngay", "12", "10", "2022", "ubnd"}},
		{"43-NQ", []string{"43", "nq"}, []string{"43", "nq"}},
		{"1.000.000 đồng, 2,5%", []string{"1.000.000", "đồng", "2,5"}, []string{"1.000.000", "dong", "2,5"}},
		{"KT-XH", []string{"kt", "xh"}, []string{"kt", "xh"}},
	}
	for _, c := range cases {
		if got := terms(analyze(t, Vi, c.in)); fmt.Sprint(got) != fmt.Sprint(c.vi) {
			t.Errorf("vi(%q) = %q, want %q", c.in, got, c.vi)
		}
		if got := terms(analyze(t, ViFold, c.in)); fmt.Sprint(got) != fmt.Sprint(c.fold) {
			t.Errorf("vi_fold(%q) = %q, want %q", c.in, got, c.fold)
		}
	}
}

func TestShingles(t *testing.T) {
	got := analyze(t, ViShingle, "Mặt trận Tổ quốc")
	want := []tok{{"mặt trận", 1, 0, 12}, {"trận tổ", 2, 6, 17}, {"tổ quốc", 3, 13, 24}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("vi_shingle = %+v, want %+v", got, want)
	}
	if got := terms(analyze(t, ViFoldShingle, "Uỷ ban MTTQ")); fmt.Sprint(got) != fmt.Sprint([]string{"uy ban", "ban mttq"}) {
		t.Errorf("vi_fold_shingle = %q", got)
	}
	if got := analyze(t, ViShingle, "một"); len(got) != 0 {
		t.Errorf("single token gave shingles %v", got)
	}
}

func TestKeyword(t *testing.T) {
	cases := map[string][2]string{
		"Ủy ban MTTQ tỉnh Hoà Bình":    {"ủy ban mttq tỉnh hòa bình", "uy ban mttq tinh hoa binh"},
		norm.NFD.String("Lê Văn Quốc"): {"lê văn quốc", "le van quoc"},
		"Ðà Nẵng":                      {"đà nẵng", "da nang"},
	}
	for in, want := range cases {
		if got := terms(analyze(t, ViKeyword, in)); len(got) != 1 || got[0] != want[0] {
			t.Errorf("vi_keyword(%q) = %q, want %q", in, got, want[0])
		}
		if got := terms(analyze(t, ViKeywordFold, in)); len(got) != 1 || got[0] != want[1] {
			t.Errorf("vi_keyword_fold(%q) = %q, want %q", in, got, want[1])
		}
	}
}

func TestNoStopwords(t *testing.T) {
	in := "an in no than the a"
	if got := terms(analyze(t, Vi, in)); strings.Join(got, " ") != in {
		t.Errorf("vi(%q) = %q", in, got)
	}
}

func TestNormalizeFold(t *testing.T) {
	cases := []struct{ in, norm, fold string }{
		{"Uỷ ban MTTQ hoà giải", "Ủy ban MTTQ hòa giải", "uy ban mttq hoa giai"},
		{norm.NFD.String("Mặt trận Tổ quốc"), "Mặt trận Tổ quốc", "mat tran to quoc"},
		{"Ðà Nẵng", "Đà Nẵng", "da nang"},
		{"ABC def", "ABC def", "abc def"},
		{"", "", ""},
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.norm {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.norm)
		}
		if got := Fold(c.in); got != c.fold {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.fold)
		}
	}
	if !HasDiacritics("Mặt") || HasDiacritics("mat") {
		t.Error("HasDiacritics wrong")
	}
}

// checkStream asserts the invariants every analyzer output must hold.
func checkStream(t *testing.T, name, text string, ts bleveanalysis.TokenStream) {
	lastPos := 0
	valid := utf8.ValidString(text) // once: per token it would be quadratic on long inputs
	for _, tk := range ts {
		if tk.Start < 0 || tk.End > len(text) || tk.Start >= tk.End {
			t.Fatalf("%s(%q): bad offsets %d..%d", name, text, tk.Start, tk.End)
		}
		if valid && (!utf8.RuneStart(text[tk.Start]) || tk.End < len(text) && !utf8.RuneStart(text[tk.End])) {
			t.Fatalf("%s(%q): offsets %d..%d not on rune boundaries", name, text, tk.Start, tk.End)
		}
		if valid && !utf8.Valid(tk.Term) {
			t.Fatalf("%s(%q): invalid UTF-8 term %q", name, text, tk.Term)
		}
		if tk.Position != lastPos+1 {
			t.Fatalf("%s(%q): position %d after %d", name, text, tk.Position, lastPos)
		}
		lastPos = tk.Position
	}
}

func FuzzAnalyzers(f *testing.F) {
	for _, s := range []string{
		"Ủy ban MTTQ hoà giải, 34-NQ/TU ngày 12/10/2022.", norm.NFD.String("Uỷ ban"), "217- QĐ/TW", "217 - QĐ/TW",
		"\u0301abc", "a\u00adb", "\xff\xfe1/A", "1.2.3,4/Ab-Cd/ĐĐ", "12-", "5/", "ǅa", "ﬁ",
	} {
		f.Add(s)
	}
	for _, u := range pathologicalUnits { // degenerate 20 KB runs
		f.Add(strings.Repeat(u, 20_000/len(u)))
	}
	names := []string{Vi, ViFold, ViShingle, ViFoldShingle}
	analyzers := make([]bleveanalysis.Analyzer, len(names))
	for i, n := range names {
		a, err := Analyzer(n)
		if err != nil {
			f.Fatal(err)
		}
		analyzers[i] = a
	}
	kw, err := Analyzer(ViKeywordFold)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if text != "" {
			if got := kw.Analyze([]byte(text)); len(got) != 1 || string(got[0].Term) != Fold(text) {
				t.Fatalf("Fold(%q) = %q differs from vi_keyword_fold %q", text, Fold(text), got[0].Term)
			}
		}
		for i, a := range analyzers {
			ts := a.Analyze([]byte(text))
			if names[i] == Vi || names[i] == ViFold {
				checkStream(t, names[i], text, ts)
			}
		}
	})
}

var benchText = strings.Repeat("Sáng 12/10/2022, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức hội nghị "+
	"phản biện xã hội dự thảo Nghị quyết 34-NQ/TU về công tác dân vận; Uỷ ban nhân dân huyện hoà giải "+
	"ở cơ sở, xây dựng nông thôn mới và đô thị văn minh. ", 50)

func BenchmarkAnalyzers(b *testing.B) {
	for _, name := range []string{Vi, ViFold, ViShingle, ViFoldShingle, ViKeyword} {
		a, err := Analyzer(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			in := []byte(benchText)
			buf := make([]byte, len(in))
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				copy(buf, in) // filters work in place, as in bleve
				a.Analyze(buf)
			}
		})
	}
}

// BenchmarkBleveStandardReference runs bleve's standard analyzer on the
// same text, as a yardstick for BenchmarkAnalyzers on a loaded machine.
func BenchmarkBleveStandardReference(b *testing.B) {
	a, err := registry.NewCache().AnalyzerNamed(standard.Name)
	if err != nil {
		b.Fatal(err)
	}
	in := []byte(benchText)
	buf := make([]byte, len(in))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		copy(buf, in)
		a.Analyze(buf)
	}
}

func BenchmarkFold(b *testing.B) {
	s := benchText[:400]
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(s)
	}
}

// BenchmarkPage analyses one typical 4 KB article body with the four text
// analyzers a body field uses (vi, vi_fold, vi_shingle, vi_fold_shingle):
// ns/op is the analysis cost per page.
func BenchmarkPage(b *testing.B) {
	page := []byte(benchText[:4096])
	for !utf8.Valid(page) {
		page = page[:len(page)-1]
	}
	var as []bleveanalysis.Analyzer
	for _, n := range []string{Vi, ViFold, ViShingle, ViFoldShingle} {
		a, err := Analyzer(n)
		if err != nil {
			b.Fatal(err)
		}
		as = append(as, a)
	}
	buf := make([]byte, len(page))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range as {
			copy(buf, page)
			a.Analyze(buf)
		}
	}
}

// TestFoldIsKeywordFold checks Fold against the vi_keyword_fold analyzer
// (which also places tone marks, a step Fold leaves out) on every line of
// the benchmark text and on both tone styles in both cases.
func TestFoldIsKeywordFold(t *testing.T) {
	kw, err := Analyzer(ViKeywordFold)
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Split(benchText, "\n")
	// Every rune alone and after a syllable: Fold's one-pass path folds
	// rune by rune, and must do what the filter chain does to each.
	for r := rune(0x80); r < 0x3000; r++ {
		texts = append(texts, string(r), "Hoà"+string(r)+"Ð")
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		texts = append(texts, string(r))
	}
	for _, s := range []string{"Uỷ ban hoà giải thuỷ lợi khoẻ mạnh qúy gìa", "hòa hoà HOÀ HÒA Ủy UỶ khuỷu KHUỶU ngoài NGOÀI"} {
		texts = append(texts, s, norm.NFD.String(s), strings.ToUpper(s))
	}
	for _, s := range texts {
		if s == "" {
			continue
		}
		if got := kw.Analyze([]byte(s)); len(got) != 1 || string(got[0].Term) != Fold(s) {
			t.Errorf("Fold(%q) = %q, vi_keyword_fold %q", s, Fold(s), got[0].Term)
		}
	}
}
