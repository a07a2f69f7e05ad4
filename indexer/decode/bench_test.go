package decode

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// typicalPage builds a ~150 KB Vietnamese portal page in UTF-8.
func typicalPage() []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Ủy ban MTTQ</title>` +
		`<link rel="stylesheet" href="/style.css"><script>var x = 1;</script></head><body><div id="menu">` +
		`<a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a></div><div class="content">`)
	for b.Len() < 150<<10 {
		b.WriteString(`<p class="MsoNormal">` + article + ` Ngày 12/10/2022, Ban Thường trực Ủy ban MTTQ Việt Nam huyện đã tổ chức hội nghị. </p>`)
	}
	b.WriteString(`</div></body></html>`)
	return []byte(b.String())
}

func BenchmarkDecode(b *testing.B) {
	page := typicalPage()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		if _, err := Decode(page, "text/html; charset=utf-8"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeTCVN3(b *testing.B) {
	page := cp1252Bytes(toTCVN3(string(typicalPage())))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		if res, err := Decode(page, ""); err != nil || res.Charset != "tcvn3" {
			b.Fatal(err, res.Charset)
		}
	}
}

func BenchmarkDecodeWindows1258(b *testing.B) {
	page := toCP1258(string(typicalPage()))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		if res, err := Decode(page, ""); err != nil || res.Charset != "windows-1258" {
			b.Fatal(err, res.Charset)
		}
	}
}

func BenchmarkDecodeNFD(b *testing.B) {
	page := []byte(nfdString(string(typicalPage())))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		if _, err := Decode(page, ""); err != nil {
			b.Fatal(err)
		}
	}
}

func nfdString(s string) string { return norm.NFD.String(s) }

// reportCPU adds the CPU time per operation (process user+system time, so
// it includes the garbage collector) to the benchmark's output.
func reportCPU(b *testing.B, start time.Duration) {
	if start == 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}
