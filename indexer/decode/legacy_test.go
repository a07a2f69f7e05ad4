package decode

import (
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"
)

// allLetters returns every Vietnamese letter, lower and upper case.
func allLetters() []rune {
	var rs []rune
	for _, b := range vowelBases {
		for tone, mark := range toneMarks {
			_ = mark
			rs = append(rs, vowelRun(vowel{b.letter, b.shape, tone}), vowelRun(vowel{toUpper(b.letter), b.shape, tone}))
		}
	}
	return append(rs, 'đ', 'Đ')
}

var sentences = []string{
	"Ủy ban Mặt trận Tổ quốc Việt Nam xã Bắc Thủy",
	"Hội nghị phản biện xã hội",
	"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN",
	"Người dân đồng thuận, ủng hộ chủ trương sáp nhập đơn vị hành chính cấp xã",
	"Khuyến học, khuyến tài; xây dựng khu dân cư văn hóa; quỹ \"Vì người nghèo\" năm 2021.",
}

func TestLetterTables(t *testing.T) {
	letters := allLetters()
	if len(letters) != 12*6*2+2 {
		t.Fatalf("%d letters", len(letters))
	}
	seen := map[rune]bool{}
	for _, r := range letters {
		if seen[r] {
			t.Errorf("letter %q twice", r)
		}
		seen[r] = true
	}
}

func TestTCVN3RoundTrip(t *testing.T) {
	for _, r := range allLetters() {
		s := string(r)
		enc := toTCVN3(s)
		if _, ok := tcvn3Rev[r]; !ok && r >= 0x80 {
			t.Errorf("%q has no TCVN3 code", s)
		}
		if utf8.RuneCountInString(enc) != 1 {
			t.Errorf("%q encodes as %q, want one byte", s, enc)
		}
		if got := fromTCVN3(enc); got != s {
			t.Errorf("%q → %q → %q", s, enc, got)
		}
	}
	for _, s := range sentences {
		enc := toTCVN3(s)
		if got := fromTCVN3(enc); got != s {
			t.Errorf("%q → %q → %q", s, enc, got)
		}
	}
	// Known codes from the TCVN 5712:1993 table.
	for b, want := range map[byte]rune{0xA8: 'ă', 0xAE: 'đ', 0xA7: 'Đ', 0xB8: 'á', 0xD6: 'ệ', 0xE9: 'ộ', 0xF9: 'ự', 0xFE: 'ỵ', 0xC6: 'ặ', 0xCB: 'ậ'} {
		if got := fromTCVN3(string(cp1252[b])); got != string(want) {
			t.Errorf("TCVN3 0x%02X = %q, want %q", b, got, want)
		}
	}
	if got := fromTCVN3("ViÖt Nam"); got != "Việt Nam" {
		t.Errorf("got %q", got)
	}
}

// TestTCVN3MatchesIconv compares the table with glibc's TCVN5712-1.
func TestTCVN3MatchesIconv(t *testing.T) {
	if _, err := exec.LookPath("iconv"); err != nil {
		t.Skip("iconv not installed")
	}
	var in []byte
	for b := 0x80; b <= 0xFF; b++ {
		in = append(in, byte(b), '\n')
	}
	cmd := exec.Command("iconv", "-f", "TCVN5712-1", "-t", "UTF-8")
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("iconv has no TCVN5712-1: %v", err)
	}
	lines := strings.Split(string(out), "\n")
	for i := 0; i < 128; i++ {
		b := byte(0x80 + i)
		if got, want := string(tcvn3[b]), lines[i]; got != want {
			t.Errorf("0x%02X: table %q, iconv %q", b, got, want)
		}
	}
}

func TestVNIRoundTrip(t *testing.T) {
	for _, r := range allLetters() {
		s := string(r)
		enc := toVNI(s)
		for _, e := range enc {
			if _, ok := vowelOf(e); ok && e >= 0x100 {
				t.Errorf("%q encodes as %q, still Vietnamese", s, enc)
			}
		}
		if got := fromVNI(enc); got != s {
			t.Errorf("%q → %q → %q", s, enc, got)
		}
	}
	for _, s := range sentences {
		enc := toVNI(s)
		if got := fromVNI(enc); got != s {
			t.Errorf("%q → %q → %q", s, enc, got)
		}
	}
	for in, want := range map[string]string{
		"Vieät Nam":                      "Việt Nam",
		"Ngöôøi daân":                    "Người dân",
		"Hoäi nghò phaûn bieän xaõ hoäi": "Hội nghị phản biện xã hội",
		"Tænh uûy":                       "Tỉnh ủy",
		"ÑAÏI HOÄI":                      "ĐẠI HỘI",
		"Coâng taùc Maët traän":          "Công tác Mặt trận",
	} {
		if got := fromVNI(in); got != want {
			t.Errorf("fromVNI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsSyllable(t *testing.T) {
	for _, w := range strings.Fields("Việt Nam xã Bắc Thủy nghị quốc Ủy ĐẠI giữa gì khuyến người ước hoà thuở Nguyễn trường yêu Ðà") {
		if !isSyllable(w) {
			t.Errorf("%q rejected", w)
		}
	}
	for _, w := range strings.Fields("Vieät ViÖt vÒ été café Hµ xyz phảń mặc̀ cáp̃ aơ") {
		if isSyllable(w) {
			t.Errorf("%q accepted", w)
		}
	}
}

func TestVISCIIMatchesIconv(t *testing.T) {
	if _, err := exec.LookPath("iconv"); err != nil {
		t.Skip("iconv not installed")
	}
	var in []byte
	for b := 0x80; b <= 0xFF; b++ {
		in = append(in, byte(b), '\n')
	}
	cmd := exec.Command("iconv", "-f", "VISCII", "-t", "UTF-8")
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("iconv has no VISCII: %v", err)
	}
	lines := strings.Split(string(out), "\n")
	for i := 0; i < 128; i++ {
		if got, want := string(viscii[0x80+i]), lines[i]; got != want {
			t.Errorf("0x%02X: table %q, iconv %q", 0x80+i, got, want)
		}
	}
}

func TestVISCIIRoundTrip(t *testing.T) {
	for _, r := range allLetters() {
		s := string(r)
		if got := fromVISCII(toVISCII(s)); got != s {
			t.Errorf("%q → %q → %q", s, toVISCII(s), got)
		}
	}
	for _, s := range sentences {
		if got := fromVISCII(toVISCII(s)); got != s {
			t.Errorf("%q → %q", s, got)
		}
	}
}
