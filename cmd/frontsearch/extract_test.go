package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractCommand runs `frontsearch extract` on two pages and a missing
// file: one JSON object per input, in input order, with the contract's
// fields, and a summary on stderr.
func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	article := `<html><head><title>Hội nghị phản biện xã hội - MTTQ huyện</title></head><body>
<h1>Hội nghị phản biện xã hội</h1><div class="date">25/02/2021</div><div class="noidung">
<p>Ngày 12/10/2022, Ủy ban MTTQ Việt Nam xã Bắc Thủy, huyện Chi Lăng tổ chức Hội nghị phản biện đề án tiếp tục đổi mới nội dung, phương thức hoạt động của MTTQ.</p>
<p>Hội nghị đã đưa ra 8 mục tiêu thực hiện; mỗi năm giao ít nhất một phần việc mới, đột phá; hai nội dung giám sát được Đảng ủy phê duyệt.</p><p>Thanh Cương</p></div></body></html>`
	if err := os.WriteFile(filepath.Join(dir, "a.html"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.html"), []byte("<html><body><h1>404 - Không tìm thấy trang</h1></body></html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	args := []string{"-no-enrich", "-workers", "3", dir, filepath.Join(dir, "missing.html")}
	if err := runExtract(context.Background(), args, &out, &errOut); err != nil {
		t.Fatalf("extract: %v (stderr %s)", err, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out.String())
	}
	var got []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		for _, f := range []string{"id", "title", "body", "captions", "is_article", "source"} {
			if _, ok := m[f]; !ok {
				t.Errorf("line %q lacks field %q", l, f)
			}
		}
		got = append(got, m)
	}
	if got[0]["title"] != "Hội nghị phản biện xã hội" || got[0]["is_article"] != true || got[0]["published"] != "2021-02-25" || got[0]["author"] != "Thanh Cương" {
		t.Errorf("article: %v", got[0])
	}
	if got[1]["is_article"] != false || got[1]["reason"] != "not found page" {
		t.Errorf("404 page: %v", got[1])
	}
	if got[2]["is_article"] != false || !strings.Contains(got[2]["reason"].(string), "missing.html") {
		t.Errorf("missing file: %v", got[2])
	}
	if !strings.Contains(errOut.String(), "3 pages, 1 articles") {
		t.Errorf("summary: %q", errOut.String())
	}
	if err := runExtract(context.Background(), nil, &out, &errOut); err == nil {
		t.Error("no arguments: want a usage error")
	}
}
