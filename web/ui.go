package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/frontsearch/frontsearch/search"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// ui holds the parsed page templates.
type ui struct {
	pages  map[string]*template.Template
	static http.Handler
}

func newUI() (*ui, error) {
	u := &ui{pages: map[string]*template.Template{}}
	funcs := template.FuncMap{
		"snippet":   func(s string) template.HTML { return template.HTML(s) }, // engine output: escaped text + <mark>
		"dateVN":    dateVN,
		"join":      strings.Join,
		"paras":     paragraphs,
		"add":       func(a, b int) int { return a + b },
		"pathEsc":   url.PathEscape,
		"facetName": facetLabel,
		"safeURL":   safeURL,
	}
	for _, p := range []string{"search.html", "article.html", "error.html"} {
		t, err := template.New(p).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+p)
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", p, err)
		}
		u.pages[p] = t
	}
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	u.static = http.StripPrefix("/static/", http.FileServerFS(sub))
	return u, nil
}

// render executes a page into a buffer, then sends it with an ETag.
func (s *Server) render(c *gin.Context, status int, page string, data any) {
	var buf bytes.Buffer
	if err := s.ui.pages[page].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.Error("render page", "page", page, "err", err)
		c.Data(http.StatusInternalServerError, "text/plain; charset=utf-8", []byte("Lỗi máy chủ khi hiển thị trang."))
		return
	}
	if status == http.StatusOK {
		s.sendCached(c, "text/html; charset=utf-8", buf.Bytes(), "no-cache")
		return
	}
	c.Header("Cache-Control", "no-store")
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// static serves embedded assets only; the request path never reaches the
// operating system's file system.
func (s *Server) static(c *gin.Context) {
	c.Header("Cache-Control", "public, max-age=86400")
	s.ui.static.ServeHTTP(c.Writer, c.Request)
}

// common is what the layout needs.
type common struct {
	Title   string
	Q       string
	Version string
	// HideTop hides the header search box (the search page has its own).
	HideTop bool
}

type errorView struct {
	common
	Status  int
	Heading string
	Message string
}

func (s *Server) page404(c *gin.Context) {
	s.render(c, http.StatusNotFound, "error.html", errorView{
		common:  common{Title: "Không tìm thấy trang", Version: s.opts.Version},
		Status:  404,
		Heading: "Không tìm thấy trang",
		Message: "Địa chỉ này không có trên trang. Hãy kiểm tra lại đường dẫn hoặc tìm kiếm bên dưới.",
	})
}

func (s *Server) pageError(c *gin.Context, err error) {
	status, _, _, detail, param := classify(err)
	msg := "Đã có lỗi khi tìm kiếm; lỗi đã được ghi lại. Vui lòng thử lại sau."
	switch status {
	case http.StatusBadRequest:
		msg = "Tham số " + param + " không hợp lệ: " + detail
	case http.StatusNotFound:
		msg = "Không có bài viết với mã này. Có thể bài đã bị gỡ khỏi chỉ mục."
	case http.StatusServiceUnavailable:
		msg = "Tìm kiếm mất quá nhiều thời gian. Hãy thu hẹp truy vấn (thêm khoảng ngày hoặc bộ lọc) rồi thử lại."
		c.Header("Retry-After", "1")
	}
	if status == 499 {
		status = http.StatusServiceUnavailable
	}
	if status >= 500 && status != http.StatusServiceUnavailable {
		s.log.Error("page failed", "path", c.Request.URL.Path, "err", err)
	}
	s.render(c, status, "error.html", errorView{
		common:  common{Title: "Lỗi", Q: c.Query("q"), Version: s.opts.Version},
		Status:  status,
		Heading: http.StatusText(status),
		Message: msg,
	})
}

// facetLabels are the Vietnamese names of facets in the sidebar.
var facetLabels = map[string]string{
	search.FacetUnit:     "Đơn vị",
	search.FacetOrg:      "Tổ chức",
	search.FacetLevel:    "Cấp",
	search.FacetProvince: "Tỉnh/thành",
	search.FacetDistrict: "Quận/huyện",
	search.FacetCommune:  "Xã/phường",
	search.FacetPlace:    "Địa danh",
	search.FacetPerson:   "Người",
	search.FacetTopic:    "Chủ đề",
	search.FacetDoc:      "Văn bản",
	search.FacetSite:     "Trang nguồn",
	search.FacetYear:     "Năm",
	search.FacetMonth:    "Tháng",
}

func facetLabel(f string) string {
	if l, ok := facetLabels[f]; ok {
		return l
	}
	return f
}

// dateVN shows YYYY-MM-DD (or RFC 3339) as dd/mm/yyyy.
func dateVN(d string) string {
	if len(d) >= 10 {
		if t, err := time.Parse("2006-01-02", d[:10]); err == nil {
			return t.Format("02/01/2006")
		}
	}
	return d
}

func paragraphs(body string) []string {
	var out []string
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// safeURL returns u if it is an absolute http(s) URL, else "".
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return u
}

// state is the search state of a page, all of it in the URL.
type state struct {
	v url.Values
}

// link returns "/?…" for the state with changes applied.
func (st state) link(change func(url.Values)) string {
	v := url.Values{}
	for k, vs := range st.v {
		v[k] = slices.Clone(vs)
	}
	if change != nil {
		change(v)
	}
	for k, vs := range v {
		if len(vs) == 0 || (len(vs) == 1 && vs[0] == "") {
			delete(v, k)
		}
	}
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

// stateOf keeps the parameters that define a search (not page/cursor).
func stateOf(q url.Values) state {
	v := url.Values{}
	for _, k := range append([]string{"q", "from", "to", "sort", "size"}, filterParams...) {
		for _, x := range q[k] {
			if x = strings.TrimSpace(x); x != "" {
				v.Add(k, x)
			}
		}
	}
	return state{v: v}
}
