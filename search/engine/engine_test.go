package engine

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/schema"
	"github.com/frontsearch/frontsearch/search/store"
)

// testArticles is a small hand-written archive.
func testArticles() []*search.Article {
	return []*search.Article{
		{
			ID: "a1", Site: "bacthuy.gov.vn", Title: "Xã Bắc Thủy tổ chức hội nghị phản biện xã hội",
			Published: "2022-10-13", EventDate: "2022-10-12",
			Lead:     "Ngày 12/10/2022, Ủy ban MTTQ Việt Nam xã Bắc Thủy tổ chức Hội nghị phản biện xã hội.",
			Body:     "Ngày 12/10/2022, Ủy ban MTTQ Việt Nam xã Bắc Thủy tổ chức Hội nghị phản biện xã hội.\n\nHội nghị đã đưa ra 8 mục tiêu <script>alert(1)</script> thực hiện theo Nghị quyết 34-NQ/TU.",
			Captions: []string{"Toàn cảnh hội nghị phản biện"},
			Units:    []search.Unit{{Name: "Ủy ban MTTQ Việt Nam xã Bắc Thủy", Org: search.OrgMTTQ, Level: search.LevelXa}},
			Places:   []search.Place{{Name: "xã Bắc Thủy", Level: search.LevelXa, Province: "Lạng Sơn", District: "Chi Lăng", Commune: "Bắc Thủy"}},
			People:   []search.Person{{Name: "Nguyễn Văn An"}},
			Topics:   []search.Topic{{ID: "phan_bien", Label: "Phản biện xã hội"}},
			DocRefs:  []search.DocRef{{Number: "34-NQ/TU"}},
		},
		{
			ID: "a2", Site: "mttq.tuyenquang.gov.vn", Title: "Giám sát thực hiện chính sách bảo hiểm",
			Published: "2021-05-02",
			Body:      "Mặt trận Tổ quốc tỉnh Tuyên Quang tổ chức giám sát. Uỷ ban nhân dân huyện báo cáo về hoà giải ở cơ sở.",
			Units:     []search.Unit{{Name: "Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang", Org: search.OrgMTTQ, Level: search.LevelTinh}},
			Places:    []search.Place{{Name: "tỉnh Tuyên Quang", Level: search.LevelTinh, Province: "Tuyên Quang"}},
			Topics:    []search.Topic{{ID: "giam_sat", Label: "Giám sát"}},
		},
		{
			ID: "a3", Site: "mttq.hagiang.gov.vn", Title: "Phản biện dự thảo nghị quyết",
			Published: "2023-01-09",
			Body:      "Hội nghị phản biện dự thảo. Các ý kiến về xã hội hóa giáo dục, phản ánh của cử tri, biện pháp thực hiện.",
			Topics:    []search.Topic{{ID: "phan_bien", Label: "Phản biện xã hội"}},
			Units:     []search.Unit{{Name: "Ủy ban MTTQ Việt Nam tỉnh Hà Giang", Org: search.OrgMTTQ, Level: search.LevelTinh}},
		},
		{
			// A copy of a1 on another site.
			ID: "a1copy", Site: "chilang.gov.vn", Title: "Xã Bắc Thủy tổ chức hội nghị phản biện xã hội",
			Published: "2022-10-14",
			Body:      "Ngày 12/10/2022, Ủy ban MTTQ Việt Nam xã Bắc Thủy tổ chức Hội nghị phản biện xã hội.\n\nHội nghị đã đưa ra 8 mục tiêu <script>alert(1)</script> thực hiện theo Nghị quyết 34-NQ/TU.",
			Units:     []search.Unit{{Name: "Ủy ban MTTQ Việt Nam xã Bắc Thủy", Org: search.OrgMTTQ, Level: search.LevelXa}},
		},
		{
			ID: "a4", Site: "mttq.tuyenquang.gov.vn", Title: "Ngày hội Đại đoàn kết toàn dân tộc",
			Published: "2020-11-18",
			Body:      "Ngày hội Đại đoàn kết ở khu dân cư thôn Nà Vài. Ban Công tác Mặt trận thôn tổ chức.",
			Units:     []search.Unit{{Name: "Ban Công tác Mặt trận thôn Nà Vài", Org: search.OrgMTTQ}},
			Topics:    []search.Topic{{ID: "dai_doan_ket", Label: "Đại đoàn kết"}},
		},
	}
}

// newTestEngine indexes arts into two scorch shards behind an alias, as
// search/store serves them (store.ShardOf places the articles).
func newTestEngine(t testing.TB, arts []*search.Article) *Engine {
	t.Helper()
	m, err := schema.Mapping()
	if err != nil {
		t.Fatal(err)
	}
	const n = 2
	var shards []bleve.Index
	var batches []*bleve.Batch
	for i := 0; i < n; i++ {
		idx, err := bleve.New(fmt.Sprintf("%s/shard-%d", t.TempDir(), i), m)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { idx.Close() })
		shards = append(shards, idx)
		batches = append(batches, idx.NewBatch())
	}
	for _, a := range arts {
		if err := batches[store.ShardOf(a.ID, n)].Index(a.ID, schema.Document(a)); err != nil {
			t.Fatal(err)
		}
	}
	for i, b := range batches {
		if err := shards[i].Batch(b); err != nil {
			t.Fatal(err)
		}
	}
	alias := bleve.NewIndexAlias(shards...)
	if err := alias.SetIndexMapping(m); err != nil {
		t.Fatal(err)
	}
	return New(alias, Options{})
}

func ids(hits []search.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

func TestSearchMatching(t *testing.T) {
	e := newTestEngine(t, testArticles())
	ctx := context.Background()
	tests := []struct {
		q        string
		want     []string // IDs that must be in the result, first one ranked first
		wantNone bool
		notWant  []string
		anyOrder bool
	}{
		{q: "phản biện xã hội", want: []string{"a1", "a3"}},
		{q: "phan bien xa hoi", want: []string{"a1", "a3"}},
		{q: "\"phản biện xã hội\"", want: []string{"a1"}, notWant: []string{"a3"}},
		{q: "Uỷ ban nhân dân", want: []string{"a2"}},
		{q: "Ủy ban nhân dân", want: []string{"a2"}},
		{q: "hòa giải", want: []string{"a2"}},
		{q: "MTTQ tỉnh Tuyên Quang", want: []string{"a2"}},
		{q: "Mặt trận Tổ quốc xã Bắc Thủy", want: []string{"a1"}},
		{q: "mat tran to quoc bac thuy", want: []string{"a1"}},
		{q: "34-NQ/TU", want: []string{"a1"}},
		{q: "phản biện -dự", want: []string{"a1"}, notWant: []string{"a3"}},
		{q: "\"bảo hiểm\" OR \"đoàn kết\"", want: []string{"a2", "a4"}, anyOrder: true},
		{q: "phản biện topic:\"phan bien xa hoi\"", want: []string{"a1", "a3"}, anyOrder: true},
		{q: "unit:\"MTTQ Việt Nam tỉnh\"", want: []string{"a2", "a3"}, anyOrder: true},
		{q: "place:\"chi lang\"", want: []string{"a1"}},
		{q: "date:2021..2021", want: []string{"a2"}, notWant: []string{"a1", "a3", "a4"}},
		{q: "year:2023", want: []string{"a3"}, notWant: []string{"a1"}},
		{q: "xylophone", wantNone: true},
		{q: "khu dân cư", want: []string{"a4"}},
		{q: "KDC", want: []string{"a4"}},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			res, err := e.Search(ctx, search.Request{Query: tc.q, Size: 10})
			if err != nil {
				t.Fatal(err)
			}
			got := ids(res.Hits)
			if tc.wantNone {
				if len(got) != 0 {
					t.Fatalf("got %v, want nothing", got)
				}
				return
			}
			// a1 and a1copy are near-duplicates: whichever ranks first
			// lists the other, and on two shards either may.
			if len(got) == 0 || !tc.anyOrder && got[0] != tc.want[0] && !slices.Contains(res.Hits[0].Duplicates, tc.want[0]) {
				t.Fatalf("got %v, want %s first", got, tc.want[0])
			}
			for i, h := range res.Hits {
				if slices.Contains(h.Duplicates, "a1") {
					got[i] = "a1"
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+w+" ") {
					t.Errorf("got %v, missing %s", got, w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(" "+strings.Join(got, " ")+" ", " "+w+" ") {
					t.Errorf("got %v, must not contain %s", got, w)
				}
			}
		})
	}
}

func TestAccentedPrefersExact(t *testing.T) {
	e := newTestEngine(t, []*search.Article{
		{ID: "exact", Title: "Tin một", Body: "Chương trình bảo hiểm y tế cho người nghèo năm nay."},
		// A page typed without diacritics (schema.Plain).
		{ID: "folded", Title: "Tin hai", Body: "Chuong trinh bao hiem y te cho nguoi ngheo cua huyen nam nay."},
	})
	res, err := e.Search(context.Background(), search.Request{Query: "bảo hiểm"})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(res.Hits); len(got) != 2 || got[0] != "exact" {
		t.Fatalf("got %v, want [exact folded]", got)
	}
}

var markRE = regexp.MustCompile(`<mark>(.*?)</mark>`)

func TestSnippets(t *testing.T) {
	e := newTestEngine(t, testArticles())
	for _, q := range []string{"phan bien", "phản biện", "muc tieu", "34-NQ/TU", "toàn cảnh"} {
		res, err := e.Search(context.Background(), search.Request{Query: q, Highlight: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 {
			t.Fatalf("%q: no hits", q)
		}
		qf := strings.Fields(schema.Fold(q))
		for _, h := range res.Hits {
			if len(h.Snippets) == 0 {
				t.Errorf("%q: hit %s has no snippets", q, h.ID)
			}
			marks := 0
			for _, s := range h.Snippets {
				if !utf8.ValidString(s) {
					t.Errorf("%q: invalid UTF-8 in %q", q, s)
				}
				if strings.Contains(s, "<script>") {
					t.Errorf("%q: unescaped script in %q", q, s)
				}
				rest := markRE.ReplaceAllString(s, "")
				if strings.ContainsAny(rest, "<>") {
					t.Errorf("%q: stray markup in %q", q, s)
				}
				for _, m := range markRE.FindAllStringSubmatch(s, -1) {
					marks++
					word := schema.Fold(m[1])
					ok := false
					for _, w := range qf {
						if strings.EqualFold(word, schema.Fold(w)) {
							ok = true
						}
					}
					if !ok {
						t.Errorf("%q: mark on %q, not a query word (snippet %q)", q, m[1], s)
					}
					// Whole words: the characters around a mark are not letters.
					i := strings.Index(s, m[0])
					if i > 0 {
						r, _ := utf8.DecodeLastRuneInString(s[:i])
						if isWordRune(r) {
							t.Errorf("%q: mark starts inside a word in %q", q, s)
						}
					}
					if j := i + len(m[0]); j < len(s) {
						r, _ := utf8.DecodeRuneInString(s[j:])
						if isWordRune(r) {
							t.Errorf("%q: mark ends inside a word in %q", q, s)
						}
					}
				}
			}
			if marks == 0 && h.ID != "a3" {
				t.Errorf("%q: hit %s: no marks in %q", q, h.ID, h.Snippets)
			}
		}
	}
	// Unaccented query, accented text marked.
	res, _ := e.Search(context.Background(), search.Request{Query: "phan bien", Highlight: true})
	if !strings.Contains(strings.Join(res.Hits[0].Snippets, " "), "<mark>phản</mark> <mark>biện</mark>") {
		t.Errorf("snippets %q: want accented words marked", res.Hits[0].Snippets)
	}
	// A phrase is marked only where it occurs whole; an abbreviation marks
	// its full form too.
	for _, q := range []string{"\"Mặt trận Tổ quốc\"", "MTTQ tuyên quang"} {
		res, _ = e.Search(context.Background(), search.Request{Query: q, Highlight: true})
		var s string
		for _, h := range res.Hits {
			if h.ID == "a2" {
				s = strings.Join(h.Snippets, " ")
			}
		}
		if !strings.Contains(s, "<mark>Mặt</mark> <mark>trận</mark> <mark>Tổ</mark> <mark>quốc</mark>") || strings.Contains(s, "<mark>tổ</mark> chức") {
			t.Errorf("%s: snippets %q", q, s)
		}
	}
	res, _ = e.Search(context.Background(), search.Request{Query: "muc tieu", Highlight: true})
	if s := strings.Join(res.Hits[0].Snippets, " "); !strings.Contains(s, "&lt;script&gt;") {
		t.Errorf("snippets %q: want escaped script", s)
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != '…')
}

func TestFacets(t *testing.T) {
	e := newTestEngine(t, testArticles())
	ctx := context.Background()
	res, err := e.Search(ctx, search.Request{
		Filters:   map[string][]string{search.FacetTopic: {"Phản biện xã hội"}},
		Facets:    []string{search.FacetTopic, search.FacetSite, search.FacetPlace},
		Histogram: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 {
		t.Errorf("total %d, want 2 (a1, a3)", res.Total)
	}
	// Disjunctive: topic counts ignore the topic selection.
	topics := map[string]search.FacetValue{}
	for _, v := range res.Facets[search.FacetTopic] {
		topics[v.Value] = v
	}
	if v := topics["Phản biện xã hội"]; v.Count != 2 || !v.Selected {
		t.Errorf("topic phản biện: %+v", v)
	}
	if v := topics["Giám sát"]; v.Count != 1 || v.Selected {
		t.Errorf("topic giám sát: %+v (want count 1, not selected)", v)
	}
	// Other facets respect the selection.
	for _, v := range res.Facets[search.FacetSite] {
		if v.Value == "mttq.tuyenquang.gov.vn" {
			t.Errorf("site facet counts an unselected article: %+v", res.Facets[search.FacetSite])
		}
	}
	wantPlace := map[string]int{"Lạng Sơn": 1, "Lạng Sơn > Chi Lăng": 1, "Lạng Sơn > Chi Lăng > Bắc Thủy": 1}
	for _, v := range res.Facets[search.FacetPlace] {
		if wantPlace[v.Value] != v.Count {
			t.Errorf("place %q count %d, want %d", v.Value, v.Count, wantPlace[v.Value])
		}
	}
	if fmt.Sprint(res.Histogram) != "[{2022-10 1} {2023-01 1}]" {
		t.Errorf("histogram %v", res.Histogram)
	}
	// A selected value outside the top values is still counted.
	res, err = e.Search(ctx, search.Request{
		Filters: map[string][]string{search.FacetSite: {"mttq.hagiang.gov.vn"}},
		Facets:  []string{search.FacetSite}, FacetSize: 1,
	})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, v := range res.Facets[search.FacetSite] {
		if v.Value == "mttq.hagiang.gov.vn" {
			found = true
			if v.Count != 1 || !v.Selected {
				t.Errorf("selected site outside the top: %+v", v)
			}
		}
	}
	if !found {
		t.Errorf("selected site missing from %+v", res.Facets[search.FacetSite])
	}
	// Two values of one facet are ORed.
	res, err = e.Search(ctx, search.Request{Filters: map[string][]string{search.FacetTopic: {"Phản biện xã hội", "Giám sát"}}})
	if err != nil || res.Total != 3 {
		t.Errorf("OR within facet: total %v err %v, want 3", res.Total, err)
	}
}

func TestPagingAndSort(t *testing.T) {
	var arts []*search.Article
	for _, a := range testArticles() {
		if a.ID != "a1copy" {
			arts = append(arts, a)
		}
	}
	e := newTestEngine(t, arts)
	ctx := context.Background()
	for _, sortName := range []string{search.SortNewest, search.SortOldest, search.SortRelevance} {
		q := ""
		if sortName == search.SortRelevance {
			q = "xã"
		}
		all, err := e.Search(ctx, search.Request{Query: q, Sort: sortName, Size: 100})
		if err != nil {
			t.Fatal(err)
		}
		var viaCursor []string
		req := search.Request{Query: q, Sort: sortName, Size: 1}
		for i := 0; i < 10; i++ {
			res, err := e.Search(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range res.Hits {
				viaCursor = append(viaCursor, h.ID)
			}
			if res.NextCursor == "" {
				break
			}
			req.Cursor = res.NextCursor
		}
		var want []string
		for _, h := range all.Hits {
			want = append(want, h.ID)
		}
		if strings.Join(viaCursor, ",") != strings.Join(want, ",") {
			t.Errorf("%s: cursor pages %v, one page %v", sortName, viaCursor, want)
		}
	}
	res, _ := e.Search(ctx, search.Request{Sort: search.SortNewest})
	if got := ids(res.Hits); got[0] != "a3" || got[len(got)-1] != "a4" {
		t.Errorf("newest: %v", got)
	}
}

func TestDuplicatesFold(t *testing.T) {
	e := newTestEngine(t, testArticles())
	res, err := e.Search(context.Background(), search.Request{Query: "Bắc Thủy"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || fmt.Sprint(res.Hits[0].Duplicates) != "[a1copy]" && fmt.Sprint(res.Hits[0].Duplicates) != "[a1]" {
		t.Fatalf("hits %v dups %v, want one hit with its copy folded", ids(res.Hits), res.Hits)
	}
}

func TestSimilar(t *testing.T) {
	e := newTestEngine(t, testArticles())
	hits, err := e.Similar(context.Background(), "a1", 3)
	if err != nil {
		t.Fatal(err)
	}
	got := ids(hits)
	if len(got) == 0 || got[0] != "a3" {
		t.Fatalf("similar to a1: %v, want a3 first", got)
	}
	for _, id := range got {
		if id == "a1" || id == "a1copy" {
			t.Errorf("similar lists the article or its copy: %v", got)
		}
	}
	if _, err := e.Similar(context.Background(), "nope", 3); !errors.Is(err, search.ErrNotFound) {
		t.Errorf("similar of unknown: %v", err)
	}
}

func TestFacetValues(t *testing.T) {
	e := newTestEngine(t, testArticles())
	ctx := context.Background()
	vals, err := e.FacetValues(ctx, search.FacetUnit, "uy ban mttq viet nam t", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(vals) != 2 {
		t.Errorf("unit values %+v, want the two provincial units", vals)
	}
	vals, _ = e.FacetValues(ctx, search.FacetUnit, "bac", 10)
	if len(vals) != 1 || vals[0].Value != "Ủy ban MTTQ Việt Nam xã Bắc Thủy" || vals[0].Count != 2 {
		t.Errorf("word-start lookup: %+v", vals)
	}
	if _, err := e.FacetValues(ctx, "color", "", 10); err == nil {
		t.Error("unknown facet: no error")
	}
}

func TestErrors(t *testing.T) {
	e := newTestEngine(t, testArticles())
	ctx := context.Background()
	for _, req := range []search.Request{
		{Sort: "random"},
		{Size: 101},
		{Size: -1},
		{From: "2020-13-01"},
		{To: "yesterday"},
		{From: "2021-01-01", To: "2020-01-01"},
		{Cursor: "!!!"},
		{Cursor: encodeCursor(search.SortNewest, []string{"x", "y"}), Sort: search.SortOldest},
		{Facets: []string{"color"}},
		{Filters: map[string][]string{"color": {"red"}}},
		{Query: "\"unclosed"},
		{Query: "date:2020-02-30"},
		{Query: "OR"},
	} {
		_, err := e.Search(ctx, req)
		var qe *search.QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%+v: err %v, want *search.QueryError", req, err)
		}
	}
}

func TestArticleExportCount(t *testing.T) {
	e := newTestEngine(t, testArticles())
	ctx := context.Background()
	a, err := e.Article(ctx, "a2")
	if err != nil || a.Title != "Giám sát thực hiện chính sách bảo hiểm" {
		t.Fatalf("article: %+v %v", a, err)
	}
	if _, err := e.Article(ctx, "zz"); !errors.Is(err, search.ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
	n, err := e.Count(ctx)
	if err != nil || n != 5 {
		t.Errorf("count %d %v", n, err)
	}
	var got []string
	err = e.Export(ctx, search.Request{Sort: search.SortOldest}, func(a *search.Article) error {
		got = append(got, a.ID)
		return nil
	})
	if err != nil || strings.Join(got, ",") != "a4,a2,a1,a1copy,a3" {
		t.Errorf("export %v %v", got, err)
	}
	stop := errors.New("stop")
	if err := e.Export(ctx, search.Request{}, func(*search.Article) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("export stop: %v", err)
	}
}

// TestBodyPhraseOutranksScatteredTitle: for an unaccented query, an
// article that has the words in order in its body ("phản biện xã hội")
// ranks above one whose short title merely holds some of them apart
// ("Xã … Ngày hội Biên phòng").
func TestBodyPhraseOutranksScatteredTitle(t *testing.T) {
	filler := " Hội nghị đánh giá kết quả công tác năm qua và đề ra nhiệm vụ năm tới, tập trung tuyên truyền, vận động Nhân dân."
	e := newTestEngine(t, []*search.Article{
		{ID: "scattered", Title: "Xã Đàm Thủy tổ chức Ngày hội Biên phòng toàn dân",
			Body: "Ngày hội có nhiều phần thi văn nghệ, thể thao; các tổ chức chính trị - xã hội tham gia đông đủ." + filler},
		{ID: "phrase", Title: "Đại hội đại biểu MTTQ huyện Gia Lâm lần thứ XXII",
			Body: "Nhiệm kỳ qua, Mặt trận huyện chủ trì 412 cuộc giám sát và 37 hội nghị phản biện xã hội, góp phần xây dựng chính quyền." + filler},
		{ID: "other1", Title: "Hội Nông dân tập huấn kỹ thuật", Body: "Tập huấn cho hội viên nông dân." + filler},
		{ID: "other2", Title: "Trao nhà Đại đoàn kết", Body: "Ủy ban MTTQ xã trao nhà cho hộ nghèo." + filler},
	})
	res, err := e.Search(context.Background(), search.Request{Query: "phan bien xa hoi", Size: 10})
	if err != nil {
		t.Fatal(err)
	}
	got := ids(res.Hits)
	if len(got) == 0 || got[0] != "phrase" {
		t.Fatalf("ranking = %v, want \"phrase\" first", got)
	}
}

// TestMonthFacetAndHistogram asks for the month facet and the histogram,
// which count the same field: both must hold the same counts.
func TestMonthFacetAndHistogram(t *testing.T) {
	e := newTestEngine(t, testArticles())
	res, err := e.Search(context.Background(), search.Request{Facets: []string{search.FacetMonth}, FacetSize: 100, Histogram: true})
	if err != nil {
		t.Fatal(err)
	}
	months := map[string]int{}
	for _, v := range res.Facets[search.FacetMonth] {
		months[v.Value] = v.Count
	}
	if len(months) == 0 || len(months) != len(res.Histogram) {
		t.Fatalf("month facet %v, histogram %v", res.Facets[search.FacetMonth], res.Histogram)
	}
	for _, m := range res.Histogram {
		if months[m.Month] != m.Count {
			t.Errorf("%s: facet %d, histogram %d", m.Month, months[m.Month], m.Count)
		}
	}
}

// TestFacetValuesAfterDelete checks that facet value counts leave out
// deleted articles, which stay in the term dictionaries until a merge.
func TestFacetValuesAfterDelete(t *testing.T) {
	m, err := schema.Mapping()
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.New(t.TempDir(), m)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	const unit = "Ủy ban MTTQ Việt Nam xã Bắc Thủy"
	b := idx.NewBatch()
	var victim string
	for _, a := range testArticles() {
		if err := b.Index(a.ID, schema.Document(a)); err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(a.Units, func(u search.Unit) bool { return u.Name == unit }) {
			victim = a.ID
		}
	}
	if err := idx.Batch(b); err != nil {
		t.Fatal(err)
	}
	if err := idx.Delete(victim); err != nil {
		t.Fatal(err)
	}
	e := New(idx, Options{})
	vals, err := e.FacetValues(context.Background(), search.FacetUnit, "bac", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(vals) != 1 || vals[0].Value != unit || vals[0].Count != 1 {
		t.Errorf("after deleting one of its two articles: %+v, want %q with count 1", vals, unit)
	}
}

// TestDuplicatesOutsidePage checks the copies listed for a hit: every
// live copy outside the page once, in ID order, after deletions and
// updates (deleted and replaced postings in older segments).
func TestDuplicatesOutsidePage(t *testing.T) {
	m, err := schema.Mapping()
	if err != nil {
		t.Fatal(err)
	}
	idx, err := bleve.New(t.TempDir()+"/i", m)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	var copies []*search.Article
	for _, id := range []string{"c5", "c1", "c3", "c0", "c4", "c2"} {
		a := *testArticles()[0]
		a.ID = id
		copies = append(copies, &a)
	}
	for _, a := range append(testArticles()[1:3], copies...) {
		// One segment per article.
		if err := idx.Index(a.ID, schema.Document(a)); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Delete("c3"); err != nil {
		t.Fatal(err)
	}
	if err := idx.Index("c4", schema.Document(copies[4])); err != nil {
		t.Fatal(err)
	}
	e := New(idx, Options{})
	res, err := e.Search(context.Background(), search.Request{Query: "Bắc Thủy", Size: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("hits %v, want the copies folded into one", ids(res.Hits))
	}
	h := res.Hits[0]
	var want []string
	for _, id := range []string{"c0", "c1", "c2", "c4", "c5"} {
		if id != h.ID {
			want = append(want, id)
		}
	}
	// The page's second hit (a copy) comes first, then the others.
	if len(h.Duplicates) != len(want) || !slices.Contains(want, h.Duplicates[0]) {
		t.Fatalf("hit %s duplicates %v, want %v in some order", h.ID, h.Duplicates, want)
	}
	rest := slices.DeleteFunc(slices.Clone(want), func(id string) bool { return id == h.Duplicates[0] })
	if fmt.Sprint(h.Duplicates[1:]) != fmt.Sprint(rest) {
		t.Errorf("copies outside the page %v, want %v (ID order)", h.Duplicates[1:], rest)
	}
}

// TestRoundsBelow checks the pruning limit against float32 rounding: a
// score under roundsBelow(k) has a rank key below k, and the limit is
// tight (the next float64 up may round to k).
func TestRoundsBelow(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 100000 {
		k := float64(float32(rng.ExpFloat64() * 10))
		if i%10 == 0 {
			k = float64(float32(i % 7)) // 0 and small integers
		}
		lim := roundsBelow(k)
		if lim >= k && k > 0 {
			t.Fatalf("key %g: limit %g not below it", k, lim)
		}
		for _, x := range []float64{lim, math.Nextafter(lim, math.Inf(-1)), lim - rng.Float64()*1e-6*k} {
			if x < lim && float64(float32(x)) >= k {
				t.Fatalf("key %g: score %.17g under the limit %.17g rounds to %g", k, x, lim, float32(x))
			}
		}
		if up := math.Nextafter(lim, math.Inf(1)); k > 0 && float64(float32(up)) != k {
			t.Fatalf("key %g: limit %.17g is not tight (%.17g rounds to %g)", k, lim, up, float32(up))
		}
	}
	for _, k := range []float64{math.Inf(1), math.Inf(-1), math.NaN(), 0.1} {
		if lim := roundsBelow(k); !math.IsInf(lim, -1) {
			t.Errorf("roundsBelow(%g) = %g, want -Inf (not a float32 key)", k, lim)
		}
	}
}
