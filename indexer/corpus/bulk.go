package corpus

import (
	"fmt"
	"strings"
)

// Real portal pages are 30–300 KB, most of it chrome: theme CSS, inline
// scripts, mega menus and link boxes. These pieces give the rendered pages a
// realistic weight and realistic boilerplate for extractors to discard.

var themeCSS = func() string {
	var b strings.Builder
	sel := []string{".header", ".banner", ".menu li", ".menu li a", ".submenu", ".submenu li a", ".box-title", ".left-col", ".right-col", ".footer", ".footer-inner p", ".news-title", ".news-date", ".share-tools a", ".other-news li", ".paging a", ".teaser h3", ".breadcrumb a", ".weblinks li", ".counter .num"}
	props := []string{"margin:0 0 %dpx", "padding:%dpx 8px", "font-size:%dpx", "line-height:%dpx", "border-bottom:1px solid #%03x"}
	for i, s := range sel {
		for k := 0; k < 3; k++ {
			fmt.Fprintf(&b, "%s:nth-child(%d){", s, k+1)
			for j, p := range props {
				if (i+j+k)%2 == 0 {
					fmt.Fprintf(&b, p+";", 4+(i*7+j*3+k)%20)
				}
			}
			b.WriteString("color:#1a3d6d}\n")
		}
	}
	b.WriteString("@media (max-width:768px){.left-col,.right-col{display:none}.menu li{display:block;width:100%}}\n")
	return b.String()
}()

const inlineJS = `<script type="text/javascript">
(function(){var d=document,w=window;function $(i){return d.getElementById(i)}
w.fontSize=14;w.zoomText=function(s){w.fontSize=Math.max(11,Math.min(20,w.fontSize+s));var c=d.querySelectorAll('.content, .ms-rtestate-field, .entry-content, .Normal, [itemprop=articleBody]');for(var i=0;i<c.length;i++){c[i].style.fontSize=w.fontSize+'px'}};
w.printArticle=function(){var h=d.querySelector('.content, .entry-content');var p=w.open('','_blank');p.document.write('<html><body>'+(h?h.innerHTML:'')+'</body></html>');p.print();p.close()};
function clock(){var n=new Date(),t=['Chủ nhật','Thứ hai','Thứ ba','Thứ tư','Thứ năm','Thứ sáu','Thứ bảy'];var e=$('clock');if(e){e.innerHTML=t[n.getDay()]+', '+n.getDate()+'/'+(n.getMonth()+1)+'/'+n.getFullYear()}}
clock();setInterval(clock,60000);
var m=d.querySelectorAll('.menu > li');for(var i=0;i<m.length;i++){m[i].onmouseover=function(){var s=this.querySelector('.submenu');if(s)s.style.display='block'};m[i].onmouseout=function(){var s=this.querySelector('.submenu');if(s)s.style.display='none'}}
w.addEventListener('load',function(){var img=d.querySelectorAll('img[data-src]');for(var i=0;i<img.length;i++){img[i].src=img[i].getAttribute('data-src')}});
try{var v=localStorage.getItem('visited')|0;localStorage.setItem('visited',v+1)}catch(e){}
})();
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-MTTQ2019VN"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-MTTQ2019VN');</script>
`

var subMenus = map[string][]string{
	"Giới thiệu":             {"Lịch sử Mặt trận", "Cơ cấu tổ chức", "Ban Thường trực", "Chức năng, nhiệm vụ", "Các ban chuyên môn", "Điều lệ MTTQ Việt Nam", "Luật Mặt trận Tổ quốc Việt Nam"},
	"Hoạt động Mặt trận":     {"Giám sát và phản biện xã hội", "Công tác tuyên truyền", "Công tác dân tộc, tôn giáo", "Cuộc vận động lớn", "Vì người nghèo - An sinh xã hội", "Đối ngoại nhân dân", "Hoạt động các xã thị trấn"},
	"Các tổ chức thành viên": {"Liên đoàn Lao động", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh", "Hội Chữ thập đỏ", "Hội Người cao tuổi", "Hội Khuyến học"},
	"Văn bản":                {"Văn bản Trung ương", "Văn bản của tỉnh", "Văn bản hướng dẫn", "Tài liệu tuyên truyền", "Biểu mẫu"},
}

var webLinks = []string{"Ủy ban Trung ương MTTQ Việt Nam", "Báo Đại Đoàn Kết", "Tạp chí Mặt trận", "Cổng thông tin điện tử Chính phủ", "Báo Nhân Dân điện tử", "Tổng Liên đoàn Lao động Việt Nam", "Trung ương Hội Nông dân Việt Nam", "Trung ương Hội LHPN Việt Nam", "Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Hội Cựu chiến binh Việt Nam", "Cổng Dịch vụ công quốc gia", "Cơ sở dữ liệu quốc gia về văn bản pháp luật"}

func (w *pageWriter) webLinkBox() {
	w.s(`<div class="weblinks"><div class="box-title">`)
	w.c("Liên kết website")
	w.s("</div><ul>")
	for i, l := range webLinks {
		w.s(fmt.Sprintf(`<li><a href="https://lienket-%d.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-%d.png" alt="" width="180" height="48">`, i, i))
		w.c(l)
		w.s("</a></li>")
	}
	w.s("</ul></div>\n")
}
