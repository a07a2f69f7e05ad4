<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ðẩy mạnh chuyển đổi số​ trong hoạt ​động của Mặt​ trận các cấp</title>
<link rel="canonical" href="https://mttq.hatinh.gov.vn/Pages/mat-tran-ha-tinh-day-manh-chuyen-doi-so.aspx">
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "author": {
    "@type": "Person",
    "name": "Ðặng Thị Thanh Tâm"
  },
  "datePublished": "2024-05-16T15:30:00+07:00",
  "headline": "Ðẩy mạnh chuyển đổi số​ trong hoạt ​động của Mặt​ trận các cấp",
  "image": [
    "https://mttq.hatinh.gov.vn/PublishingImages/2024/05/tap-huan-chuyen-doi-so.jpg"
  ],
  "mainEntityOfPage": {
    "@id": "https://mttq.hatinh.gov.vn/Pages/mat-tran-ha-tinh-day-manh-chuyen-doi-so.aspx",
    "@type": "WebPage"
  },
  "publisher": {
    "@type": "Organization",
    "name": "Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"
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
.ms-rtestate-field p{margin:0 0 10px;text-align:justify}#s4-ribbonrow{height:35px}</style>
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-10142542-1']);_gaq.push(['_trackPageview']);</script>
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
<body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form method="post" action="./mat-tran-ha-tinh-day-manh-chuyen-doi-so.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE1ODQ3MjQxMDcPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgICAQ8WAh4HVmlzaWJsZWhkAgMPZBYCAgcPZBYCAgEPZBYCZg9kFgQCAQ8PFgIeBFRleHQFRVRo4budbmcgdHLhu7FjIFRo4buLIOG7p3kgdHJp4buDbiBraGFpIG5oaeG7h20gduG7pWRkZA==" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAK3z8q1x2Jw1G7bq2oQe8xL" /></div>
<script type="text/javascript">var _fV4UI=true;var L_Menu_BaseUrl="/";var _spPageContextInfo={webServerRelativeUrl:"/",siteClientTag:"0$$15.0.4569.1000"};</script>
<div id="s4-ribbonrow"><div id="globalNavBox"><a href="javascript:;" onclick="return false;" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a><span class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></span></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer"><div class="header-banner"><a href="/"><img src="/Style%20Library/images/banner.png" alt=""></a><h1 class="site-name">Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh</h1></div>
<div class="top-nav"><ul class="menu"><li class="item-101"><a href="/trang-chu">Trang chủ</a></li><li class="item-102"><a href="/gioi-thieu">Giới thiệu</a><ul class="submenu" style="display:none"><li><a href="/gioi-thieu/lich-su-mat-tran">Lịch sử Mặt trận</a></li><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu/ban-thuong-truc">Ban Thường trực</a></li><li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li><li><a href="/gioi-thieu/cac-ban-chuyen-mon">Các ban chuyên môn</a></li><li><a href="/gioi-thieu/dieu-le-mttq-viet-nam">Điều lệ MTTQ Việt Nam</a></li><li><a href="/gioi-thieu/luat-mat-tran-to-quoc-viet-nam">Luật Mặt trận Tổ quốc Việt Nam</a></li></ul></li><li class="item-103"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="item-104"><a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a><ul class="submenu" style="display:none"><li><a href="/hoat-dong-mat-tran/giam-sat-va-phan-bien-xa-hoi">Giám sát và phản biện xã hội</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-tuyen-truyen">Công tác tuyên truyền</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-dan-toc-ton-giao">Công tác dân tộc, tôn giáo</a></li><li><a href="/hoat-dong-mat-tran/cuoc-van-dong-lon">Cuộc vận động lớn</a></li><li><a href="/hoat-dong-mat-tran/vi-nguoi-ngheo-an-sinh-xa-hoi">Vì người nghèo - An sinh xã hội</a></li><li><a href="/hoat-dong-mat-tran/doi-ngoai-nhan-dan">Đối ngoại nhân dân</a></li><li><a href="/hoat-dong-mat-tran/hoat-dong-cac-xa-thi-tran">Hoạt động các xã thị trấn</a></li></ul></li><li class="item-105"><a href="/cac-to-chuc-thanh-vien">Các tổ chức thành viên</a><ul class="submenu" style="display:none"><li><a href="/cac-to-chuc-thanh-vien/lien-doan-lao-dong">Liên đoàn Lao động</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nong-dan">Hội Nông dân</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-lien-hiep-phu-nu">Hội Liên hiệp Phụ nữ</a></li><li><a href="/cac-to-chuc-thanh-vien/doan-thanh-nien">Đoàn Thanh niên</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-cuu-chien-binh">Hội Cựu chiến binh</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-chu-thap-do">Hội Chữ thập đỏ</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nguoi-cao-tuoi">Hội Người cao tuổi</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-khuyen-hoc">Hội Khuyến học</a></li></ul></li><li class="item-106"><a href="/van-ban">Văn bản</a><ul class="submenu" style="display:none"><li><a href="/van-ban/van-ban-trung-uong">Văn bản Trung ương</a></li><li><a href="/van-ban/van-ban-cua-tinh">Văn bản của tỉnh</a></li><li><a href="/van-ban/van-ban-huong-dan">Văn bản hướng dẫn</a></li><li><a href="/van-ban/tai-lieu-tuyen-truyen">Tài liệu tuyên truyền</a></li><li><a href="/van-ban/bieu-mau">Biểu mẫu</a></li></ul></li><li class="item-107"><a href="/thu-vien-anh">Thư viện ảnh</a></li><li class="item-108"><a href="/lien-he">Liên hệ</a></li></ul>
</div><div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="#">Tin tức - Sự kiện</a></div>
<div class="left-col"><div class="box-title">Thông tin cần biết</div><ul class="left-links"><li><a href="#">Lịch công tác</a></li><li><a href="#">Hỏi đáp trực tuyến</a></li></ul></div>
<div id="mainContent" class="s4-ca"><div class="news-detail">
<h2 class="news-title">Ðẩy mạnh chuyển đổi số​ trong hoạt ​động của Mặt​ trận các cấp</h2>
<div class="news-date"><span class="ms-metadata">Ngày đăng: 16/05/2024 15:30</span> <span class="views">Lượt xem: 251</span></div>
<div class="ms-rtestate-field"><div class="ExternalClass8D4B3C2A6E1F4F0B9A8E7C6D5B4A3F2E">
<p style="text-align: justify;"><strong>Sáng nay (15/5), Ban Thường​ trực Ủy ​ban MTTQ Việt​ Nam tỉnh Hà Tĩnh ​tổ​ chức hội nghị tập huấn​ chuyển ​đổi số và ứng​ dụng công nghệ ​thông tin​ trong hoạt động của Mặt​ trận cho hơn 250 cán​ bộ Mặt ​trận cấp huyện,​ cấp xã.</strong></p>
<p style="text-align: justify;">Ðồng chí Trần Nhật Tân,​ Ủy viên ​Ban Thường vụ​ Tỉnh ủy, Chủ tịch ​Ủy​ ban MTTQ Việt Nam tỉnh​ cho ​biết, thực hiện Ðề​ án 06 của ​Chính phủ​ về phát triển ứng dụng​ dữ liệu về dân cư,​ định danh ​và xác thực​ điện tử, thời gian ​qua​ Mặt trận các cấp đã​ phối ​hợp với lực lượng​ công an tuyên ​truyền, hỗ​ trợ người dân kích hoạt​ tài khoản định danh điện​ tử VNeID, ​sử dụng dịch​ vụ công trực tuyến. ​Ðến​ nay, 100% Ban Công tác​ Mặt ​trận ở khu dân​ cư đã lập ​nhóm Zalo​ để thông tin, lấy ý​ kiến Nhân dân.</p>
<p style="text-align: center;"><img src="/PublishingImages/2024/05/tap-huan-chuyen-doi-so.jpg" alt="Ðại biểu thực hành cài​ đặt ứng ​dụng VNeID tại​ hội nghị tập huấn" style="max-width:100%"></p>
<p class="image-caption" style="text-align: center;">Ðại biểu thực hành cài​ đặt ứng ​dụng VNeID tại​ hội nghị tập huấn</p>
<p style="text-align: justify;">Tại hội nghị, các học​ viên được ​hướng dẫn sử​ dụng phần mềm quản ​lý​ văn bản, chữ ký số,​ quy ​trình tiếp nhận, tổng​ hợp ý kiến, ​kiến nghị​ của cử tri trên môi​ trường mạng; kỹ năng nhận​ diện, phản ​bác thông tin​ xấu, độc trên mạng ​xã​ hội và cách thức vận​ động ​Nhân dân thanh toán​ không dùng tiền ​mặt.</p>
<p style="text-align: justify;">Ðồng chí Trần Nhật Tân​ đề nghị ​Ủy ban MTTQ​ các cấp coi chuyển ​đổi​ số là nhiệm vụ thường​ xuyên, ​phấn đấu đến cuối​ năm 2024 có ​80% hồ​ sơ, văn bản của Mặt​ trận cấp huyện được xử​ lý trên ​môi trường điện​ tử; các Tổ công ​nghệ​ số cộng đồng phải đến​ từng ​hộ dân, nhất là​ người cao tuổi, ​người yếu​ thế để hướng dẫn cụ​ thể.</p>
<p style="text-align: right;"><strong>Ðặng Thị Thanh Tâm</strong></p>
</div></div>
<div class="share-tools"><span>Chia sẻ:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a class="zalo" href="#">Zalo</a> <a href="javascript:window.print()">In bài viết</a> <a href="mailto:?subject=tin">Gửi email</a></div>
<div class="other-news"><h3 class="title-other">Tin liên quan</h3>
<ul>
<li><a href="https://mttq.lamdong.gov.vn/2021/07/dai-bieu-quoc-hoi-tiep-xuc-cu-tri-duc-trong/">Đại biểu Quốc hội tiếp xúc cử tri huyện Đức Trọng sau bầu cử</a> <span class="date">(09/07/2021)</span></li>
<li><a href="https://mattran.quangnam.gov.vn/tin-tuc/mat-tran-tham-gia-phong-chong-tham-nhung-lang-phi.aspx">Nâng cao vai trò của Mặt trận trong phòng, chống tham nhũng, lãng phí</a> <span class="date">(28/11/2019)</span></li>
<li><a href="http://mttq.lambinh.tuyenquang.gov.vn/tin-hoat-dong/huyen-lam-binh-danh-gia-hoat-dong-ban-cong-tac-mat-tran.html">Huyện Lâm Bình đánh giá hoạt động của Ban Công tác Mặt trận, chi đoàn, chi hội ở khu dân cư và sơ kết thực hiện mô hình tự quản</a> <span class="date">(24/06/2020)</span></li>
<li><a href="http://cuuchienbinh.thainguyen.gov.vn/tin-tuc/hoi-ccb-phu-binh-giup-nhau-phat-trien-kinh-te.htm">Hội Cựu chiến binh huyện Phú Bình giúp nhau phát triển kinh tế</a> <span class="date">(22/05/2015)</span></li>
<li><a href="https://mattran.caobang.gov.vn/Pages/ngay-hoi-bien-phong-toan-dan-xa-dam-thuy.aspx">Xã Đàm Thủy tổ chức Ngày hội Biên phòng toàn dân năm 2023</a> <span class="date">(02/03/2023)</span></li>
<li><a href="https://mattran.gialam.hanoi.gov.vn/2024/06/28/dai-hoi-dai-bieu-mttq-viet-nam-huyen-gia-lam-nhiem-ky-2024-2029/">Đại hội đại biểu MTTQ Việt Nam huyện Gia Lâm lần thứ XXII, nhiệm kỳ 2024 - 2029</a> <span class="date">(28/06/2024)</span></li>
</ul></div>
</div></div>
<div class="weblinks"><div class="box-title">Liên kết website</div><ul><li><a href="https://lienket-0.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-0.png" alt="" width="180" height="48">Ủy ban Trung ương MTTQ Việt Nam</a></li><li><a href="https://lienket-1.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-1.png" alt="" width="180" height="48">Báo Đại Đoàn Kết</a></li><li><a href="https://lienket-2.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-2.png" alt="" width="180" height="48">Tạp chí Mặt trận</a></li><li><a href="https://lienket-3.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-3.png" alt="" width="180" height="48">Cổng thông tin điện tử Chính phủ</a></li><li><a href="https://lienket-4.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-4.png" alt="" width="180" height="48">Báo Nhân Dân điện tử</a></li><li><a href="https://lienket-5.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-5.png" alt="" width="180" height="48">Tổng Liên đoàn Lao động Việt Nam</a></li><li><a href="https://lienket-6.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-6.png" alt="" width="180" height="48">Trung ương Hội Nông dân Việt Nam</a></li><li><a href="https://lienket-7.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-7.png" alt="" width="180" height="48">Trung ương Hội LHPN Việt Nam</a></li><li><a href="https://lienket-8.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-8.png" alt="" width="180" height="48">Trung ương Đoàn TNCS Hồ Chí Minh</a></li><li><a href="https://lienket-9.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-9.png" alt="" width="180" height="48">Trung ương Hội Cựu chiến binh Việt Nam</a></li><li><a href="https://lienket-10.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-10.png" alt="" width="180" height="48">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://lienket-11.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-11.png" alt="" width="180" height="48">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a></li></ul></div>
<div class="footer"><div class="footer-inner">
<p><strong>Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh</strong></p>
<p>Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh</p>
<p>Địa chỉ: Số 1 Nguyễn Chí Thanh, thành phố Hà Tĩnh</p>
<p>Điện thoại: 0239 3855 213</p>
<p>Email: mttq@mttq.hatinh.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này</p>
</div></div>
</div></div></form>
<script type="text/javascript">ExecuteOrDelayUntilScriptLoaded(function(){SP.UI.Notify.showLoadingNotification(false);},"sp.js");</script>
</body>
</html>
