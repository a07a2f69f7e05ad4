<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kết quả tìm kiếm - Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk</title>
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
.teaser{overflow:hidden;margin-bottom:12px}.teaser img{float:left;width:160px;margin-right:10px}</style>
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
<body class="dnn page-search">
<div class="top-tools">Tăng/Giảm cỡ chữ: <a href="#">TĂNG+</a> | <a href="#">GIẢM-</a></div>
<div class="header"><h1 class="site-name">Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk</h1></div>
<div class="nav"><ul class="menu"><li class="item-101"><a href="/trang-chu">Trang chủ</a></li><li class="item-102"><a href="/gioi-thieu">Giới thiệu</a><ul class="submenu" style="display:none"><li><a href="/gioi-thieu/lich-su-mat-tran">Lịch sử Mặt trận</a></li><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu/ban-thuong-truc">Ban Thường trực</a></li><li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li><li><a href="/gioi-thieu/cac-ban-chuyen-mon">Các ban chuyên môn</a></li><li><a href="/gioi-thieu/dieu-le-mttq-viet-nam">Điều lệ MTTQ Việt Nam</a></li><li><a href="/gioi-thieu/luat-mat-tran-to-quoc-viet-nam">Luật Mặt trận Tổ quốc Việt Nam</a></li></ul></li><li class="item-103"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="item-104"><a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a><ul class="submenu" style="display:none"><li><a href="/hoat-dong-mat-tran/giam-sat-va-phan-bien-xa-hoi">Giám sát và phản biện xã hội</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-tuyen-truyen">Công tác tuyên truyền</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-dan-toc-ton-giao">Công tác dân tộc, tôn giáo</a></li><li><a href="/hoat-dong-mat-tran/cuoc-van-dong-lon">Cuộc vận động lớn</a></li><li><a href="/hoat-dong-mat-tran/vi-nguoi-ngheo-an-sinh-xa-hoi">Vì người nghèo - An sinh xã hội</a></li><li><a href="/hoat-dong-mat-tran/doi-ngoai-nhan-dan">Đối ngoại nhân dân</a></li><li><a href="/hoat-dong-mat-tran/hoat-dong-cac-xa-thi-tran">Hoạt động các xã thị trấn</a></li></ul></li><li class="item-105"><a href="/cac-to-chuc-thanh-vien">Các tổ chức thành viên</a><ul class="submenu" style="display:none"><li><a href="/cac-to-chuc-thanh-vien/lien-doan-lao-dong">Liên đoàn Lao động</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nong-dan">Hội Nông dân</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-lien-hiep-phu-nu">Hội Liên hiệp Phụ nữ</a></li><li><a href="/cac-to-chuc-thanh-vien/doan-thanh-nien">Đoàn Thanh niên</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-cuu-chien-binh">Hội Cựu chiến binh</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-chu-thap-do">Hội Chữ thập đỏ</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nguoi-cao-tuoi">Hội Người cao tuổi</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-khuyen-hoc">Hội Khuyến học</a></li></ul></li><li class="item-106"><a href="/van-ban">Văn bản</a><ul class="submenu" style="display:none"><li><a href="/van-ban/van-ban-trung-uong">Văn bản Trung ương</a></li><li><a href="/van-ban/van-ban-cua-tinh">Văn bản của tỉnh</a></li><li><a href="/van-ban/van-ban-huong-dan">Văn bản hướng dẫn</a></li><li><a href="/van-ban/tai-lieu-tuyen-truyen">Tài liệu tuyên truyền</a></li><li><a href="/van-ban/bieu-mau">Biểu mẫu</a></li></ul></li><li class="item-107"><a href="/thu-vien-anh">Thư viện ảnh</a></li><li class="item-108"><a href="/lien-he">Liên hệ</a></li></ul>
</div>
<div id="content" class="main">
<form class="search"><input name="q" value="người có uy tín"><input type="submit" value="Tìm kiếm"></form>
<p class="result-count">Tìm thấy 57 kết quả cho từ khóa <b>người có uy tín</b></p>
<div class="teaser"><a href="https://mttq.lamdong.gov.vn/2021/07/dai-bieu-quoc-hoi-tiep-xuc-cu-tri-duc-trong/"><img src="/images/thumb/dai-bieu-quoc-hoi-tiep-xuc-cu-tri-huyen-duc-trong-sau-bau-cu.jpg" alt=""></a><h3><a href="https://mttq.lamdong.gov.vn/2021/07/dai-bieu-quoc-hoi-tiep-xuc-cu-tri-duc-trong/">Đại biểu Quốc hội tiếp xúc cử tri huyện Đức Trọng sau bầu cử</a></h3><span class="date">09/07/2021</span><p>Sáng 08/7/2021, Ủy ban MTTQ Việt Nam huyện Đức Trọng phối hợp với Đoàn đại biểu Quốc hội tỉnh Lâm Đồng tổ chức hội nghị tiếp xúc cử tri sau bầu cử đại biểu Quốc...</p></div>
<div class="teaser"><a href="http://lamson.chilang.langson.gov.vn/tin-tuc/ngay-hoi-dai-doan-ket-toan-dan-toc-thon-pa-phong-2019.html"><img src="/images/thumb/xa-lam-son-tung-bung-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019.jpg" alt=""></a><h3><a href="http://lamson.chilang.langson.gov.vn/tin-tuc/ngay-hoi-dai-doan-ket-toan-dan-toc-thon-pa-phong-2019.html">Xã Lâm Sơn tưng bừng Ngày hội Đại đoàn kết toàn dân tộc năm 2019</a></h3><span class="date">16/11/2019</span><p>Sáng 15/11, tại Nhà văn hoá thôn Pá Phông, Uỷ ban MTTQ Việt Nam xã Lâm Sơn phối hợp với Ban Công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân...</p></div>
<div class="teaser"><a href="https://mattran.langson.gov.vn/tin-hoat-dong/tap-huan-nghiep-vu-thanh-tra-nhan-dan-2023.aspx"><img src="/images/thumb/tap-huan-nghiep-vu-cho-ban-thanh-tra-nhan-dan-ban-giam-sat-dau-tu-cua-cong-dong-nam-2023.jpg" alt=""></a><h3><a href="https://mattran.langson.gov.vn/tin-hoat-dong/tap-huan-nghiep-vu-thanh-tra-nhan-dan-2023.aspx">Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2023</a></h3><span class="date">15/09/2023</span><p>Trong 2 ngày 13 và 14/9/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức lớp tập huấn nghiệp vụ cho hơn 200 thành viên Ban Thanh tra nhân dân, Ban...</p></div>
<div class="teaser"><a href="https://tinhdoan.nghean.gov.vn/tin-tuc/khoi-dong-thang-thanh-nien-2021-tai-dien-chau.aspx"><img src="/images/thumb/tuoi-tre-nghe-an-khoi-dong-thang-thanh-nien-nam-2021.jpg" alt=""></a><h3><a href="https://tinhdoan.nghean.gov.vn/tin-tuc/khoi-dong-thang-thanh-nien-2021-tai-dien-chau.aspx">Tuổi trẻ Nghệ An khởi động Tháng Thanh niên năm 2021</a></h3><span class="date">02/03/2021</span><p>Sáng 01/3/2021, tại xã Diễn Hoàng, huyện Diễn Châu, Ban Thường vụ Tỉnh Đoàn Nghệ An tổ chức Lễ khởi động Tháng Thanh niên năm 2021 với chủ đề &#34;Tuổi trẻ Việt Nam tiên phong...</p></div>
<div class="teaser"><a href="https://tinhdoan.nghean.gov.vn/tin-tuc/huyen-doan-yen-thanh-tuyen-truyen-nghi-dinh-100.aspx"><img src="/images/thumb/huyen-doan-yen-thanh-tuyen-truyen-nghi-dinh-100-2019-nd-cp-cho-doan-vien-thanh-nien.jpg" alt=""></a><h3><a href="https://tinhdoan.nghean.gov.vn/tin-tuc/huyen-doan-yen-thanh-tuyen-truyen-nghi-dinh-100.aspx">Huyện đoàn Yên Thành tuyên truyền Nghị định 100/2019/NĐ-CP cho đoàn viên, thanh niên</a></h3><span class="date">06/03/2020</span><p>Ngày 04/3/2020, Ban Thường vụ Huyện đoàn Yên Thành phối hợp với Công an huyện tổ chức tuyên truyền Nghị định 100/2019/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông...</p></div>
<div class="teaser"><a href="https://mttq.ninhbinh.gov.vn/tin-co-so/482-dai-hoi-mttq-xa-tan-thanh-kim-son-nhiem-ky-2019-2024.html"><img src="/images/thumb/dai-hoi-dai-bieu-mttq-viet-nam-xa-tan-thanh-kim-son-lan-thu-xxi-nhiem-ky-2019-2024.jpg" alt=""></a><h3><a href="https://mttq.ninhbinh.gov.vn/tin-co-so/482-dai-hoi-mttq-xa-tan-thanh-kim-son-nhiem-ky-2019-2024.html">Đại hội đại biểu MTTQ Việt Nam xã Tân Thành (Kim Sơn) lần thứ XXI, nhiệm kỳ 2019 - 2024</a></h3><span class="date">29/05/2019</span><p>Ngày 28/5/2019, Ủy ban MTTQ Việt Nam xã Tân Thành, huyện Kim Sơn long trọng tổ chức Đại hội đại biểu lần thứ XXI, nhiệm kỳ 2019 - 2024. Đây là đại hội điểm cấp...</p></div>
<div class="teaser"><a href="http://mattran.quangbinh.gov.vn/tin-tuc/tiep-nhan-va-phan-bo-hang-cuu-tro-cho-nhan-dan-minh-hoa.html"><img src="/images/thumb/mat-tran-tinh-phan-bo-hang-cuu-tro-cho-nhan-dan-vung-lu-huyen-minh-hoa.jpg" alt=""></a><h3><a href="http://mattran.quangbinh.gov.vn/tin-tuc/tiep-nhan-va-phan-bo-hang-cuu-tro-cho-nhan-dan-minh-hoa.html">Mặt trận tỉnh phân bổ hàng cứu trợ cho Nhân dân vùng lũ huyện Minh Hóa</a></h3><span class="date">24/10/2020</span><p>Chiều 23/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình đã phân bổ đợt 2 tiền, hàng cứu trợ cho Nhân dân bị thiệt hại do mưa lũ tại huyện Minh Hóa,...</p></div>
<div class="teaser"><a href="https://mattran.quangnam.gov.vn/tin-tuc/mat-tran-tham-gia-phong-chong-tham-nhung-lang-phi.aspx"><img src="/images/thumb/nang-cao-vai-tro-cua-mat-tran-trong-phong-chong-tham-nhung-lang-phi.jpg" alt=""></a><h3><a href="https://mattran.quangnam.gov.vn/tin-tuc/mat-tran-tham-gia-phong-chong-tham-nhung-lang-phi.aspx">Nâng cao vai trò của Mặt trận trong phòng, chống tham nhũng, lãng phí</a></h3><span class="date">28/11/2019</span><p>Sáng nay (27/11), Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội thảo &#34;Nâng cao vai trò của Mặt trận Tổ quốc và các tổ chức thành viên trong phòng,...</p></div>
</div>
<div class="weblinks"><div class="box-title">Liên kết website</div><ul><li><a href="https://lienket-0.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-0.png" alt="" width="180" height="48">Ủy ban Trung ương MTTQ Việt Nam</a></li><li><a href="https://lienket-1.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-1.png" alt="" width="180" height="48">Báo Đại Đoàn Kết</a></li><li><a href="https://lienket-2.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-2.png" alt="" width="180" height="48">Tạp chí Mặt trận</a></li><li><a href="https://lienket-3.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-3.png" alt="" width="180" height="48">Cổng thông tin điện tử Chính phủ</a></li><li><a href="https://lienket-4.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-4.png" alt="" width="180" height="48">Báo Nhân Dân điện tử</a></li><li><a href="https://lienket-5.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-5.png" alt="" width="180" height="48">Tổng Liên đoàn Lao động Việt Nam</a></li><li><a href="https://lienket-6.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-6.png" alt="" width="180" height="48">Trung ương Hội Nông dân Việt Nam</a></li><li><a href="https://lienket-7.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-7.png" alt="" width="180" height="48">Trung ương Hội LHPN Việt Nam</a></li><li><a href="https://lienket-8.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-8.png" alt="" width="180" height="48">Trung ương Đoàn TNCS Hồ Chí Minh</a></li><li><a href="https://lienket-9.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-9.png" alt="" width="180" height="48">Trung ương Hội Cựu chiến binh Việt Nam</a></li><li><a href="https://lienket-10.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-10.png" alt="" width="180" height="48">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://lienket-11.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-11.png" alt="" width="180" height="48">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a></li></ul></div>
<div class="footer"><div class="footer-inner">
<p><strong>Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk</strong></p>
<p>Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk</p>
<p>Địa chỉ: Số 14 Phan Bội Châu, phường Thắng Lợi, thành phố Buôn Ma Thuột</p>
<p>Điện thoại: 0262 3852 470</p>
<p>Email: mttq@mttq.daklak.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này</p>
</div></div>
<script>window.dataLayer=window.dataLayer||[];</script>
</body>
</html>
