package decode

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite testdata/ samples and golden outputs")

const article = "Ủy ban Mặt trận Tổ quốc Việt Nam xã Bắc Thủy tổ chức Hội nghị phản biện xã hội. " +
	"Đồng chí Nguyễn Văn Đức, Chủ tịch Ủy ban MTTQ huyện Chi Lăng dự và phát biểu chỉ đạo."

// toCP1258 encodes s in Windows-1258 the way Vietnamese Windows does:
// base letters (with breve, circumflex, horn) plus a combining tone byte.
func toCP1258(s string) []byte {
	tones := [...]byte{0, 0xEC, 0xCC, 0xD2, 0xDE, 0xF2}
	var out []byte
	enc := charmap.Windows1258.NewEncoder()
	for _, r := range norm.NFC.String(s) {
		tone := 0
		if v, ok := vowelOf(r); ok && v.tone != toneNone {
			tone = v.tone
			r = vowelRun(vowel{v.letter, v.shape, toneNone})
		}
		b, err := enc.Bytes([]byte(string(r)))
		if err != nil {
			panic(err)
		}
		out = append(out, b...)
		if tone != 0 {
			out = append(out, tones[tone])
		}
	}
	return out
}

func cp1252Bytes(s string) []byte {
	var b []byte
	for _, r := range s {
		c, ok := cp1252Byte(r)
		if !ok {
			panic("not cp1252: " + string(r))
		}
		b = append(b, c)
	}
	return b
}

func htmlPage(head, body string) string {
	return "<!DOCTYPE html>\n<html><head>" + head + "<title>Tin tức</title></head>\n<body><div class=\"news\"><p>" + body + "</p></div></body></html>\n"
}

func htmlPageASCII(head, body string) string {
	return strings.Replace(htmlPage(head, body), "Tin tức", "News", 1)
}

// sample is one encoded test page under testdata/.
type sample struct {
	file, contentType string
	make              func() []byte
	charset           string
	want              string // must appear in the decoded text
}

func samples() []sample {
	utf16 := func() []byte {
		b, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(htmlPage("", article)))
		return b
	}
	return []sample{
		{"utf8.html", "", func() []byte { return []byte(htmlPage(`<meta charset="utf-8">`, article)) }, "utf-8", article},
		{"utf8-bom.html", "", func() []byte { return append([]byte("\xEF\xBB\xBF"), htmlPage("", article)...) }, "utf-8", article},
		{"utf16le-bom.html", "", utf16, "utf-16le", article},
		{"nfd.html", "text/html; charset=utf-8", func() []byte { return []byte(norm.NFD.String(htmlPage("", article))) }, "utf-8", article},
		{"windows-1258-meta.html", "", func() []byte {
			return toCP1258(htmlPage(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`, article))
		}, "windows-1258", article},
		{"windows-1258-undeclared.html", "", func() []byte { return toCP1258(htmlPage("", article)) }, "windows-1258", article},
		{"windows-1258-http.html", "text/html; charset=windows-1258", func() []byte { return toCP1258(htmlPage("", article)) }, "windows-1258", article},
		{"tcvn3-vntime.html", "", func() []byte {
			return cp1252Bytes(toTCVN3(htmlPage(`<meta charset="iso-8859-1"><style>p{font-family:".VnTime"}</style>`, strings.ToLower(article))))
		}, "tcvn3", strings.ToLower(article)},
		{"tcvn3-no-font.html", "text/html; charset=windows-1252", func() []byte {
			return cp1252Bytes(toTCVN3(htmlPage("", article)))
		}, "tcvn3", article},
		{"tcvn3-mojibake-utf8.html", "", func() []byte {
			return []byte(toTCVN3(htmlPage(`<meta charset="utf-8">`, `<font face=".VnTime">`+article+`</font>`)))
		}, "tcvn3", article},
		{"vni-times.html", "", func() []byte {
			return cp1252Bytes(toVNI(htmlPage(`<meta charset="windows-1252">`, `<span style="font-family: VNI-Times">`+article+`</span>`)))
		}, "vni", article},
		{"vni-lying-utf8.html", "text/html; charset=utf-8", func() []byte {
			return cp1252Bytes(toVNI(htmlPage(`<meta charset="utf-8">`, article)))
		}, "vni", article},
		{"vni-mojibake-utf8.html", "", func() []byte {
			return []byte(toVNI(htmlPage(`<meta charset="utf-8"><style>.x{font:12pt VNI-Helve}</style>`, article)))
		}, "vni", article},
		{"mixed-unicode-tcvn3.html", "", func() []byte {
			return []byte(htmlPage(`<meta charset="utf-8">`, "Mặt trận các cấp vừa qua đã tổ chức hội nghị. <font face=\".VnTime\">"+toTCVN3("Hội nghị phản biện xã hội")+"</font>"))
		}, "tcvn3", "Mặt trận các cấp vừa qua đã tổ chức hội nghị. <font face=\".VnTime\">Hội nghị phản biện xã hội"},
		{"lying-latin1-is-utf8.html", "text/html; charset=iso-8859-1", func() []byte {
			return []byte(htmlPage(`<meta charset="iso-8859-1">`, article))
		}, "utf-8", article},
		{"lying-utf8-is-1258.html", "text/html; charset=utf-8", func() []byte { return toCP1258(htmlPage("", article)) }, "windows-1258", article},
		{"eth-zero-width.html", "", func() []byte {
			return []byte(htmlPage(`<meta charset="utf-8">`, "\u00d0ồng chí \u00d0ức ph\u00adát bi\u200bểu\ufeff tại \u00f0ại hội"))
		}, "utf-8", "Đồng chí Đức phát biểu tại đại hội"},
		{"viscii-undeclared.html", "", func() []byte { return cp1252BytesLossy(toVISCII(htmlPage("", article))) }, "viscii", article},
		{"viscii-declared.html", "text/html; charset=VISCII", func() []byte { return cp1252BytesLossy(toVISCII(htmlPage("", article))) }, "viscii", article},
		{"western.html", "text/html; charset=windows-1252", func() []byte {
			return cp1252Bytes(htmlPageASCII("", "Le café de la Fête — © 2020 Société générale, naïve élève."))
		}, "windows-1252", "Le café de la Fête — © 2020 Société générale, naïve élève."},
	}
}

func TestGolden(t *testing.T) {
	for _, s := range samples() {
		t.Run(s.file, func(t *testing.T) {
			in := filepath.Join("testdata", s.file)
			golden := in + ".golden"
			if *update {
				if err := os.WriteFile(in, s.make(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			body, err := os.ReadFile(in)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !*update && !bytes.Equal(body, s.make()) {
				t.Errorf("testdata/%s differs from its generator (run go test -update)", s.file)
			}
			res, err := Decode(body, s.contentType)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if res.Charset != s.charset {
				t.Errorf("Charset %q, want %q", res.Charset, s.charset)
			}
			if !strings.Contains(res.Text, s.want) {
				t.Errorf("decoded text\n%s\ndoes not contain\n%s", res.Text, s.want)
			}
			checkText(t, res.Text)
			if *update {
				os.WriteFile(golden, []byte(res.Text), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if res.Text != string(want) {
				t.Errorf("output differs from %s:\n%s", golden, res.Text)
			}
		})
	}
}

// checkText asserts the invariants of every decoded text.
func checkText(t testing.TB, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8: %q", s)
	}
	if !norm.NFC.IsNormalString(s) {
		t.Fatalf("not NFC: %q", s)
	}
	for _, r := range s {
		if r == 0 || dropped(r) {
			t.Fatalf("contains %U: %q", r, s)
		}
	}
}

func TestBinary(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		err  string
	}{
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary content (PNG image)"},
		{"pdf", []byte("%PDF-1.4\n%âãÏÓ\n1 0 obj"), "binary content (PDF document)"},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00"), "binary content (ZIP archive)"},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00"), "binary content (gzip data)"},
		{"nuls", append([]byte("<html>"), make([]byte, 200)...), "binary content (200 NUL"},
		{"controls", bytes.Repeat([]byte("a\x01\x02\x03\x04"), 100), "binary content (0 NUL and 400 other control"},
	}
	for _, tc := range tests {
		_, err := Decode(tc.in, "text/html")
		if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.err)
		}
	}
	// Text with a stray control byte or a single NUL is still text.
	for _, in := range []string{"<p>a\x01b</p>" + strings.Repeat(" ", 200), "<p>x\x00y</p>" + strings.Repeat("z", 200), "MZ is a river"} {
		res, err := Decode([]byte(in), "")
		if err != nil {
			t.Errorf("%q: %v", in, err)
		}
		checkText(t, res.Text)
	}
}

func TestInvalidUTF8(t *testing.T) {
	tests := []struct{ in, ct, want, charset string }{
		{"<p>Việt Nam \xff xã Bắc Thủy</p>", "text/html; charset=utf-8", "Việt Nam \uFFFD xã Bắc Thủy", "utf-8"},
		{"<p>Vi\xc3\xa1\xe1\xbb</p>", "", "", ""},
		{"\xef\xbb\xbf<p>a\xffb</p>", "", "a\uFFFDb", "utf-8"},
		{"", "", "", "utf-8"},
		{"\xed\xa0\x80 surrogate", "text/html; charset=utf-8", "", ""},
	}
	for _, tc := range tests {
		res, err := Decode([]byte(tc.in), tc.ct)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		checkText(t, res.Text)
		if !strings.Contains(res.Text, tc.want) || tc.charset != "" && res.Charset != tc.charset {
			t.Errorf("%q → %q (%s), want %q (%s)", tc.in, res.Text, res.Charset, tc.want, tc.charset)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\u00d0ại hội \u00f0ồng", "Đại hội đồng"},
		{norm.NFD.String("Việt Nam"), "Việt Nam"},
		{"a\u200bb\u200cc\u200dd\ufeffe\u2060f\u00adg", "abcdefg"},
		{"x\x00y", "x\uFFFDy"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"Hòa bình", "Hòa bình"},
	}
	for _, tc := range tests {
		if got := Clean(tc.in); got != tc.want {
			t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCharsetDeclarations(t *testing.T) {
	tests := []struct{ ct, head, want string }{
		{"text/html; charset=\"Windows-1258\"", "", "windows-1258"},
		{"text/html;charset=windows-1258", "", "windows-1258"},
		{"", `<meta charset='windows-1258'>`, "windows-1258"},
		{"", `<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=windows-1258">`, "windows-1258"},
		{"", `<meta content="text/html; charset=windows-1258" http-equiv="Content-Type" />`, "windows-1258"},
		{"text/html; charset=tcvn3", "", "tcvn3"},
		{"", `<meta charset="VNI-Windows">`, "vni"},
		{"", `<meta charset="utf-16">`, "windows-1258"},
	}
	for _, tc := range tests {
		var body []byte
		switch tc.want {
		case "tcvn3":
			body = cp1252Bytes(toTCVN3(htmlPage(tc.head, article)))
		case "vni":
			body = cp1252Bytes(toVNI(htmlPage(tc.head, article)))
		default:
			body = toCP1258(htmlPage(tc.head, article))
		}
		res, err := Decode(body, tc.ct)
		if err != nil || res.Charset != tc.want || !strings.Contains(res.Text, article) {
			t.Errorf("%q %q: %v %s %q", tc.ct, tc.head, err, res.Charset, res.Text)
		}
	}
}

// TestRealVietnameseUnchanged: genuine Unicode Vietnamese goes through the
// statistics (slow path) without any word being "repaired".
func TestRealVietnameseUnchanged(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/seeds not found: skipping the check on real pages")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := Clean(string(b))
		got := repair(string(b), "utf-8", b)
		if got.Text != want || got.Charset != "utf-8" {
			t.Errorf("%s: repaired as %s; first difference near %q", f, got.Charset, firstDiff(got.Text, want))
		}
		res, err := Decode(b, "text/plain; charset=utf-8")
		if err != nil || res.Text != want {
			t.Errorf("%s: Decode changed the text (%v)", f, err)
		}
		// And the same page in the legacy encodings comes back.
		for _, enc := range []struct {
			cs  string
			raw []byte
		}{{"tcvn3", cp1252BytesLossy(toTCVN3(want))}, {"vni", cp1252BytesLossy(toVNI(want))}, {"viscii", cp1252BytesLossy(toVISCII(want))}, {"windows-1258", toCP1258Lossy(want)}} {
			res, err := Decode(enc.raw, "")
			if err != nil || res.Charset != enc.cs {
				t.Errorf("%s as %s: detected %s (%v)", f, enc.cs, res.Charset, err)
				continue
			}
			if d := firstDiff(res.Text, keepCP(want, enc.cs)); d != "" {
				t.Errorf("%s as %s: differs near %q", f, enc.cs, d)
			}
		}
	}
}

// keepCP replaces what the legacy encoding cannot represent by "?", the way
// cp1252BytesLossy does.
func keepCP(s, cs string) string {
	var enc string
	switch cs {
	case "tcvn3":
		enc = toTCVN3(s)
	case "vni":
		enc = toVNI(s)
	case "viscii":
		enc = toVISCII(s)
	default:
		return strings.Map(func(r rune) rune {
			if _, err := charmap.Windows1258.NewEncoder().String(string(r)); err != nil {
				if _, ok := vowelOf(r); !ok {
					return '?'
				}
			}
			return r
		}, s)
	}
	var sb strings.Builder
	for _, r := range enc {
		if _, ok := cp1252Byte(r); !ok {
			r = '?'
		}
		sb.WriteRune(r)
	}
	switch cs {
	case "tcvn3":
		return fromTCVN3(sb.String())
	case "viscii":
		return fromVISCII(sb.String())
	}
	return fromVNI(sb.String())
}

func cp1252BytesLossy(s string) []byte {
	var b []byte
	for _, r := range s {
		c, ok := cp1252Byte(r)
		if !ok {
			c = '?'
		}
		b = append(b, c)
	}
	return b
}

func toCP1258Lossy(s string) []byte {
	var out []byte
	for _, r := range s {
		func() {
			defer func() {
				if recover() != nil {
					out = append(out, '?')
				}
			}()
			out = append(out, toCP1258(string(r))...)
		}()
	}
	return out
}

func firstDiff(a, b string) string {
	if a == b {
		return ""
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-30)
	return a[lo:min(len(a), i+30)] + " | " + b[lo:min(len(b), i+30)]
}

func TestLyingCharsets(t *testing.T) {
	icelandic := htmlPageASCII(`<meta charset="utf-8">`, "Ðað er gott veður í Reykjavík, sagði hún.")
	tests := []struct {
		name, ct string
		body     []byte
		charset  string
		want     string
	}{
		{"1258 declared as windows-1252", "text/html; charset=windows-1252", toCP1258(htmlPage("", article)), "windows-1258", article},
		{"1258 declared as iso-8859-1 in meta", "", toCP1258(htmlPage(`<meta charset="iso-8859-1">`, article)), "windows-1258", article},
		{"TCVN3 declared as windows-1258", "text/html; charset=windows-1258", cp1252Bytes(toTCVN3(htmlPage("", article))), "tcvn3", article},
		{"VNI declared as windows-1258", "text/html; charset=windows-1258", cp1252Bytes(toVNI(htmlPage("", article))), "vni", article},
		{"TCVN3 declared as utf-8", "text/html; charset=utf-8", cp1252Bytes(toTCVN3(htmlPage(`<meta charset="utf-8">`, article))), "tcvn3", article},
		{"VISCII declared as utf-8", "", cp1252BytesLossy(toVISCII(htmlPage(`<meta charset="utf-8">`, article))), "viscii", article},
		{"UTF-8 declared as windows-1258", "text/html; charset=windows-1258", []byte(htmlPage("", article)), "utf-8", article},
		{"Icelandic keeps its eth", "", []byte(icelandic), "utf-8", "Ðað er gott veður"},
		{"Vietnamese in .VnTime CSS but really Unicode", "", []byte(htmlPage(`<meta charset="utf-8"><style>body{font-family:.VnTime}</style>`, "các cấp là nơi có ý kiến")), "utf-8", "các cấp là nơi có ý kiến"},
	}
	for _, tc := range tests {
		res, err := Decode(tc.body, tc.ct)
		if err != nil || res.Charset != tc.charset || !strings.Contains(res.Text, tc.want) {
			t.Errorf("%s: %v charset %q, want %q; text %q", tc.name, err, res.Charset, tc.charset, res.Text)
		}
		checkText(t, res.Text)
	}
}

func TestMixedPage(t *testing.T) {
	unicodePart := "Tin tức các cấp: là nơi có ý kiến của nhân dân về công tác Mặt trận."
	legacyPart := "Hội nghị có các đại biểu là ủy viên, đã phát biểu ý kiến về công tác Mặt trận năm 2022."
	for _, tc := range []struct {
		name, cs string
		enc      func(string) string
		font     string
	}{
		{"tcvn3", "tcvn3", toTCVN3, `<font face=".VnTime">`},
		{"vni", "vni", toVNI, `<font face="VNI-Times">`},
	} {
		page := htmlPage(`<meta charset="utf-8">`, unicodePart+"</p><p>"+tc.font+tc.enc(legacyPart)+"</font></p><p>"+unicodePart)
		res, err := Decode([]byte(page), "")
		if err != nil || res.Charset != tc.cs {
			t.Errorf("%s: %v %s", tc.name, err, res.Charset)
			continue
		}
		want := htmlPage(`<meta charset="utf-8">`, unicodePart+"</p><p>"+tc.font+legacyPart+"</font></p><p>"+unicodePart)
		if res.Text != want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, res.Text, want)
		}
	}
}

func TestFontHint(t *testing.T) {
	for in, want := range map[string]string{
		`<font face=".VnTime">`:                        "tcvn3",
		`style="font-family: '.VnArialH', sans-serif"`: "tcvn3",
		`<span style="FONT-FAMILY: VNI-Times">`:        "vni",
		`font: 10pt "VNI-Helve"`:                       "vni",
		`<a href="https://vnexpress.net/">`:            "",
		`<a href="http://mattran.org.vn/tin.vn/time">`: "",
		`<p>Công ty VNI là nhà tài trợ</p>`:            "",
		`font-family: Arial, "Times New Roman", serif`: "",
	} {
		if got := fontHint([]byte(in)); got != want {
			t.Errorf("fontHint(%q) = %q, want %q", in, got, want)
		}
	}
}
