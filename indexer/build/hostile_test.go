package build_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/build"
	"github.com/frontsearch/frontsearch/indexer/build/bench"
	"github.com/frontsearch/frontsearch/indexer/corpus"
	"github.com/frontsearch/frontsearch/indexer/pipeline"
	"github.com/frontsearch/frontsearch/search/store"
)

const article = `<html><head><meta charset="utf-8"><title>Hội nghị Ủy ban MTTQ xã Bắc Thủy</title></head>
<body><div class="content"><h1>Hội nghị Ủy ban MTTQ xã Bắc Thủy</h1><p class="date">Ngày 24/6/2020</p>
<p>Sáng ngày 23/6, Ủy ban Mặt trận Tổ quốc Việt Nam xã Bắc Thủy tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm.</p>
<p>Tham dự hội nghị có đồng chí Nguyễn Văn An, Chủ tịch Ủy ban MTTQ huyện Chi Lăng cùng các đồng chí trong Ban Thường trực, đại diện các tổ chức chính trị - xã hội và Ban công tác Mặt trận các thôn.</p>
<p>Trong 6 tháng đầu năm, Mặt trận xã đã phối hợp tổ chức tốt cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh, vận động Quỹ Vì người nghèo được 25 triệu đồng.</p>
</div></body></html>`

// writeHostile writes the bad-files corpus into dir and returns the file
// names that must be reported as skipped.
func writeHostile(t *testing.T, dir string) (mustSkip []string) {
	t.Helper()
	w := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rng := rand.New(rand.NewSource(1))

	w("truncated.html", []byte(article[:len(article)/2]))
	w("malformed.html", []byte(strings.NewReplacer("</p>", "", "</div>", "<table><tr><td>", "</body>", "<b><i><u>").Replace(article)))

	bin := make([]byte, 256<<10)
	rng.Read(bin)
	w("binary.html", bin)
	w("png.html", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bin[:4096]...))
	mustSkip = append(mustSkip, "binary.html", "png.html")

	// A 50 MB page, over the 32 MiB limit, and a 30 MiB one under it
	// (the worst case the memory bound covers).
	bigPage := func(name string, size int) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		bw := bufio.NewWriter(f)
		bw.WriteString("<html><head><title>Trang rất dài</title></head><body><div>")
		para := "<p>Mặt trận Tổ quốc Việt Nam tổ chức hội nghị hiệp thương, giới thiệu người ứng cử đại biểu.</p>\n"
		for n := 0; n < size; n += len(para) {
			bw.WriteString(para)
		}
		bw.WriteString("</div></body></html>")
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	bigPage("huge.html", 50<<20)
	bigPage("large.html", 30<<20)
	mustSkip = append(mustSkip, "huge.html")

	// 10,000-deep nesting around an article.
	deep := strings.Repeat("<div>", 10000) + article + strings.Repeat("</div>", 10000)
	w("deep.html", []byte(deep))
	w("deep-unclosed.html", []byte(strings.Repeat("<span><b>", 10000)+"Mặt trận"))

	// Gzip bomb: 200 MiB of zeros in a few hundred KiB.
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for i := 0; i < 200; i++ {
		zw.Write(zero)
	}
	zw.Close()
	w("bomb.html.gz", gz.Bytes())
	mustSkip = append(mustSkip, "bomb.html.gz")

	// Invalid UTF-8 sprinkled through an article.
	bad := []byte(article)
	for i := 200; i < len(bad); i += 97 {
		bad[i] = 0xff
	}
	w("invalid-utf8.html", bad)

	// Lying charset declarations.
	w("lying-1258.html", []byte(strings.Replace(article, `charset="utf-8"`, `charset="windows-1258"`, 1)))
	w("lying-utf8.html", append([]byte(`<html><head><meta charset="utf-8"></head><body><p>`), corpus.EncodeTCVN3HTML("Ủy ban Mặt trận Tổ quốc tổ chức hội nghị tổng kết công tác năm")...))

	w("empty.html", nil)
	w("blank.html", []byte("   \n\t\n"))
	mustSkip = append(mustSkip, "empty.html", "blank.html")

	// A page that is all scripts.
	var sc strings.Builder
	sc.WriteString("<html><head><title>x</title></head><body>")
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&sc, "<script>document.write('<p>Mặt trận %d</p>');var a%d=1;</script>", i, i)
	}
	sc.WriteString("</body></html>")
	w("scripts.html", []byte(sc.String()))
	w("script-article.html", []byte(strings.Replace(article, "<p>Sáng", "<script>alert(1)</script><p>Sáng", 1)))

	// Some good pages so the run has real work too.
	g := corpus.New(7)
	for i := 0; i < 20; i++ {
		_, b := g.Page(i)
		w(fmt.Sprintf("good-%02d.html", i), b)
	}
	return mustSkip
}

// TestHostileCorpus indexes the bad-files corpus with the real pipeline:
// no crash, no hang, every skipped file reported with its reason, memory
// bounded.
func TestHostileCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	arch, dir := t.TempDir(), t.TempDir()
	mustSkip := writeHostile(t, arch)
	before := bench.PeakRSSMB()
	rep, err := build.Run(context.Background(), dir, []string{arch}, build.Options{
		Processor: pipeline.New(nil), Examples: 100, Workers: 2,
	})
	if err != nil {
		t.Fatal(err)
	}
	peak := bench.PeakRSSMB()
	t.Logf("pages %d, indexed %d, skipped %d; peak RSS %.0f MiB (before the run %.0f MiB)",
		rep.Pages, rep.Indexed, rep.Skipped, peak, before)
	var sb strings.Builder
	rep.WriteText(&sb)
	t.Log("\n" + sb.String())

	files, _ := os.ReadDir(arch)
	if rep.Pages != len(files) {
		t.Errorf("%d pages read, %d files", rep.Pages, len(files))
	}
	reported := map[string]string{}
	for reason, r := range rep.Reasons {
		for _, ex := range r.Examples {
			path, _, _ := strings.Cut(ex, " (")
			reported[filepath.Base(path)] = reason
		}
	}
	for _, f := range mustSkip {
		if reported[f] == "" {
			t.Errorf("%s not reported as skipped", f)
		}
	}
	if rep.Indexed+rep.Skipped+rep.Duplicates < rep.Pages {
		t.Errorf("pages unaccounted for: %+v", rep)
	}
	if rep.Indexed < 15 {
		t.Errorf("only %d articles indexed; the good pages should be", rep.Indexed)
	}
	if reported["huge.html"] != "too large" || reported["bomb.html.gz"] != "too large" {
		t.Errorf("size limit reasons: huge %q, bomb %q", reported["huge.html"], reported["bomb.html.gz"])
	}
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, _ := st.Index().DocCount(); n != uint64(rep.Indexed) {
		t.Errorf("doc count %d, indexed %d", n, rep.Indexed)
	}
	// The bound stated in the package report: the test process (corpus
	// generation included) stays under 1 GiB.
	if peak > 1024 {
		t.Errorf("peak RSS %.0f MiB exceeds the 1 GiB bound", peak)
	}
}
