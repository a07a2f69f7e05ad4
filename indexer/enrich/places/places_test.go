package places

import (
	"testing"

	"github.com/frontsearch/frontsearch/search"
)

func TestFindTextOnly(t *testing.T) {
	f := &Finder{} // no gazetteer: places from the text alone
	got := f.Find("Xã Bắc Thủy tổ chức hội nghị", []string{
		"Ngày 12/10/2022, Ủy ban MTTQ Việt Nam xã Bắc Thủy, huyện Chi Lăng, tỉnh Lạng Sơn tổ chức Hội nghị.",
		"Phó Chủ tịch Ủy ban MTTQ tỉnh Lê Ngọc Tân phát biểu. Thường trực Huyện ủy Lâm Bình dự.",
		"Đoàn làm việc với các xã Kiêu Kỵ, Kim Sơn và Yên Thường; phường 3 và TP. Hà Nội.",
	}, "mttq.hanam.gov.vn")
	want := map[string]search.Place{
		"xã Bắc Thủy":      {Name: "xã Bắc Thủy", Level: search.LevelXa, Commune: "Bắc Thủy", District: "Chi Lăng", Province: "Lạng Sơn"},
		"huyện Chi Lăng":   {Name: "huyện Chi Lăng", Level: search.LevelHuyen, District: "Chi Lăng", Province: "Lạng Sơn"},
		"tỉnh Lạng Sơn":    {Name: "tỉnh Lạng Sơn", Level: search.LevelTinh, Province: "Lạng Sơn"},
		"huyện Lâm Bình":   {Name: "huyện Lâm Bình", Level: search.LevelHuyen, District: "Lâm Bình"},
		"xã Kiêu Kỵ":       {Name: "xã Kiêu Kỵ", Level: search.LevelXa, Commune: "Kiêu Kỵ"},
		"xã Kim Sơn":       {Name: "xã Kim Sơn", Level: search.LevelXa, Commune: "Kim Sơn"},
		"xã Yên Thường":    {Name: "xã Yên Thường", Level: search.LevelXa, Commune: "Yên Thường"},
		"phường 3":         {Name: "phường 3", Level: search.LevelXa, Commune: "3"},
		"thành phố Hà Nội": {Name: "thành phố Hà Nội", Level: search.LevelTinh, Province: "Hà Nội"},
		"tỉnh Hà Nam":      {Name: "tỉnh Hà Nam", Level: search.LevelTinh, Province: "Hà Nam"}, // from the site
	}
	seen := map[string]bool{}
	for _, p := range got {
		w, ok := want[p.Name]
		if !ok {
			t.Errorf("unexpected place %+v", p)
			continue
		}
		seen[p.Name] = true
		if p != w {
			t.Errorf("%s = %+v, want %+v", p.Name, p, w)
		}
	}
	for n := range want {
		if !seen[n] {
			t.Errorf("missed %s in %+v", n, got)
		}
	}
}

func TestNotPlaces(t *testing.T) {
	f := &Finder{}
	got := f.Find("Chính Trị - Xã Hội", []string{"các tổ chức chính trị - xã hội; công tác xã hội; Ủy ban MTTQ tỉnh. Tham dự có lãnh đạo huyện."}, "vnexpress.net")
	if len(got) != 0 {
		t.Errorf("places = %+v, want none", got)
	}
}

func TestListNeedsListShape(t *testing.T) {
	f := &Finder{}
	got := f.Find("Tin", []string{"Tại nhà văn hóa thôn Trung Tâm, xã Điền Thượng, Ban Công tác Mặt trận thôn tổ chức Ngày hội."}, "")
	if len(got) != 1 || got[0].Name != "xã Điền Thượng" {
		t.Errorf("places = %+v, want only xã Điền Thượng", got)
	}
}
