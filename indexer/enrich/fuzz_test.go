package enrich

import (
	"testing"

	"github.com/frontsearch/frontsearch/search"
)

// FuzzEnrich feeds arbitrary titles and bodies through every stage: no
// panic, never nil slices, valid event dates.
func FuzzEnrich(f *testing.F) {
	for _, s := range []string{
		"Ngày 12/10/2022, Ủy Ban MTTQ Việt Nam xã Bắc Thủy, huyện Chi Lăng tổ chức Hội nghị.",
		"Sáng 23/6, Ban Thường trực Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện Lâm Bình tổ chức\n\nĐ/c Hoàng Anh Tú – UVTV",
		"Phó Chủ tịch Uỷ ban MTTQ tỉnh Lê Ngọc Tân, các xã A, B và C, 34-NQ/TU, ngày 30/12/2022",
		"tại thôn X, xã Y, huyện Z, Ban Công tác Mặt trận thôn (", "do", "phối hợp với", "các xã ,", "TP. ", "( ) , ,",
	} {
		f.Add("Tin", s, "2021-01-03", "mttq.hanam.gov.vn")
	}
	e, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, title, body, published, site string) {
		a := search.Article{Title: title, Body: body, Published: published, Site: site, Lead: title, Author: body}
		e.Enrich(&a)
		if a.Units == nil || a.Places == nil || a.People == nil || a.Topics == nil || a.DocRefs == nil {
			t.Fatal("nil slice")
		}
		if a.EventDate != "" && len(a.EventDate) != 10 {
			t.Fatalf("event date %q", a.EventDate)
		}
	})
}
