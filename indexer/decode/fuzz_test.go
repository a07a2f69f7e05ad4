package decode

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func FuzzDecode(f *testing.F) {
	for _, s := range samples() {
		f.Add(s.make(), s.contentType)
	}
	f.Add([]byte("\xff\xfe<\x00h\x00"), "")
	f.Add([]byte("<meta charset=utf-16><p>x"), "")
	f.Add([]byte("Vi\xeat \xd0\xf0 \x00"), "text/html; charset=tcvn3")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		res, err := Decode(body, ct)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "binary content (") {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.ValidString(res.Text) {
			t.Fatalf("invalid UTF-8 output %q", res.Text)
		}
		if !norm.NFC.IsNormalString(res.Text) {
			t.Fatalf("output not NFC: %q", res.Text)
		}
		if res.Charset == "" {
			t.Fatal("no charset")
		}
	})
}

// vietnameseOnly keeps the runes of s that the legacy encodings represent
// unambiguously: printable ASCII, spaces and Vietnamese letters.
func vietnameseOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x20 && r < 0x7F || r == '\n' {
			return r
		}
		if _, ok := vowelOf(r); ok || r == 'đ' || r == 'Đ' {
			return r
		}
		return -1
	}, norm.NFC.String(strings.ToValidUTF8(s, "")))
}

func FuzzTCVN3(f *testing.F) {
	for _, s := range sentences {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = vietnameseOnly(s)
		enc := toTCVN3(s)
		if got := fromTCVN3(enc); got != s {
			t.Fatalf("%q → %q → %q", s, enc, got)
		}
		// Decoding arbitrary text as TCVN3 never breaks UTF-8.
		if out := fromTCVN3(s); !utf8.ValidString(out) {
			t.Fatalf("invalid output %q", out)
		}
	})
}

func FuzzVNI(f *testing.F) {
	for _, s := range sentences {
		f.Add(s)
	}
	f.Add("Vieät Nam ÑAÏI HOÄI")
	f.Fuzz(func(t *testing.T, s string) {
		v := vietnameseOnly(s)
		enc := toVNI(v)
		if got := fromVNI(enc); got != v {
			t.Fatalf("%q → %q → %q", v, enc, got)
		}
		if out := fromVNI(s); !utf8.ValidString(strings.ToValidUTF8(s, "")) || !utf8.ValidString(out) && utf8.ValidString(s) {
			t.Fatalf("invalid output %q", out)
		}
	})
}

func FuzzVISCII(f *testing.F) {
	for _, s := range sentences {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = vietnameseOnly(s)
		enc := toVISCII(s)
		if got := fromVISCII(enc); got != s {
			t.Fatalf("%q → %q → %q", s, enc, got)
		}
	})
}
