<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tin tức - Sự kiện - Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang</title>
<link rel="canonical" href="https://mttq.tuyenquang.gov.vn/Pages/tin-tuc.aspx">
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
<body class="sharepoint page-listing">
<div id="s4-ribbonrow"><a href="javascript:;" class="ms-skip">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a></div>
<div class="header"><h1 class="site-name">Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang</h1></div>
<div class="nav"><ul class="menu"><li class="item-101"><a href="/trang-chu">Trang chủ</a></li><li class="item-102"><a href="/gioi-thieu">Giới thiệu</a><ul class="submenu" style="display:none"><li><a href="/gioi-thieu/lich-su-mat-tran">Lịch sử Mặt trận</a></li><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu/ban-thuong-truc">Ban Thường trực</a></li><li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li><li><a href="/gioi-thieu/cac-ban-chuyen-mon">Các ban chuyên môn</a></li><li><a href="/gioi-thieu/dieu-le-mttq-viet-nam">Điều lệ MTTQ Việt Nam</a></li><li><a href="/gioi-thieu/luat-mat-tran-to-quoc-viet-nam">Luật Mặt trận Tổ quốc Việt Nam</a></li></ul></li><li class="item-103"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="item-104"><a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a><ul class="submenu" style="display:none"><li><a href="/hoat-dong-mat-tran/giam-sat-va-phan-bien-xa-hoi">Giám sát và phản biện xã hội</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-tuyen-truyen">Công tác tuyên truyền</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-dan-toc-ton-giao">Công tác dân tộc, tôn giáo</a></li><li><a href="/hoat-dong-mat-tran/cuoc-van-dong-lon">Cuộc vận động lớn</a></li><li><a href="/hoat-dong-mat-tran/vi-nguoi-ngheo-an-sinh-xa-hoi">Vì người nghèo - An sinh xã hội</a></li><li><a href="/hoat-dong-mat-tran/doi-ngoai-nhan-dan">Đối ngoại nhân dân</a></li><li><a href="/hoat-dong-mat-tran/hoat-dong-cac-xa-thi-tran">Hoạt động các xã thị trấn</a></li></ul></li><li class="item-105"><a href="/cac-to-chuc-thanh-vien">Các tổ chức thành viên</a><ul class="submenu" style="display:none"><li><a href="/cac-to-chuc-thanh-vien/lien-doan-lao-dong">Liên đoàn Lao động</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nong-dan">Hội Nông dân</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-lien-hiep-phu-nu">Hội Liên hiệp Phụ nữ</a></li><li><a href="/cac-to-chuc-thanh-vien/doan-thanh-nien">Đoàn Thanh niên</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-cuu-chien-binh">Hội Cựu chiến binh</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-chu-thap-do">Hội Chữ thập đỏ</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nguoi-cao-tuoi">Hội Người cao tuổi</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-khuyen-hoc">Hội Khuyến học</a></li></ul></li><li class="item-106"><a href="/van-ban">Văn bản</a><ul class="submenu" style="display:none"><li><a href="/van-ban/van-ban-trung-uong">Văn bản Trung ương</a></li><li><a href="/van-ban/van-ban-cua-tinh">Văn bản của tỉnh</a></li><li><a href="/van-ban/van-ban-huong-dan">Văn bản hướng dẫn</a></li><li><a href="/van-ban/tai-lieu-tuyen-truyen">Tài liệu tuyên truyền</a></li><li><a href="/van-ban/bieu-mau">Biểu mẫu</a></li></ul></li><li class="item-107"><a href="/thu-vien-anh">Thư viện ảnh</a></li><li class="item-108"><a href="/lien-he">Liên hệ</a></li></ul>
</div>
<div id="content" class="main">
<div class="breadcrumb"><a href="/">Trang chủ</a> » Tin tức - Sự kiện</div>
<h2 class="cat-title">Tin tức - Sự kiện</h2>
<div class="teaser"><a href="https://mttq.hatinh.gov.vn/Pages/mat-tran-ha-tinh-day-manh-chuyen-doi-so.aspx"><img src="/images/thumb/day-manh-chuyen-doi-so-trong-hoat-dong-cua-mat-tran-cac-cap.jpg" alt=""></a><h3><a href="https://mttq.hatinh.gov.vn/Pages/mat-tran-ha-tinh-day-manh-chuyen-doi-so.aspx">Đẩy mạnh chuyển đổi số trong hoạt động của Mặt trận các cấp</a></h3><span class="date">16/05/2024</span><p>Sáng nay (15/5), Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức hội nghị tập huấn chuyển đổi số và ứng dụng công nghệ thông tin trong hoạt động của Mặt...</p></div>
<div class="teaser"><a href="https://mattran.hoabinh.gov.vn/tin-co-so/318-xa-tan-thanh-mai-chau-so-ket-cuoc-van-dong.html"><img src="/images/thumb/xa-tan-thanh-mai-chau-so-ket-5-nam-thuc-hien-cuoc-van-dong-toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh.jpg" alt=""></a><h3><a href="https://mattran.hoabinh.gov.vn/tin-co-so/318-xa-tan-thanh-mai-chau-so-ket-cuoc-van-dong.html">Xã Tân Thành (Mai Châu) sơ kết 5 năm thực hiện cuộc vận động &#34;Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh&#34;</a></h3><span class="date">08/09/2022</span><p>Ngày 07/9/2022, Uỷ ban MTTQ Việt Nam xã Tân Thành, huyện Mai Châu, tỉnh Hoà Bình tổ chức hội nghị sơ kết 5 năm thực hiện cuộc vận động &#34;Toàn dân đoàn kết xây dựng...</p></div>
<div class="teaser"><a href="http://hoinongdan.hanam.gov.vn/index.php/tin-hoat-dong/97-tap-huan-chuyen-giao-khoa-hoc-ky-thuat-cho-hoi-vien-nong-dan-ly-nhan.html"><img src="/images/thumb/hoi-nong-dan-tinh-tap-huan-chuyen-giao-khoa-hoc-ky-thuat-cho-hoi-vien-huyen-ly-nhan.jpg" alt=""></a><h3><a href="http://hoinongdan.hanam.gov.vn/index.php/tin-hoat-dong/97-tap-huan-chuyen-giao-khoa-hoc-ky-thuat-cho-hoi-vien-nong-dan-ly-nhan.html">Hội Nông dân tỉnh tập huấn chuyển giao khoa học kỹ thuật cho hội viên huyện Lý Nhân</a></h3><span class="date">21/03/2019</span><p>Ngày 20/3/2019, Hội Nông dân tỉnh Hà Nam phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn chuyển giao khoa học kỹ thuật về trồng chuối tiêu hồng và nuôi bò...</p></div>
<div class="teaser"><a href="https://mattran.kontum.gov.vn/tin-tuc/gap-mat-nguoi-co-uy-tin-huyen-ngoc-hoi-2019.aspx"><img src="/images/thumb/huyen-ngoc-hoi-gap-mat-nguoi-co-uy-tin-trong-dong-bao-dan-toc-thieu-so-nam-2019.jpg" alt=""></a><h3><a href="https://mattran.kontum.gov.vn/tin-tuc/gap-mat-nguoi-co-uy-tin-huyen-ngoc-hoi-2019.aspx">Huyện Ngọc Hồi gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2019</a></h3><span class="date">04/01/2019</span><p>Chiều 28/12, Ủy ban MTTQ Việt Nam huyện Ngọc Hồi phối hợp với Phòng Dân tộc huyện tổ chức gặp mặt 65 người có uy tín trong đồng bào dân tộc thiểu số trên địa...</p></div>
<div class="teaser"><a href="https://mattran.laichau.gov.vn/2022/08/hoi-nghi-bieu-duong-nguoi-co-uy-tin-tieu-bieu/"><img src="/images/thumb/bieu-duong-85-nguoi-co-uy-tin-tieu-bieu-trong-dong-bao-dan-toc-thieu-so-tinh-lai-chau.jpg" alt=""></a><h3><a href="https://mattran.laichau.gov.vn/2022/08/hoi-nghi-bieu-duong-nguoi-co-uy-tin-tieu-bieu/">Biểu dương 85 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số tỉnh Lai Châu</a></h3><span class="date">26/08/2022</span><p>Sáng 25/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lai Châu phối hợp với Ban Dân tộc tỉnh tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào...</p></div>
<div class="teaser"><a href="http://mttq.lambinh.tuyenquang.gov.vn/tin-hoat-dong/hiep-thuong-cu-uy-ban-mttq-xa-thuong-lam-2025.html"><img src="/images/thumb/hoi-nghi-hiep-thuong-cu-uy-ban-mttq-viet-nam-xa-thuong-lam-sau-sap-xep.jpg" alt=""></a><h3><a href="http://mttq.lambinh.tuyenquang.gov.vn/tin-hoat-dong/hiep-thuong-cu-uy-ban-mttq-xa-thuong-lam-2025.html">Hội nghị hiệp thương cử Ủy ban MTTQ Việt Nam xã Thượng Lâm sau sắp xếp</a></h3><span class="date">02/07/2025</span><p>Chiều 01/7/2025, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Lâm Bình chỉ đạo tổ chức Hội nghị hiệp thương cử Ủy ban MTTQ Việt Nam xã Thượng Lâm nhiệm kỳ 2024 - 2029...</p></div>
<div class="teaser"><a href="http://mttq.lambinh.tuyenquang.gov.vn/tin-hoat-dong/hoi-lhpn-xa-phuc-yen-van-dong-xoa-bo-hu-tuc.html"><img src="/images/thumb/hoi-lhpn-xa-phuc-yen-van-dong-xoa-bo-hu-tuc-trong-viec-cuoi-viec-tang.jpg" alt=""></a><h3><a href="http://mttq.lambinh.tuyenquang.gov.vn/tin-hoat-dong/hoi-lhpn-xa-phuc-yen-van-dong-xoa-bo-hu-tuc.html">Hội LHPN xã Phúc Yên vận động xoá bỏ hủ tục trong việc cưới, việc tang</a></h3><span class="date">18/10/2017</span><p>Ngày 16/10/2017, Hội Liên hiệp Phụ nữ xã Phúc Yên, huyện Lâm Bình phối hợp với Uỷ ban MTTQ xã tổ chức buổi truyền thông &#34;Phụ nữ chung tay xoá bỏ hủ tục, xây dựng...</p></div>
<div class="teaser"><a href="https://mttq.lamdong.gov.vn/2021/07/dai-bieu-quoc-hoi-tiep-xuc-cu-tri-duc-trong/"><img src="/images/thumb/dai-bieu-quoc-hoi-tiep-xuc-cu-tri-huyen-duc-trong-sau-bau-cu.jpg" alt=""></a><h3><a href="https://mttq.lamdong.gov.vn/2021/07/dai-bieu-quoc-hoi-tiep-xuc-cu-tri-duc-trong/">Đại biểu Quốc hội tiếp xúc cử tri huyện Đức Trọng sau bầu cử</a></h3><span class="date">09/07/2021</span><p>Sáng 08/7/2021, Ủy ban MTTQ Việt Nam huyện Đức Trọng phối hợp với Đoàn đại biểu Quốc hội tỉnh Lâm Đồng tổ chức hội nghị tiếp xúc cử tri sau bầu cử đại biểu Quốc...</p></div>
<div class="teaser"><a href="http://lamson.chilang.langson.gov.vn/tin-tuc/ngay-hoi-dai-doan-ket-toan-dan-toc-thon-pa-phong-2019.html"><img src="/images/thumb/xa-lam-son-tung-bung-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019.jpg" alt=""></a><h3><a href="http://lamson.chilang.langson.gov.vn/tin-tuc/ngay-hoi-dai-doan-ket-toan-dan-toc-thon-pa-phong-2019.html">Xã Lâm Sơn tưng bừng Ngày hội Đại đoàn kết toàn dân tộc năm 2019</a></h3><span class="date">16/11/2019</span><p>Sáng 15/11, tại Nhà văn hoá thôn Pá Phông, Uỷ ban MTTQ Việt Nam xã Lâm Sơn phối hợp với Ban Công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân...</p></div>
<div class="teaser"><a href="https://mattran.langson.gov.vn/tin-hoat-dong/tap-huan-nghiep-vu-thanh-tra-nhan-dan-2023.aspx"><img src="/images/thumb/tap-huan-nghiep-vu-cho-ban-thanh-tra-nhan-dan-ban-giam-sat-dau-tu-cua-cong-dong-nam-2023.jpg" alt=""></a><h3><a href="https://mattran.langson.gov.vn/tin-hoat-dong/tap-huan-nghiep-vu-thanh-tra-nhan-dan-2023.aspx">Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2023</a></h3><span class="date">15/09/2023</span><p>Trong 2 ngày 13 và 14/9/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức lớp tập huấn nghiệp vụ cho hơn 200 thành viên Ban Thanh tra nhân dân, Ban...</p></div>
<div class="paging">Tổng số: 1287 | Trang: 1 trên tổng số 129 trang <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=4">4</a> <a href="?page=5">5</a> <a href="?page=2">Trang sau »</a></div>
<div class="view_date">Xem tin theo ngày: <input type="text" name="date" placeholder="dd/mm/yyyy"></div>
</div>
<div class="weblinks"><div class="box-title">Liên kết website</div><ul><li><a href="https://lienket-0.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-0.png" alt="" width="180" height="48">Ủy ban Trung ương MTTQ Việt Nam</a></li><li><a href="https://lienket-1.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-1.png" alt="" width="180" height="48">Báo Đại Đoàn Kết</a></li><li><a href="https://lienket-2.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-2.png" alt="" width="180" height="48">Tạp chí Mặt trận</a></li><li><a href="https://lienket-3.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-3.png" alt="" width="180" height="48">Cổng thông tin điện tử Chính phủ</a></li><li><a href="https://lienket-4.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-4.png" alt="" width="180" height="48">Báo Nhân Dân điện tử</a></li><li><a href="https://lienket-5.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-5.png" alt="" width="180" height="48">Tổng Liên đoàn Lao động Việt Nam</a></li><li><a href="https://lienket-6.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-6.png" alt="" width="180" height="48">Trung ương Hội Nông dân Việt Nam</a></li><li><a href="https://lienket-7.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-7.png" alt="" width="180" height="48">Trung ương Hội LHPN Việt Nam</a></li><li><a href="https://lienket-8.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-8.png" alt="" width="180" height="48">Trung ương Đoàn TNCS Hồ Chí Minh</a></li><li><a href="https://lienket-9.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-9.png" alt="" width="180" height="48">Trung ương Hội Cựu chiến binh Việt Nam</a></li><li><a href="https://lienket-10.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-10.png" alt="" width="180" height="48">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://lienket-11.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-11.png" alt="" width="180" height="48">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a></li></ul></div>
<div class="footer"><div class="footer-inner">
<p><strong>Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang</strong></p>
<p>Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang</p>
<p>Địa chỉ: Đường 17/8, phường Minh Xuân, thành phố Tuyên Quang</p>
<p>Điện thoại: 0207 3822 451</p>
<p>Email: mttq@mttq.tuyenquang.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này</p>
</div></div>
<script>window.dataLayer=window.dataLayer||[];</script>
</body>
</html>
