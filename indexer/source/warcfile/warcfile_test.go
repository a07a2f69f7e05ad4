package warcfile

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

func sample() []Record {
	d := time.Date(2021, 3, 4, 5, 6, 7, 0, time.UTC)
	return []Record{
		{Type: "warcinfo", ID: "<urn:uuid:info>", ContentType: "application/warc-fields", Block: []byte("software: x\r\n"), Date: d},
		{ID: "<urn:uuid:1>", TargetURI: "http://a.vn/1", Date: d, Block: HTTPResponse(200, map[string]string{"Content-Type": "text/html"}, []byte("<p>một</p>"))},
		{ID: "<urn:uuid:2>", Type: "resource", TargetURI: "http://a.vn/2", Date: d, ContentType: "text/html", Block: []byte("<p>hai</p>")},
	}
}

func readAll(t *testing.T, b []byte, max int64) (recs []Record, errs []error) {
	t.Helper()
	r := NewReader(bytes.NewReader(b), max)
	for i := 0; i < 1000; i++ {
		rec, err := r.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			errs = append(errs, err)
			var re *RecordError
			if !errors.As(err, &re) {
				return
			}
			continue
		}
		recs = append(recs, rec)
	}
	t.Fatal("reader does not terminate")
	return
}

func TestRoundTrip(t *testing.T) {
	for _, gz := range []bool{false, true} {
		var buf bytes.Buffer
		write := WriteWARC
		if gz {
			write = WriteWARCGzip
		}
		if err := write(&buf, sample()); err != nil {
			t.Fatal(err)
		}
		recs, errs := readAll(t, buf.Bytes(), 1<<20)
		if len(errs) > 0 || len(recs) != 3 {
			t.Fatalf("gzip=%v: %d records, errors %v", gz, len(recs), errs)
		}
		for i, want := range sample() {
			got := recs[i]
			if want.Type == "" {
				want.Type = "response"
			}
			if got.Type != want.Type || got.ID != want.ID || got.TargetURI != want.TargetURI ||
				!got.Date.Equal(want.Date) || !bytes.Equal(got.Block, want.Block) {
				t.Errorf("gzip=%v record %d: got %+v, want %+v", gz, i, got, want)
			}
		}
	}
}

func TestOldVersion(t *testing.T) {
	var buf bytes.Buffer
	WriteWARC(&buf, sample()[1:2])
	old := strings.Replace(buf.String(), "WARC/1.1", "WARC/0.18", 1)
	recs, errs := readAll(t, []byte(old), 1<<20)
	if len(errs) > 0 || len(recs) != 1 || recs[0].TargetURI != "http://a.vn/1" {
		t.Fatalf("records %+v, errors %v", recs, errs)
	}
}

func TestDamage(t *testing.T) {
	var plain bytes.Buffer
	WriteWARC(&plain, sample())
	p := plain.String()
	second := strings.Index(p, "WARC/1.1\r\nWARC-Type: response")
	tests := []struct {
		name    string
		in      string
		max     int64
		records int
		errs    []string
	}{
		{"garbage before and between", "junk\n" + p[:second] + "more junk\n" + p[second:], 1 << 20, 3, []string{"no WARC record", "no WARC record"}},
		{"block too large", p, 20, 2, []string{"too large"}},
		{"truncated block", p[:len(p)-20], 1 << 20, 2, []string{"unexpected EOF"}},
		{"missing content-length", strings.Replace(p, "Content-Length: 13", "Content-Lenxth: 13", 1), 1 << 20, 2, []string{"Content-Length", "no WARC record"}},
		{"line longer than 64 KiB", strings.Repeat("x", 70000) + "\n" + p, 1 << 20, 3, []string{"no WARC record"}},
		{"header never ends", "WARC/1.1\r\nWARC-Type: response\r\n", 1 << 20, 0, []string{"unexpected EOF"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs, errs := readAll(t, []byte(tc.in), tc.max)
			if len(recs) != tc.records || len(errs) != len(tc.errs) {
				t.Fatalf("%d records, errors %v; want %d records, %d errors", len(recs), errs, tc.records, len(tc.errs))
			}
			for i, e := range tc.errs {
				if !strings.Contains(errs[i].Error(), e) {
					t.Errorf("error %d: %v, want %q", i, errs[i], e)
				}
			}
		})
	}
}

// TestBombMember: a member that inflates to endless garbage, or declares a
// huge block, is abandoned after a bounded amount of inflating and the next
// record is still read.
func TestBombMember(t *testing.T) {
	var good bytes.Buffer
	WriteWARCGzip(&good, sample()[1:2])
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	garbage := gz(bytes.Repeat([]byte("x"), 16<<20))
	huge := gz(append([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 999999999999\r\n\r\n"), make([]byte, 16<<20)...))
	for name, bomb := range map[string][]byte{"garbage": garbage, "huge block": huge} {
		in := append(append([]byte(nil), bomb...), good.Bytes()...)
		cr := &countingReader{r: bytes.NewReader(in)}
		r := NewReader(cr, 256<<10)
		var recs []Record
		var errs []error
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				errs = append(errs, err)
				continue
			}
			recs = append(recs, rec)
		}
		if len(recs) != 1 || recs[0].ID != "<urn:uuid:1>" || len(errs) != 1 {
			t.Errorf("%s: records %d, errors %v", name, len(recs), errs)
		}
		if r.count.n > 4<<20 {
			t.Errorf("%s: inflated %d bytes, want at most ~2 MiB", name, r.count.n)
		}
	}
}

func FuzzReader(f *testing.F) {
	var plain, gz bytes.Buffer
	WriteWARC(&plain, sample())
	WriteWARCGzip(&gz, sample())
	f.Add(plain.Bytes())
	f.Add(gz.Bytes())
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nabc"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 4\r\n\r\nHTTP\r\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r := NewReader(bytes.NewReader(b), 1<<16)
		for i := 0; ; i++ {
			if i > len(b)+10 {
				t.Fatal("reader does not terminate")
			}
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			var re *RecordError
			if err != nil && !errors.As(err, &re) {
				return
			}
			if int64(len(rec.Block)) > 1<<16 {
				t.Fatalf("block of %d bytes beyond the limit", len(rec.Block))
			}
		}
	})
}
