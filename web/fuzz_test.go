package web

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseSearch feeds arbitrary query strings to the parameter parser: it
// must never panic, and what it accepts must respect every limit.
func FuzzParseSearch(f *testing.F) {
	for _, s := range []string{
		"", "q=h%E1%BB%99i+ngh%E1%BB%8B&size=20&page=3", "size=101", "page=-1", "from=2020-02-30",
		"from=2021-01-01&to=2020-01-01", "unit=a&unit=a&unit=b", "cursor=abc&page=2", "q=%ff%fe",
		"sort=newest&place=x%C3%A3+B%E1%BA%AFc+Th%E1%BB%A7y", "size=99999999999999999999", "page=200&size=50",
	} {
		f.Add(s)
	}
	srv := &Server{opts: Options{MaxQueryLen: 1000, MaxSize: 100, MaxDepth: 10_000}}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		req, perr := srv.parseSearch(v, true)
		if perr != nil {
			if perr.msg == "" || perr.param == "" {
				t.Fatalf("error without message or parameter: %+v", perr)
			}
			return
		}
		if utf8.RuneCountInString(req.Query) > 1000 || !utf8.ValidString(req.Query) {
			t.Fatalf("accepted query %q", clip(req.Query))
		}
		if req.Size < 1 || req.Size > 100 {
			t.Fatalf("accepted size %d", req.Size)
		}
		if req.Cursor == "" && (req.Page < 1 || req.Page*req.Size > 10_000) {
			t.Fatalf("accepted page %d × size %d", req.Page, req.Size)
		}
		if req.From != "" && req.To != "" && req.From > req.To {
			t.Fatalf("accepted from %s after to %s", req.From, req.To)
		}
		for k, vals := range req.Filters {
			if len(vals) == 0 || len(vals) > maxFilterValues {
				t.Fatalf("filter %s has %d values", k, len(vals))
			}
		}
	})
}

// FuzzSafeCell: no exported cell may start with a formula character.
func FuzzSafeCell(f *testing.F) {
	for _, s := range []string{"", "=1+1", "+84", "-", "@x", "\t", "\r\n", "＝", "Hội nghị", formula} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := safeCell(s)
		if out != "" && strings.ContainsRune("=+-@\t\r", rune(out[0])) {
			t.Fatalf("safeCell(%q) = %q starts with a formula character", s, out)
		}
		if strings.TrimPrefix(out, "'") != s && out != s {
			t.Fatalf("safeCell(%q) = %q changed the content", s, out)
		}
	})
}

// FuzzETagMatches must not panic on any If-None-Match header.
func FuzzETagMatches(f *testing.F) {
	for _, s := range []string{"", "*", `"abc"`, `W/"abc", "def"`, `,,,`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		if etagMatches(h, `"abc"`) && !strings.Contains(h, `"abc"`) && !strings.Contains(h, "*") {
			t.Fatalf("%q matched \"abc\"", h)
		}
	})
}
