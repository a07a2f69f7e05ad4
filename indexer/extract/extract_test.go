package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// page wraps body HTML into a portal-like page with chrome around it.
func page(head, body string) string {
	return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">` + head + `</head><body>
<div id="header"><a href="/">Skip to main content</a><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li><li><a href="/tt">Tin tức - Sự kiện</a></li></ul></div>
<div class="wrapper"><div class="left-col"><ul class="category"><li><a href="/a">Hoạt động Mặt trận</a></li><li><a href="/b">Văn bản chỉ đạo</a></li></ul></div>
<div class="main-col">` + body + `
<div class="tinkhac"><h3>Các tin tức khác</h3><ul><li><a href="/x1">Huyện Ngọc Hồi gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2019</a></li><li><a href="/x2">Đại hội đại biểu MTTQ Việt Nam xã Tân Thành lần thứ XXI, nhiệm kỳ 2019 - 2024</a></li></ul></div>
</div></div>
<div class="footer">Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình<br>Điện thoại: 0232 3822 514</div>
</body></html>`
}

const (
	p1 = "Ngày 12/10/2022, Ủy ban MTTQ Việt Nam xã Bắc Thủy, huyện Chi Lăng tổ chức Hội nghị phản biện đề án tiếp tục đổi mới nội dung, phương thức hoạt động của MTTQ, các tổ chức chính trị - xã hội đến năm 2025."
	p2 = "Hội nghị đã đưa ra 8 mục tiêu thực hiện; mỗi năm giao ít nhất một phần việc mới, đột phá; hai nội dung giám sát được Đảng ủy phê duyệt; đến năm 2025 100% MTTQ các tổ chức chính trị - xã hội cấp cơ sở có đầy đủ trang thiết bị."
	p3 = "Sau khi các đại biểu nghe trình bày dự thảo báo cáo, đã có 10 lượt ý kiến phản biện, bổ sung các nội dung trong việc thực hiện đề án, nâng cao chất lượng, hiệu quả công tác vận động các phong trào thi đua yêu nước."
)

func TestExtractPortalArticle(t *testing.T) {
	html := page(`<title>Xã Bắc Thủy tổ chức hội nghị phản biện xã hội - Mặt trận Tổ quốc huyện Chi Lăng</title>`,
		`<div class="news-detail"><h1 class="title">Xã Bắc Thủy tổ chức hội nghị phản biện xã hội</h1>
<div class="date">Thứ Tư, ngày 24 tháng 6 năm 2020 - 21:00</div>
<div class="tools">Cỡ chữ: A+ A- | Lượt xem: 123</div>
<div class="sapo">Hội nghị phản biện đề án đổi mới nội dung, phương thức hoạt động của Mặt trận được tổ chức tại xã Bắc Thủy.</div>
<div class="noidung"><p>`+p1+`</p>
<p style="text-align:center"><img src="/images/xbt.jpg" alt="xbt.jpg"></p>
<p style="text-align:center"><em>Toàn cảnh hội nghị phản biện do MTTQ xã Bắc Thủy tổ chức.</em></p>
<p>`+p2+`</p><p>`+p3+`</p>
<p>Nông Văn Lành</p><p>Phó Chủ tịch Ủy ban MTTQ huyện Lâm Bình</p></div></div>`)
	a := Extract(html, Meta{Source: "a.html", URL: "http://WWW.Example.gov.vn/tin/a.html#top"})
	if !a.IsArticle {
		t.Fatalf("IsArticle = false (%s)", a.Reason)
	}
	check := func(field, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("Title", a.Title, "Xã Bắc Thủy tổ chức hội nghị phản biện xã hội")
	check("Published", a.Published, "2020-06-24T21:00:00+07:00")
	check("Author", a.Author, "Nông Văn Lành - Phó Chủ tịch Ủy ban MTTQ huyện Lâm Bình")
	check("Lead", a.Lead, "Hội nghị phản biện đề án đổi mới nội dung, phương thức hoạt động của Mặt trận được tổ chức tại xã Bắc Thủy.")
	check("Site", a.Site, "example.gov.vn")
	paras := strings.Split(a.Body, "\n\n")
	want := []string{a.Lead, p1, p2, p3}
	if len(paras) != len(want) {
		t.Fatalf("Body has %d paragraphs, want %d:\n%s", len(paras), len(want), a.Body)
	}
	for i := range want {
		check("paragraph", paras[i], want[i])
	}
	if len(a.Captions) != 1 || a.Captions[0] != "Toàn cảnh hội nghị phản biện do MTTQ xã Bắc Thủy tổ chức." {
		t.Errorf("Captions = %q", a.Captions)
	}
	if len(a.Images) == 0 || a.Images[0] != "http://WWW.Example.gov.vn/images/xbt.jpg" {
		t.Errorf("Images = %q", a.Images)
	}
	for _, chrome := range []string{"Cỡ chữ", "Lượt xem", "Các tin tức khác", "Ngọc Hồi", "Trang chủ", "Skip to main", "Cơ quan chủ quản"} {
		if strings.Contains(a.Body, chrome) {
			t.Errorf("chrome %q in body", chrome)
		}
	}
	b := Extract(html, Meta{Source: "b.html", URL: "http://www.example.gov.vn/tin/a.html"})
	if a.ID != b.ID || len(a.ID) != 16 {
		t.Errorf("ID not stable under URL normalisation: %q vs %q", a.ID, b.ID)
	}
}

func TestExtractMetadataFirst(t *testing.T) {
	html := page(`<title>Tiêu đề trình duyệt | Cổng TTĐT</title>
<meta property="og:title" content="Tiêu đề bài viết">
<link rel="canonical" href="https://mttq.example.vn/bai-viet.html">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"Tiêu đề bài viết","datePublished":"2021-02-25T08:30:00","author":{"@type":"Person","name":"Mỹ Nhiên"}}]}</script>`,
		`<article><h1>Tiêu đề bài viết</h1><div class="date">01/01/2019</div><div class="entry-content"><p>`+p1+`</p><p>`+p2+`</p></div></article>`)
	a := Extract(html, Meta{})
	if a.Title != "Tiêu đề bài viết" || a.Published != "2021-02-25T08:30:00+07:00" || a.Author != "Mỹ Nhiên" {
		t.Errorf("got title %q published %q author %q", a.Title, a.Published, a.Author)
	}
	if a.URL != "https://mttq.example.vn/bai-viet.html" || a.Site != "mttq.example.vn" {
		t.Errorf("URL %q site %q", a.URL, a.Site)
	}
}

func TestVisibleDates(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Thứ Tư, ngày 24 tháng 6 năm 2020 - 21:00", "2020-06-24T21:00:00+07:00"},
		{"Cập nhật: 20/04/2022 - 10:19 AM", "2022-04-20T10:19:00+07:00"},
		{"Ngày đăng: 25/02/2021", "2021-02-25"},
	}
	for _, tt := range tests {
		html := page("<title>Tin bài</title>", `<h1>Hội nghị phản biện xã hội ở xã Bắc Thủy</h1><p class="ngay">`+tt.line+`</p><div class="chitiet"><p>`+p1+`</p><p>`+p2+`</p></div>`)
		a := Extract(html, Meta{})
		if a.Published != tt.want {
			t.Errorf("%q: Published = %q, want %q", tt.line, a.Published, tt.want)
		}
		if strings.Contains(a.Body, tt.line) {
			t.Errorf("%q: date line left in body", tt.line)
		}
	}
}

func TestBylines(t *testing.T) {
	tests := []struct {
		tail []string
		want string
	}{
		{[]string{"Thanh Cương"}, "Thanh Cương"},
		{[]string{"Nông Văn Lành", "Phó Chủ tịch Ủy ban MTTQ huyện Lâm Bình"}, "Nông Văn Lành - Phó Chủ tịch Ủy ban MTTQ huyện Lâm Bình"},
		{[]string{"Ủy ban MTTQ huyện Gia Lâm"}, "Ủy ban MTTQ huyện Gia Lâm"},
		{[]string{"Theo baotuyenquang.com.vn"}, "Theo baotuyenquang.com.vn"},
		{[]string{"Bài, ảnh: Hoàng Hồng"}, "Hoàng Hồng"},
		{[]string{"Thanh Cương (MTTQ huyện Chi Lăng)"}, "Thanh Cương (MTTQ huyện Chi Lăng)"},
		{[]string{"K'Thuận"}, "K'Thuận"},
		{[]string{"Hội nghị kết thúc trong không khí đoàn kết, phấn khởi."}, ""},
	}
	for _, tt := range tests {
		paras := append([]string{p1, p2}, tt.tail...)
		rest, by := splitByline(paras)
		if by != tt.want {
			t.Errorf("%q: byline %q, want %q", tt.tail, by, tt.want)
		}
		if tt.want != "" && len(rest) != 2 {
			t.Errorf("%q: byline left in body", tt.tail)
		}
	}
}

func TestNonArticles(t *testing.T) {
	var teasers strings.Builder
	for i := 0; i < 15; i++ {
		teasers.WriteString(`<div class="item"><h3><a href="/tin/` + string(rune('a'+i)) + `">Hội nghị phản biện xã hội về đề án đổi mới phương thức hoạt động số ` + string(rune('A'+i)) + `</a></h3><span>12/10/2022</span></div>`)
	}
	tests := []struct {
		name, html, url, reason string
	}{
		{"404", page("<title>404 - Không tìm thấy trang</title>", `<h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại.</p>`), "http://x.vn/abc", "not found page"},
		{"listing", page("<title>Tin hoạt động</title>", `<div class="list-news">`+teasers.String()+`<div>Tổng số: 431 | Trang: 1 trên tổng số 44 trang</div></div>`), "http://x.vn/tin-hoat-dong", "listing page"},
		{"home", page("<title>Trang chủ</title>", `<div class="list-news">`+teasers.String()+`</div>`), "http://x.vn/", "home page"},
		{"search", page("<title>Kết quả tìm kiếm</title>", `<div class="list-news">`+teasers.String()+`</div>`), "http://x.vn/tim-kiem?q=a", "search results"},
		{"empty", "", "", "no main text"},
		{"binary-ish", "\x00\x01\x02PK\x03\x04", "", "no main text"},
	}
	for _, tt := range tests {
		a := Extract(tt.html, Meta{URL: tt.url})
		if a.IsArticle || a.Reason != tt.reason {
			t.Errorf("%s: IsArticle %v reason %q, want reason %q", tt.name, a.IsArticle, a.Reason, tt.reason)
		}
	}
}

func TestShortArticleIsArticle(t *testing.T) {
	html := page("<title>Tin ngắn</title>", `<h1>Xã Bắc Thủy ra mắt mô hình tự quản</h1><div class="content-detail"><p>`+p1+`</p><p>`+p3+`</p></div>`)
	if a := Extract(html, Meta{}); !a.IsArticle {
		t.Errorf("short article rejected: %s", a.Reason)
	}
}

func TestBoundedOnHostileInput(t *testing.T) {
	deep := strings.Repeat("<div>", 10000) + p1 + strings.Repeat("</div>", 10000)
	a := Extract(deep, Meta{})
	if !utf8.ValidString(a.Body) {
		t.Error("invalid UTF-8 body")
	}
	big := page("<title>x</title>", strings.Repeat("<p>"+p1+"</p>\n", 60000)) // ~17 MB
	a = Extract(big, Meta{})
	if len(a.Body) > maxBody {
		t.Errorf("body %d bytes, cap %d", len(a.Body), maxBody)
	}
	// Tree-size caps: the page is cut after maxTags tags and MaxElements
	// elements.
	many := strings.Repeat("<p>xin chào</p>", 300000)
	doc, _ := parse(many, false)
	if n := countElements(doc); n > min(maxTags, MaxElements)+8 {
		t.Errorf("tree has %d elements, want ≤ %d", n, min(maxTags, MaxElements))
	}
	Extract(many, Meta{})
	bad := "<p>\xff\xfe bad \xc3 bytes " + p1 + "</p>"
	if a = Extract(bad, Meta{}); !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
		t.Error("invalid UTF-8 in output")
	}
}

func TestNormaliseDate(t *testing.T) {
	tests := map[string]string{
		"2020-06-24T21:00:00+07:00": "2020-06-24T21:00:00+07:00",
		"2020-06-24T14:00:00Z":      "2020-06-24T14:00:00Z",
		"2020-06-24 21:00:00":       "2020-06-24T21:00:00+07:00",
		"2020-06-24":                "2020-06-24",
		"24/06/2020":                "2020-06-24",
		"not a date":                "",
	}
	for in, want := range tests {
		if got := normaliseDate(in); got != want {
			t.Errorf("normaliseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRealPages checks layouts the fixtures did not model: two VnExpress
// pages from ../shared/realpages (vn02 has a gold body and authors).
func TestRealPages(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "realpages")
	raw, err := os.ReadFile(filepath.Join(dir, "vn02_vnexpress_suckhoe_fundus.html"))
	if err != nil {
		t.Skipf("realpages not found at %s: %v", dir, err)
	}
	var gold struct {
		V1 struct {
			Authors []string `json:"authors"`
			Body    struct {
				Summary  []string `json:"summary"`
				Sections []struct {
					Paragraphs []string `json:"paragraphs"`
				} `json:"sections"`
			} `json:"body"`
		} `json:"V1"`
	}
	gj, err := os.ReadFile(filepath.Join(dir, "vn02_vnexpress_suckhoe_fundus.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(gj, &gold); err != nil {
		t.Fatal(err)
	}
	a := Extract(string(raw), Meta{Source: "vn02.html", Fetched: time.Date(2025, 10, 23, 0, 0, 0, 0, time.UTC)})
	if !a.IsArticle {
		t.Fatalf("vn02 not an article: %s", a.Reason)
	}
	if len(gold.V1.Authors) > 0 && a.Author != gold.V1.Authors[0] {
		t.Errorf("vn02 author %q, want %q", a.Author, gold.V1.Authors[0])
	}
	if !strings.HasPrefix(a.Published, "2025-10-22") {
		t.Errorf("vn02 published %q, want 2025-10-22…", a.Published)
	}
	if len(gold.V1.Body.Summary) > 0 && a.Lead != gold.V1.Body.Summary[0] {
		t.Errorf("vn02 lead %q, want %q", a.Lead, gold.V1.Body.Summary[0])
	}
	all := a.Body + "\n" + strings.Join(a.Captions, "\n")
	for _, s := range gold.V1.Body.Sections {
		for _, p := range s.Paragraphs {
			if !strings.Contains(all, p) {
				t.Errorf("vn02 paragraph missing: %.80q", p)
			}
		}
	}
	raw1, err := os.ReadFile(filepath.Join(dir, "vn01_vnexpress_kinhdoanh_htmldate.html"))
	if err != nil {
		t.Fatal(err)
	}
	b := Extract(string(raw1), Meta{Source: "vn01.html"})
	if !strings.HasPrefix(b.Published, "2023-11-02") || b.Author != "Anh Minh" || !b.IsArticle {
		t.Errorf("vn01: published %q author %q article %v", b.Published, b.Author, b.IsArticle)
	}
	if b.Title != "Ông Hồ Đức Phớc: Sẽ nâng mức giảm trừ gia cảnh tính thuế cá nhân khi sửa luật" {
		t.Errorf("vn01 title %q", b.Title)
	}
}

// TestDateLineBeforeTitle: a date stamp above the headline wins over a date
// written in the lead.
func TestDateLineBeforeTitle(t *testing.T) {
	html := page("<title>Tin bài</title>", `<div class="ngay">Cập nhật: 03/07/2023 08:15</div><h1>Hội nghị phản biện xã hội ở xã Bắc Thủy</h1><div class="chitiet"><p>`+p1+`</p><p>`+p2+`</p></div>`)
	if a := Extract(html, Meta{}); a.Published != "2023-07-03T08:15:00+07:00" {
		t.Errorf("Published = %q, want 2023-07-03T08:15:00+07:00", a.Published)
	}
}

// TestBoldSapo: an unmarked lead set in bold becomes Lead and stays the
// first paragraph.
func TestBoldSapo(t *testing.T) {
	sapo := "Chiều 23/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình đã phân bổ đợt 2 tiền, hàng cứu trợ cho Nhân dân."
	html := page("<title>Tin bài</title>", `<h1>Mặt trận tỉnh phân bổ hàng cứu trợ</h1><div class="chitiet"><p><strong>`+sapo+`</strong></p><p>`+p1+`</p><p>`+p2+`</p></div>`)
	a := Extract(html, Meta{})
	if a.Lead != sapo || !strings.HasPrefix(a.Body, sapo+"\n\n") {
		t.Errorf("Lead = %q, body starts %.60q", a.Lead, a.Body)
	}
}

// TestArticleWithUnmarkedRelatedLinks: linked headings after a real article
// (no "Tin liên quan" marker) do not make it a listing page.
func TestArticleWithUnmarkedRelatedLinks(t *testing.T) {
	long := p1 + " " + p2
	var rel strings.Builder
	for i := 0; i < 5; i++ {
		rel.WriteString(`<h3><a href="/r` + string(rune('a'+i)) + `">Đại hội đại biểu MTTQ Việt Nam xã Tân Thành lần thứ XXI số ` + string(rune('A'+i)) + `</a></h3>`)
	}
	html := page("<title>Tin bài</title>", `<h1>Hội nghị phản biện xã hội ở xã Bắc Thủy</h1><div><p>`+long+`</p><p>`+long+`</p><p>`+long+`</p><p>`+p3+`</p>`+rel.String()+`</div>`)
	if a := Extract(html, Meta{}); !a.IsArticle {
		t.Errorf("article rejected: %s", a.Reason)
	}
}

// TestBadMetadataDate: an unparsable metadata date falls back to the
// visible date line.
func TestBadMetadataDate(t *testing.T) {
	html := page(`<title>Tin bài</title><meta property="article:published_time" content="không rõ">`, `<h1>Hội nghị phản biện xã hội ở xã Bắc Thủy</h1><p class="ngay">Ngày đăng: 25/02/2021</p><div class="chitiet"><p>`+p1+`</p><p>`+p2+`</p></div>`)
	if a := Extract(html, Meta{}); a.Published != "2021-02-25" {
		t.Errorf("Published = %q, want 2021-02-25", a.Published)
	}
}
