package people

import (
	"testing"
	"unicode/utf8"
)

func TestFind(t *testing.T) {
	f := New(nil)
	cases := []struct {
		paras  []string
		author string
		want   map[string]string // name → role
	}{
		{[]string{"Dự hội nghị có đồng chí Lê Văn Quốc, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Ngọc Tân, Phó Chủ tịch Uỷ ban MTTQ tỉnh; lãnh đạo các xã."}, "",
			map[string]string{"Lê Văn Quốc": "Phó Trưởng Ban Dân vận Tỉnh ủy", "Lê Ngọc Tân": "Phó Chủ tịch Ủy ban MTTQ tỉnh"}},
		// the same person twice: the longer role wins
		{[]string{"Ông Trần Nhật Tân phát biểu. Đồng chí Trần Nhật Tân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết."}, "",
			map[string]string{"Trần Nhật Tân": "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"}},
		// byline line and author field
		{[]string{"Nội dung bài viết.", "Nông Văn Lành\nPhó Chủ tịch Ủy ban MTTQ huyện Lâm Bình"}, "Thanh Cương",
			map[string]string{"Nông Văn Lành": "Phó Chủ tịch Ủy ban MTTQ huyện Lâm Bình", "Thanh Cương": ""}},
		// an organisation as author is not a person
		{[]string{"Nội dung."}, "Ủy ban MTTQ huyện Gia Lâm", map[string]string{}},
		// a quotation ends the role; English bylines are not people; a
		// Vietnamese byline in plain ASCII is
		{[]string{"Ông Trần Văn Lâm, Ủy viên thường trực Ủy ban Tài chính ngân sách \"chê\" cách tính thuế."}, "By Jamelle Bouie",
			map[string]string{"Trần Văn Lâm": "Ủy viên thường trực Ủy ban Tài chính ngân sách"}},
		{[]string{"Nội dung."}, "Anh Minh", map[string]string{"Anh Minh": ""}},
		{[]string{"Nội dung."}, "Reuters", map[string]string{}},
		// "và" inside an organisation's name does not end the role
		{[]string{"Phát biểu có ông Lê Văn Nam, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn; Giám đốc Sở Lao động - Thương binh và Xã hội Trần Thị Mai kết luận."}, "",
			map[string]string{"Lê Văn Nam": "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Trần Thị Mai": "Giám đốc Sở Lao động - Thương binh và Xã hội"}},
		// places, organisations and slogans are not people
		{[]string{"Xã Bắc Thủy, huyện Chi Lăng; Đoàn TNCS Hồ Chí Minh; tư tưởng Hồ Chí Minh; Hội Nông dân tỉnh Hà Nam; Ban Thường trực Ủy ban MTTQ Việt Nam."}, "",
			map[string]string{}},
	}
	for _, c := range cases {
		got := f.Find(c.paras, c.author)
		m := map[string]string{}
		for _, p := range got {
			m[p.Name] = p.Role
		}
		if len(m) != len(c.want) {
			t.Errorf("%q: got %+v, want %+v", c.paras, got, c.want)
			continue
		}
		for n, r := range c.want {
			if gr, ok := m[n]; !ok || gr != r {
				t.Errorf("%q: %s: got role %q (found %v), want %q", c.paras, n, gr, ok, r)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"đồng chí Lê Văn Quốc, Phó Trưởng Ban Dân vận Tỉnh ủy",
		"Đ/c Hoàng Anh Tú – UVTV Huyện ủy, Chủ tịch",
		"Phó Chủ tịch Uỷ ban MTTQ tỉnh Lê Ngọc Tân đề nghị",
		"bà X được giữ chức", "ông K'", "Chủ tịch", "đ/c", "ông (", "Nguyễn\nVăn",
	} {
		f.Add(s)
	}
	fd := New(nil)
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range fd.Find([]string{s, s}, s) {
			if p.Name == "" {
				t.Fatalf("empty name from %q", s)
			}
			if utf8.ValidString(s) && !utf8.ValidString(p.Name+p.Role) {
				t.Fatalf("invalid UTF-8 from %q", s)
			}
		}
	})
}

func TestReligiousNames(t *testing.T) {
	f := New(nil)
	got := f.Find([]string{"Dự có Hòa thượng Thích Thanh Nhiễu, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; Linh mục Giuse Nguyễn Văn Hải, Chánh xứ."}, "")
	m := map[string]string{}
	for _, p := range got {
		m[p.Name] = p.Role
	}
	if m["Thích Thanh Nhiễu"] != "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam" {
		t.Errorf("got %+v", got)
	}
	if _, ok := m["Nguyễn Văn Hải"]; !ok || len(m) != 2 {
		t.Errorf("got %+v", got)
	}
}

func TestRoleDoesNotSwallowNextAttendee(t *testing.T) {
	f := New(nil)
	got := f.Find([]string{"Dự có đồng chí Lê Văn Nam, Phó Chủ tịch UBND huyện, Ban Thường trực Ủy ban MTTQ huyện và đại diện các xã."}, "")
	if len(got) != 1 || got[0].Role != "Phó Chủ tịch UBND huyện" {
		t.Errorf("got %+v", got)
	}
	got = f.Find([]string{"Ngày 22/10, BS.CK2 Cao Thị Hồng, Trưởng Trung tâm Kiểm tra sức khỏe Chợ Rẫy Việt Nhật (HECI), Bệnh viện Chợ Rẫy, cho biết bệnh nhân đau bụng."}, "")
	if len(got) != 1 || got[0].Role != "Trưởng Trung tâm Kiểm tra sức khỏe Chợ Rẫy Việt Nhật (HECI), Bệnh viện Chợ Rẫy" {
		t.Errorf("got %+v", got)
	}
}
