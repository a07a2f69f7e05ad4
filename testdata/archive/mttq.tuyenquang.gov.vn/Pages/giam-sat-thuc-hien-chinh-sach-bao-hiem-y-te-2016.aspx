<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ban Thường trực Ủy ban MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế tại huyện Chiêm Hóa</title>
<link rel="canonical" href="https://mttq.tuyenquang.gov.vn/Pages/giam-sat-thuc-hien-chinh-sach-bao-hiem-y-te-2016.aspx">
<meta property="og:type" content="article">
<meta property="og:title" content="Ban Thường trực Ủy ban MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế tại huyện Chiêm Hóa">
<meta property="og:url" content="https://mttq.tuyenquang.gov.vn/Pages/giam-sat-thuc-hien-chinh-sach-bao-hiem-y-te-2016.aspx">
<meta property="og:site_name" content="Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang">
<meta property="og:description" content="Ngày 29/8/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Tuyên Quang do Đ/c Vũ Thị Bích Việt, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp...">
<meta property="og:image" content="https://mttq.tuyenquang.gov.vn/PublishingImages/2016/08/giam-sat-bhyt-chiem-hoa.jpg">
<meta property="article:published_time" content="2016-08-30">
<meta property="article:section" content="Tin tức - Sự kiện">
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
<body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form method="post" action="./giam-sat-thuc-hien-chinh-sach-bao-hiem-y-te-2016.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE1ODQ3MjQxMDcPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgICAQ8WAh4HVmlzaWJsZWhkAgMPZBYCAgcPZBYCAgEPZBYCZg9kFgQCAQ8PFgIeBFRleHQFRVRo4budbmcgdHLhu7FjIFRo4buLIOG7p3kgdHJp4buDbiBraGFpIG5oaeG7h20gduG7pWRkZA==" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAK3z8q1x2Jw1G7bq2oQe8xL" /></div>
<script type="text/javascript">var _fV4UI=true;var L_Menu_BaseUrl="/";var _spPageContextInfo={webServerRelativeUrl:"/",siteClientTag:"0$$15.0.4569.1000"};</script>
<div id="s4-ribbonrow"><div id="globalNavBox"><a href="javascript:;" onclick="return false;" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a><span class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></span></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer"><div class="header-banner"><a href="/"><img src="/Style%20Library/images/banner.png" alt=""></a><h1 class="site-name">Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang</h1></div>
<div class="top-nav"><ul class="menu"><li class="item-101"><a href="/trang-chu">Trang chủ</a></li><li class="item-102"><a href="/gioi-thieu">Giới thiệu</a><ul class="submenu" style="display:none"><li><a href="/gioi-thieu/lich-su-mat-tran">Lịch sử Mặt trận</a></li><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu/ban-thuong-truc">Ban Thường trực</a></li><li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li><li><a href="/gioi-thieu/cac-ban-chuyen-mon">Các ban chuyên môn</a></li><li><a href="/gioi-thieu/dieu-le-mttq-viet-nam">Điều lệ MTTQ Việt Nam</a></li><li><a href="/gioi-thieu/luat-mat-tran-to-quoc-viet-nam">Luật Mặt trận Tổ quốc Việt Nam</a></li></ul></li><li class="item-103"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="item-104"><a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a><ul class="submenu" style="display:none"><li><a href="/hoat-dong-mat-tran/giam-sat-va-phan-bien-xa-hoi">Giám sát và phản biện xã hội</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-tuyen-truyen">Công tác tuyên truyền</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-dan-toc-ton-giao">Công tác dân tộc, tôn giáo</a></li><li><a href="/hoat-dong-mat-tran/cuoc-van-dong-lon">Cuộc vận động lớn</a></li><li><a href="/hoat-dong-mat-tran/vi-nguoi-ngheo-an-sinh-xa-hoi">Vì người nghèo - An sinh xã hội</a></li><li><a href="/hoat-dong-mat-tran/doi-ngoai-nhan-dan">Đối ngoại nhân dân</a></li><li><a href="/hoat-dong-mat-tran/hoat-dong-cac-xa-thi-tran">Hoạt động các xã thị trấn</a></li></ul></li><li class="item-105"><a href="/cac-to-chuc-thanh-vien">Các tổ chức thành viên</a><ul class="submenu" style="display:none"><li><a href="/cac-to-chuc-thanh-vien/lien-doan-lao-dong">Liên đoàn Lao động</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nong-dan">Hội Nông dân</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-lien-hiep-phu-nu">Hội Liên hiệp Phụ nữ</a></li><li><a href="/cac-to-chuc-thanh-vien/doan-thanh-nien">Đoàn Thanh niên</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-cuu-chien-binh">Hội Cựu chiến binh</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-chu-thap-do">Hội Chữ thập đỏ</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nguoi-cao-tuoi">Hội Người cao tuổi</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-khuyen-hoc">Hội Khuyến học</a></li></ul></li><li class="item-106"><a href="/van-ban">Văn bản</a><ul class="submenu" style="display:none"><li><a href="/van-ban/van-ban-trung-uong">Văn bản Trung ương</a></li><li><a href="/van-ban/van-ban-cua-tinh">Văn bản của tỉnh</a></li><li><a href="/van-ban/van-ban-huong-dan">Văn bản hướng dẫn</a></li><li><a href="/van-ban/tai-lieu-tuyen-truyen">Tài liệu tuyên truyền</a></li><li><a href="/van-ban/bieu-mau">Biểu mẫu</a></li></ul></li><li class="item-107"><a href="/thu-vien-anh">Thư viện ảnh</a></li><li class="item-108"><a href="/lien-he">Liên hệ</a></li></ul>
</div><div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="#">Tin tức - Sự kiện</a></div>
<div class="left-col"><div class="box-title">Thông tin cần biết</div><ul class="left-links"><li><a href="#">Lịch công tác</a></li><li><a href="#">Hỏi đáp trực tuyến</a></li></ul></div>
<div id="mainContent" class="s4-ca"><div class="news-detail">
<h2 class="news-title">Ban Thường trực Ủy ban MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế tại huyện Chiêm Hóa</h2>
<div class="news-date"><span class="ms-metadata">Ngày đăng: 30/08/2016</span> <span class="views">Lượt xem: 204</span></div>
<div class="ms-rtestate-field"><div class="ExternalClass8D4B3C2A6E1F4F0B9A8E7C6D5B4A3F2E">
<p style="text-align: justify;"><strong>Ngày 29/8/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Tuyên Quang do Đ/c Vũ Thị Bích Việt, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về bảo hiểm y tế tại huyện Chiêm Hóa.</strong></p>
<p style="text-align: justify;">Đây là cuộc giám sát chuyên đề đầu tiên của Mặt trận tỉnh kể từ khi Luật MTTQ Việt Nam năm 2015 có hiệu lực. Đoàn đã làm việc với Bảo hiểm xã hội huyện, Trung tâm Y tế huyện và kiểm tra thực tế tại xã Tân Thịnh, xã Vinh Quang.</p>
<p style="text-align: center;"><img src="/PublishingImages/2016/08/giam-sat-bhyt-chiem-hoa.jpg" alt="Đoàn giám sát làm việc tại Trung tâm Y tế huyện Chiêm Hóa" style="max-width:100%"></p>
<p class="image-caption" style="text-align: center;">Đoàn giám sát làm việc tại Trung tâm Y tế huyện Chiêm Hóa</p>
<p style="text-align: justify;">Theo báo cáo, đến hết tháng 7/2016, tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn huyện đạt 91,5%; việc cấp thẻ cho người nghèo, đồng bào dân tộc thiểu số, trẻ em dưới 6 tuổi được thực hiện kịp thời. Tuy nhiên, việc tham gia bảo hiểm y tế theo hộ gia đình còn thấp, chỉ đạt 18%; một số trạm y tế xã còn thiếu thuốc, trang thiết bị, chưa đáp ứng nhu cầu khám, chữa bệnh của Nhân dân.</p>
<p style="text-align: justify;">Kết luận buổi giám sát, Đ/c Vũ Thị Bích Việt đề nghị các cơ quan chức năng của huyện tăng cường tuyên truyền để người dân hiểu rõ quyền lợi khi tham gia bảo hiểm y tế; Ủy ban MTTQ huyện và các đoàn thể vận động hội viên tham gia bảo hiểm y tế hộ gia đình, hỗ trợ mua thẻ cho hộ cận nghèo. Đoàn giám sát sẽ tổng hợp kiến nghị gửi UBND tỉnh và Bảo hiểm xã hội tỉnh.</p>
<p style="text-align: right;"><strong>Ma Thị Thủy</strong></p>
</div></div>
<div class="share-tools"><span>Chia sẻ:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a class="zalo" href="#">Zalo</a> <a href="javascript:window.print()">In bài viết</a> <a href="mailto:?subject=tin">Gửi email</a></div>
<div class="other-news"><h3 class="title-other">Tin liên quan</h3>
<ul>
<li><a href="https://mttq.daklak.gov.vn/tin-hoat-dong/1204-ngay-hoi-dai-doan-ket-buon-ea-kmat-2017.html">Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam dự Ngày hội Đại đoàn kết tại buôn Ea Kmát</a> <span class="date">(13/11/2017)</span></li>
<li><a href="http://mttq.hagiang.gov.vn/tin-hoat-dong/mat-tran-meo-vac-van-dong-ung-ho-quy-vac-xin-phong-covid-19.html">Mặt trận huyện Mèo Vạc vận động trên 450 triệu đồng ủng hộ phòng, chống dịch Covid-19</a> <span class="date">(18/06/2021)</span></li>
<li><a href="http://mttq.lambinh.tuyenquang.gov.vn/tin-hoat-dong/hoi-lhpn-xa-phuc-yen-van-dong-xoa-bo-hu-tuc.html">Hội LHPN xã Phúc Yên vận động xoá bỏ hủ tục trong việc cưới, việc tang</a> <span class="date">(18/10/2017)</span></li>
<li><a href="http://mattran.quangbinh.gov.vn/tin-tuc/tiep-nhan-va-phan-bo-hang-cuu-tro-cho-nhan-dan-minh-hoa.html">Mặt trận tỉnh phân bổ hàng cứu trợ cho Nhân dân vùng lũ huyện Minh Hóa</a> <span class="date">(24/10/2020)</span></li>
<li><a href="https://mattran.gialam.hanoi.gov.vn/2022/04/20/ban-thuong-truc-uy-ban-mttq-viet-nam-gia-lam-lam-viec-voi-cac-xa-thi-tran/">Ban Thường trực Ủy ban MTTQ Việt Nam Gia Lâm tổ chức làm việc với các xã, thị trấn về thực hiện các chỉ tiêu Nghị quyết Đại hội MTTQ nhiệm kỳ 2019 – 2024 và Chương trình công tác năm 2022</a> <span class="date">(20/04/2022)</span></li>
<li><a href="https://mattran.thaibinh.gov.vn/2021/04/hoi-nghi-hiep-thuong-lan-thu-ba-lap-danh-sach-nguoi-ung-cu/">Hội nghị hiệp thương lần thứ ba lập danh sách người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XV</a> <span class="date">(22/04/2021)</span></li>
</ul></div>
</div></div>
<div class="weblinks"><div class="box-title">Liên kết website</div><ul><li><a href="https://lienket-0.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-0.png" alt="" width="180" height="48">Ủy ban Trung ương MTTQ Việt Nam</a></li><li><a href="https://lienket-1.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-1.png" alt="" width="180" height="48">Báo Đại Đoàn Kết</a></li><li><a href="https://lienket-2.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-2.png" alt="" width="180" height="48">Tạp chí Mặt trận</a></li><li><a href="https://lienket-3.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-3.png" alt="" width="180" height="48">Cổng thông tin điện tử Chính phủ</a></li><li><a href="https://lienket-4.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-4.png" alt="" width="180" height="48">Báo Nhân Dân điện tử</a></li><li><a href="https://lienket-5.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-5.png" alt="" width="180" height="48">Tổng Liên đoàn Lao động Việt Nam</a></li><li><a href="https://lienket-6.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-6.png" alt="" width="180" height="48">Trung ương Hội Nông dân Việt Nam</a></li><li><a href="https://lienket-7.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-7.png" alt="" width="180" height="48">Trung ương Hội LHPN Việt Nam</a></li><li><a href="https://lienket-8.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-8.png" alt="" width="180" height="48">Trung ương Đoàn TNCS Hồ Chí Minh</a></li><li><a href="https://lienket-9.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-9.png" alt="" width="180" height="48">Trung ương Hội Cựu chiến binh Việt Nam</a></li><li><a href="https://lienket-10.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-10.png" alt="" width="180" height="48">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://lienket-11.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-11.png" alt="" width="180" height="48">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a></li></ul></div>
<div class="footer"><div class="footer-inner">
<p><strong>Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang</strong></p>
<p>Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang</p>
<p>Địa chỉ: Đường 17/8, phường Minh Xuân, thành phố Tuyên Quang</p>
<p>Điện thoại: 0207 3822 451</p>
<p>Email: mttq@mttq.tuyenquang.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này</p>
</div></div>
</div></div></form>
<script type="text/javascript">ExecuteOrDelayUntilScriptLoaded(function(){SP.UI.Notify.showLoadingNotification(false);},"sp.js");</script>
</body>
</html>
