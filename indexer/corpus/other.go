package corpus

import (
	"fmt"
	"time"
)

// Kinds of non-article pages rendered by RenderOther.
const (
	KindListing = "listing"
	Kind404     = "404"
	KindHome    = "home"
	KindSearch  = "search"
	KindContact = "contact"
	KindGallery = "gallery"
)

// OtherPage describes a page that is not an article: a category listing, a
// 404 page, a portal home page, search results, a contact page or a photo
// gallery.
type OtherPage struct {
	Kind     string
	Style    string
	Site     Site
	URL      string
	Category string // listing: the category name; search: the query
	Teasers  []Link // listing, home, search
	Page     int    // listing: current page (1-based)
	Total    int    // listing/search: total number of items
	Images   []Image
	Date     time.Time
}

// RenderOther renders p and returns the page and its chrome strings (here:
// all visible text, since none of it is article text).
func RenderOther(p *OtherPage) (string, []string) {
	w := &pageWriter{}
	d := &Doc{Style: p.Style, Site: p.Site, URL: p.URL, Canonical: p.URL != ""}
	title := p.Site.Name
	switch p.Kind {
	case KindListing:
		title = p.Category + " - " + p.Site.Name
	case Kind404:
		title = "Không tìm thấy trang - " + p.Site.Name
	case KindSearch:
		title = "Kết quả tìm kiếm - " + p.Site.Name
	case KindContact:
		title = "Liên hệ - " + p.Site.Name
	case KindGallery:
		title = "Thư viện ảnh - " + p.Site.Name
	}
	w.head(d, title, ".teaser{overflow:hidden;margin-bottom:12px}.teaser img{float:left;width:160px;margin-right:10px}")
	w.s("<body class=\"", p.Style, " page-", p.Kind, "\">\n")
	switch p.Style {
	case StyleSharePoint:
		w.s(`<div id="s4-ribbonrow"><a href="javascript:;" class="ms-skip">`)
		w.c("Skip Ribbon Commands")
		w.s(`</a><a href="#mainContent" class="ms-skip">`)
		w.c("Skip to main content")
		w.s("</a></div>\n")
	case StyleDNN:
		w.s(`<div class="top-tools">`)
		w.c("Tăng/Giảm cỡ chữ:")
		w.s(` <a href="#">`)
		w.c("TĂNG+")
		w.s(`</a> | <a href="#">`)
		w.c("GIẢM-")
		w.s("</a></div>\n")
	case StyleJoomla, StyleWordPress:
		w.s(`<a class="skip-link" href="#content">`)
		w.c("Skip to main content")
		w.s("</a>\n")
	}
	w.s(`<div class="header"><h1 class="site-name">`)
	w.c(p.Site.Name)
	w.s("</h1>")
	if p.Site.Slogan != "" {
		w.s(`<div class="slogan">`)
		w.c(p.Site.Slogan)
		w.s("</div>")
	}
	w.s("</div>\n<div class=\"nav\">")
	menu(w, mainMenu)
	w.s("</div>\n<div id=\"content\" class=\"main\">\n")
	switch p.Kind {
	case KindListing:
		w.s(`<div class="breadcrumb"><a href="/">`)
		w.c("Trang chủ")
		w.s("</a> » ")
		w.c(p.Category)
		w.s("</div>\n<h2 class=\"cat-title\">")
		w.c(p.Category)
		w.s("</h2>\n")
		w.teasers(p.Teasers)
		pages := (p.Total + 9) / 10
		w.s(`<div class="paging">`)
		w.c(fmt.Sprintf("Tổng số: %d | Trang: %d trên tổng số %d trang", p.Total, p.Page, pages))
		w.s(" ")
		for i := 1; i <= 5 && i <= pages; i++ {
			w.s(fmt.Sprintf(`<a href="?page=%d">%d</a> `, i, i))
		}
		w.s(`<a href="?page=2">`)
		w.c("Trang sau »")
		w.s("</a></div>\n<div class=\"view_date\">")
		w.c("Xem tin theo ngày:")
		w.s(` <input type="text" name="date" placeholder="dd/mm/yyyy"></div>`, "\n")
	case Kind404:
		w.s(`<div class="error-page"><h2>`)
		w.c("Không tìm thấy trang")
		w.s("</h2><p>")
		w.c("Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. Có thể đường dẫn đã thay đổi hoặc bài viết đã được chuyển sang chuyên mục khác.")
		w.s("</p><p>")
		w.c("Mã lỗi: 404")
		w.s(` - <a href="/">`)
		w.c("Quay về trang chủ")
		w.s("</a></p></div>\n")
	case KindHome:
		w.s(`<div class="hot-news"><h2>`)
		w.c("Tin nổi bật")
		w.s("</h2>\n")
		w.teasers(p.Teasers[:min(4, len(p.Teasers))])
		w.s("</div>\n")
		for _, box := range []string{"Hoạt động Mặt trận", "Các tổ chức thành viên", "Văn bản mới"} {
			w.s(`<div class="box-home"><h3>`)
			w.c(box)
			w.s("</h3><ul>")
			for _, l := range p.Teasers[min(4, len(p.Teasers)):] {
				w.s(`<li><a href="`, esc(l.URL), `">`)
				w.c(l.Title)
				w.s("</a></li>")
			}
			w.s("</ul></div>\n")
		}
		w.s(`<div class="poll"><h3>`)
		w.c("Thăm dò ý kiến")
		w.s("</h3><p>")
		w.c("Bạn đánh giá thế nào về giao diện mới của cổng thông tin?")
		w.s("</p></div>\n")
	case KindSearch:
		w.s(`<form class="search"><input name="q" value="`, esc(p.Category), `"><input type="submit" value="Tìm kiếm"></form>`, "\n<p class=\"result-count\">")
		w.c(fmt.Sprintf("Tìm thấy %d kết quả cho từ khóa", p.Total))
		w.s(" <b>", esc(p.Category), "</b></p>\n")
		w.teasers(p.Teasers)
	case KindContact:
		w.s(`<div class="contact"><h2>`)
		w.c("Thông tin liên hệ")
		w.s("</h2><p>")
		w.c(p.Site.Owner)
		w.s("</p><p>")
		w.c("Địa chỉ: " + p.Site.Address)
		w.s("</p><p>")
		w.c("Điện thoại: " + p.Site.Phone)
		w.s("</p><p>Email: ", esc(p.Site.Email), "</p>\n<form><label>")
		w.c("Họ và tên")
		w.s(`</label><input name="name"><label>`)
		w.c("Tiêu đề")
		w.s(`</label><input name="subject"><label>`)
		w.c("Nội dung")
		w.s(`</label><textarea name="body"></textarea><input type="submit" value="Gửi"></form></div>`, "\n")
	case KindGallery:
		w.s(`<h2 class="album-title">`)
		w.c(p.Category)
		w.s("</h2><div class=\"gallery\">\n")
		for _, im := range p.Images {
			w.s(`<div class="photo"><a href="`, esc(im.Src), `" class="fancybox"><img src="`, esc(im.Src), `" alt=""></a><span>`)
			w.c(im.Caption)
			w.s("</span></div>\n")
		}
		w.s("</div>\n")
	}
	w.s("</div>\n")
	w.footer(p.Site)
	w.s("<script>window.dataLayer=window.dataLayer||[];</script>\n</body>\n</html>\n")
	return w.b.String(), dedupe(w.chrome)
}

func (w *pageWriter) teasers(ls []Link) {
	for _, l := range ls {
		w.s(`<div class="teaser"><a href="`, esc(l.URL), `"><img src="/images/thumb/`, slugify(l.Title), `.jpg" alt=""></a><h3><a href="`, esc(l.URL), `">`)
		w.c(l.Title)
		w.s("</a></h3>")
		if !l.Date.IsZero() {
			w.s(`<span class="date">`, l.Date.Format("02/01/2006"), "</span>")
		}
		if l.Sapo != "" {
			w.s("<p>")
			w.c(trimWords(l.Sapo, 35))
			w.s("</p>")
		}
		w.s("</div>\n")
	}
}
