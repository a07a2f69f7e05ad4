package vi

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func tokens(s string) []string {
	var out []string
	for _, t := range New().Tokenize([]byte(s)) {
		out = append(out, fmt.Sprintf("%s@%d[%d:%d]", t.Term, t.Position, t.Start, t.End))
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Mặt trận", []string{"Mặt@1[0:5]", "trận@2[6:12]"}},
		{"  a,b.c  ", []string{"a@1[2:3]", "b@2[4:5]", "c@3[6:7]"}},
		{"34-NQ/TU,", []string{"34-NQ/TU@1[0:8]"}},
		{"217- QĐ/TW", []string{"217- QĐ/TW@1[0:11]"}},
		{"217 - QĐ/TW", []string{"217 - QĐ/TW@1[0:12]"}},
		{"Số 217 – QĐ/TW ngày", []string{"Số@1[0:4]", "217 – QĐ/TW@2[5:19]", "ngày@3[20:25]"}},
		{"217 -QĐ/TW", []string{"217 -QĐ/TW@1[0:11]"}},
		{"2021 - 2025/QĐ", []string{"2021@1[0:4]", "2025/QĐ@2[7:15]"}},
		{"Khóa 10 - Hà Nội", []string{"Khóa@1[0:5]", "10@2[6:8]", "Hà@3[11:14]", "Nội@4[15:20]"}},
		{"217 - qđ/tw", []string{"217@1[0:3]", "qđ@2[6:9]", "tw@3[10:12]"}},
		{"217  - QĐ/TW", []string{"217@1[0:3]", "QĐ@2[7:10]", "TW@3[11:13]"}},
		{"1/2 - QĐ/TW", []string{"1@1[0:1]", "2 - QĐ/TW@2[2:12]"}},
		{"12/10/2022", []string{"12@1[0:2]", "10@2[3:5]", "2022@3[6:10]"}},
		{"1.000,5 đ", []string{"1.000,5@1[0:7]", "đ@2[8:10]"}},
		{"1. Mở", []string{"1@1[0:1]", "Mở@2[3:7]"}},
		{"Tổ\u00adquốc", []string{"Tổquốc@1[0:12]"}},
		{"QH13 F0", []string{"QH13@1[0:4]", "F0@2[5:7]"}},
		{"\u0301a", []string{"a@1[2:3]"}},
		{"5/ABC-", []string{"5/ABC@1[0:5]"}},
		{"5/abc", []string{"5@1[0:1]", "abc@2[2:5]"}},
		{"", nil},
	}
	for _, c := range cases {
		if got := tokens(c.in); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTokenizeNFD(t *testing.T) {
	nfc := "Ủy ban hoà giải"
	nfd := norm.NFD.String(nfc)
	a, b := New().Tokenize([]byte(nfc)), New().Tokenize([]byte(nfd))
	if len(a) != 4 || len(b) != 4 {
		t.Fatalf("got %d and %d tokens", len(a), len(b))
	}
	for i := range a {
		if norm.NFC.String(nfd[b[i].Start:b[i].End]) != nfc[a[i].Start:a[i].End] || a[i].Position != b[i].Position {
			t.Errorf("token %d: NFD %q vs NFC %q", i, nfd[b[i].Start:b[i].End], nfc[a[i].Start:a[i].End])
		}
	}
}

func TestTypes(t *testing.T) {
	ts := New().Tokenize([]byte("Số 34-NQ/TU 12"))
	if ts[1].Type != DocNumber || ts[0].Type == DocNumber || ts[2].Type == DocNumber {
		t.Errorf("types %v %v %v", ts[0].Type, ts[1].Type, ts[2].Type)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Mặt trận 34-NQ/TU", "217- QĐ/TW", norm.NFD.String("Uỷ ban"), "1.2,3/Ab", "\xffa\u00ad", "1/A-B/C D"} {
		f.Add(s)
	}
	for _, p := range pathological { // degenerate runs, 20 KB
		f.Add(string(repeatTo(p.unit, 20_000)))
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		prevEnd := 0
		valid := utf8.ValidString(s)
		for _, tk := range New().Tokenize([]byte(s)) {
			if tk.Start < prevEnd || tk.End > len(s) || tk.Start >= tk.End {
				t.Fatalf("%q: bad offsets %d..%d", s, tk.Start, tk.End)
			}
			if valid && (!utf8.RuneStart(s[tk.Start]) || tk.End < len(s) && !utf8.RuneStart(s[tk.End])) {
				t.Fatalf("%q: offsets %d..%d off rune boundaries", s, tk.Start, tk.End)
			}
			if valid && !utf8.Valid(tk.Term) {
				t.Fatalf("%q: invalid term %q", s, tk.Term)
			}
			if tk.Position != last+1 {
				t.Fatalf("%q: position %d after %d", s, tk.Position, last)
			}
			if len(tk.Term) > MaxTokenBytes || len(tk.Term) == 0 {
				t.Fatalf("%q: term length %d", s, len(tk.Term))
			}
			last, prevEnd = tk.Position, tk.End
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	in := []byte("Sáng 12/10/2022, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết 34-NQ/TU về công tác dân vận. ")
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		New().Tokenize(in)
	}
}
