package enrich

import (
	"testing"

	"github.com/frontsearch/frontsearch/search"
)

// Regression tests for the hard cases named in the entities issue. Each
// builds a small article and checks one behaviour.

func enrichText(t *testing.T, e *Enricher, title, published, body, site string) search.Article {
	t.Helper()
	a := search.Article{Title: title, Published: published, Body: body, Site: site}
	e.Enrich(&a)
	return a
}

func builtinEnricher(t *testing.T) *Enricher {
	t.Helper()
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestUyAndHoaSpellings(t *testing.T) {
	e := builtinEnricher(t)
	for _, body := range []string{
		"Ngày 12/10/2022, Uỷ ban MTTQ Việt Nam xã Tân Hoà tổ chức hội nghị. Dự có ông Nguyễn Văn Thuỷ, Chủ tịch Uỷ ban MTTQ huyện.",
		"Ngày 12/10/2022, Ủy ban MTTQ Việt Nam xã Tân Hòa tổ chức hội nghị. Dự có ông Nguyễn Văn Thủy, Chủ tịch Ủy ban MTTQ huyện.",
		"Ngày 12/10/2022, Ủy Ban Mặt trận Tổ quốc Việt Nam xã Tân Hoà tổ chức hội nghị. Dự có ông Nguyễn Văn Thuỷ, Chủ tịch UBMTTQ huyện.",
	} {
		a := enrichText(t, e, "Hội nghị", "2022-10-13", body, "")
		if len(a.Units) != 1 || a.Units[0].Name != "Ủy ban MTTQ Việt Nam xã Tân Hòa" || a.Units[0].Level != search.LevelXa {
			t.Errorf("%q: units = %+v, want one Ủy ban MTTQ Việt Nam xã Tân Hòa (xã)", body, a.Units)
		}
		if len(a.Places) != 1 || a.Places[0].Name != "xã Tân Hòa" {
			t.Errorf("%q: places = %+v, want xã Tân Hòa", body, a.Places)
		}
		if len(a.People) != 1 || a.People[0].Name != "Nguyễn Văn Thủy" {
			t.Errorf("%q: people = %+v, want Nguyễn Văn Thủy", body, a.People)
		}
	}
}

func TestDongChiAbbreviation(t *testing.T) {
	e := builtinEnricher(t)
	a := enrichText(t, e, "Làm việc", "2022-04-20",
		"Ngày 18/4/2022, đoàn công tác làm việc với xã.\n\nĐ/c Hoàng Anh Tú – UVTV Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện phát biểu tại Hội nghị. Sau đó đ/c Lò Văn Pọm, Trưởng ban Công tác Mặt trận thôn, báo cáo.", "")
	want := []search.Person{
		{Name: "Hoàng Anh Tú", Role: "UVTV Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện"},
		{Name: "Lò Văn Pọm", Role: "Trưởng ban Công tác Mặt trận thôn"},
	}
	if len(a.People) != len(want) {
		t.Fatalf("people = %+v, want %+v", a.People, want)
	}
	for i := range want {
		if a.People[i] != want[i] {
			t.Errorf("person %d = %+v, want %+v", i, a.People[i], want[i])
		}
	}
}

func TestTitlesBeforeAndAfterNames(t *testing.T) {
	e := builtinEnricher(t)
	cases := []struct{ body, name, role string }{
		{"Phát biểu với hội nghị, Phó Chủ tịch Uỷ ban MTTQ tỉnh Lê Ngọc Tân đề nghị các xã tiếp tục phối hợp.", "Lê Ngọc Tân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"},
		{"Dự hội nghị có đồng chí Lê Văn Quốc, Phó Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo các xã.", "Lê Văn Quốc", "Phó Trưởng Ban Dân vận Tỉnh ủy"},
		{"Chủ tịch UBND tỉnh Hà Nam Nguyễn Văn Hải kết luận hội nghị.", "Nguyễn Văn Hải", "Chủ tịch UBND tỉnh Hà Nam"},
		{"Đồng chí Trịnh Thị Hằng – Phó Bí thư Thường trực Thị ủy chủ trì hội nghị.", "Trịnh Thị Hằng", "Phó Bí thư Thường trực Thị ủy"},
		{"Bà Vũ Thị Hải được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Thành.", "Vũ Thị Hải", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Thành"},
	}
	for _, c := range cases {
		a := enrichText(t, e, "Hội nghị", "2020-06-24", c.body, "")
		if len(a.People) != 1 || a.People[0].Name != c.name || a.People[0].Role != c.role {
			t.Errorf("%q: people = %+v, want {%s %s}", c.body, a.People, c.name, c.role)
		}
	}
}

func TestNamesInsideOrganisationsAndPlaces(t *testing.T) {
	e := builtinEnricher(t)
	for _, body := range []string{
		"Đoàn TNCS Hồ Chí Minh huyện tổ chức ra quân. Bí thư Đoàn TNCS Hồ Chí Minh phát biểu.",
		"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Đoàn Thanh niên Cộng sản Hồ Chí Minh kết nạp đoàn viên.",
		"Ủy ban MTTQ Việt Nam xã Bắc Thủy, huyện Chi Lăng tổ chức hội nghị; Chủ tịch UBND huyện Lâm Bình phát biểu.",
		"Chủ tịch Ủy ban MTTQ tỉnh Hà Nam dự hội nghị tại thành phố Hồ Chí Minh.",
	} {
		a := enrichText(t, e, "Tin hoạt động", "2023-03-26", body, "")
		if len(a.People) != 0 {
			t.Errorf("%q: people = %+v, want none", body, a.People)
		}
	}
	// A real person after an organisation named after Hồ Chí Minh.
	a := enrichText(t, e, "Tin", "2023-03-26", "Phát biểu tại lễ, Bí thư Đoàn TNCS Hồ Chí Minh tỉnh Hà Nam Nguyễn Thị Lan biểu dương đoàn viên.", "")
	if len(a.People) != 1 || a.People[0].Name != "Nguyễn Thị Lan" {
		t.Errorf("people = %+v, want Nguyễn Thị Lan", a.People)
	}
}

func TestMinorityNames(t *testing.T) {
	e := builtinEnricher(t)
	body := "Dự có ông Giàng A Tính, Phó Bí thư Tỉnh ủy; bà H'Hen Niê, Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Y Nhuel Niê, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Ksor Phước, già làng; ông Sùng A Lử; ông K'Brơi, cử tri thôn Tân Phú."
	a := enrichText(t, e, "Gặp mặt", "2022-08-26", body, "")
	want := map[string]bool{"Giàng A Tính": true, "H'Hen Niê": true, "Y Nhuel Niê": true, "Ksor Phước": true, "Sùng A Lử": true, "K'Brơi": true}
	got := map[string]bool{}
	for _, p := range a.People {
		got[p.Name] = true
	}
	for n := range want {
		if !got[n] {
			t.Errorf("missed %s; people = %+v", n, a.People)
		}
	}
	if len(got) != len(want) {
		t.Errorf("people = %+v, want exactly %v", a.People, want)
	}
}

func TestYearlessDatesAroundNewYear(t *testing.T) {
	e := builtinEnricher(t)
	cases := []struct{ published, lead, want string }{
		{"2021-01-03", "Sáng 28/12, Ủy ban MTTQ huyện tổ chức hội nghị tổng kết.", "2020-12-28"},
		{"2019-01-04", "Chiều 28/12, Ủy ban MTTQ Việt Nam huyện Ngọc Hồi tổ chức gặp mặt.", "2018-12-28"},
		{"2022-01-02T08:00:00+07:00", "Sáng nay (2/1), Hội Nông dân tỉnh tổ chức ra quân đầu năm.", "2022-01-02"},
		{"2023-12-31", "Ngày 31/12, Hội LHPN tỉnh trao quà Tết.", "2023-12-31"},
		{"2023-02-08", "Chiều ngày 07/02/2023, Thường trực Thị ủy triển khai nhiệm vụ.", "2023-02-07"},
		// a document's date is not the event's date
		{"2023-02-08", "Thực hiện Nghị quyết số 34-NQ/TU, ngày 30/12/2022 của Tỉnh ủy, ngày 5/2 Ủy ban MTTQ tỉnh tổ chức hội nghị.", "2023-02-05"},
		// an anniversary in parentheses is not the event's date
		{"2020-10-14", "Hướng tới kỷ niệm 90 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2020), Hội LHPN xã nhân rộng mô hình.", ""},
		// a multi-day event starts on its first day
		{"2023-09-15", "Trong 2 ngày 13 và 14/9/2023, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức tập huấn.", "2023-09-13"},
	}
	for _, c := range cases {
		a := enrichText(t, e, "Tin", c.published, c.lead, "")
		if a.EventDate != c.want {
			t.Errorf("%s %q: event_date = %q, want %q", c.published, c.lead, a.EventDate, c.want)
		}
	}
}

func TestRepeatedCommuneNamesNeedContext(t *testing.T) {
	e := newTestEnricher(t)
	if e.gaz == nil {
		t.Skip("shared gazetteer absent: ../shared/data/admin-units")
	}
	cases := []struct{ body, site, province, district string }{
		{"Ngày 28/5/2019, Ủy ban MTTQ Việt Nam xã Tân Thành, huyện Kim Sơn tổ chức Đại hội.", "", "Ninh Bình", "Kim Sơn"},
		{"Ngày 09/9/2021, Ủy ban MTTQ Việt Nam xã Tân Thành, huyện Hàm Yên tổ chức bàn giao nhà.", "", "Tuyên Quang", "Hàm Yên"},
		{"Ngày 17/10/2018, Ủy ban MTTQ Việt Nam xã Tân Thành tổ chức Lễ phát động tại huyện Hữu Lũng.", "", "Lạng Sơn", "Hữu Lũng"},
		// only the site names the province: still ambiguous inside it?
		{"Ngày 17/10/2018, Ủy ban MTTQ Việt Nam xã Tân Thành tổ chức Lễ phát động.", "", "", ""},
	}
	for _, c := range cases {
		a := enrichText(t, e, "Tin", "2021-10-01", c.body, c.site)
		var p *search.Place
		for i := range a.Places {
			if a.Places[i].Name == "xã Tân Thành" {
				p = &a.Places[i]
			}
		}
		if p == nil {
			t.Errorf("%q: no xã Tân Thành in %+v", c.body, a.Places)
			continue
		}
		if p.Province != c.province || p.District != c.district {
			t.Errorf("%q: xã Tân Thành in %q/%q, want %q/%q", c.body, p.Province, p.District, c.province, c.district)
		}
		if c.province != "" && (p.Province2025 == "" || p.Commune2025 == "") {
			t.Errorf("%q: no 2025 mapping: %+v", c.body, p)
		}
	}
}

func TestSiteProvinceAndOld2025Mapping(t *testing.T) {
	e := newTestEnricher(t)
	if e.gaz == nil {
		t.Skip("shared gazetteer absent: ../shared/data/admin-units")
	}
	a := enrichText(t, e, "Tin", "2020-06-24", "Sáng 23/6, Ủy ban MTTQ huyện Chi Lăng tổ chức hội nghị tại xã Bắc Thủy.", "bacthuy.chilang.langson.gov.vn")
	found := map[string]search.Place{}
	for _, p := range a.Places {
		found[p.Name] = p
	}
	if p, ok := found["tỉnh Lạng Sơn"]; !ok || p.Province2025 != "Lạng Sơn" {
		t.Errorf("site province missing or unmapped: %+v", a.Places)
	}
	if p := found["huyện Chi Lăng"]; p.Province != "Lạng Sơn" || p.Province2025 != "Lạng Sơn" {
		t.Errorf("huyện Chi Lăng = %+v", p)
	}
	if p := found["xã Bắc Thủy"]; p.District != "Chi Lăng" || p.Commune2025 == "" {
		t.Errorf("xã Bắc Thủy = %+v", p)
	}
}

func TestNeverNilSlices(t *testing.T) {
	e := builtinEnricher(t)
	for _, a := range []search.Article{{}, {Title: "x"}, {Body: "\n\n\n"}, {Body: "Ngày 99/99/9999 số 12-/ ./ đồng chí"}} {
		e.Enrich(&a)
		if a.Units == nil || a.Places == nil || a.People == nil || a.Topics == nil || a.DocRefs == nil {
			t.Errorf("nil slice in %+v", a)
		}
	}
}

// TestConcurrentEnrich shares one Enricher between goroutines and checks
// they all get the same results (run with -race to check for data races).
func TestConcurrentEnrich(t *testing.T) {
	cases := loadCases(t)
	e := newTestEnricher(t)
	want := make([]search.Article, len(cases))
	for i, c := range cases {
		want[i] = *c.a
		e.Enrich(&want[i])
	}
	done := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func() {
			msg := ""
			for i, c := range cases {
				a := *c.a
				e.Enrich(&a)
				if a.EventDate != want[i].EventDate || len(a.People) != len(want[i].People) || len(a.Units) != len(want[i].Units) || len(a.Places) != len(want[i].Places) {
					msg = c.file + ": different result under concurrency"
				}
			}
			done <- msg
		}()
	}
	for g := 0; g < 4; g++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
