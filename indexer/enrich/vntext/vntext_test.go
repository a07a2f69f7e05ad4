package vntext

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestCanon(t *testing.T) {
	cases := map[string]string{
		"Uỷ ban":     "Ủy ban",
		"Ủy ban":     "Ủy ban",
		"Hoà Bình":   "Hòa Bình",
		"khoẻ mạnh":  "khỏe mạnh",
		"thuỷ lợi":   "thủy lợi",
		"Thanh Hoá":  "Thanh Hóa",
		"hoàng":      "hoàng",  // closed syllable: unchanged
		"thuyết":     "thuyết", // closed syllable: unchanged
		"quý":        "quý",    // qu + y
		"khuỷu":      "khuỷu",  // three vowels
		"ngoáy":      "ngoáy",
		"Ðoàn":       "Đoàn", // eth
		"UBND":       "UBND",
		"":           "",
		"HOÀ":        "HÒA",
		"Hoà, Thuỷ.": "Hòa, Thủy.",
		"Ho\u0300a":  "Hòa", // decomposed input
	}
	for in, want := range cases {
		if got := Canon(in); got != want {
			t.Errorf("Canon(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFoldAndKey(t *testing.T) {
	if got := Fold("Ủy ban MTTQ Đắk Lắk"); got != "uy ban mttq dak lak" {
		t.Errorf("Fold = %q", got)
	}
	if Key("Uỷ  Ban") != Key("Ủy ban") {
		t.Errorf("Key differs: %q %q", Key("Uỷ  Ban"), Key("Ủy ban"))
	}
}

func TestTokenize(t *testing.T) {
	toks := Tokenize("Đ/c H'Hen Niê,\nxã 3")
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Text)
	}
	want := []string{"Đ", "/", "c", "H'Hen", "Niê", ",", "xã", "3"}
	if len(got) != len(want) {
		t.Fatalf("tokens = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %q, want %q", i, got[i], want[i])
		}
	}
	if !toks[6].NL || toks[5].NL {
		t.Errorf("line-break flags wrong: %+v", toks)
	}
}

func FuzzCanon(f *testing.F) {
	for _, s := range []string{"Uỷ ban", "Hoà", "quý", "Ðoàn", "\xff\xfe", "o\u0300a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Canon(s)
		if utf8.ValidString(s) && !norm.NFC.IsNormalString(c) {
			t.Fatalf("Canon(%q) = %q not NFC", s, c)
		}
		if Canon(c) != c {
			t.Fatalf("Canon not idempotent on %q: %q → %q", s, c, Canon(c))
		}
		for _, tk := range Tokenize(c) {
			if tk.Start < 0 || tk.End > len(c) || c[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v", tk)
			}
		}
	})
}
