package pipeline

import (
	"errors"
	"strings"
	"testing"

	"github.com/frontsearch/frontsearch/indexer/source"
	"github.com/frontsearch/frontsearch/search"
)

const articleHTML = `<html><head><title>Hội nghị phản biện xã hội</title></head><body>
<h1>Hội nghị phản biện xã hội</h1><p>Ngày 12/10/2022</p><div class="noidung">
<p>Ngày 12/10/2022, Ủy ban MTTQ Việt Nam xã Bắc Thủy, huyện Chi Lăng tổ chức Hội nghị phản biện đề án tiếp tục đổi mới nội dung, phương thức hoạt động của MTTQ.</p>
<p>Hội nghị đã đưa ra 8 mục tiêu thực hiện; mỗi năm giao ít nhất một phần việc mới, đột phá; hai nội dung giám sát được Đảng ủy phê duyệt.</p></div></body></html>`

type countingEnricher struct{ n int }

func (c *countingEnricher) Enrich(a *search.Article) {
	c.n++
	a.Topics = append(a.Topics, search.Topic{ID: "phan_bien"})
}

type panickingEnricher struct{}

func (panickingEnricher) Enrich(*search.Article) { panic("boom") }

func TestProcess(t *testing.T) {
	e := &countingEnricher{}
	a := New(e).Process(source.Page{Source: "x.html", Body: []byte(articleHTML)})
	if !a.IsArticle || a.Title != "Hội nghị phản biện xã hội" || a.Published != "2022-10-12" {
		t.Fatalf("got article %v title %q published %q reason %q", a.IsArticle, a.Title, a.Published, a.Reason)
	}
	if e.n != 1 || len(a.Topics) != 1 {
		t.Errorf("enricher ran %d times, topics %v", e.n, a.Topics)
	}
	if a.Hash != Hash(&a) || len(a.Hash) != 64 {
		t.Errorf("hash %q", a.Hash)
	}
	if a.Charset != "utf-8" {
		t.Errorf("charset %q", a.Charset)
	}
}

func TestProcessBadInput(t *testing.T) {
	p := New(panickingEnricher{})
	tests := []struct {
		name   string
		pg     source.Page
		reason string
	}{
		{"read error", source.Page{Source: "big.html", Err: errors.New("too large: 40 MiB > 32 MiB")}, "too large: 40 MiB > 32 MiB"},
		{"binary", source.Page{Source: "x.html", Body: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00")}, ""},
		{"empty", source.Page{Source: "e.html", Body: nil}, ""},
		{"truncated", source.Page{Source: "t.html", Body: []byte(articleHTML[:200])}, ""},
		{"invalid utf-8", source.Page{Source: "u.html", Body: []byte("<p>\xff\xfe\xc3 text</p>")}, ""},
	}
	for _, tt := range tests {
		a := p.Process(tt.pg)
		if a.IsArticle {
			t.Errorf("%s: IsArticle = true", tt.name)
		}
		if a.Reason == "" || (tt.reason != "" && a.Reason != tt.reason) {
			t.Errorf("%s: reason %q, want %q", tt.name, a.Reason, tt.reason)
		}
		if a.Source != tt.pg.Source || a.ID == "" {
			t.Errorf("%s: source %q id %q", tt.name, a.Source, a.ID)
		}
	}
	// A panicking enricher does not lose the article.
	a := p.Process(source.Page{Source: "x.html", Body: []byte(articleHTML)})
	if !strings.Contains(a.Reason, "enrich: internal error") || a.Title == "" {
		t.Errorf("panicking enricher: reason %q title %q", a.Reason, a.Title)
	}
}
