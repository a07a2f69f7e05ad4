package eventdate

import (
	"testing"
	"time"
)

func TestFind(t *testing.T) {
	cases := []struct{ published, lead, want string }{
		{"2022-10-13", "Ngày 12/10/2022, Ủy ban MTTQ Việt Nam xã Bắc Thủy tổ chức Hội nghị.", "2022-10-12"},
		{"2020-06-24T21:00:00+07:00", "Sáng 23/6, Ban Thường trực tổ chức hội nghị.", "2020-06-23"},
		{"2021-01-03", "Sáng 28/12, hội nghị tổng kết.", "2020-12-28"},
		{"2024-05-16", "Sáng nay (15/5), tập huấn.", "2024-05-15"},
		{"2023-02-08", "Dự thảo Kế hoạch Thực hiện Nghị quyết số 34-NQ/TU, ngày 30/12/2022 của Tỉnh ủy.", ""},
		{"2022-04-20", "Theo kế hoạch, từ nay đến ngày 26/4, Ban Thường trực làm việc với các xã.", ""},
		{"2023-05-26", "Trong hai ngày 24 và 25/5/2023, Liên đoàn Lao động thị xã tổ chức Đại hội.", "2023-05-24"},
		{"2017-11-13", "Kỷ niệm 87 năm Ngày thành lập MTTQ Việt Nam (18/11/1930 - 18/11/2017).", ""},
		{"", "Sáng 23/6, hội nghị.", ""}, // year-less without publication date
		{"", "Ngày 04/3/2020, Huyện đoàn tổ chức.", "2020-03-04"},
	}
	for _, c := range cases {
		got := Find([]string{c.lead}, ParsePublished(c.published))
		if got != c.want {
			t.Errorf("%s %q: got %q, want %q", c.published, c.lead, got, c.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Ngày 12/10/2022, hội nghị.", "Sáng 23/6", "34-NQ/TU, ngày 30/12/2022", "ngày 24 và 25/5/2023", "(1/1/1930 - 2/2/2020)", "31/02", "99/99/9999"} {
		f.Add(s)
	}
	ref := time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d := Find([]string{s + " và thêm chữ cho đủ dài để được xét", s}, ref)
		if d != "" {
			if _, err := time.Parse("2006-01-02", d); err != nil {
				t.Fatalf("Find(%q) = %q: %v", s, d, err)
			}
		}
	})
}
