package corpus

import (
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"time"
)

// CMS styles understood by Render.
const (
	StyleSharePoint = "sharepoint"
	StyleDNN        = "dnn"
	StyleJoomla     = "joomla"
	StyleWordPress  = "wordpress"
	StylePortal     = "portal" // home-grown table-layout "Cổng thông tin điện tử"
)

// Styles lists every CMS style, in a fixed order.
var Styles = []string{StyleSharePoint, StyleDNN, StyleJoomla, StyleWordPress, StylePortal}

// Caption styles for Doc.CaptionStyle.
const (
	CaptionFigure = "figcaption" // <figure><img><figcaption>
	CaptionP      = "p"          // <p class="image-caption">
	CaptionEm     = "em"         // <em> under the image in the same <p>
	CaptionTable  = "table"      // a caption row in an image table
)

// Lead styles for Doc.LeadStyle.
const (
	LeadBold  = "bold"  // <p><strong>…</strong></p>
	LeadSapo  = "sapo"  // <div class="sapo">
	LeadPlain = "plain" // an ordinary first paragraph
)

// Site is the portal an article is published on.
type Site struct {
	Host    string // "mattran.langson.gov.vn"
	Name    string // "Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"
	Slogan  string // optional banner line
	Owner   string // "Cơ quan chủ quản: …"
	Address string
	Phone   string
	Email   string
}

// Image is one picture in the article body, placed after paragraph After
// (0 = after the lead / first paragraph, counted over Doc.Body()).
type Image struct {
	Src     string `json:"src"`
	Caption string `json:"caption"`
	After   int    `json:"after"`
}

// Link is a related or listed article.
type Link struct {
	Title string
	URL   string
	Date  time.Time
	Sapo  string
}

// Doc is everything Render needs to produce one article page.
type Doc struct {
	Style        string
	Site         Site
	URL          string
	Category     string
	Title        string
	Published    time.Time
	HasTime      bool // the page shows a time of day
	Lead         string
	LeadStyle    string
	Paragraphs   []string // after the lead
	Images       []Image
	CaptionStyle string
	Author       string
	AuthorRole   string // second byline line; may be empty
	Views        int
	JSONLD       bool // emit a JSON-LD NewsArticle
	OG           bool // emit og:/article: meta
	Canonical    bool // emit <link rel=canonical>
	Related      []Link
	Charset      string // meta charset to declare; "" = utf-8; "-" = none
	FontFamily   string // inline font-family for legacy font encodings
}

// Body returns the article paragraphs in reading order, lead first.
func (d *Doc) Body() []string {
	var out []string
	if d.Lead != "" {
		out = append(out, d.Lead)
	}
	return append(out, d.Paragraphs...)
}

// Chrome strings carried by every style, used by the golden files. They are
// filtered against the body text by the caller.
type pageWriter struct {
	b      strings.Builder
	chrome []string
}

func (w *pageWriter) s(parts ...string) {
	for _, p := range parts {
		w.b.WriteString(p)
	}
}

// text writes escaped text that is page chrome, remembering it.
func (w *pageWriter) c(t string) {
	w.chrome = append(w.chrome, t)
	w.b.WriteString(esc(t))
}

func esc(s string) string { return html.EscapeString(s) }

var weekdays = [...]string{"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}

func vnWeekday(t time.Time) string { return weekdays[t.Weekday()] }

// GoldenDate is the published value the extractor must produce for d.
func (d *Doc) GoldenDate() string {
	if d.HasTime {
		return d.Published.Format("2006-01-02T15:04:05-07:00")
	}
	return d.Published.Format("2006-01-02")
}

// GoldenAuthor is the author value the extractor must produce for d:
// "Name" or "Name - role".
func (d *Doc) GoldenAuthor() string {
	if d.AuthorRole != "" {
		return d.Author + " - " + d.AuthorRole
	}
	return d.Author
}

// Render renders d as a complete HTML page in its CMS style and returns the
// page and the chrome strings it contains (menus, counters, related titles,
// footer lines) that an extractor must keep out of the body.
func Render(d *Doc) (string, []string) {
	w := &pageWriter{}
	w.b.Grow(24 << 10)
	switch d.Style {
	case StyleSharePoint:
		renderSharePoint(w, d)
	case StyleDNN:
		renderDNN(w, d)
	case StyleJoomla:
		renderJoomla(w, d)
	case StyleWordPress:
		renderWordPress(w, d)
	default:
		renderPortal(w, d)
	}
	return w.b.String(), dedupe(w.chrome)
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		s = strings.TrimSpace(s)
		if len([]rune(s)) < 4 || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// ---- shared pieces -------------------------------------------------------

func (w *pageWriter) head(d *Doc, title string, extraCSS string) {
	w.s("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n")
	switch d.Charset {
	case "":
		w.s(`<meta charset="utf-8">`, "\n")
	case "-":
	default:
		w.s(`<meta http-equiv="Content-Type" content="text/html; charset=`, d.Charset, `">`, "\n")
	}
	w.s(`<meta name="viewport" content="width=device-width, initial-scale=1">`, "\n")
	w.s("<title>", esc(title), "</title>\n")
	if d.Canonical && d.URL != "" {
		w.s(`<link rel="canonical" href="`, esc(d.URL), `">`, "\n")
	}
	if d.OG && d.Title != "" {
		w.s(`<meta property="og:type" content="article">`, "\n")
		w.s(`<meta property="og:title" content="`, esc(d.Title), `">`, "\n")
		if d.URL != "" {
			w.s(`<meta property="og:url" content="`, esc(d.URL), `">`, "\n")
		}
		w.s(`<meta property="og:site_name" content="`, esc(d.Site.Name), `">`, "\n")
		if d.Lead != "" {
			w.s(`<meta property="og:description" content="`, esc(trimWords(d.Lead, 40)), `">`, "\n")
		}
		if len(d.Images) > 0 {
			w.s(`<meta property="og:image" content="`, esc(absURL(d, d.Images[0].Src)), `">`, "\n")
		}
		w.s(`<meta property="article:published_time" content="`, metaDate(d), `">`, "\n")
		if d.Category != "" {
			w.s(`<meta property="article:section" content="`, esc(d.Category), `">`, "\n")
		}
	}
	if d.JSONLD && d.Title != "" {
		ld := map[string]any{
			"@context":      "https://schema.org",
			"@type":         "NewsArticle",
			"headline":      d.Title,
			"datePublished": metaDate(d),
			"publisher": map[string]any{
				"@type": "Organization",
				"name":  d.Site.Name,
			},
		}
		if d.URL != "" {
			ld["mainEntityOfPage"] = map[string]any{"@type": "WebPage", "@id": d.URL}
		}
		if d.Author != "" {
			ld["author"] = map[string]any{"@type": "Person", "name": d.Author}
		}
		if len(d.Images) > 0 {
			ld["image"] = []string{absURL(d, d.Images[0].Src)}
		}
		js, _ := json.MarshalIndent(ld, "", "  ")
		w.s(`<script type="application/ld+json">`, "\n", string(js), "\n</script>\n")
	}
	w.s("<style>\n", baseCSS, themeCSS, extraCSS, "</style>\n")
	w.s(`<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-`, fmt.Sprint(10000000+len(d.Site.Host)*7919), `-1']);_gaq.push(['_trackPageview']);</script>`, "\n")
	w.s(inlineJS)
	w.s("</head>\n")
}

const baseCSS = `body{margin:0;font:14px/1.5 Arial,Helvetica,sans-serif;color:#222;background:#f3f3f3}
a{color:#0b4c8c;text-decoration:none}a:hover{text-decoration:underline}
.clear{clear:both}.hidden{display:none}
`

func metaDate(d *Doc) string {
	if d.HasTime {
		return d.Published.Format("2006-01-02T15:04:05-07:00")
	}
	return d.Published.Format("2006-01-02")
}

func absURL(d *Doc, src string) string {
	if strings.HasPrefix(src, "http") {
		return src
	}
	return "https://" + d.Site.Host + "/" + strings.TrimPrefix(src, "/")
}

func trimWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	return strings.Join(f[:n], " ") + "..."
}

func fontAttr(d *Doc) string {
	if d.FontFamily == "" {
		return ""
	}
	return ` style="font-family: ` + d.FontFamily + `;"`
}

// body writes the article text: lead, paragraphs, images, byline.
func (w *pageWriter) body(d *Doc, pOpen string) {
	paras := d.Body()
	imgAt := map[int][]Image{}
	for _, im := range d.Images {
		imgAt[im.After] = append(imgAt[im.After], im)
	}
	for i, p := range paras {
		if i == 0 && d.Lead != "" {
			switch d.LeadStyle {
			case LeadSapo:
				w.s(`<div class="sapo"`, fontAttr(d), `>`, esc(p), "</div>\n")
			case LeadBold:
				w.s(pOpen, "<strong>", esc(p), "</strong></p>\n")
			default:
				w.s(pOpen, esc(p), "</p>\n")
			}
		} else {
			w.s(pOpen, esc(p), "</p>\n")
		}
		for _, im := range imgAt[i] {
			w.image(d, im)
		}
	}
	if d.Author != "" {
		if d.AuthorRole != "" {
			w.s(`<p style="text-align: right;"><strong>`, esc(d.Author), "</strong></p>\n")
			w.s(`<p style="text-align: right;"><em>`, esc(d.AuthorRole), "</em></p>\n")
		} else {
			w.s(`<p style="text-align: right;"><strong>`, esc(d.Author), "</strong></p>\n")
		}
	}
}

func (w *pageWriter) image(d *Doc, im Image) {
	alt := esc(im.Caption)
	src := esc(im.Src)
	switch d.CaptionStyle {
	case CaptionFigure:
		w.s(`<figure class="image" style="text-align:center"><img src="`, src, `" alt="`, alt, `" width="640"><figcaption>`, esc(im.Caption), "</figcaption></figure>\n")
	case CaptionEm:
		w.s(`<p style="text-align: center;"><img src="`, src, `" alt="" style="width:600px;height:auto"><br><em>`, esc(im.Caption), "</em></p>\n")
	case CaptionTable:
		w.s(`<table class="image" align="center" border="0" cellpadding="3" cellspacing="0"><tbody><tr><td><img src="`, src, `" alt="`, alt, `" width="600"></td></tr><tr><td class="image_desc" style="text-align:center"><span style="font-size:12px"><i>`, esc(im.Caption), "</i></span></td></tr></tbody></table>\n")
	default:
		w.s(`<p style="text-align: center;"><img src="`, src, `" alt="`, alt, `" style="max-width:100%"></p>`, "\n", `<p class="image-caption" style="text-align: center;">`, esc(im.Caption), "</p>\n")
	}
}

func (w *pageWriter) related(heading string, links []Link, withDate bool) {
	if len(links) == 0 {
		return
	}
	w.s(`<div class="other-news"><h3 class="title-other">`)
	w.c(heading)
	w.s("</h3>\n<ul>\n")
	for _, l := range links {
		w.s(`<li><a href="`, esc(l.URL), `">`)
		w.c(l.Title)
		w.s("</a>")
		if withDate && !l.Date.IsZero() {
			w.s(` <span class="date">(`, l.Date.Format("02/01/2006"), ")</span>")
		}
		w.s("</li>\n")
	}
	w.s("</ul></div>\n")
}

func (w *pageWriter) commentForm() {
	w.s(`<div class="comment-box"><h3>`)
	w.c("Ý kiến bạn đọc")
	w.s(`</h3><form method="post" action="#"><label>`)
	w.c("Họ và tên")
	w.s(`</label><input type="text" name="name"><label>Email</label><input type="text" name="email"><label>`)
	w.c("Nội dung ý kiến")
	w.s(`</label><textarea name="content" rows="5"></textarea><input type="submit" value="Gửi ý kiến"></form></div>`, "\n")
}

func (w *pageWriter) footer(s Site) {
	w.webLinkBox()
	w.s(`<div class="footer"><div class="footer-inner">`, "\n<p><strong>")
	w.c(s.Name)
	w.s("</strong></p>\n")
	if s.Owner != "" {
		w.s("<p>")
		w.c(s.Owner)
		w.s("</p>\n")
	}
	if s.Address != "" {
		w.s("<p>")
		w.c("Địa chỉ: " + s.Address)
		w.s("</p>\n")
	}
	if s.Phone != "" {
		w.s("<p>")
		w.c("Điện thoại: " + s.Phone)
		w.s("</p>\n")
	}
	if s.Email != "" {
		w.s("<p>Email: ", esc(s.Email), "</p>\n")
	}
	w.s("<p>")
	w.c("Ghi rõ nguồn khi phát hành lại thông tin từ website này")
	w.s("</p>\n</div></div>\n")
}

func (w *pageWriter) shareButtons() {
	w.s(`<div class="share-tools"><span>`)
	w.c("Chia sẻ:")
	w.s(`</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a class="zalo" href="#">Zalo</a> <a href="javascript:window.print()">`)
	w.c("In bài viết")
	w.s(`</a> <a href="mailto:?subject=tin">`)
	w.c("Gửi email")
	w.s("</a></div>\n")
}

func menu(w *pageWriter, items []string) {
	w.s(`<ul class="menu">`)
	for i, it := range items {
		w.s(`<li class="item-`, fmt.Sprint(101+i), `"><a href="/`, slugify(it), `">`)
		w.c(it)
		w.s("</a>")
		if sub := subMenus[it]; len(sub) > 0 {
			w.s(`<ul class="submenu" style="display:none">`)
			for _, si := range sub {
				w.s(`<li><a href="/`, slugify(it), "/", slugify(si), `">`)
				w.c(si)
				w.s("</a></li>")
			}
			w.s("</ul>")
		}
		w.s("</li>")
	}
	w.s("</ul>\n")
}

var mainMenu = []string{"Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Hoạt động Mặt trận", "Các tổ chức thành viên", "Văn bản", "Thư viện ảnh", "Liên hệ"}

func dateLine(d *Doc) string {
	if d.HasTime {
		return d.Published.Format("02/01/2006 15:04")
	}
	return d.Published.Format("02/01/2006")
}

// ---- SharePoint ----------------------------------------------------------

func renderSharePoint(w *pageWriter, d *Doc) {
	w.head(d, d.Title, `.ms-rtestate-field p{margin:0 0 10px;text-align:justify}#s4-ribbonrow{height:35px}`)
	w.s(`<body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">`, "\n")
	w.s(`<form method="post" action="./`, esc(lastPath(d.URL)), `" id="aspnetForm">`, "\n")
	w.s(`<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE1ODQ3MjQxMDcPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgICAQ8WAh4HVmlzaWJsZWhkAgMPZBYCAgcPZBYCAgEPZBYCZg9kFgQCAQ8PFgIeBFRleHQFRVRo4budbmcgdHLhu7FjIFRo4buLIOG7p3kgdHJp4buDbiBraGFpIG5oaeG7h20gduG7pWRkZA==" />`, "\n", `<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAK3z8q1x2Jw1G7bq2oQe8xL" /></div>`, "\n")
	w.s(`<script type="text/javascript">var _fV4UI=true;var L_Menu_BaseUrl="/";var _spPageContextInfo={webServerRelativeUrl:"/",siteClientTag:"0$$15.0.4569.1000"};</script>`, "\n")
	w.s(`<div id="s4-ribbonrow"><div id="globalNavBox"><a href="javascript:;" onclick="return false;" class="ms-skip">`)
	w.c("Skip Ribbon Commands")
	w.s(`</a><a href="#mainContent" class="ms-skip">`)
	w.c("Skip to main content")
	w.s(`</a><span class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">`)
	w.c("Đăng nhập")
	w.s("</a></span></div></div>\n")
	w.s(`<div id="s4-workspace"><div id="s4-bodyContainer"><div class="header-banner"><a href="/"><img src="/Style%20Library/images/banner.png" alt=""></a><h1 class="site-name">`)
	w.c(d.Site.Name)
	w.s("</h1>")
	if d.Site.Slogan != "" {
		w.s(`<marquee class="slogan">`)
		w.c(d.Site.Slogan)
		w.s("</marquee>")
	}
	w.s("</div>\n<div class=\"top-nav\">")
	menu(w, mainMenu)
	w.s(`</div><div class="breadcrumb"><a href="/">`)
	w.c("Trang chủ")
	w.s("</a> &gt; <a href=\"#\">")
	w.c(d.Category)
	w.s("</a></div>\n")
	w.s(`<div class="left-col"><div class="box-title">`)
	w.c("Thông tin cần biết")
	w.s(`</div><ul class="left-links"><li><a href="#">`)
	w.c("Lịch công tác")
	w.s(`</a></li><li><a href="#">`)
	w.c("Hỏi đáp trực tuyến")
	w.s("</a></li></ul></div>\n")
	w.s(`<div id="mainContent" class="s4-ca"><div class="news-detail">`, "\n")
	w.s(`<h2 class="news-title">`, esc(d.Title), "</h2>\n")
	w.s(`<div class="news-date"><span class="ms-metadata">`, esc("Ngày đăng: "+dateLine(d)), `</span> <span class="views">`)
	w.c(fmt.Sprintf("Lượt xem: %d", d.Views))
	w.s("</span></div>\n")
	w.s(`<div class="ms-rtestate-field"`, fontAttr(d), `><div class="ExternalClass8D4B3C2A6E1F4F0B9A8E7C6D5B4A3F2E">`, "\n")
	w.body(d, `<p style="text-align: justify;">`)
	w.s("</div></div>\n")
	w.shareButtons()
	w.related("Tin liên quan", d.Related, true)
	w.s("</div></div>\n")
	w.footer(d.Site)
	w.s(`</div></div></form>`, "\n", `<script type="text/javascript">ExecuteOrDelayUntilScriptLoaded(function(){SP.UI.Notify.showLoadingNotification(false);},"sp.js");</script>`, "\n</body>\n</html>\n")
}

func lastPath(u string) string {
	if i := strings.LastIndex(u, "/"); i >= 0 {
		return u[i+1:]
	}
	return u
}

// ---- DotNetNuke ----------------------------------------------------------

func renderDNN(w *pageWriter, d *Doc) {
	w.head(d, d.Title+" > "+d.Site.Name, `.Normal p{text-align:justify}.tin-date{color:#888}`)
	w.s(`<body id="Body">`, "\n", `<form method="post" action="/`, esc(strings.TrimPrefix(pathOf(d.URL), "/")), `" id="Form" enctype="multipart/form-data">`, "\n")
	w.s(`<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="aBcD3fGhIjKlMnOpQrStUvWxYz0123456789+/dnn==" />`, "\n")
	w.s(`<script src="/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js?cdv=118" type="text/javascript"></script>`, "\n")
	w.s(`<div id="dnn_ContentPane_Top"><div class="top-tools"><a href="#">`)
	w.c("Tăng/Giảm cỡ chữ:")
	w.s(`</a> <a href="javascript:void(0)" onclick="zoomIn()">`)
	w.c("TĂNG+")
	w.s(`</a> | <a href="javascript:void(0)" onclick="zoomOut()">`)
	w.c("GIẢM-")
	w.s(`</a></div><div class="banner"><img src="/Portals/0/Skins/Banner/banner.jpg" alt=""><span class="site-title">`)
	w.c(d.Site.Name)
	w.s("</span></div>\n")
	w.s(`<div id="dnn_dnnNAV_ctldnnNAV" class="mainmenu">`)
	menu(w, mainMenu)
	w.s("</div></div>\n")
	w.s(`<div class="dnn_left"><div id="dnn_ctr421_ModuleContent"><div class="box-header">`)
	w.c("Tin mới nhất")
	w.s("</div><ul>")
	for _, l := range d.Related {
		w.s(`<li><a href="`, esc(l.URL), `">`)
		w.c(l.Title)
		w.s("</a></li>")
	}
	w.s("</ul></div></div>\n")
	w.s(`<div id="dnn_ContentPane" class="contentpane"><div class="DnnModule DnnModule-ArticleDetail DnnModule-1389"><a name="1389"></a>`, "\n")
	w.s(`<div id="dnn_ctr1389_ContentPane"><div id="dnn_ctr1389_ModuleContent" class="DNNModuleContent ModArticleDetailC">`, "\n")
	w.s(`<div class="tin-title"><h1 id="dnn_ctr1389_ArticleDetail_lblTitle">`, esc(d.Title), "</h1></div>\n")
	w.s(`<div class="tin-info"><span class="icon-eye"></span> <span id="dnn_ctr1389_ArticleDetail_lblViews">`)
	w.c(fmt.Sprint(d.Views))
	w.s(`</span> <span class="tin-date" id="dnn_ctr1389_ArticleDetail_lblDate">`, esc(dateLine(d)), "</span></div>\n")
	w.s(`<div class="Normal" id="dnn_ctr1389_ArticleDetail_divContent"`, fontAttr(d), `>`, "\n")
	w.body(d, `<p style="text-align: justify;">`)
	w.s("</div>\n")
	w.commentForm()
	w.s("</div></div></div></div>\n")
	w.related("Các tin khác", d.Related, true)
	w.footer(d.Site)
	w.s(`<div class="copyright">`)
	w.c("Bản quyền © " + fmt.Sprint(d.Published.Year()) + " " + d.Site.Name)
	w.s("</div>\n</form>\n<script>function zoomIn(){document.body.style.fontSize='16px'}function zoomOut(){document.body.style.fontSize='13px'}</script>\n</body>\n</html>\n")
}

func pathOf(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.Index(u, "/"); j >= 0 {
			return u[j:]
		}
		return "/"
	}
	return u
}

// ---- Joomla --------------------------------------------------------------

var viMonths = [...]string{"", "Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"}

func renderJoomla(w *pageWriter, d *Doc) {
	w.head(d, d.Title, `.item-page p{text-align:justify}dl.article-info{font-size:12px;color:#666}`)
	w.s(`<body class="site com_content view-article no-layout no-task itemid-135">`, "\n")
	w.s(`<a class="skip-link" href="#content">`)
	w.c("Skip to main content")
	w.s("</a>\n")
	w.s(`<header class="header"><div class="header-inner"><a class="brand" href="/"><img src="/images/logo.png" alt=""><span class="site-title">`)
	w.c(d.Site.Name)
	w.s("</span></a>")
	if d.Site.Slogan != "" {
		w.s(`<div class="site-description">`)
		w.c(d.Site.Slogan)
		w.s("</div>")
	}
	w.s("</div></header>\n<nav class=\"navigation\">")
	menu(w, mainMenu)
	w.s("</nav>\n")
	w.s(`<div class="moduletable"><ul class="breadcrumb"><li><a href="/" class="pathway">`)
	w.c("Trang chủ")
	w.s(`</a></li><li><a href="#" class="pathway">`)
	w.c(d.Category)
	w.s("</a></li></ul></div>\n")
	w.s(`<main id="content" role="main"><div class="item-page" itemscope itemtype="https://schema.org/Article">`, "\n")
	w.s(`<meta itemprop="inLanguage" content="vi-VN">`, "\n")
	w.s(`<div class="page-header"><h2 itemprop="headline">`, esc(d.Title), "</h2></div>\n")
	w.s(`<dl class="article-info muted"><dt class="article-info-term">`)
	w.c("Chi tiết")
	w.s(`</dt><dd class="category-name">`)
	w.c("Chuyên mục: " + d.Category)
	w.s(`</dd><dd class="published"><time datetime="`, d.Published.Format("2006-01-02T15:04:05-07:00"), `" itemprop="datePublished">`)
	pub := fmt.Sprintf("Được đăng: %s, %02d %s %d", vnWeekday(d.Published), d.Published.Day(), viMonths[d.Published.Month()], d.Published.Year())
	if d.HasTime {
		pub += d.Published.Format(" 15:04")
	}
	w.s(esc(pub), `</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:`, fmt.Sprint(d.Views), `">`)
	w.c(fmt.Sprintf("Lượt xem: %d", d.Views))
	w.s("</dd></dl>\n")
	w.s(`<div class="btn-group pull-right"><a href="#" class="print">`)
	w.c("In")
	w.s(`</a> <a href="#" class="email">Email</a></div>`, "\n")
	w.s(`<div itemprop="articleBody"`, fontAttr(d), `>`, "\n")
	w.body(d, `<p style="text-align: justify;">`)
	w.s("</div>\n")
	w.s(`<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">`)
	w.c("< Trước")
	w.s(`</a></li><li class="next"><a href="#" rel="next">`)
	w.c("Tiếp >")
	w.s("</a></li></ul>\n</div></main>\n")
	w.s(`<aside class="sidebar"><div class="moduletable"><h3>`)
	w.c("Tin liên quan")
	w.s("</h3><ul class=\"relateditems\">")
	for _, l := range d.Related {
		w.s(`<li><a href="`, esc(l.URL), `">`)
		w.c(l.Title)
		w.s("</a></li>")
	}
	w.s("</ul></div><div class=\"moduletable counter\">")
	w.c(fmt.Sprintf("Đang truy cập: %d", 17+d.Views%23))
	w.s("</div></aside>\n")
	w.footer(d.Site)
	w.s(`<script src="/media/jui/js/jquery.min.js?5e5a1e"></script><script>jQuery(function($){$('.hasTooltip').tooltip({"html":true,"container":"body"});});</script>`, "\n</body>\n</html>\n")
}

// ---- WordPress -----------------------------------------------------------

func renderWordPress(w *pageWriter, d *Doc) {
	w.head(d, d.Title+" – "+d.Site.Name, `.entry-content p{text-align:justify}.wp-caption-text{font-style:italic}`)
	w.s(`<link rel="stylesheet" id="wp-block-library-css" href="https://`, esc(d.Site.Host), `/wp-includes/css/dist/block-library/style.min.css?ver=6.1.1" media="all">`, "\n")
	w.s(`<body class="post-template-default single single-post postid-`, fmt.Sprint(1000+d.Views), ` single-format-standard">`, "\n")
	w.s(`<a class="skip-link screen-reader-text" href="#primary">`)
	w.c("Chuyển đến nội dung")
	w.s("</a>\n")
	w.s(`<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">`)
	w.c(d.Site.Name)
	w.s("</a></p></div>\n<nav id=\"site-navigation\" class=\"main-navigation\">")
	menu(w, mainMenu)
	w.s(`<form role="search" class="search-form"><input type="search" placeholder="`, esc("Tìm kiếm …"), `" name="s"></form></nav></header>`, "\n")
	w.s(`<div id="primary" class="content-area"><main id="main" class="site-main">`, "\n")
	w.s(`<article id="post-`, fmt.Sprint(1000+d.Views), `" class="post type-post status-publish format-standard hentry">`, "\n")
	w.s(`<header class="entry-header"><h1 class="entry-title">`, esc(d.Title), "</h1>\n")
	w.s(`<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="`, d.Published.Format("2006-01-02T15:04:05-07:00"), `">`)
	if d.HasTime {
		w.s(esc(d.Published.Format("02/01/2006 - 03:04 PM")))
	} else {
		w.s(esc(d.Published.Format("02/01/2006")))
	}
	w.s(`</time></span> <span class="cat-links"><a href="#" rel="category tag">`)
	w.c(d.Category)
	w.s("</a></span></div></header>\n")
	w.s(`<div class="entry-content"`, fontAttr(d), `>`, "\n")
	w.body(d, "<p>")
	w.s("</div>\n")
	w.s(`<footer class="entry-footer">`)
	w.shareButtons()
	w.s("</footer></article>\n")
	w.s(`<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">`)
	w.c("Bài trước")
	w.s(`</a></div><div class="nav-next"><a href="#" rel="next">`)
	w.c("Bài tiếp theo")
	w.s("</a></div></div></nav>\n")
	w.related("Các tin tức khác", d.Related, false)
	w.s(`<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">`)
	w.c("Để lại một bình luận")
	w.s(`</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">`)
	w.c("Email của bạn sẽ không được hiển thị công khai.")
	w.s(`</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" value="Phản hồi"></form></div></div>`, "\n")
	w.s("</main></div>\n")
	w.s(`<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">`)
	w.c("Bài viết mới")
	w.s("</h2><ul>")
	for _, l := range d.Related {
		w.s(`<li><a href="`, esc(l.URL), `">`)
		w.c(l.Title)
		w.s("</a></li>")
	}
	w.s("</ul></section></aside>\n")
	w.footer(d.Site)
	w.s(`<script src="https://`, esc(d.Site.Host), `/wp-content/themes/mattran/js/navigation.js?ver=1.0"></script>`, "\n</body>\n</html>\n")
}

// ---- home-grown portal ---------------------------------------------------

// VNDateTimeLine renders "Thứ Tư, ngày 24 tháng 6 năm 2020 - 21:00".
func VNDateTimeLine(t time.Time, withTime bool) string {
	s := fmt.Sprintf("%s, ngày %d tháng %d năm %d", vnWeekday(t), t.Day(), int(t.Month()), t.Year())
	if withTime {
		s += t.Format(" - 15:04")
	}
	return s
}

func renderPortal(w *pageWriter, d *Doc) {
	w.head(d, d.Site.Name+" - "+d.Title, `td.content{vertical-align:top;padding:8px}.title_news{font-size:18px;font-weight:bold;color:#a00}`)
	w.s(`<body leftmargin="0" topmargin="0">`, "\n", `<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">`, "\n")
	w.s(`<tr><td colspan="3" class="banner"><img src="/images/banner_top.jpg" width="1000" height="150" alt=""><div class="banner-name">`)
	w.c(d.Site.Name)
	w.s("</div></td></tr>\n")
	if d.Site.Slogan != "" {
		w.s(`<tr><td colspan="3" class="slogan"><marquee scrollamount="3">`)
		w.c(d.Site.Slogan)
		w.s("</marquee></td></tr>\n")
	}
	w.s(`<tr><td colspan="3" class="menu_top">`)
	menu(w, mainMenu)
	w.s("</td></tr>\n<tr>\n<td width=\"200\" class=\"left\">")
	w.s(`<div class="box_left"><div class="title_box">`)
	w.c("Chuyên mục")
	w.s("</div><ul>")
	for _, c := range []string{"Hoạt động các xã thị trấn", "Tin hoạt động", "Công tác tuyên truyền", "Văn bản chỉ đạo"} {
		w.s(`<li><a href="#">`)
		w.c(c)
		w.s("</a></li>")
	}
	w.s("</ul></div><div class=\"box_left counter\">")
	w.c("Lượt truy cập")
	w.s(`: <span class="num">1.`, fmt.Sprintf("%03d.%03d", d.Views%1000, (d.Views*7)%1000), "</span></div></td>\n")
	w.s(`<td width="600" class="content">`, "\n")
	w.s(`<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="path">`)
	w.c("Trang chủ")
	w.s(" » ")
	w.c(d.Category)
	w.s("</td></tr>\n")
	w.s(`<tr><td class="title_news">`, esc(d.Title), "</td></tr>\n")
	w.s(`<tr><td class="date_news">`, esc(VNDateTimeLine(d.Published, d.HasTime)), "</td></tr>\n")
	w.s(`<tr><td class="font_size">`)
	w.c("Cỡ chữ: A+ A-")
	w.s("</td></tr>\n")
	w.s(`<tr><td class="content_news"`, fontAttr(d), `>`, "\n")
	w.body(d, `<p style="text-align:justify">`)
	w.s("</td></tr>\n</table>\n")
	w.s(`<table width="100%" class="other"><tr><td class="title_other">`)
	w.c("Các tin tức khác")
	w.s("</td></tr>\n")
	for _, l := range d.Related {
		w.s(`<tr><td class="item_other">» <a href="`, esc(l.URL), `">`)
		w.c(l.Title)
		w.s("</a>")
		if !l.Date.IsZero() {
			w.s(" (", l.Date.Format("02/01/2006"), ")")
		}
		w.s("</td></tr>\n")
	}
	w.s(`<tr><td class="paging">`)
	w.c(fmt.Sprintf("Tổng số: %d | Trang: 1 trên tổng số %d trang", 400+d.Views%100, (400+d.Views%100+9)/10))
	w.s(` <a href="#">1</a> <a href="#">2</a> <a href="#">3</a></td></tr>`, "\n")
	w.s(`<tr><td class="view_date">`)
	w.c("Xem tin theo ngày:")
	w.s(` <select name="d"><option>Ngày</option></select> / <select name="m"><option>Tháng</option></select> / <select name="y"><option>Năm</option></select> <input type="button" value="Xem"></td></tr></table>`, "\n")
	w.s("</td>\n<td width=\"200\" class=\"right\"><div class=\"box_right\"><div class=\"title_box\">")
	w.c("Liên kết website")
	w.s(`</div><select onchange="window.open(this.value)"><option>`)
	w.c("-- Chọn liên kết --")
	w.s("</option></select></div></td>\n</tr>\n<tr><td colspan=\"3\">")
	w.footer(d.Site)
	w.s("</td></tr>\n</table>\n<script language=\"javascript\">function ShowDate(){var d=new Date();document.getElementById('clock').innerHTML=d.toLocaleString();}</script>\n</body>\n</html>\n")
}

// menuSlugs holds the precomputed slugs of the fixed menu labels (read-only
// after init).
var menuSlugs = func() map[string]string {
	m := map[string]string{}
	for _, it := range mainMenu {
		m[it] = slugifyText(it)
	}
	for _, sub := range subMenus {
		for _, it := range sub {
			m[it] = slugifyText(it)
		}
	}
	return m
}()

// slugify turns a Vietnamese title into an ASCII URL slug.
func slugify(s string) string {
	if v, ok := menuSlugs[s]; ok {
		return v
	}
	return slugifyText(s)
}

func slugifyText(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(Fold(s)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// Slug is the exported form of slugify: ASCII, lowercase, dash-separated.
func Slug(s string) string { return slugify(s) }
