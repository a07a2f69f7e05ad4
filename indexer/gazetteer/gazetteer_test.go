package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/frontsearch/frontsearch/search"
)

const sharedDir = "../../../shared/data/admin-units"

func loadShared(t testing.TB) *Gazetteer {
	t.Helper()
	if _, err := os.Stat(sharedDir); err != nil {
		t.Skipf("shared admin-unit data absent (%s): %v", sharedDir, err)
	}
	g, err := LoadDir(sharedDir)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestLookupAndToneStyles(t *testing.T) {
	g := loadShared(t)
	for _, name := range []string{"Thanh Hóa", "Thanh Hoá", "thanh hóa", "Khánh Hoà", "Hòa Bình", "Hoà Bình"} {
		if len(g.Lookup(search.LevelTinh, name)) == 0 {
			t.Errorf("province %q not found", name)
		}
	}
	if u, ok := g.Resolve(search.LevelHuyen, "Chi Lăng", Context{}); !ok || u.Province != "Lạng Sơn" || u.Province2025 != "Lạng Sơn" {
		t.Errorf("Chi Lăng = %+v %v", u, ok)
	}
	if u, ok := g.Resolve(search.LevelXa, "Bắc Thủy", Context{District: "Chi Lăng"}); !ok || u.Commune2025 == "" {
		t.Errorf("Bắc Thủy = %+v %v", u, ok)
	}
	if len(g.Lookup(search.LevelXa, "Không Có Xã Này")) != 0 {
		t.Error("found a commune that does not exist")
	}
}

func TestRepeatedNamesNeedContext(t *testing.T) {
	g := loadShared(t)
	if n := len(g.Lookup(search.LevelXa, "Tân Thành")); n < 10 {
		t.Fatalf("only %d communes named Tân Thành", n)
	}
	if _, ok := g.Resolve(search.LevelXa, "Tân Thành", Context{}); ok {
		t.Error("Tân Thành resolved without context")
	}
	cases := []struct {
		ctx                Context
		province, district string
	}{
		{Context{District: "Kim Sơn"}, "Ninh Bình", "Kim Sơn"},
		{Context{Province: "Tuyên Quang", District: "Hàm Yên"}, "Tuyên Quang", "Hàm Yên"},
		{Context{District: "Hữu Lũng"}, "Lạng Sơn", "Hữu Lũng"},
		{Context{Province: "Quảng Bình", District: "Minh Hóa"}, "Quảng Bình", "Minh Hóa"},
	}
	for _, c := range cases {
		u, ok := g.Resolve(search.LevelXa, "Tân Thành", c.ctx)
		if !ok || u.Province != c.province || u.District != c.district {
			t.Errorf("Tân Thành in %+v = %+v %v, want %s/%s", c.ctx, u, ok, c.province, c.district)
		}
	}
}

func TestProvinceOfHost(t *testing.T) {
	g := loadShared(t)
	cases := map[string]string{
		"langson.gov.vn":                 "Lạng Sơn",
		"mttq.hanam.gov.vn":              "Hà Nam",
		"bacthuy.chilang.langson.gov.vn": "Lạng Sơn",
		"mttq.daklak.gov.vn":             "Đắk Lắk",
		"www.hanam.gov.vn":               "Hà Nam",
		"vnexpress.net":                  "",
		"hanam.example.com":              "",
	}
	for host, want := range cases {
		got, _ := g.ProvinceOfHost(host)
		if got != want {
			t.Errorf("ProvinceOfHost(%q) = %q, want %q", host, got, want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(Options{}); err == nil {
		t.Error("no files: want an error")
	}
	dir := t.TempDir()
	if _, err := LoadDir(dir); err == nil || !strings.Contains(err.Error(), "gazetteer") {
		t.Errorf("missing files: err = %v", err)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("a,b\n1,2\n"), 0o644)
	if _, err := Load(Options{LegacyCSV: bad}); err == nil {
		t.Error("CSV without the columns: want an error")
	}
	js := filepath.Join(dir, "bad.json")
	os.WriteFile(js, []byte("{not json"), 0o644)
	if _, err := Load(Options{Units2025JSON: js}); err == nil {
		t.Error("bad JSON: want an error")
	}
}

// TestSmallFiles checks loading on data the test writes itself, so the
// package is tested even without the shared data.
func TestSmallFiles(t *testing.T) {
	dir := t.TempDir()
	csv := "provinceCode,isMergedProvince,districtCode,districtType,wardCode,wardType,isMergedWard,isDividedWard,province,district,ward,newProvince,newWard\n" +
		"20,False,187,Huyện,1,Xã,True,False,Tỉnh Lạng Sơn,Huyện Chi Lăng,Xã Bắc Thuỷ,Tỉnh Lạng Sơn,Xã Chi Lăng\n" +
		"8,False,70,Huyện,2,Xã,True,False,Tỉnh Tuyên Quang,Huyện Hàm Yên,Xã Tân Thành,Tỉnh Tuyên Quang,Xã Bạch Xa\n" +
		"37,False,9,Huyện,3,Xã,True,False,Tỉnh Ninh Bình,Huyện Kim Sơn,Xã Tân Thành,Tỉnh Ninh Bình,Xã Lai Thành\n"
	os.WriteFile(filepath.Join(dir, LegacyFile), []byte(csv), 0o644)
	os.WriteFile(filepath.Join(dir, UnitsFile), []byte(`[{"Name":"Lạng Sơn","FullName":"Tỉnh Lạng Sơn","Wards":[{"Name":"Chi Lăng","FullName":"Xã Chi Lăng"}]}]`), 0o644)
	g, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	u, ok := g.Resolve(search.LevelXa, "Bắc Thủy", Context{})
	if !ok || u.District != "Chi Lăng" || u.Commune2025 != "xã Chi Lăng" {
		t.Errorf("Bắc Thủy = %+v %v", u, ok)
	}
	if _, ok := g.Resolve(search.LevelXa, "Tân Thành", Context{}); ok {
		t.Error("ambiguous Tân Thành resolved")
	}
	if u, ok := g.Resolve(search.LevelXa, "Tân Thành", Context{Province: "Ninh Bình"}); !ok || u.Commune2025 != "xã Lai Thành" {
		t.Errorf("Tân Thành (Ninh Bình) = %+v %v", u, ok)
	}
	if p, ok := g.ProvinceOfHost("mttq.tuyenquang.gov.vn"); !ok || p != "Tuyên Quang" {
		t.Errorf("host = %q %v", p, ok)
	}
}
