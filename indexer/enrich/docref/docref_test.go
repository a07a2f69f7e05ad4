package docref

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/search"
)

func TestFind(t *testing.T) {
	cases := []struct {
		in   string
		want []search.DocRef
	}{
		{"Nghị quyết số 34-NQ/TU, ngày 30/12/2022 của Tỉnh ủy", []search.DocRef{{Number: "34-NQ/TU", Kind: "Nghị quyết"}}},
		{"theo Quyết định 217- QĐ/TW đối với 03 dự án", []search.DocRef{{Number: "217-QĐ/TW", Kind: "Quyết định"}}},
		{"mô hình Nghị quyết 04-NQ/HU, trong đó", []search.DocRef{{Number: "04-NQ/HU", Kind: "Nghị quyết"}}},
		{"quán triệt Kết luận số 120-KL/TW của Bộ Chính trị", []search.DocRef{{Number: "120-KL/TW", Kind: "Kết luận"}}},
		{"tuyên truyền Nghị định 100/2019/NĐ-CP quy định", []search.DocRef{{Number: "100/2019/NĐ-CP", Kind: "Nghị định"}}},
		{"Luật MTTQ Việt Nam số 75/2015/QH13 và", []search.DocRef{{Number: "75/2015/QH13", Kind: "Luật"}}},
		{"theo 75/2015/QH13", []search.DocRef{{Number: "75/2015/QH13", Kind: "Luật"}}},
		{"Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về", []search.DocRef{{Number: "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", Kind: "Nghị quyết liên tịch"}}},
		{"Quyết định số 12/2018/QĐ-TTg của Thủ tướng", []search.DocRef{{Number: "12/2018/QĐ-TTg", Kind: "Quyết định"}}},
		{"Chỉ thị 28/CT-TTg năm 2021", []search.DocRef{{Number: "28/CT-TTg", Kind: "Chỉ thị"}}},
		{"Kế hoạch số 01-KH/MTTQ-BTT ngày 5/1", []search.DocRef{{Number: "01-KH/MTTQ-BTT", Kind: "Kế hoạch"}}},
		{"thực hiện 05-CT/TW", []search.DocRef{{Number: "05-CT/TW", Kind: "Chỉ thị"}}},
		// not document numbers
		{"ngày 12/10/2022, 18/11, Covid-19, 01 lần/năm, 2019 - 2024, 80-100 hội viên", []search.DocRef{}},
		// repeated: once
		{"Quyết định 217-QĐ/TW ... theo 217- QĐ/TW", []search.DocRef{{Number: "217-QĐ/TW", Kind: "Quyết định"}}},
	}
	for _, c := range cases {
		got := Find(c.in)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Find(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"34-NQ/TU", "100/2019/NĐ-CP", "217- QĐ/TW", "28/CT-TTg", "1/2/3/4", "9-", "9-A/", "12/2018/", "Nghị quyết số 1-NQ/TW"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		refs := Find(s)
		for _, r := range refs {
			if r.Number == "" || !utf8.ValidString(r.Number) && utf8.ValidString(s) {
				t.Fatalf("bad ref %+v from %q", r, s)
			}
		}
		for _, sp := range Spans(s) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("bad span %+v in %q", sp, s)
			}
		}
	})
}
