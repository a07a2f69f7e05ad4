<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ban Dân vận, Mặt trận Tổ quốc và các đoàn thể chính trị huyện, trao đổi, thống nhất một số nhiệm vụ đầu năm 2021 &gt; Cổng thông tin điện tử huyện Long Mỹ</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "author": {
    "@type": "Person",
    "name": "Mỹ Nhiên"
  },
  "datePublished": "2021-02-25",
  "headline": "Ban Dân vận, Mặt trận Tổ quốc và các đoàn thể chính trị huyện, trao đổi, thống nhất một số nhiệm vụ đầu năm 2021",
  "image": [
    "https://longmy.haugiang.gov.vn/Portals/0/637498687483048325446.png"
  ],
  "mainEntityOfPage": {
    "@id": "https://longmy.haugiang.gov.vn/tin-tuc/ban-dan-van-mttq-cac-doan-the-trao-doi-nhiem-vu-dau-nam-2021.aspx",
    "@type": "WebPage"
  },
  "publisher": {
    "@type": "Organization",
    "name": "Cổng thông tin điện tử huyện Long Mỹ"
  }
}
</script>
<style>
body{margin:0;font:14px/1.5 Arial,Helvetica,sans-serif;color:#222;background:#f3f3f3}
a{color:#0b4c8c;text-decoration:none}a:hover{text-decoration:underline}
.clear{clear:both}.hidden{display:none}
.header:nth-child(1){margin:0 0 4px;font-size:10px;border-bottom:1px solid #010;color:#1a3d6d}
.header:nth-child(2){padding:8px 8px;line-height:14px;color:#1a3d6d}
.header:nth-child(3){margin:0 0 6px;font-size:12px;border-bottom:1px solid #012;color:#1a3d6d}
.banner:nth-child(1){padding:14px 8px;line-height:20px;color:#1a3d6d}
.banner:nth-child(2){margin:0 0 12px;font-size:18px;border-bottom:1px solid #004;color:#1a3d6d}
.banner:nth-child(3){padding:16px 8px;line-height:22px;color:#1a3d6d}
.menu li:nth-child(1){margin:0 0 18px;font-size:4px;border-bottom:1px solid #00a;color:#1a3d6d}
.menu li:nth-child(2){padding:22px 8px;line-height:8px;color:#1a3d6d}
.menu li:nth-child(3){margin:0 0 20px;font-size:6px;border-bottom:1px solid #00c;color:#1a3d6d}
.menu li a:nth-child(1){padding:8px 8px;line-height:14px;color:#1a3d6d}
.menu li a:nth-child(2){margin:0 0 6px;font-size:12px;border-bottom:1px solid #012;color:#1a3d6d}
.menu li a:nth-child(3){padding:10px 8px;line-height:16px;color:#1a3d6d}
.submenu:nth-child(1){margin:0 0 12px;font-size:18px;border-bottom:1px solid #004;color:#1a3d6d}
.submenu:nth-child(2){padding:16px 8px;line-height:22px;color:#1a3d6d}
.submenu:nth-child(3){margin:0 0 14px;font-size:20px;border-bottom:1px solid #006;color:#1a3d6d}
.submenu li a:nth-child(1){padding:22px 8px;line-height:8px;color:#1a3d6d}
.submenu li a:nth-child(2){margin:0 0 20px;font-size:6px;border-bottom:1px solid #00c;color:#1a3d6d}
.submenu li a:nth-child(3){padding:4px 8px;line-height:10px;color:#1a3d6d}
.box-title:nth-child(1){margin:0 0 6px;font-size:12px;border-bottom:1px solid #012;color:#1a3d6d}
.box-title:nth-child(2){padding:10px 8px;line-height:16px;color:#1a3d6d}
.box-title:nth-child(3){margin:0 0 8px;font-size:14px;border-bottom:1px solid #014;color:#1a3d6d}
.left-col:nth-child(1){padding:16px 8px;line-height:22px;color:#1a3d6d}
.left-col:nth-child(2){margin:0 0 14px;font-size:20px;border-bottom:1px solid #006;color:#1a3d6d}
.left-col:nth-child(3){padding:18px 8px;line-height:4px;color:#1a3d6d}
.right-col:nth-child(1){margin:0 0 20px;font-size:6px;border-bottom:1px solid #00c;color:#1a3d6d}
.right-col:nth-child(2){padding:4px 8px;line-height:10px;color:#1a3d6d}
.right-col:nth-child(3){margin:0 0 22px;font-size:8px;border-bottom:1px solid #00e;color:#1a3d6d}
.footer:nth-child(1){padding:10px 8px;line-height:16px;color:#1a3d6d}
.footer:nth-child(2){margin:0 0 8px;font-size:14px;border-bottom:1px solid #014;color:#1a3d6d}
.footer:nth-child(3){padding:12px 8px;line-height:18px;color:#1a3d6d}
.footer-inner p:nth-child(1){margin:0 0 14px;font-size:20px;border-bottom:1px solid #006;color:#1a3d6d}
.footer-inner p:nth-child(2){padding:18px 8px;line-height:4px;color:#1a3d6d}
.footer-inner p:nth-child(3){margin:0 0 16px;font-size:22px;border-bottom:1px solid #008;color:#1a3d6d}
.news-title:nth-child(1){padding:4px 8px;line-height:10px;color:#1a3d6d}
.news-title:nth-child(2){margin:0 0 22px;font-size:8px;border-bottom:1px solid #00e;color:#1a3d6d}
.news-title:nth-child(3){padding:6px 8px;line-height:12px;color:#1a3d6d}
.news-date:nth-child(1){margin:0 0 8px;font-size:14px;border-bottom:1px solid #014;color:#1a3d6d}
.news-date:nth-child(2){padding:12px 8px;line-height:18px;color:#1a3d6d}
.news-date:nth-child(3){margin:0 0 10px;font-size:16px;border-bottom:1px solid #016;color:#1a3d6d}
.share-tools a:nth-child(1){padding:18px 8px;line-height:4px;color:#1a3d6d}
.share-tools a:nth-child(2){margin:0 0 16px;font-size:22px;border-bottom:1px solid #008;color:#1a3d6d}
.share-tools a:nth-child(3){padding:20px 8px;line-height:6px;color:#1a3d6d}
.other-news li:nth-child(1){margin:0 0 22px;font-size:8px;border-bottom:1px solid #00e;color:#1a3d6d}
.other-news li:nth-child(2){padding:6px 8px;line-height:12px;color:#1a3d6d}
.other-news li:nth-child(3){margin:0 0 4px;font-size:10px;border-bottom:1px solid #010;color:#1a3d6d}
.paging a:nth-child(1){padding:12px 8px;line-height:18px;color:#1a3d6d}
.paging a:nth-child(2){margin:0 0 10px;font-size:16px;border-bottom:1px solid #016;color:#1a3d6d}
.paging a:nth-child(3){padding:14px 8px;line-height:20px;color:#1a3d6d}
.teaser h3:nth-child(1){margin:0 0 16px;font-size:22px;border-bottom:1px solid #008;color:#1a3d6d}
.teaser h3:nth-child(2){padding:20px 8px;line-height:6px;color:#1a3d6d}
.teaser h3:nth-child(3){margin:0 0 18px;font-size:4px;border-bottom:1px solid #00a;color:#1a3d6d}
.breadcrumb a:nth-child(1){padding:6px 8px;line-height:12px;color:#1a3d6d}
.breadcrumb a:nth-child(2){margin:0 0 4px;font-size:10px;border-bottom:1px solid #010;color:#1a3d6d}
.breadcrumb a:nth-child(3){padding:8px 8px;line-height:14px;color:#1a3d6d}
.weblinks li:nth-child(1){margin:0 0 10px;font-size:16px;border-bottom:1px solid #016;color:#1a3d6d}
.weblinks li:nth-child(2){padding:14px 8px;line-height:20px;color:#1a3d6d}
.weblinks li:nth-child(3){margin:0 0 12px;font-size:18px;border-bottom:1px solid #004;color:#1a3d6d}
.counter .num:nth-child(1){padding:20px 8px;line-height:6px;color:#1a3d6d}
.counter .num:nth-child(2){margin:0 0 18px;font-size:4px;border-bottom:1px solid #00a;color:#1a3d6d}
.counter .num:nth-child(3){padding:22px 8px;line-height:8px;color:#1a3d6d}
@media (max-width:768px){.left-col,.right-col{display:none}.menu li{display:block;width:100%}}
.Normal p{text-align:justify}.tin-date{color:#888}</style>
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-10174218-1']);_gaq.push(['_trackPageview']);</script>
<script type="text/javascript">
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
</head>
<body id="Body">
<form method="post" action="/tin-tuc/ban-dan-van-mttq-cac-doan-the-trao-doi-nhiem-vu-dau-nam-2021.aspx" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="aBcD3fGhIjKlMnOpQrStUvWxYz0123456789+/dnn==" />
<script src="/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js?cdv=118" type="text/javascript"></script>
<div id="dnn_ContentPane_Top"><div class="top-tools"><a href="#">Tăng/Giảm cỡ chữ:</a> <a href="javascript:void(0)" onclick="zoomIn()">TĂNG+</a> | <a href="javascript:void(0)" onclick="zoomOut()">GIẢM-</a></div><div class="banner"><img src="/Portals/0/Skins/Banner/banner.jpg" alt=""><span class="site-title">Cổng thông tin điện tử huyện Long Mỹ</span></div>
<div id="dnn_dnnNAV_ctldnnNAV" class="mainmenu"><ul class="menu"><li class="item-101"><a href="/trang-chu">Trang chủ</a></li><li class="item-102"><a href="/gioi-thieu">Giới thiệu</a><ul class="submenu" style="display:none"><li><a href="/gioi-thieu/lich-su-mat-tran">Lịch sử Mặt trận</a></li><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu/ban-thuong-truc">Ban Thường trực</a></li><li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li><li><a href="/gioi-thieu/cac-ban-chuyen-mon">Các ban chuyên môn</a></li><li><a href="/gioi-thieu/dieu-le-mttq-viet-nam">Điều lệ MTTQ Việt Nam</a></li><li><a href="/gioi-thieu/luat-mat-tran-to-quoc-viet-nam">Luật Mặt trận Tổ quốc Việt Nam</a></li></ul></li><li class="item-103"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="item-104"><a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a><ul class="submenu" style="display:none"><li><a href="/hoat-dong-mat-tran/giam-sat-va-phan-bien-xa-hoi">Giám sát và phản biện xã hội</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-tuyen-truyen">Công tác tuyên truyền</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-dan-toc-ton-giao">Công tác dân tộc, tôn giáo</a></li><li><a href="/hoat-dong-mat-tran/cuoc-van-dong-lon">Cuộc vận động lớn</a></li><li><a href="/hoat-dong-mat-tran/vi-nguoi-ngheo-an-sinh-xa-hoi">Vì người nghèo - An sinh xã hội</a></li><li><a href="/hoat-dong-mat-tran/doi-ngoai-nhan-dan">Đối ngoại nhân dân</a></li><li><a href="/hoat-dong-mat-tran/hoat-dong-cac-xa-thi-tran">Hoạt động các xã thị trấn</a></li></ul></li><li class="item-105"><a href="/cac-to-chuc-thanh-vien">Các tổ chức thành viên</a><ul class="submenu" style="display:none"><li><a href="/cac-to-chuc-thanh-vien/lien-doan-lao-dong">Liên đoàn Lao động</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nong-dan">Hội Nông dân</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-lien-hiep-phu-nu">Hội Liên hiệp Phụ nữ</a></li><li><a href="/cac-to-chuc-thanh-vien/doan-thanh-nien">Đoàn Thanh niên</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-cuu-chien-binh">Hội Cựu chiến binh</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-chu-thap-do">Hội Chữ thập đỏ</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nguoi-cao-tuoi">Hội Người cao tuổi</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-khuyen-hoc">Hội Khuyến học</a></li></ul></li><li class="item-106"><a href="/van-ban">Văn bản</a><ul class="submenu" style="display:none"><li><a href="/van-ban/van-ban-trung-uong">Văn bản Trung ương</a></li><li><a href="/van-ban/van-ban-cua-tinh">Văn bản của tỉnh</a></li><li><a href="/van-ban/van-ban-huong-dan">Văn bản hướng dẫn</a></li><li><a href="/van-ban/tai-lieu-tuyen-truyen">Tài liệu tuyên truyền</a></li><li><a href="/van-ban/bieu-mau">Biểu mẫu</a></li></ul></li><li class="item-107"><a href="/thu-vien-anh">Thư viện ảnh</a></li><li class="item-108"><a href="/lien-he">Liên hệ</a></li></ul>
</div></div>
<div class="dnn_left"><div id="dnn_ctr421_ModuleContent"><div class="box-header">Tin mới nhất</div><ul><li><a href="https://tanthanh.hamyen.tuyenquang.gov.vn/tin-tuc-su-kien/215-ban-giao-nha-dai-doan-ket-cho-ho-ngheo-thon-khanh-hoa.html">Xã Tân Thành bàn giao nhà Đại đoàn kết cho hộ nghèo thôn Khánh Hòa</a></li><li><a href="https://mttq.bacgiang.gov.vn/2025/02/quan-triet-ket-luan-120-kl-tw/">Mặt trận tỉnh Bắc Giang quán triệt chủ trương sắp xếp, tinh gọn tổ chức bộ máy</a></li><li><a href="https://mattran.dongthap.gov.vn/2015/10/ra-mat-thang-cao-diem-vi-nguoi-ngheo-nam-2015/">Đồng Tháp phát động Tháng cao điểm &#34;Vì người nghèo&#34; năm 2015</a></li><li><a href="https://mattran.hoabinh.gov.vn/tin-co-so/318-xa-tan-thanh-mai-chau-so-ket-cuoc-van-dong.html">Xã Tân Thành (Mai Châu) sơ kết 5 năm thực hiện cuộc vận động &#34;Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh&#34;</a></li><li><a href="http://lamson.chilang.langson.gov.vn/tin-tuc/ngay-hoi-dai-doan-ket-toan-dan-toc-thon-pa-phong-2019.html">Xã Lâm Sơn tưng bừng Ngày hội Đại đoàn kết toàn dân tộc năm 2019</a></li><li><a href="http://mattran.quangtri.gov.vn/tin-hoat-dong/giam-sat-thuc-hien-chinh-sach-ho-tro-nha-o-huong-hoa.html">Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách hỗ trợ nhà ở tại huyện Hướng Hóa</a></li></ul></div></div>
<div id="dnn_ContentPane" class="contentpane"><div class="DnnModule DnnModule-ArticleDetail DnnModule-1389"><a name="1389"></a>
<div id="dnn_ctr1389_ContentPane"><div id="dnn_ctr1389_ModuleContent" class="DNNModuleContent ModArticleDetailC">
<div class="tin-title"><h1 id="dnn_ctr1389_ArticleDetail_lblTitle">Ban Dân vận, Mặt trận Tổ quốc và các đoàn thể chính trị huyện, trao đổi, thống nhất một số nhiệm vụ đầu năm 2021</h1></div>
<div class="tin-info"><span class="icon-eye"></span> <span id="dnn_ctr1389_ArticleDetail_lblViews">112</span> <span class="tin-date" id="dnn_ctr1389_ArticleDetail_lblDate">25/02/2021</span></div>
<div class="Normal" id="dnn_ctr1389_ArticleDetail_divContent">
<p style="text-align: justify;">Chiều ngày 19/02/2021, Ban Dân vận, Mặt trận Tổ quốc (MTTQ) và các đoàn thể huyện, tổ chức cuộc họp trao đổi, thống nhất giải pháp thực hiện các nội dung theo Kết luận của Ban Thường vụ Huyện ủy trong năm 2021. Dự và chủ trì hội nghị có đồng chí Bùi Hồng Cẩn, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, các đồng chí Ban Dân vận; đại diện lãnh đạo MTTQ và các đoàn thể chính trị huyện.</p>
<p style="text-align: center;"><img src="/Portals/0/637498687483048325446.png" alt="Ảnh: Quang cảnh buổi làm việc" style="max-width:100%"></p>
<p class="image-caption" style="text-align: center;">Ảnh: Quang cảnh buổi làm việc</p>
<p style="text-align: justify;">Đồng chí Bùi Hồng Cẩn, thông tin: qua đánh giá của Thường trực Huyện ủy trong năm 2020, Ban Dân vận, MTTQ và các đoàn thể huyện, đã thực hiện tốt vai trò tham mưu Huyện ủy, lãnh đạo, chỉ đạo, điều hành góp phần hoàn thành tốt các nhiệm vụ chính trị của huyện, qua đó gợi ý một số vấn đề cần tập trung thực hiện theo Kết luận của Ban Thường vụ Huyện ủy, về thực hiện mô hình Nghị quyết 04-NQ/HU, trong đó MTTQ các đoàn thể tập trung chỉ đạo điểm đạt chất lượng, hiệu quả; nội dung giám sát công trình, dự án theo Quyết định 217-QĐ/TW, ngày 12/12/2013; sơ kết Quy chế phối hợp giữa MTTQ, các đoàn thể chính trị huyện và các tổ chức thành viên.</p>
<p style="text-align: justify;">Qua ý kiến phát biểu trao đổi, đóng góp và đề xuất các giải pháp để thực hiện của các đại biểu, đồng chí Bùi Hồng Cẩn ghi nhận và đánh giá cao tinh thần trách nhiệm, của Ban Thường trực MTTQ và các đoàn thể chính trị huyện trong thời gian qua, đồng thời thống nhất tập trung thực hiện tốt các nội dung sau: giao cho xã, thị trấn chọn ấp để tập trung thực hiện mô hình nâng cao chất lượng hoạt động của MTTQ và các đoàn thể theo nghị quyết 04-NQ/HU; Hội Nông dân huyện xây dựng kế hoạch liên tịch để thực hiện mô hình, MTTQ và các đoàn thể phối hợp cung cấp thông tin; công tác giám sát theo Quyết định 217- QĐ/TW đối với 03 dự án theo Kết luận của Ban Thường vụ Huyện ủy, MTTQ và các đoàn thể huyện xây dựng kế hoạch cụ thể từng nội dung, tổ chức thực hiện; MTTQ xây dựng kế hoạch, phối hợp với các đoàn thể và các tổ chức thành viên, tổ chức hội nghị sơ kết quy chế phối hợp và ký kết liên tịch thực hiện nhiệm vụ theo quy định. Đề nghị MTTQ và các đoàn thể huyện phối hợp tổ chức thực hiện và báo cáo kết quả về Thường trực Huyện ủy, thông qua Ban Dân vận Huyện ủy.</p>
<p style="text-align: right;"><strong>Mỹ Nhiên</strong></p>
</div>
<div class="comment-box"><h3>Ý kiến bạn đọc</h3><form method="post" action="#"><label>Họ và tên</label><input type="text" name="name"><label>Email</label><input type="text" name="email"><label>Nội dung ý kiến</label><textarea name="content" rows="5"></textarea><input type="submit" value="Gửi ý kiến"></form></div>
</div></div></div></div>
<div class="other-news"><h3 class="title-other">Các tin khác</h3>
<ul>
<li><a href="https://tanthanh.hamyen.tuyenquang.gov.vn/tin-tuc-su-kien/215-ban-giao-nha-dai-doan-ket-cho-ho-ngheo-thon-khanh-hoa.html">Xã Tân Thành bàn giao nhà Đại đoàn kết cho hộ nghèo thôn Khánh Hòa</a> <span class="date">(10/09/2021)</span></li>
<li><a href="https://mttq.bacgiang.gov.vn/2025/02/quan-triet-ket-luan-120-kl-tw/">Mặt trận tỉnh Bắc Giang quán triệt chủ trương sắp xếp, tinh gọn tổ chức bộ máy</a> <span class="date">(12/02/2025)</span></li>
<li><a href="https://mattran.dongthap.gov.vn/2015/10/ra-mat-thang-cao-diem-vi-nguoi-ngheo-nam-2015/">Đồng Tháp phát động Tháng cao điểm &#34;Vì người nghèo&#34; năm 2015</a> <span class="date">(19/10/2015)</span></li>
<li><a href="https://mattran.hoabinh.gov.vn/tin-co-so/318-xa-tan-thanh-mai-chau-so-ket-cuoc-van-dong.html">Xã Tân Thành (Mai Châu) sơ kết 5 năm thực hiện cuộc vận động &#34;Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh&#34;</a> <span class="date">(08/09/2022)</span></li>
<li><a href="http://lamson.chilang.langson.gov.vn/tin-tuc/ngay-hoi-dai-doan-ket-toan-dan-toc-thon-pa-phong-2019.html">Xã Lâm Sơn tưng bừng Ngày hội Đại đoàn kết toàn dân tộc năm 2019</a> <span class="date">(16/11/2019)</span></li>
<li><a href="http://mattran.quangtri.gov.vn/tin-hoat-dong/giam-sat-thuc-hien-chinh-sach-ho-tro-nha-o-huong-hoa.html">Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách hỗ trợ nhà ở tại huyện Hướng Hóa</a> <span class="date">(13/07/2017)</span></li>
</ul></div>
<div class="weblinks"><div class="box-title">Liên kết website</div><ul><li><a href="https://lienket-0.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-0.png" alt="" width="180" height="48">Ủy ban Trung ương MTTQ Việt Nam</a></li><li><a href="https://lienket-1.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-1.png" alt="" width="180" height="48">Báo Đại Đoàn Kết</a></li><li><a href="https://lienket-2.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-2.png" alt="" width="180" height="48">Tạp chí Mặt trận</a></li><li><a href="https://lienket-3.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-3.png" alt="" width="180" height="48">Cổng thông tin điện tử Chính phủ</a></li><li><a href="https://lienket-4.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-4.png" alt="" width="180" height="48">Báo Nhân Dân điện tử</a></li><li><a href="https://lienket-5.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-5.png" alt="" width="180" height="48">Tổng Liên đoàn Lao động Việt Nam</a></li><li><a href="https://lienket-6.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-6.png" alt="" width="180" height="48">Trung ương Hội Nông dân Việt Nam</a></li><li><a href="https://lienket-7.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-7.png" alt="" width="180" height="48">Trung ương Hội LHPN Việt Nam</a></li><li><a href="https://lienket-8.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-8.png" alt="" width="180" height="48">Trung ương Đoàn TNCS Hồ Chí Minh</a></li><li><a href="https://lienket-9.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-9.png" alt="" width="180" height="48">Trung ương Hội Cựu chiến binh Việt Nam</a></li><li><a href="https://lienket-10.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-10.png" alt="" width="180" height="48">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://lienket-11.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-11.png" alt="" width="180" height="48">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a></li></ul></div>
<div class="footer"><div class="footer-inner">
<p><strong>Cổng thông tin điện tử huyện Long Mỹ</strong></p>
<p>Cơ quan chủ quản: Văn phòng HĐND và UBND huyện Long Mỹ</p>
<p>Địa chỉ: Ấp 3, thị trấn Vĩnh Viễn, huyện Long Mỹ, tỉnh Hậu Giang</p>
<p>Điện thoại: 0293 3870 114</p>
<p>Email: mttq@longmy.haugiang.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này</p>
</div></div>
<div class="copyright">Bản quyền © 2021 Cổng thông tin điện tử huyện Long Mỹ</div>
</form>
<script>function zoomIn(){document.body.style.fontSize='16px'}function zoomOut(){document.body.style.fontSize='13px'}</script>
</body>
</html>
