package units

import (
	"testing"

	"github.com/frontsearch/frontsearch/search"
)

func TestFind(t *testing.T) {
	f := &Finder{}
	cases := []struct {
		title, lead string
		want        []search.Unit
	}{
		{"Xã Bắc Thủy tổ chứcc hội nghị phản biện xã hội",
			"Ngày 12/10/2022, Ủy Ban MTTQ Việt Nam xã Bắc Thủy, huyện Chi Lăng tổ chức Hội nghị phản biện đề án.",
			[]search.Unit{{Name: "Ủy ban MTTQ Việt Nam xã Bắc Thủy", Org: search.OrgMTTQ, Level: search.LevelXa, Place: "xã Bắc Thủy"}}},
		{"Huyện Lâm Bình đánh giá hoạt động",
			"Sáng 23/6, Ban Thường trực Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện Lâm Bình tổ chức hội nghị chuyên đề.",
			[]search.Unit{{Name: "Ban Thường trực Ủy ban MTTQ huyện Lâm Bình", Org: search.OrgMTTQ, Level: search.LevelHuyen, Place: "huyện Lâm Bình"}}},
		{"Thường trực Thị ủy triển khai nhiệm vụ", "",
			[]search.Unit{{Name: "Thường trực Thị ủy", Org: search.OrgDang, Level: search.LevelHuyen}}},
		{"Tin hoạt động", "Ngày 20/3/2019, UBMTTQ tỉnh Hà Nam phối hợp với Hội Nông dân tỉnh tổ chức tập huấn.",
			[]search.Unit{
				{Name: "Ủy ban MTTQ tỉnh Hà Nam", Org: search.OrgMTTQ, Level: search.LevelTinh, Place: "tỉnh Hà Nam"},
				{Name: "Hội Nông dân tỉnh", Org: search.OrgNongDan, Level: search.LevelTinh}}},
		// adverbial openers before the subject
		{"Tin", "Được sự đồng ý của UBND huyện, Hội Nông dân xã Tân Lập tổ chức hội thi.",
			[]search.Unit{{Name: "Hội Nông dân xã Tân Lập", Org: search.OrgNongDan, Level: search.LevelXa, Place: "xã Tân Lập"}}},
		{"Tin", "Hòa chung không khí cả nước, tối 12/3, tại Nhà văn hóa thôn Đồng, xã Bình Minh, Ban Công tác Mặt trận thôn tổ chức liên hoan.",
			[]search.Unit{{Name: "Ban Công tác Mặt trận thôn", Org: search.OrgMTTQ}}},
		// a body inside a person's role is not an organiser
		{"Tin", "Ngày 18/4/2022, Đoàn công tác do đồng chí Hoàng Anh Tú - Chủ tịch Ủy ban MTTQ Việt Nam huyện Gia Lâm làm Trưởng đoàn đã làm việc với xã.", []search.Unit{}},
		// "Đoàn TNCS Hồ Chí Minh" is a unit, not a person
		{"Đoàn TNCS Hồ Chí Minh huyện ra quân tình nguyện hè", "",
			[]search.Unit{{Name: "Đoàn TNCS Hồ Chí Minh huyện", Org: search.OrgDoanTN, Level: search.LevelHuyen}}},
	}
	for _, c := range cases {
		got := f.Find(c.title, c.lead)
		if len(got) != len(c.want) {
			t.Errorf("%q / %q: got %+v, want %+v", c.title, c.lead, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: unit %d = %+v, want %+v", c.title, i, got[i], c.want[i])
			}
		}
	}
}
