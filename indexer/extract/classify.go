package extract

import (
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/frontsearch/frontsearch/search"
)

var (
	reNotFound = regexp.MustCompile(`(?i)\b404\b|not found|không tìm thấy|không tồn tại|trang bạn (yêu cầu|tìm)|đã bị xóa|đã bị xoá|lỗi truy cập|page (does not|doesn't) exist`)
	reSearch   = regexp.MustCompile(`(?i)kết quả tìm kiếm|search results?|tìm kiếm\s*:`)
	reHomePath = regexp.MustCompile(`(?i)^/?((index|default|home|trang-?chu|trangchu)(\.(html?|php|aspx?))?|pages/(default|home|trangchu)\.aspx|portal/?|vi/?|vn/?)?$`)
)

// mayBeSearchTitle is a cheap necessary condition for reSearch to match a
// lower-cased title: every match holds "earch" or "tìm" literally (their
// letters have no case variants left after strings.ToLower, and (?i) adds
// no others).
func mayBeSearchTitle(titleL string) bool {
	return strings.Contains(titleL, "earch") || strings.Contains(titleL, "tìm")
}

// classify decides whether the page is an article and, if not, why.
func classify(a *search.Article, pm *pageMeta, ex content, meta Meta) (bool, string) {
	words := wordCount(a.Body)
	titleL := strings.ToLower(a.Title + " " + pm.htmlTitle)
	// The cheap conditions go first: the regexps are the costly part.
	if words < 150 && reNotFound.MatchString(titleL) {
		return false, "not found page"
	}
	if words < 80 && reNotFound.MatchString(strings.ToLower(a.Body)) && len(a.Body) < 600 {
		return false, "not found page"
	}
	u, _ := url.Parse(a.URL)
	if u != nil {
		q := strings.ToLower(u.RawQuery + " " + u.Path)
		if (strings.Contains(q, "search") || strings.Contains(q, "timkiem") || strings.Contains(q, "tim-kiem") || strings.Contains(q, "keyword=")) && !pm.ldArticle {
			return false, "search results"
		}
	}
	if !pm.ldArticle && mayBeSearchTitle(titleL) && reSearch.MatchString(titleL) {
		return false, "search results"
	}
	articleSignal := pm.ldArticle || pm.ogType == "article" || pm.published != ""
	isHome := false
	if u != nil && u.Host != "" {
		isHome = reHomePath.MatchString(u.Path) && u.RawQuery == ""
	} else if meta.URL == "" && a.URL == "" {
		base := strings.ToLower(path.Base(strings.ReplaceAll(meta.Source, "\\", "/")))
		isHome = base == "index.html" || base == "index.htm" || base == "default.aspx"
	}
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Title)), "trang chủ") {
		isHome = true
	}
	// Teaser lists: many link paragraphs or linked headings, or a link-dense
	// main block — unless the links only follow long paragraphs of running
	// text (an article with an unmarked list of related links after it).
	listing := (ex.linkParas >= 6 && ex.linkParas*10 >= len(ex.paras)*4) || ex.linkHeads >= 4 || (ex.rootLD > 0.45 && words < 600)
	if listing && ex.longParas >= 2 && ex.interleaved < 3 {
		listing = false
	}
	if isHome && (listing || !articleSignal) {
		return false, "home page"
	}
	if listing && !(pm.ldArticle && words >= 150) {
		return false, "listing page"
	}
	if words < 30 {
		return false, "no main text"
	}
	return true, ""
}
