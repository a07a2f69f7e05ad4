package vndate

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestFindAll(t *testing.T) {
	tests := []struct {
		in   string
		want []string // Match.String() of each match
		text []string // the matched span of each, when checked
	}{
		{"25/02/2021", []string{"2021-02-25"}, []string{"25/02/2021"}},
		{"Ngày 12/10/2022, Ủy ban MTTQ", []string{"2022-10-12"}, []string{"12/10/2022"}},
		{"Chiều ngày 07/02/2023, Thường trực", []string{"2023-02-07"}, nil},
		{"Sáng 23/6, Ban Thường trực", []string{"????-06-23"}, []string{"23/6"}},
		{"Thứ Tư, ngày 24 tháng 6 năm 2020 - 21:00", []string{"2020-06-24 21:00"}, []string{"ngày 24 tháng 6 năm 2020 - 21:00"}},
		{"20/04/2022 - 10:19 AM", []string{"2022-04-20 10:19"}, []string{"20/04/2022 - 10:19 AM"}},
		{"20/04/2022 - 10:19 PM", []string{"2022-04-20 22:19"}, nil},
		{"Cập nhật lúc 08:30 | 20/04/2022", []string{"2022-04-20 08:30"}, []string{"08:30 | 20/04/2022"}},
		{"2022-10-12T08:05:00+07:00", []string{"2022-10-12 08:05"}, []string{"2022-10-12T08:05:00+07:00"}},
		{"2022-10-12", []string{"2022-10-12"}, nil},
		{"NGÀY 5 THÁNG 9 NĂM 2019", []string{"2019-09-05"}, nil},
		{"ngày 5 tháng 9, 2019", []string{"2019-09-05"}, nil},
		{"ngày 18 tháng 11", []string{"????-11-18"}, nil},
		{"lúc 8h30 ngày 12.10.2022", []string{"2022-10-12"}, nil},
		{"ngày 12-10-2022 lúc 8h30", []string{"2022-10-12 08:30"}, nil},
		{"Sáng nay (15/3), tại hội trường", []string{"????-03-15"}, nil},
		// Not dates.
		{"Nghị định 100/2019/NĐ-CP", nil, nil},
		{"Luật số 75/2015/QH13", nil, nil},
		{"nhiệm kỳ 2019 – 2024", nil, nil},
		{"ít nhất 01 lần/ tháng", nil, nil},
		{"đạt 32/45 chỉ tiêu", nil, nil},
		{"tỷ lệ 1.000/2", nil, nil},
		{"ngày 31/13/2020", nil, nil},
		{"mã 12/10/20221", nil, nil},
		{"Quyết định 217-QĐ/TW, ngày 12/12/2013", []string{"2013-12-12"}, nil},
		{"Nghị quyết số 34-NQ/TU, ngày 30/12/2022 của Tỉnh ủy", []string{"2022-12-30"}, nil},
		{"từ 18/4 đến ngày 26/4/2022", []string{"????-04-18", "2022-04-26"}, nil},
	}
	for _, tt := range tests {
		got := FindAll(tt.in)
		var gs []string
		for _, m := range got {
			gs = append(gs, m.String())
		}
		if strings.Join(gs, ",") != strings.Join(tt.want, ",") {
			t.Errorf("FindAll(%q) = %v, want %v", tt.in, gs, tt.want)
			continue
		}
		for i, span := range tt.text {
			if s := tt.in[got[i].Start:got[i].End]; s != span {
				t.Errorf("FindAll(%q)[%d] spans %q, want %q", tt.in, i, s, span)
			}
		}
	}
}

func TestResolve(t *testing.T) {
	ref := func(s string) time.Time {
		t, err := time.ParseInLocation("2006-01-02", s, Vietnam)
		if err != nil {
			panic(err)
		}
		return t
	}
	tests := []struct {
		in, ref, want string
		ok            bool
	}{
		{"Sáng 23/6", "2020-06-24", "2020-06-23", true},
		{"ngày 28/12", "2021-01-03", "2020-12-28", true}, // across New Year
		{"ngày 3/1", "2021-01-03", "2021-01-03", true},   // same day
		{"ngày 4/1", "2021-01-03", "2020-01-04", true},   // a day later is last year
		{"ngày 29/2", "2021-03-01", "2020-02-29", true},  // leap day takes a leap year only if valid
		{"ngày 31/02/2021", "", "", false},
		{"ngày 23/6", "", "", false}, // no reference
		{"Thứ Tư, ngày 24 tháng 6 năm 2020 - 21:00", "", "2020-06-24T21:00:00+07:00", true},
		{"ngày 01/01/1900", "", "", false},
	}
	for _, tt := range tests {
		ms := FindAll(tt.in)
		if len(ms) != 1 {
			t.Fatalf("FindAll(%q) found %d matches, want 1", tt.in, len(ms))
		}
		var r time.Time
		if tt.ref != "" {
			r = ref(tt.ref)
		}
		got, ok := ms[0].Resolve(r)
		if ok != tt.ok {
			t.Errorf("Resolve(%q, %s) ok = %v, want %v", tt.in, tt.ref, ok, tt.ok)
			continue
		}
		if ok && ms[0].Format(got) != tt.want {
			t.Errorf("Resolve(%q, %s) = %s, want %s", tt.in, tt.ref, ms[0].Format(got), tt.want)
		}
	}
}

func FuzzFindAll(f *testing.F) {
	for _, s := range []string{"25/02/2021", "Thứ Tư, ngày 24 tháng 6 năm 2020 - 21:00", "20/04/2022 - 10:19 AM",
		"2022-10-12T08:05:00+07:00", "Sáng 23/6", "08:30 | 20/04/2022", "8 giờ 30 ngày 1/1/2020", "1h"} {
		f.Add(s)
	}
	ref := time.Date(2021, 1, 3, 0, 0, 0, 0, Vietnam)
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range FindAll(s) {
			if m.Start < prev || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prev, s)
			}
			if utf8.ValidString(s) && (!utf8.ValidString(s[m.Start:m.End])) {
				t.Fatalf("span [%d,%d) cuts a rune in %q", m.Start, m.End, s)
			}
			prev = m.End
			if d, ok := m.Resolve(ref); ok && (d.Day() != m.Day || int(d.Month()) != m.Month) {
				t.Fatalf("Resolve(%v) = %v", m, d)
			}
		}
	})
}

func BenchmarkFindAll(b *testing.B) {
	text := strings.Repeat("Chiều ngày 07/02/2023, Thường trực Thị ủy triển khai nhiệm vụ theo Nghị quyết số 34-NQ/TU, ngày 30/12/2022 của Tỉnh ủy Hà Nam; 100% cán bộ. ", 40)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindAll(text)
	}
}
