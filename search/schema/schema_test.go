package schema

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/frontsearch/frontsearch/search"
)

func sample() *search.Article {
	return &search.Article{
		ID: "x1", Site: "mttq.example.vn", Title: "Uỷ ban MTTQ xã Bắc Thủy phản biện", Published: "2022-10-13T08:42:00+07:00",
		EventDate: "2022-10-12", Lead: "Ngày 12/10/2022…", Body: "Ngày 12/10/2022…\n\nHội nghị.", Captions: []string{"Toàn cảnh"},
		Units:   []search.Unit{{Name: "Ủy ban MTTQ Việt Nam xã Bắc Thủy", Org: search.OrgMTTQ, Level: search.LevelXa}},
		Places:  []search.Place{{Name: "xã Bắc Thủy", Province: "Lạng Sơn", District: "Chi Lăng", Commune: "Bắc Thủy"}},
		People:  []search.Person{{Name: "Nguyễn Văn An"}},
		Topics:  []search.Topic{{ID: "phan_bien", Label: "Phản biện xã hội"}},
		DocRefs: []search.DocRef{{Number: "34-NQ/TU"}},
		Hash:    "abc",
	}
}

func TestMappingValidAndBM25(t *testing.T) {
	m, err := Mapping()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(m)
	var got struct {
		DefaultAnalyzer string `json:"default_analyzer"`
		ScoringModel    string `json:"scoring_model"`
	}
	json.Unmarshal(b, &got)
	if got.DefaultAnalyzer != "vi" || got.ScoringModel != "bm25" {
		t.Errorf("default analyzer %q scoring %q", got.DefaultAnalyzer, got.ScoringModel)
	}
	for _, name := range []string{AnalyzerVi, AnalyzerViFold, AnalyzerViShingle, AnalyzerViFoldShingle} {
		if m.AnalyzerNamed(name) == nil {
			t.Errorf("analyzer %q not registered", name)
		}
	}
	if m.AnalyzerNameForPath("body") != "vi" || m.AnalyzerNameForPath("body_f") != "vi_fold" ||
		m.AnalyzerNameForPath("title_fs") != "vi_fold_shingle" || m.AnalyzerNameForPath("unit") != "keyword" {
		t.Errorf("analyzers by path: body %q body_f %q title_fs %q unit %q", m.AnalyzerNameForPath("body"),
			m.AnalyzerNameForPath("body_f"), m.AnalyzerNameForPath("title_fs"), m.AnalyzerNameForPath("unit"))
	}
}

func TestFacetValuesOf(t *testing.T) {
	got := FacetValuesOf(sample())
	want := map[string][]string{
		search.FacetUnit:     {"Ủy ban MTTQ Việt Nam xã Bắc Thủy"},
		search.FacetOrg:      {"MTTQ"},
		search.FacetLevel:    {"xã"},
		search.FacetProvince: {"Lạng Sơn"},
		search.FacetDistrict: {"Chi Lăng"},
		search.FacetCommune:  {"Bắc Thủy"},
		search.FacetPlace:    {"Lạng Sơn", "Lạng Sơn > Chi Lăng", "Lạng Sơn > Chi Lăng > Bắc Thủy"},
		search.FacetPerson:   {"Nguyễn Văn An"},
		search.FacetTopic:    {"Phản biện xã hội"},
		search.FacetDoc:      {"34-NQ/TU"},
		search.FacetSite:     {"mttq.example.vn"},
		search.FacetYear:     {"2022"},
		search.FacetMonth:    {"2022-10"},
	}
	for f, w := range want {
		if !slices.Equal(got[f], w) {
			t.Errorf("%s: got %q want %q", f, got[f], w)
		}
	}
}

func TestFacetDate(t *testing.T) {
	for _, tc := range []struct{ event, pub, want string }{
		{"2022-10-12", "2022-10-13", "2022-10-12"},
		{"", "2022-10-13T23:30:00+07:00", "2022-10-13"},
		{"", "2022-10-13", "2022-10-13"},
		{"bad", "2021-01-02", "2021-01-02"},
		{"", "", ""},
	} {
		d, ok := FacetDate(&search.Article{EventDate: tc.event, Published: tc.pub})
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("%q/%q: got %q want %q", tc.event, tc.pub, got, tc.want)
		}
	}
}

func TestSignature(t *testing.T) {
	a := sample()
	a.Body = "Ngày 12/10/2022, Ủy ban MTTQ Việt Nam xã Bắc Thủy tổ chức Hội nghị phản biện xã hội với nhiều nội dung quan trọng về đổi mới phương thức hoạt động."
	b := *a
	b.ID, b.Site = "x2", "other.vn"
	if Signature(a) != Signature(&b) {
		t.Error("copies on two sites have different signatures")
	}
	c := *a
	c.Title = "Một bài khác"
	if Signature(a) == Signature(&c) {
		t.Error("different titles share a signature")
	}
	d := *a
	d.Body = "Toàn văn khác hẳn: hội nghị tổng kết công tác năm của Hội Nông dân huyện với các chỉ tiêu mới."
	if Signature(a) == Signature(&d) {
		t.Error("different bodies share a signature")
	}
}

func TestDocumentIndexes(t *testing.T) {
	m, err := Mapping()
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.New(t.TempDir()+"/i", m)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	a := sample()
	if err := idx.Index(a.ID, Document(a)); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ field, term string }{
		{"title", "ủy"}, // old tone style indexed canonically
		{"title_f", "uy"},
		{"title_s", "phản biện"},
		{"title_fs", "phan bien"},
		{"unit", "Ủy ban MTTQ Việt Nam xã Bắc Thủy"},
		{"place", "Lạng Sơn > Chi Lăng"},
		{HashField, "abc"},
	} {
		q := bleve.NewTermQuery(tc.term)
		q.SetField(tc.field)
		res, err := idx.Search(bleve.NewSearchRequest(q))
		if err != nil || res.Total != 1 {
			t.Errorf("%s:%q: total %v err %v", tc.field, tc.term, res.Total, err)
		}
	}
	req := bleve.NewSearchRequest(bleve.NewDocIDQuery([]string{"x1"}))
	req.Fields = []string{FieldSource, HashField}
	res, err := idx.Search(req)
	if err != nil || len(res.Hits) != 1 {
		t.Fatal(err)
	}
	var back search.Article
	if err := json.Unmarshal([]byte(res.Hits[0].Fields[FieldSource].(string)), &back); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(back) != fmt.Sprint(*a) || res.Hits[0].Fields[HashField] != "abc" {
		t.Errorf("stored article differs: %+v", back)
	}
}

func TestPlain(t *testing.T) {
	// plainRef is Plain's rule spelled out rune by rune.
	plainRef := func(body string) bool {
		letters, marked := 0, 0
		for _, r := range body {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				letters++
				if r >= 0x80 {
					marked++
				}
			}
		}
		return letters >= 20 && marked*100 < letters
	}
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"Uy ban Mat tran To quoc xa Bac Thuy to chuc hoi nghi nam 2022.", true},
		{"Ủy ban Mặt trận Tổ quốc xã Bắc Thủy tổ chức hội nghị năm 2022.", false},
		{"short", false},
		{strings.Repeat("abcdefghij", 10) + "é", true},        // 1 in 101 marked: plain
		{strings.Repeat("abcdefghij", 10) + "éđ", false},      // 2 in 102: not
		{strings.Repeat("abcdefghij", 10) + "\xff\xfe", true}, // invalid bytes are not letters
		{strings.Repeat("0123456789", 2) + " _-/[]{}`@", true},
		{"", false},
	} {
		if got := Plain(&search.Article{Body: tc.body}); got != tc.want || got != plainRef(tc.body) {
			t.Errorf("Plain(%q) = %v, want %v (reference %v)", tc.body, got, tc.want, plainRef(tc.body))
		}
	}
}

// TestDocumenterFallsBack checks that a mapping whose title variants
// cannot share one analysis (here title_s by Bleve's standard analyzer)
// leaves the title to Bleve's analysis per field and shares the rest.
func TestDocumenterFallsBack(t *testing.T) {
	m, err := Mapping()
	if err != nil {
		t.Fatal(err)
	}
	m.(*mapping.IndexMappingImpl).DefaultMapping.Properties[FieldTitle+ShingleSuffix].Fields[0].Analyzer = standard.Name
	d := NewDocumenter(m)
	if d.Shares(FieldTitle) || !d.Shares(FieldBody) || !d.Shares(FieldCaptions) {
		t.Fatalf("shares title %v body %v captions %v", d.Shares(FieldTitle), d.Shares(FieldBody), d.Shares(FieldCaptions))
	}
	doc, err := d.Document(sample())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range doc.Fields {
		if f.Name() == FieldTitle+ShingleSuffix {
			f.Analyze()
			if f.AnalyzedTokenFrequencies()["phản"] == nil { // a unigram: the standard analyzer's
				t.Errorf("title_s terms %v", f.AnalyzedTokenFrequencies())
			}
			return
		}
	}
	t.Fatal("no title_s field")
}

// TestDocumenterBuildsDirectly checks that Mapping's shape is one the
// Documenter builds documents for without MapDocument, and that shapes it
// does not know (a property with two fields, type mappings) are left to
// Bleve. TestDocumenterIndexesTheSame (indexer/build) checks the content.
func TestDocumenterBuildsDirectly(t *testing.T) {
	m, err := Mapping()
	if err != nil {
		t.Fatal(err)
	}
	if NewDocumenter(m).fields == nil {
		t.Fatal("Mapping's documents are built by MapDocument")
	}
	two, _ := Mapping()
	p := two.(*mapping.IndexMappingImpl).DefaultMapping.Properties[FieldBody]
	p.Fields = append(p.Fields, p.Fields[0])
	typed, _ := Mapping()
	typed.(*mapping.IndexMappingImpl).TypeMapping = map[string]*mapping.DocumentMapping{"x": mapping.NewDocumentMapping()}
	for name, m := range map[string]mapping.IndexMapping{"two fields": two, "type mapping": typed} {
		d := NewDocumenter(m)
		if d.fields != nil {
			t.Errorf("%s: built directly", name)
		}
		doc, err := d.Document(sample())
		if err != nil || len(doc.Fields) == 0 {
			t.Errorf("%s: %d fields, %v", name, len(doc.Fields), err)
		}
	}
}
