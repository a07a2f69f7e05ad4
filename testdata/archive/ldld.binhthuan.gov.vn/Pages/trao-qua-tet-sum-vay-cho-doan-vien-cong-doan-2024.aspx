<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Liên đoàn Lao động tỉnh trao 1.200 suất quà &#34;Tết sum vầy&#34; cho đoàn viên, người lao động</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Liên đoàn Lao động tỉnh trao 1.200 suất quà &#34;Tết sum vầy&#34; cho đoàn viên, người lao động">
<meta property="og:url" content="https://ldld.binhthuan.gov.vn/Pages/trao-qua-tet-sum-vay-cho-doan-vien-cong-doan-2024.aspx">
<meta property="og:site_name" content="Liên đoàn Lao động tỉnh Bình Thuận">
<meta property="og:description" content="Ngày 28/12, Liên đoàn Lao động tỉnh Bình Thuận phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức chương trình &#34;Tết sum vầy - Xuân Giáp Thìn 2024&#34;, trao 1.200 suất quà cho đoàn viên công đoàn, người...">
<meta property="og:image" content="https://ldld.binhthuan.gov.vn/PublishingImages/2024/01/tet-sum-vay-binh-thuan.jpg">
<meta property="article:published_time" content="2024-01-03">
<meta property="article:section" content="Hoạt động Công đoàn">
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
<script>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-10166299-1']);_gaq.push(['_trackPageview']);</script>
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
<form method="post" action="./trao-qua-tet-sum-vay-cho-doan-vien-cong-doan-2024.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE1ODQ3MjQxMDcPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgICAQ8WAh4HVmlzaWJsZWhkAgMPZBYCAgcPZBYCAgEPZBYCZg9kFgQCAQ8PFgIeBFRleHQFRVRo4budbmcgdHLhu7FjIFRo4buLIOG7p3kgdHJp4buDbiBraGFpIG5oaeG7h20gduG7pWRkZA==" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAK3z8q1x2Jw1G7bq2oQe8xL" /></div>
<script type="text/javascript">var _fV4UI=true;var L_Menu_BaseUrl="/";var _spPageContextInfo={webServerRelativeUrl:"/",siteClientTag:"0$$15.0.4569.1000"};</script>
<div id="s4-ribbonrow"><div id="globalNavBox"><a href="javascript:;" onclick="return false;" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a><span class="ms-signin"><a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></span></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer"><div class="header-banner"><a href="/"><img src="/Style%20Library/images/banner.png" alt=""></a><h1 class="site-name">Liên đoàn Lao động tỉnh Bình Thuận</h1></div>
<div class="top-nav"><ul class="menu"><li class="item-101"><a href="/trang-chu">Trang chủ</a></li><li class="item-102"><a href="/gioi-thieu">Giới thiệu</a><ul class="submenu" style="display:none"><li><a href="/gioi-thieu/lich-su-mat-tran">Lịch sử Mặt trận</a></li><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu/ban-thuong-truc">Ban Thường trực</a></li><li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li><li><a href="/gioi-thieu/cac-ban-chuyen-mon">Các ban chuyên môn</a></li><li><a href="/gioi-thieu/dieu-le-mttq-viet-nam">Điều lệ MTTQ Việt Nam</a></li><li><a href="/gioi-thieu/luat-mat-tran-to-quoc-viet-nam">Luật Mặt trận Tổ quốc Việt Nam</a></li></ul></li><li class="item-103"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="item-104"><a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a><ul class="submenu" style="display:none"><li><a href="/hoat-dong-mat-tran/giam-sat-va-phan-bien-xa-hoi">Giám sát và phản biện xã hội</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-tuyen-truyen">Công tác tuyên truyền</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-dan-toc-ton-giao">Công tác dân tộc, tôn giáo</a></li><li><a href="/hoat-dong-mat-tran/cuoc-van-dong-lon">Cuộc vận động lớn</a></li><li><a href="/hoat-dong-mat-tran/vi-nguoi-ngheo-an-sinh-xa-hoi">Vì người nghèo - An sinh xã hội</a></li><li><a href="/hoat-dong-mat-tran/doi-ngoai-nhan-dan">Đối ngoại nhân dân</a></li><li><a href="/hoat-dong-mat-tran/hoat-dong-cac-xa-thi-tran">Hoạt động các xã thị trấn</a></li></ul></li><li class="item-105"><a href="/cac-to-chuc-thanh-vien">Các tổ chức thành viên</a><ul class="submenu" style="display:none"><li><a href="/cac-to-chuc-thanh-vien/lien-doan-lao-dong">Liên đoàn Lao động</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nong-dan">Hội Nông dân</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-lien-hiep-phu-nu">Hội Liên hiệp Phụ nữ</a></li><li><a href="/cac-to-chuc-thanh-vien/doan-thanh-nien">Đoàn Thanh niên</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-cuu-chien-binh">Hội Cựu chiến binh</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-chu-thap-do">Hội Chữ thập đỏ</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nguoi-cao-tuoi">Hội Người cao tuổi</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-khuyen-hoc">Hội Khuyến học</a></li></ul></li><li class="item-106"><a href="/van-ban">Văn bản</a><ul class="submenu" style="display:none"><li><a href="/van-ban/van-ban-trung-uong">Văn bản Trung ương</a></li><li><a href="/van-ban/van-ban-cua-tinh">Văn bản của tỉnh</a></li><li><a href="/van-ban/van-ban-huong-dan">Văn bản hướng dẫn</a></li><li><a href="/van-ban/tai-lieu-tuyen-truyen">Tài liệu tuyên truyền</a></li><li><a href="/van-ban/bieu-mau">Biểu mẫu</a></li></ul></li><li class="item-107"><a href="/thu-vien-anh">Thư viện ảnh</a></li><li class="item-108"><a href="/lien-he">Liên hệ</a></li></ul>
</div><div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="#">Hoạt động Công đoàn</a></div>
<div class="left-col"><div class="box-title">Thông tin cần biết</div><ul class="left-links"><li><a href="#">Lịch công tác</a></li><li><a href="#">Hỏi đáp trực tuyến</a></li></ul></div>
<div id="mainContent" class="s4-ca"><div class="news-detail">
<h2 class="news-title">Liên đoàn Lao động tỉnh trao 1.200 suất quà &#34;Tết sum vầy&#34; cho đoàn viên, người lao động</h2>
<div class="news-date"><span class="ms-metadata">Ngày đăng: 03/01/2024</span> <span class="views">Lượt xem: 156</span></div>
<div class="ms-rtestate-field"><div class="ExternalClass8D4B3C2A6E1F4F0B9A8E7C6D5B4A3F2E">
<p style="text-align: justify;"><strong>Ngày 28/12, Liên đoàn Lao động tỉnh Bình Thuận phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức chương trình &#34;Tết sum vầy - Xuân Giáp Thìn 2024&#34;, trao 1.200 suất quà cho đoàn viên công đoàn, người lao động có hoàn cảnh khó khăn tại các khu công nghiệp và huyện Hàm Thuận Nam.</strong></p>
<p style="text-align: justify;">Mỗi suất quà trị giá 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm, được trích từ nguồn tài chính công đoàn, Quỹ Xã hội từ thiện &#34;Mái ấm Công đoàn&#34; và sự hỗ trợ của các doanh nghiệp. Ngoài ra, Liên đoàn Lao động tỉnh hỗ trợ 50 vé xe cho người lao động ở xa về quê đón Tết.</p>
<p style="text-align: center;"><img src="/PublishingImages/2024/01/tet-sum-vay-binh-thuan.jpg" alt="Lãnh đạo Liên đoàn Lao động tỉnh trao quà cho công nhân Khu công nghiệp Hàm Kiệm" style="max-width:100%"></p>
<p class="image-caption" style="text-align: center;">Lãnh đạo Liên đoàn Lao động tỉnh trao quà cho công nhân Khu công nghiệp Hàm Kiệm</p>
<p style="text-align: justify;">Phát biểu tại chương trình, ông Lê Quang Minh, Chủ tịch Liên đoàn Lao động tỉnh cho biết, năm 2023 nhiều doanh nghiệp gặp khó khăn về đơn hàng, một bộ phận người lao động bị giảm giờ làm, mất việc. Công đoàn các cấp đã chủ động nắm bắt tình hình, kịp thời hỗ trợ, thăm hỏi trên 9.500 lượt đoàn viên với tổng số tiền hơn 6 tỷ đồng; xây dựng và sửa chữa 15 &#34;Mái ấm Công đoàn&#34;.</p>
<p style="text-align: justify;">Bà Trần Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị Công đoàn các cấp tiếp tục phối hợp chặt chẽ với Mặt trận trong vận động Quỹ Vì người nghèo, chăm lo Tết cho công nhân, đặc biệt là công nhân thuê trọ không về quê ăn Tết.</p>
<p style="text-align: justify;">Dịp này, Liên đoàn Lao động tỉnh cũng biểu dương 20 &#34;Cán bộ công đoàn cơ sở tiêu biểu&#34; năm 2023.</p>
<p style="text-align: right;"><strong>Nguyễn Hoài Nam</strong></p>
</div></div>
<div class="share-tools"><span>Chia sẻ:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a class="zalo" href="#">Zalo</a> <a href="javascript:window.print()">In bài viết</a> <a href="mailto:?subject=tin">Gửi email</a></div>
<div class="other-news"><h3 class="title-other">Tin liên quan</h3>
<ul>
<li><a href="https://mattran.gialam.hanoi.gov.vn/2020/04/02/mat-tran-gia-lam-tiep-nhan-ung-ho-phong-chong-covid-19/">Mặt trận huyện Gia Lâm tiếp nhận hơn 2 tỷ đồng ủng hộ phòng, chống dịch Covid-19</a> <span class="date">(02/04/2020)</span></li>
<li><a href="https://mattran.kontum.gov.vn/tin-tuc/gap-mat-nguoi-co-uy-tin-huyen-ngoc-hoi-2019.aspx">Huyện Ngọc Hồi gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2019</a> <span class="date">(04/01/2019)</span></li>
<li><a href="https://tinhdoan.nghean.gov.vn/tin-tuc/khoi-dong-thang-thanh-nien-2021-tai-dien-chau.aspx">Tuổi trẻ Nghệ An khởi động Tháng Thanh niên năm 2021</a> <span class="date">(02/03/2021)</span></li>
<li><a href="https://bacthuy.chilang.langson.gov.vn/hoat-dong-cac-xa-thi-tran/1245-xa-bac-thuy-to-chuc-hoi-nghi-phan-bien-xa-hoi.html">Xã Bắc Thủy tổ chứcc hội nghị phản biện xã hội</a> <span class="date">(13/10/2022)</span></li>
<li><a href="https://mattran.langson.gov.vn/tin-co-so/xa-tan-thanh-bac-son-tong-ket-cong-tac-mat-tran-2019.aspx">Ủy ban MTTQ xã Tân Thành (Bắc Sơn) tổng kết công tác Mặt trận năm 2019</a> <span class="date">(02/01/2020)</span></li>
<li><a href="https://mttq.yenbai.gov.vn/index.php/tin-hoat-dong/733-ra-quan-thu-gom-rac-thai-nhua-xa-hoa-cuong.html">Ra quân thu gom rác thải nhựa, bảo vệ môi trường tại xã Hòa Cuông</a> <span class="date">(06/06/2024)</span></li>
</ul></div>
</div></div>
<div class="weblinks"><div class="box-title">Liên kết website</div><ul><li><a href="https://lienket-0.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-0.png" alt="" width="180" height="48">Ủy ban Trung ương MTTQ Việt Nam</a></li><li><a href="https://lienket-1.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-1.png" alt="" width="180" height="48">Báo Đại Đoàn Kết</a></li><li><a href="https://lienket-2.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-2.png" alt="" width="180" height="48">Tạp chí Mặt trận</a></li><li><a href="https://lienket-3.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-3.png" alt="" width="180" height="48">Cổng thông tin điện tử Chính phủ</a></li><li><a href="https://lienket-4.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-4.png" alt="" width="180" height="48">Báo Nhân Dân điện tử</a></li><li><a href="https://lienket-5.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-5.png" alt="" width="180" height="48">Tổng Liên đoàn Lao động Việt Nam</a></li><li><a href="https://lienket-6.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-6.png" alt="" width="180" height="48">Trung ương Hội Nông dân Việt Nam</a></li><li><a href="https://lienket-7.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-7.png" alt="" width="180" height="48">Trung ương Hội LHPN Việt Nam</a></li><li><a href="https://lienket-8.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-8.png" alt="" width="180" height="48">Trung ương Đoàn TNCS Hồ Chí Minh</a></li><li><a href="https://lienket-9.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-9.png" alt="" width="180" height="48">Trung ương Hội Cựu chiến binh Việt Nam</a></li><li><a href="https://lienket-10.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-10.png" alt="" width="180" height="48">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://lienket-11.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-11.png" alt="" width="180" height="48">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a></li></ul></div>
<div class="footer"><div class="footer-inner">
<p><strong>Liên đoàn Lao động tỉnh Bình Thuận</strong></p>
<p>Cơ quan chủ quản: Liên đoàn Lao động tỉnh Bình Thuận</p>
<p>Địa chỉ: Số 2 Nguyễn Tất Thành, thành phố Phan Thiết</p>
<p>Điện thoại: 0252 3821 645</p>
<p>Email: mttq@ldld.binhthuan.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này</p>
</div></div>
</div></div></form>
<script type="text/javascript">ExecuteOrDelayUntilScriptLoaded(function(){SP.UI.Notify.showLoadingNotification(false);},"sp.js");</script>
</body>
</html>
