package viet

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestTones(t *testing.T) {
	cases := []struct{ in, want string }{
		// new style → traditional
		{"hoà", "hòa"}, {"Hoà", "Hòa"}, {"HOÀ", "HÒA"}, {"hòa", "hòa"},
		{"Uỷ", "Ủy"}, {"uỷ", "ủy"}, {"Ủy", "Ủy"}, {"UỶ BAN", "ỦY BAN"},
		{"thuỷ", "thủy"}, {"thủy", "thủy"}, {"khoẻ", "khỏe"}, {"khỏe", "khỏe"},
		{"hoá", "hóa"}, {"toạ", "tọa"}, {"loã", "lõa"}, {"tuỳ", "tùy"}, {"huỷ", "hủy"},
		{"uỹ", "ũy"}, // byte length changes (3+1 → 2+1)
		{"Uỷ ban nhân dân hoà giải", "Ủy ban nhân dân hòa giải"},
		// qu / gi belong to the onset
		{"quý", "quý"}, {"qúy", "quý"}, {"quả", "quả"}, {"qủa", "quả"}, {"Quốc", "Quốc"},
		{"quyết", "quyết"}, {"quỳnh", "quỳnh"}, {"giá", "giá"}, {"gía", "giá"},
		{"giữ", "giữ"}, {"già", "già"}, {"gìa", "già"}, {"gì", "gì"}, {"gìn", "gìn"},
		{"giường", "giường"}, {"giếng", "giếng"},
		// closed syllables: last vowel
		{"hoàn", "hoàn"}, {"hòan", "hoàn"}, {"toán", "toán"}, {"huỳnh", "huỳnh"}, {"hùynh", "huỳnh"},
		// shape-marked vowels take the tone
		{"người", "người"}, {"ngừơi", "người"}, {"rượu", "rượu"}, {"thuốc", "thuốc"}, {"thúôc", "thuốc"},
		{"mưa", "mưa"}, {"mửa", "mửa"}, {"tiếng", "tiếng"}, {"yếu", "yếu"}, {"thuở", "thuở"},
		{"hoặc", "hoặc"}, {"xuân", "xuân"}, {"Nguyễn", "Nguyễn"}, {"Nguỹên", "Nguyễn"},
		// three-vowel open nuclei: middle
		{"ngoài", "ngoài"}, {"ngòai", "ngoài"}, {"khuỷu", "khuỷu"}, {"xoáy", "xoáy"}, {"ngoẹo", "ngoẹo"},
		// two-vowel open nuclei: first
		{"mùa", "mùa"}, {"kìa", "kìa"}, {"hài", "hài"}, {"sáu", "sáu"}, {"kẹo", "kẹo"}, {"túi", "túi"},
		// left alone
		{"café", "café"}, {"hoàà", "hoàà"}, {"MTTQ", "MTTQ"}, {"34-NQ/TU", "34-NQ/TU"}, {"", ""},
		{"Hoà1", "Hòa1"}, {"Ḥoà", "Ḥoà"},
	}
	for _, c := range cases {
		got := string(Tones([]byte(c.in)))
		if got != c.want {
			t.Errorf("Tones(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFold(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Mặt trận Tổ quốc", "Mat tran To quoc"}, {"đồng chí", "dong chi"}, {"ĐẢNG", "DANG"},
		{"Ðà Nẵng", "Da Nang"}, {"ưởng", "uong"}, {"naïve café", "naive cafe"},
		{norm.NFD.String("Ủy ban"), "Uy ban"}, {"abc", "abc"}, {"", ""}, {"日本", "日本"},
		{"한국", "한국"}, {"\xff\xfe", "\xff\xfe"},
	}
	for _, c := range cases {
		if got := string(Fold([]byte(c.in))); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNFC(t *testing.T) {
	cases := []struct{ in, want string }{
		{norm.NFD.String("Mặt trận"), "Mặt trận"}, {"Ðà ðó", "Đà đó"}, {"abc", "abc"},
		{"e\u0301", "é"},
	}
	for _, c := range cases {
		if got := string(NFC([]byte(c.in))); got != c.want {
			t.Errorf("NFC(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDocNum(t *testing.T) {
	cases := []struct{ in, want string }{
		{"217- QĐ/TW", "217-QĐ/TW"}, {"217–QĐ/TW", "217-QĐ/TW"}, {"34-NQ/TU", "34-NQ/TU"},
		{"43-NQ/TƯ", "43-NQ/TW"}, {"43-nq/tư", "43-nq/TW"}, {"100/2019/NĐ-CP", "100/2019/NĐ-CP"},
		{"no-slash", "no-slash"}, {"12/TƯD", "12/TƯD"},
	}
	for _, c := range cases {
		if got := string(DocNum([]byte(c.in))); got != c.want {
			t.Errorf("DocNum(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHasDiacritics(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{{"mat tran", false}, {"mặt trận", true}, {"Đ", true}, {"ă", true}, {"u\u0301", true}, {"日本", false}, {"", false}, {"café", true}}
	for _, c := range cases {
		if got := HasDiacritics(c.in); got != c.want {
			t.Errorf("HasDiacritics(%q) = %v", c.in, got)
		}
	}
}

// TestTonesAllSyllablesStable checks that canonical forms are fixed points
// and that both tone styles of every oa/oe/uy syllable meet.
func TestTonesStyles(t *testing.T) {
	for _, glide := range []string{"oa", "oe", "uy"} {
		for tone := 1; tone < toneCount; tone++ {
			first := []rune(glide)
			second := []rune(glide)
			v0 := lookup(first[0]).vowel - 1
			v1 := lookup(second[1]).vowel - 1
			first[0] = compose[0][v0][tone]
			second[1] = compose[0][v1][tone]
			a := string(Tones([]byte("h" + string(first))))
			b := string(Tones([]byte("h" + string(second))))
			if a != b || !utf8.ValidString(a) {
				t.Errorf("%q and %q canonicalise to %q and %q", "h"+string(first), "h"+string(second), a, b)
			}
			if again := string(Tones([]byte(a))); again != a {
				t.Errorf("not idempotent: %q → %q", a, again)
			}
		}
	}
}

func FuzzTones(f *testing.F) {
	for _, s := range []string{"Uỷ ban hoà", "qúy gìa", "\xffoà", "ngòai", "uỹ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Tones([]byte(s))
		if utf8.ValidString(s) && !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if again := Tones(append([]byte(nil), out...)); string(again) != string(out) {
			t.Fatalf("not idempotent: %q → %q → %q", s, out, again)
		}
		if string(Fold(append([]byte(nil), out...))) != string(Fold([]byte(s))) {
			t.Fatalf("tone placement changed the folded form of %q", s)
		}
		Fold([]byte(s))
		NFC([]byte(s))
		DocNum([]byte(s))
	})
}
