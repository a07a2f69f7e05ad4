//go:build ignore

// mkarchive renders the fixture archive from testdata/articles/*.json:
// every article into its CMS style and encoding under testdata/archive/, the
// non-article pages, the WARC file, and a golden JSON per page under
// testdata/golden/ with what `frontsearch extract` must produce. It also
// writes testdata/archive/MANIFEST.tsv.
//
// Run from the repository root:
//
//	go run testdata/mkarchive.go
//
// The goldens come from the same source data as the pages (never from an
// extractor).
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/frontsearch/frontsearch/indexer/corpus"
)

// article is one testdata/articles/*.json file.
type article struct {
	ID           string         `json:"id"`
	Page         string         `json:"page"`
	Style        string         `json:"style"`
	Encoding     string         `json:"encoding"`
	Site         string         `json:"site"`
	URL          string         `json:"url"`
	Category     string         `json:"category"`
	Title        string         `json:"title"`
	Published    string         `json:"published"`
	Lead         string         `json:"lead"`
	LeadStyle    string         `json:"lead_style"`
	Paragraphs   []string       `json:"paragraphs"`
	Images       []corpus.Image `json:"images"`
	CaptionStyle string         `json:"caption_style"`
	Author       string         `json:"author"`
	AuthorRole   string         `json:"author_role"`
	Views        int            `json:"views"`
	Meta         []string       `json:"meta"`
	ToneStyle    string         `json:"tone_style"`
	Seed         string         `json:"seed"`
	RelatedExtra []string       `json:"related_extra"`
	Republished  []variant      `json:"republished"`
	Notes        string         `json:"notes"`
}

// variant is a republication of the same text on another site.
type variant struct {
	Page      string   `json:"page"`
	Style     string   `json:"style"`
	Site      string   `json:"site"`
	URL       string   `json:"url"`
	Category  string   `json:"category"`
	Published string   `json:"published"`
	Meta      []string `json:"meta"`
}

// golden is what extract must produce for a page.
type golden struct {
	Title          string   `json:"title,omitempty"`
	Published      string   `json:"published,omitempty"`
	Author         string   `json:"author,omitempty"`
	BodyParagraphs []string `json:"body_paragraphs,omitempty"`
	Captions       []string `json:"captions,omitempty"`
	IsArticle      bool     `json:"is_article"`
	URL            string   `json:"url,omitempty"`
	Chrome         []string `json:"chrome"`
}

var sites = map[string]corpus.Site{}

func site(host, name, slogan, owner, addr, phone string) {
	sites[host] = corpus.Site{Host: host, Name: name, Slogan: slogan, Owner: owner, Address: addr, Phone: phone, Email: "mttq@" + host}
}

func init() {
	site("bacthuy.chilang.langson.gov.vn", "Trang thông tin điện tử xã Bắc Thủy", "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ huyện Chi Lăng lần thứ XXIII, nhiệm kỳ 2020 - 2025!", "Cơ quan chủ quản: Ủy ban nhân dân xã Bắc Thủy", "Thôn Bắc Thủy, xã Bắc Thủy, huyện Chi Lăng, tỉnh Lạng Sơn", "0205 3820 144")
	site("mttq.lambinh.tuyenquang.gov.vn", "Ủy ban MTTQ Việt Nam huyện Lâm Bình", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam huyện Lâm Bình", "Thôn Nà Vài, thị trấn Lăng Can, huyện Lâm Bình, tỉnh Tuyên Quang", "0207 3937 266")
	site("duytien.hanam.gov.vn", "Cổng thông tin điện tử thị xã Duy Tiên", "", "Cơ quan chủ quản: UBND thị xã Duy Tiên", "Số 1 đường Lê Công Thanh, phường Hòa Mạc, thị xã Duy Tiên, tỉnh Hà Nam", "0226 3830 285")
	site("longmy.haugiang.gov.vn", "Cổng thông tin điện tử huyện Long Mỹ", "", "Cơ quan chủ quản: Văn phòng HĐND và UBND huyện Long Mỹ", "Ấp 3, thị trấn Vĩnh Viễn, huyện Long Mỹ, tỉnh Hậu Giang", "0293 3870 114")
	site("mattran.gialam.hanoi.gov.vn", "Ủy ban MTTQ Việt Nam huyện Gia Lâm", "", "Cơ quan chủ quản: Ủy ban MTTQ Việt Nam huyện Gia Lâm", "Số 1 Ngô Xuân Quảng, thị trấn Trâu Quỳ, huyện Gia Lâm, thành phố Hà Nội", "024 3827 6418")
	site("mattran.langson.gov.vn", "Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "Đoàn kết - Dân chủ - Đồng thuận - Sáng tạo - Phát triển", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", "Số 2 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn", "0205 3812 356")
	site("mttq.tuyenquang.gov.vn", "Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang", "Đường 17/8, phường Minh Xuân, thành phố Tuyên Quang", "0207 3822 451")
	site("hoinongdan.hanam.gov.vn", "Hội Nông dân tỉnh Hà Nam", "", "Cơ quan chủ quản: Hội Nông dân tỉnh Hà Nam", "Đường Trường Chinh, phường Minh Khai, thành phố Phủ Lý, tỉnh Hà Nam", "0226 3852 617")
	site("lamson.chilang.langson.gov.vn", "Trang thông tin điện tử xã Lâm Sơn", "", "Cơ quan chủ quản: UBND xã Lâm Sơn", "Thôn Pá Phông, xã Lâm Sơn, huyện Chi Lăng, tỉnh Lạng Sơn", "0205 3820 512")
	site("mattran.hoabinh.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Hòa Bình", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hòa Bình", "Đường Trần Hưng Đạo, phường Phương Lâm, thành phố Hòa Bình", "0218 3852 173")
	site("mttq.daklak.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk", "Số 14 Phan Bội Châu, phường Thắng Lợi, thành phố Buôn Ma Thuột", "0262 3852 470")
	site("mattran.laichau.gov.vn", "Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu", "Phường Đông Phong, thành phố Lai Châu", "0213 3876 325")
	site("mttq.hagiang.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Hà Giang", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Giang", "Đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang", "0219 3866 318")
	site("phunu.thanhhoa.gov.vn", "Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa", "", "Cơ quan chủ quản: Hội LHPN tỉnh Thanh Hóa", "Số 18 Hạc Thành, phường Điện Biên, thành phố Thanh Hóa", "0237 3852 460")
	site("tinhdoan.nghean.gov.vn", "Tỉnh Đoàn Nghệ An", "", "Cơ quan chủ quản: Ban Thường vụ Tỉnh Đoàn Nghệ An", "Số 3 Trường Thi, thành phố Vinh, tỉnh Nghệ An", "0238 3844 617")
	site("ldld.binhthuan.gov.vn", "Liên đoàn Lao động tỉnh Bình Thuận", "", "Cơ quan chủ quản: Liên đoàn Lao động tỉnh Bình Thuận", "Số 2 Nguyễn Tất Thành, thành phố Phan Thiết", "0252 3821 645")
	site("mattran.quangtri.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "Số 45 Hùng Vương, thành phố Đông Hà", "0233 3852 338")
	site("mttq.ninhbinh.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Ninh Bình", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Bình", "Đường Lê Hồng Phong, thành phố Ninh Bình", "0229 3871 142")
	site("cuuchienbinh.thainguyen.gov.vn", "Hội Cựu chiến binh tỉnh Thái Nguyên", "", "Cơ quan chủ quản: Hội Cựu chiến binh tỉnh Thái Nguyên", "Số 19 Nha Trang, thành phố Thái Nguyên", "0208 3855 417")
	site("danvan.soctrang.gov.vn", "Ban Dân vận Tỉnh ủy Sóc Trăng", "", "Cơ quan chủ quản: Ban Dân vận Tỉnh ủy Sóc Trăng", "Số 2 Trần Hưng Đạo, phường 2, thành phố Sóc Trăng", "0299 3822 613")
	site("mttq.lamdong.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", "Số 2 Trần Hưng Đạo, thành phố Đà Lạt", "0263 3822 410")
	site("mattran.quangbinh.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Quảng Bình", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình", "Số 6 Quang Trung, thành phố Đồng Hới", "0232 3822 514")
	site("mttq.hatinh.gov.vn", "Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Số 1 Nguyễn Chí Thanh, thành phố Hà Tĩnh", "0239 3855 213")
	site("mattran.thaibinh.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Thái Bình", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Bình", "Số 8 Lê Lợi, thành phố Thái Bình", "0227 3831 527")
	site("mttq.sonla.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Sơn La", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sơn La", "Đường Tô Hiệu, thành phố Sơn La", "0212 3852 612")
	site("mattran.dongthap.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp", "Số 5 Võ Trường Toản, thành phố Cao Lãnh", "0277 3851 428")
	site("mttq.bacgiang.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Bắc Giang", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Giang", "Đường Nguyễn Văn Cừ, thành phố Bắc Giang", "0204 3854 291")
	site("mattran.kontum.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Kon Tum", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum", "Số 99 Trần Hưng Đạo, thành phố Kon Tum", "0260 3862 430")
	site("tanthanh.hamyen.tuyenquang.gov.vn", "Trang thông tin điện tử xã Tân Thành", "", "Cơ quan chủ quản: UBND xã Tân Thành", "Thôn Khánh Hòa, xã Tân Thành, huyện Hàm Yên, tỉnh Tuyên Quang", "0207 3880 215")
	site("mttq.dienbien.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Điện Biên", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Điện Biên", "Phường Mường Thanh, thành phố Điện Biên Phủ", "0215 3825 147")
	site("mattran.caobang.gov.vn", "Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", "Số 1 Hoàng Đình Giong, thành phố Cao Bằng", "0206 3852 340")
	site("mttq.yenbai.gov.vn", "Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Yên Bái", "Đường Điện Biên, phường Đồng Tâm, thành phố Yên Bái", "0216 3852 219")
	site("mattran.quangnam.gov.vn", "Ủy ban MTTQ Việt Nam tỉnh Quảng Nam", "", "Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam", "Số 2 Trần Phú, thành phố Tam Kỳ", "0235 3852 116")
	site("baolangson.vn", "Báo Lạng Sơn điện tử", "", "Cơ quan chủ quản: Tỉnh ủy Lạng Sơn", "Số 2 đường Tam Thanh, thành phố Lạng Sơn", "0205 3870 268")
}

var (
	root      = "testdata"
	archive   = filepath.Join(root, "archive")
	goldenDir = filepath.Join(root, "golden")
	manifest  [][]string
	allArts   []*article
)

func main() {
	files, err := filepath.Glob(filepath.Join(root, "articles", "*.json"))
	if err != nil || len(files) == 0 {
		log.Fatalf("no articles under %s/articles (run from the repo root): %v", root, err)
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		var a article
		if err := json.Unmarshal(b, &a); err != nil {
			log.Fatalf("%s: %v", f, err)
		}
		allArts = append(allArts, &a)
	}
	os.RemoveAll(goldenDir)
	for _, sub := range mustDirs(archive) {
		os.RemoveAll(sub)
	}
	var warcArts []*article
	for i, a := range allArts {
		if strings.Contains(a.Page, ".warc.gz#") {
			warcArts = append(warcArts, a)
			continue
		}
		writeArticle(a, i, nil)
		for _, v := range a.Republished {
			writeArticle(a, i, &v)
		}
	}
	writeWARC(warcArts)
	writeOthers()
	writeManifest()
	fmt.Printf("wrote %d manifest rows\n", len(manifest))
}

func mustDirs(dir string) []string {
	ents, _ := os.ReadDir(dir)
	var out []string
	for _, e := range ents {
		if e.IsDir() {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

func parseDate(s string) (time.Time, bool) {
	loc := time.FixedZone("+07", 7*3600)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(loc), true
	}
	t, err := time.ParseInLocation("2006-01-02", s, loc)
	if err != nil {
		log.Fatalf("bad date %q", s)
	}
	return t, false
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// related picks other articles' titles as the "other news" list.
func related(a *article, idx int) []corpus.Link {
	var out []corpus.Link
	for _, t := range a.RelatedExtra {
		out = append(out, corpus.Link{Title: t, URL: "/tin-tuc/" + corpus.Slug(t) + ".html"})
	}
	for k := 1; len(out) < 6 && k < len(allArts); k++ {
		o := allArts[(idx+k*7)%len(allArts)]
		if o == a || o.Title == a.Title {
			continue
		}
		t, _ := parseDate(o.Published)
		out = append(out, corpus.Link{Title: o.Title, URL: o.URL, Date: t})
	}
	return out
}

func docFor(a *article, idx int, v *variant) *corpus.Doc {
	pub, hasTime := parseDate(a.Published)
	d := &corpus.Doc{
		Style: a.Style, URL: a.URL, Category: a.Category, Title: a.Title,
		Published: pub, HasTime: hasTime, Lead: a.Lead, LeadStyle: a.LeadStyle,
		Paragraphs: a.Paragraphs, Images: a.Images, CaptionStyle: a.CaptionStyle,
		Author: a.Author, AuthorRole: a.AuthorRole, Views: a.Views,
		JSONLD: has(a.Meta, "jsonld"), OG: has(a.Meta, "og"), Canonical: has(a.Meta, "canonical"),
		Related: related(a, idx),
	}
	host := a.Site
	if v != nil {
		d.Style, d.URL, d.Category = v.Style, v.URL, v.Category
		d.Published, d.HasTime = parseDate(v.Published)
		d.JSONLD, d.OG, d.Canonical = has(v.Meta, "jsonld"), has(v.Meta, "og"), has(v.Meta, "canonical")
		host = v.Site
		d.Related = related(a, idx+3)
	}
	s, ok := sites[host]
	if !ok {
		log.Fatalf("%s: unknown site %q", a.ID, host)
	}
	d.Site = s
	return d
}

// declaredURL is the URL a page states (canonical, og:url, JSON-LD), or "".
func declaredURL(d *corpus.Doc) string {
	if d.Canonical || d.OG || d.JSONLD {
		return d.URL
	}
	return ""
}

func goldenFor(a *article, d *corpus.Doc, chrome []string) golden {
	g := golden{
		Title:          norm.NFC.String(a.Title),
		Published:      d.GoldenDate(),
		Author:         d.GoldenAuthor(),
		BodyParagraphs: d.Body(),
		IsArticle:      true,
		URL:            declaredURL(d),
	}
	for _, im := range a.Images {
		g.Captions = append(g.Captions, im.Caption)
	}
	g.Chrome = filterChrome(chrome, g)
	return g
}

// filterChrome keeps the chrome strings that occur nowhere in the article's
// own text, so "no chrome string in the body" is a fair test.
func filterChrome(chrome []string, g golden) []string {
	text := strings.Join(append(append([]string{g.Title, g.Author}, g.BodyParagraphs...), g.Captions...), "\n")
	out := []string{}
	for _, c := range chrome {
		c = norm.NFC.String(c)
		if strings.Contains(text, c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

var zw = regexp.MustCompile(` `)

// dirty returns a copy of d with Ð (U+00D0) for Đ and zero-width spaces
// sprinkled into its text, as some CMS editors produced.
func dirty(d *corpus.Doc) *corpus.Doc {
	c := *d
	f := func(s string) string {
		s = strings.ReplaceAll(s, "Đ", "Ð")
		n := 0
		return zw.ReplaceAllStringFunc(s, func(m string) string {
			n++
			if n%5 == 0 {
				return "\u200b "
			}
			if n%7 == 0 {
				return " \u200b"
			}
			return m
		})
	}
	c.Title = f(c.Title)
	c.Lead = f(c.Lead)
	c.Author = f(c.Author)
	c.Paragraphs = nil
	for _, p := range d.Paragraphs {
		c.Paragraphs = append(c.Paragraphs, f(p))
	}
	c.Images = nil
	for _, im := range d.Images {
		im.Caption = f(im.Caption)
		c.Images = append(c.Images, im)
	}
	return &c
}

func writeArticle(a *article, idx int, v *variant) {
	d := docFor(a, idx, v)
	page := a.Page
	if v != nil {
		page = v.Page
	}
	enc := a.Encoding
	if v != nil {
		enc = "utf-8"
	}
	rd := d
	switch enc {
	case "windows-1258":
		rd.Charset = "windows-1258"
	case "tcvn3":
		rd.Charset = "iso-8859-1"
		rd.FontFamily = ".VnTime"
	case "vni":
		rd.Charset = "windows-1252"
		rd.FontFamily = "'VNI-Times'"
	case "utf-8-bom":
		rd.Charset = "-"
	case "utf-8-dirty":
		rd = dirty(d)
	}
	html, chrome := corpus.Render(rd)
	var body []byte
	switch enc {
	case "windows-1258":
		b, err := corpus.EncodeWindows1258(html)
		if err != nil {
			log.Fatalf("%s: %v", a.ID, err)
		}
		body = b
	case "tcvn3":
		body = corpus.EncodeTCVN3HTML(html)
	case "vni":
		body = corpus.EncodeVNIHTML(html)
	case "utf-8-nfd":
		body = []byte(norm.NFD.String(html))
	case "utf-8-bom":
		body = append([]byte("\xEF\xBB\xBF"), html...)
	default:
		body = []byte(html)
	}
	if strings.HasSuffix(page, ".gz") {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(body)
		zw.Close()
		body = buf.Bytes()
		enc += "+gzip"
	}
	write(filepath.Join(archive, page), body)
	g := goldenFor(a, d, chrome)
	writeGolden(page, g)
	kind := "article"
	what := a.Notes
	if v != nil {
		kind = "article (republished)"
		what = "near-duplicate of " + a.Page + " on another site"
	}
	manifest = append(manifest, []string{page, d.Style, enc, kind, what})
}

func write(path string, b []byte) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		log.Fatal(err)
	}
}

func writeGolden(page string, g golden) {
	b, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	write(filepath.Join(goldenDir, page+".json"), append(b, '\n'))
}

// writeWARC puts the articles whose page is "x.warc.gz#n" into x.warc.gz,
// in record order n, each with the HTTP charset only (no meta charset for
// the windows-1258 one), plus a listing page record at the end when named.
func writeWARC(arts []*article) {
	byFile := map[string][]*article{}
	for _, a := range arts {
		f, _, _ := strings.Cut(a.Page, "#")
		byFile[f] = append(byFile[f], a)
	}
	for f, list := range byFile {
		sort.Slice(list, func(i, j int) bool { return list[i].Page < list[j].Page })
		var buf bytes.Buffer
		ww := corpus.NewWARCWriter(&buf)
		for _, a := range list {
			idx := indexOf(a)
			d := docFor(a, idx, nil)
			ct := "text/html; charset=utf-8"
			var body []byte
			html := ""
			var chrome []string
			switch a.Encoding {
			case "windows-1258":
				d.Charset = "-"
				html, chrome = corpus.Render(d)
				b, err := corpus.EncodeWindows1258(html)
				if err != nil {
					log.Fatal(err)
				}
				body = b
				ct = "text/html; charset=windows-1258"
			default:
				html, chrome = corpus.Render(d)
				body = []byte(html)
			}
			fetched := d.Published.Add(36 * time.Hour)
			if _, err := ww.WriteResponse(a.URL, fetched, ct, body); err != nil {
				log.Fatal(err)
			}
			g := goldenFor(a, d, chrome)
			g.URL = a.URL // the WARC target URI
			writeGolden(a.Page, g)
			manifest = append(manifest, []string{a.Page, d.Style, a.Encoding + " (HTTP charset)", "article (WARC record)", a.Notes})
		}
		write(filepath.Join(archive, f), buf.Bytes())
	}
}

func indexOf(a *article) int {
	for i, x := range allArts {
		if x == a {
			return i
		}
	}
	return 0
}

func teasers(n, from int) []corpus.Link {
	var out []corpus.Link
	for k := 0; k < n && k < len(allArts); k++ {
		a := allArts[(from+k)%len(allArts)]
		t, _ := parseDate(a.Published)
		sapo := a.Lead
		if sapo == "" && len(a.Paragraphs) > 0 {
			sapo = a.Paragraphs[0]
		}
		out = append(out, corpus.Link{Title: a.Title, URL: a.URL, Date: t, Sapo: sapo})
	}
	return out
}

func writeOthers() {
	loc := time.FixedZone("+07", 7*3600)
	pages := []struct {
		path string
		p    corpus.OtherPage
		what string
	}{
		{"mattran.langson.gov.vn/hoat-dong-mat-tran/trang-1.html", corpus.OtherPage{Kind: corpus.KindListing, Style: corpus.StyleDNN, Site: sites["mattran.langson.gov.vn"], URL: "https://mattran.langson.gov.vn/hoat-dong-mat-tran", Category: "Hoạt động Mặt trận", Teasers: teasers(12, 0), Page: 1, Total: 431}, "category listing, 12 teasers with sapo, pagination \"Tổng số: 431 | Trang: 1 trên tổng số 44 trang\""},
		{"mttq.tuyenquang.gov.vn/Pages/tin-tuc.aspx", corpus.OtherPage{Kind: corpus.KindListing, Style: corpus.StyleSharePoint, Site: sites["mttq.tuyenquang.gov.vn"], URL: "https://mttq.tuyenquang.gov.vn/Pages/tin-tuc.aspx", Category: "Tin tức - Sự kiện", Teasers: teasers(10, 13), Page: 1, Total: 1287}, "SharePoint listing, 10 teasers"},
		{"mattran.gialam.hanoi.gov.vn/trang-khong-ton-tai.html", corpus.OtherPage{Kind: corpus.Kind404, Style: corpus.StyleWordPress, Site: sites["mattran.gialam.hanoi.gov.vn"]}, "404 page in Vietnamese"},
		{"mattran.hoabinh.gov.vn/index.html", corpus.OtherPage{Kind: corpus.KindHome, Style: corpus.StyleJoomla, Site: sites["mattran.hoabinh.gov.vn"], URL: "https://mattran.hoabinh.gov.vn/", Teasers: teasers(10, 5)}, "portal home page: featured teasers and link boxes"},
		{"mttq.daklak.gov.vn/tim-kiem.aspx", corpus.OtherPage{Kind: corpus.KindSearch, Style: corpus.StyleDNN, Site: sites["mttq.daklak.gov.vn"], Category: "người có uy tín", Teasers: teasers(8, 20), Total: 57}, "search results page"},
		{"mattran.quangtri.gov.vn/lien-he.html", corpus.OtherPage{Kind: corpus.KindContact, Style: corpus.StylePortal, Site: sites["mattran.quangtri.gov.vn"], URL: "http://mattran.quangtri.gov.vn/lien-he.html"}, "contact page"},
		{"mttq.ninhbinh.gov.vn/thu-vien-anh/ngay-hoi-dai-doan-ket-2023.html", corpus.OtherPage{Kind: corpus.KindGallery, Style: corpus.StyleWordPress, Site: sites["mttq.ninhbinh.gov.vn"], Category: "Ngày hội Đại đoàn kết toàn dân tộc năm 2023", Date: time.Date(2023, 11, 20, 0, 0, 0, 0, loc), Images: []corpus.Image{
			{Src: "/wp-content/uploads/2023/11/ndk-01.jpg", Caption: "Ảnh 1"}, {Src: "/wp-content/uploads/2023/11/ndk-02.jpg", Caption: "Ảnh 2"},
			{Src: "/wp-content/uploads/2023/11/ndk-03.jpg", Caption: "Ảnh 3"}, {Src: "/wp-content/uploads/2023/11/ndk-04.jpg", Caption: "Ảnh 4"},
			{Src: "/wp-content/uploads/2023/11/ndk-05.jpg", Caption: "Ảnh 5"}, {Src: "/wp-content/uploads/2023/11/ndk-06.jpg", Caption: "Ảnh 6"}}}, "photo gallery, almost no text"},
	}
	for _, pg := range pages {
		html, chrome := corpus.RenderOther(&pg.p)
		write(filepath.Join(archive, pg.path), []byte(html))
		writeGolden(pg.path, golden{IsArticle: false, Chrome: chrome})
		manifest = append(manifest, []string{pg.path, pg.p.Style, "utf-8", pg.p.Kind, pg.what})
	}
}

func writeManifest() {
	sort.Slice(manifest, func(i, j int) bool { return manifest[i][0] < manifest[j][0] })
	var b strings.Builder
	b.WriteString("path\tcms_style\tencoding\tkind\texercises\n")
	for _, r := range manifest {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	write(filepath.Join(archive, "MANIFEST.tsv"), []byte(b.String()))
}
