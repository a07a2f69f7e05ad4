package topics

import (
	"strings"
	"testing"
)

func ids(t *Taxonomy, title, lead, rest string) string {
	var out []string
	for _, tp := range t.Classify(title, lead, rest) {
		out = append(out, tp.ID)
	}
	return strings.Join(out, ",")
}

func TestClassify(t *testing.T) {
	tx, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ title, lead, rest, want string }{
		// title + lead: earned
		{"Hội nghị phản biện xã hội dự thảo Nghị quyết", "Ngày 14/6, Ủy ban MTTQ tỉnh tổ chức hội nghị phản biện xã hội.", "", "phan_bien"},
		// a passing mention in a long body does not count
		{"Trao quà cho hộ nghèo", "Ngày 5/1, Hội LHPN xã trao quà.", "Dịp này, hội cũng nhắc đến phòng, chống dịch.", "an_sinh_xa_hoi"},
		// a campaign name is one mention, not three
		{"Hội nghị sơ kết", "Sáng 2/3, Ủy ban MTTQ xã tổ chức hội nghị sơ kết công tác năm.", "Thực hiện cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" có hiệu quả.", "so_tong_ket_thi_dua"},
		// diacritics matter: "bao gồm" is not "bão"
		{"Hội nghị", "Nội dung bao gồm nhiều vấn đề.", "bao gồm, bao gồm, bao gồm", ""},
		// tone style does not: Hoà/Hòa
		{"Tổ hoà giải ở cơ sở hoạt động hiệu quả", "Hòa giải ở cơ sở được quan tâm.", "", "an_ninh_trat_tu"},
	}
	for _, c := range cases {
		if got := ids(tx, c.title, c.lead, c.rest); got != c.want {
			t.Errorf("%q: topics = %q, want %q", c.title, got, c.want)
		}
	}
	if tx.Label("giam_sat") != "Giám sát" {
		t.Errorf("label = %q", tx.Label("giam_sat"))
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load("/nonexistent/topics.tsv"); err == nil {
		t.Error("missing file: want an error")
	}
	if _, err := parse(strings.NewReader("id\tlabel\n"), "x"); err == nil {
		t.Error("no keywords column: want an error")
	}
	if _, err := parse(strings.NewReader("# only a comment\n"), "x"); err == nil {
		t.Error("no topics: want an error")
	}
}
