<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Huyện Ngọc Hồi gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2019 &gt; Ủy ban MTTQ Việt Nam tỉnh Kon Tum</title>
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
<body id="Body">
<form method="post" action="/tin-tuc/gap-mat-nguoi-co-uy-tin-huyen-ngoc-hoi-2019.aspx" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="aBcD3fGhIjKlMnOpQrStUvWxYz0123456789+/dnn==" />
<script src="/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js?cdv=118" type="text/javascript"></script>
<div id="dnn_ContentPane_Top"><div class="top-tools"><a href="#">Tăng/Giảm cỡ chữ:</a> <a href="javascript:void(0)" onclick="zoomIn()">TĂNG+</a> | <a href="javascript:void(0)" onclick="zoomOut()">GIẢM-</a></div><div class="banner"><img src="/Portals/0/Skins/Banner/banner.jpg" alt=""><span class="site-title">Ủy ban MTTQ Việt Nam tỉnh Kon Tum</span></div>
<div id="dnn_dnnNAV_ctldnnNAV" class="mainmenu"><ul class="menu"><li class="item-101"><a href="/trang-chu">Trang chủ</a></li><li class="item-102"><a href="/gioi-thieu">Giới thiệu</a><ul class="submenu" style="display:none"><li><a href="/gioi-thieu/lich-su-mat-tran">Lịch sử Mặt trận</a></li><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu/ban-thuong-truc">Ban Thường trực</a></li><li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li><li><a href="/gioi-thieu/cac-ban-chuyen-mon">Các ban chuyên môn</a></li><li><a href="/gioi-thieu/dieu-le-mttq-viet-nam">Điều lệ MTTQ Việt Nam</a></li><li><a href="/gioi-thieu/luat-mat-tran-to-quoc-viet-nam">Luật Mặt trận Tổ quốc Việt Nam</a></li></ul></li><li class="item-103"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="item-104"><a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a><ul class="submenu" style="display:none"><li><a href="/hoat-dong-mat-tran/giam-sat-va-phan-bien-xa-hoi">Giám sát và phản biện xã hội</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-tuyen-truyen">Công tác tuyên truyền</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-dan-toc-ton-giao">Công tác dân tộc, tôn giáo</a></li><li><a href="/hoat-dong-mat-tran/cuoc-van-dong-lon">Cuộc vận động lớn</a></li><li><a href="/hoat-dong-mat-tran/vi-nguoi-ngheo-an-sinh-xa-hoi">Vì người nghèo - An sinh xã hội</a></li><li><a href="/hoat-dong-mat-tran/doi-ngoai-nhan-dan">Đối ngoại nhân dân</a></li><li><a href="/hoat-dong-mat-tran/hoat-dong-cac-xa-thi-tran">Hoạt động các xã thị trấn</a></li></ul></li><li class="item-105"><a href="/cac-to-chuc-thanh-vien">Các tổ chức thành viên</a><ul class="submenu" style="display:none"><li><a href="/cac-to-chuc-thanh-vien/lien-doan-lao-dong">Liên đoàn Lao động</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nong-dan">Hội Nông dân</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-lien-hiep-phu-nu">Hội Liên hiệp Phụ nữ</a></li><li><a href="/cac-to-chuc-thanh-vien/doan-thanh-nien">Đoàn Thanh niên</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-cuu-chien-binh">Hội Cựu chiến binh</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-chu-thap-do">Hội Chữ thập đỏ</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nguoi-cao-tuoi">Hội Người cao tuổi</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-khuyen-hoc">Hội Khuyến học</a></li></ul></li><li class="item-106"><a href="/van-ban">Văn bản</a><ul class="submenu" style="display:none"><li><a href="/van-ban/van-ban-trung-uong">Văn bản Trung ương</a></li><li><a href="/van-ban/van-ban-cua-tinh">Văn bản của tỉnh</a></li><li><a href="/van-ban/van-ban-huong-dan">Văn bản hướng dẫn</a></li><li><a href="/van-ban/tai-lieu-tuyen-truyen">Tài liệu tuyên truyền</a></li><li><a href="/van-ban/bieu-mau">Biểu mẫu</a></li></ul></li><li class="item-107"><a href="/thu-vien-anh">Thư viện ảnh</a></li><li class="item-108"><a href="/lien-he">Liên hệ</a></li></ul>
</div></div>
<div class="dnn_left"><div id="dnn_ctr421_ModuleContent"><div class="box-header">Tin mới nhất</div><ul><li><a href="https://tinhdoan.nghean.gov.vn/tin-tuc/khoi-dong-thang-thanh-nien-2021-tai-dien-chau.aspx">Tuổi trẻ Nghệ An khởi động Tháng Thanh niên năm 2021</a></li><li><a href="https://bacthuy.chilang.langson.gov.vn/hoat-dong-cac-xa-thi-tran/1245-xa-bac-thuy-to-chuc-hoi-nghi-phan-bien-xa-hoi.html">Xã Bắc Thủy tổ chứcc hội nghị phản biện xã hội</a></li><li><a href="https://mattran.langson.gov.vn/tin-co-so/xa-tan-thanh-bac-son-tong-ket-cong-tac-mat-tran-2019.aspx">Ủy ban MTTQ xã Tân Thành (Bắc Sơn) tổng kết công tác Mặt trận năm 2019</a></li><li><a href="https://mttq.yenbai.gov.vn/index.php/tin-hoat-dong/733-ra-quan-thu-gom-rac-thai-nhua-xa-hoa-cuong.html">Ra quân thu gom rác thải nhựa, bảo vệ môi trường tại xã Hòa Cuông</a></li><li><a href="http://mttq.dienbien.gov.vn/tin-tuc/tri-an-cac-anh-hung-liet-si-nhan-ky-niem-70-nam-ngay-thuong-binh-liet-si.html">Mặt trận tỉnh Điện Biên tri ân gia đình chính sách nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ</a></li><li><a href="https://mttq.hatinh.gov.vn/Pages/mat-tran-ha-tinh-day-manh-chuyen-doi-so.aspx">Đẩy mạnh chuyển đổi số trong hoạt động của Mặt trận các cấp</a></li></ul></div></div>
<div id="dnn_ContentPane" class="contentpane"><div class="DnnModule DnnModule-ArticleDetail DnnModule-1389"><a name="1389"></a>
<div id="dnn_ctr1389_ContentPane"><div id="dnn_ctr1389_ModuleContent" class="DNNModuleContent ModArticleDetailC">
<div class="tin-title"><h1 id="dnn_ctr1389_ArticleDetail_lblTitle">Huyện Ngọc Hồi gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2019</h1></div>
<div class="tin-info"><span class="icon-eye"></span> <span id="dnn_ctr1389_ArticleDetail_lblViews">87</span> <span class="tin-date" id="dnn_ctr1389_ArticleDetail_lblDate">04/01/2019</span></div>
<div class="Normal" id="dnn_ctr1389_ArticleDetail_divContent">
<p style="text-align: justify;"><strong>Chiều 28/12, Ủy ban MTTQ Việt Nam huyện Ngọc Hồi phối hợp với Phòng Dân tộc huyện tổ chức gặp mặt 65 người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn huyện nhân dịp đón Tết Dương lịch và Tết Nguyên đán Kỷ Hợi 2019.</strong></p>
<p style="text-align: justify;">Tại buổi gặp mặt, ông A Khuyên, Chủ tịch Ủy ban MTTQ Việt Nam huyện Ngọc Hồi thông tin đến các già làng, trưởng thôn, người có uy tín về tình hình kinh tế - xã hội, quốc phòng - an ninh của huyện năm 2018. Năm qua, thu nhập bình quân đầu người của huyện đạt 36 triệu đồng, tỷ lệ hộ nghèo giảm còn 10,4%; các xã biên giới Bờ Y, Đăk Dục, Đăk Nông giữ vững an ninh trật tự.</p>
<table class="image" align="center" border="0" cellpadding="3" cellspacing="0"><tbody><tr><td><img src="/Portals/0/Images/2018/12/gap-mat-nguoi-co-uy-tin-ngoc-hoi.jpg" alt="Lãnh đạo huyện Ngọc Hồi tặng quà người có uy tín" width="600"></td></tr><tr><td class="image_desc" style="text-align:center"><span style="font-size:12px"><i>Lãnh đạo huyện Ngọc Hồi tặng quà người có uy tín</i></span></td></tr></tbody></table>
<p style="text-align: justify;">Nhiều ý kiến của người có uy tín đề nghị huyện quan tâm đầu tư hệ thống nước sinh hoạt cho các làng xa trung tâm, hỗ trợ giống cây trồng, vật nuôi và tăng cường tuyên truyền để bà con không nghe theo kẻ xấu. Già làng A Thuý, làng Đăk Răng, xã Đăk Dục chia sẻ, năm qua già đã cùng Ban Công tác Mặt trận vận động 20 hộ trong làng đưa con em đi học đầy đủ, không tảo hôn.</p>
<p style="text-align: justify;">Phát biểu tại buổi gặp mặt, đồng chí Hà Văn Dũng, Phó Bí thư Thường trực Huyện ủy ghi nhận những đóng góp của người có uy tín trong xây dựng khối đại đoàn kết toàn dân tộc, mong các già làng tiếp tục là cầu nối giữa Đảng, chính quyền với Nhân dân. Dịp này, huyện đã tặng mỗi người có uy tín một suất quà trị giá 700.000 đồng.</p>
<p style="text-align: right;"><strong>Y Ngọc</strong></p>
</div>
<div class="comment-box"><h3>Ý kiến bạn đọc</h3><form method="post" action="#"><label>Họ và tên</label><input type="text" name="name"><label>Email</label><input type="text" name="email"><label>Nội dung ý kiến</label><textarea name="content" rows="5"></textarea><input type="submit" value="Gửi ý kiến"></form></div>
</div></div></div></div>
<div class="other-news"><h3 class="title-other">Các tin khác</h3>
<ul>
<li><a href="https://tinhdoan.nghean.gov.vn/tin-tuc/khoi-dong-thang-thanh-nien-2021-tai-dien-chau.aspx">Tuổi trẻ Nghệ An khởi động Tháng Thanh niên năm 2021</a> <span class="date">(02/03/2021)</span></li>
<li><a href="https://bacthuy.chilang.langson.gov.vn/hoat-dong-cac-xa-thi-tran/1245-xa-bac-thuy-to-chuc-hoi-nghi-phan-bien-xa-hoi.html">Xã Bắc Thủy tổ chứcc hội nghị phản biện xã hội</a> <span class="date">(13/10/2022)</span></li>
<li><a href="https://mattran.langson.gov.vn/tin-co-so/xa-tan-thanh-bac-son-tong-ket-cong-tac-mat-tran-2019.aspx">Ủy ban MTTQ xã Tân Thành (Bắc Sơn) tổng kết công tác Mặt trận năm 2019</a> <span class="date">(02/01/2020)</span></li>
<li><a href="https://mttq.yenbai.gov.vn/index.php/tin-hoat-dong/733-ra-quan-thu-gom-rac-thai-nhua-xa-hoa-cuong.html">Ra quân thu gom rác thải nhựa, bảo vệ môi trường tại xã Hòa Cuông</a> <span class="date">(06/06/2024)</span></li>
<li><a href="http://mttq.dienbien.gov.vn/tin-tuc/tri-an-cac-anh-hung-liet-si-nhan-ky-niem-70-nam-ngay-thuong-binh-liet-si.html">Mặt trận tỉnh Điện Biên tri ân gia đình chính sách nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ</a> <span class="date">(25/07/2017)</span></li>
<li><a href="https://mttq.hatinh.gov.vn/Pages/mat-tran-ha-tinh-day-manh-chuyen-doi-so.aspx">Đẩy mạnh chuyển đổi số trong hoạt động của Mặt trận các cấp</a> <span class="date">(16/05/2024)</span></li>
</ul></div>
<div class="weblinks"><div class="box-title">Liên kết website</div><ul><li><a href="https://lienket-0.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-0.png" alt="" width="180" height="48">Ủy ban Trung ương MTTQ Việt Nam</a></li><li><a href="https://lienket-1.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-1.png" alt="" width="180" height="48">Báo Đại Đoàn Kết</a></li><li><a href="https://lienket-2.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-2.png" alt="" width="180" height="48">Tạp chí Mặt trận</a></li><li><a href="https://lienket-3.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-3.png" alt="" width="180" height="48">Cổng thông tin điện tử Chính phủ</a></li><li><a href="https://lienket-4.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-4.png" alt="" width="180" height="48">Báo Nhân Dân điện tử</a></li><li><a href="https://lienket-5.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-5.png" alt="" width="180" height="48">Tổng Liên đoàn Lao động Việt Nam</a></li><li><a href="https://lienket-6.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-6.png" alt="" width="180" height="48">Trung ương Hội Nông dân Việt Nam</a></li><li><a href="https://lienket-7.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-7.png" alt="" width="180" height="48">Trung ương Hội LHPN Việt Nam</a></li><li><a href="https://lienket-8.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-8.png" alt="" width="180" height="48">Trung ương Đoàn TNCS Hồ Chí Minh</a></li><li><a href="https://lienket-9.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-9.png" alt="" width="180" height="48">Trung ương Hội Cựu chiến binh Việt Nam</a></li><li><a href="https://lienket-10.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-10.png" alt="" width="180" height="48">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://lienket-11.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-11.png" alt="" width="180" height="48">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a></li></ul></div>
<div class="footer"><div class="footer-inner">
<p><strong>Ủy ban MTTQ Việt Nam tỉnh Kon Tum</strong></p>
<p>Cơ quan chủ quản: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum</p>
<p>Địa chỉ: Số 99 Trần Hưng Đạo, thành phố Kon Tum</p>
<p>Điện thoại: 0260 3862 430</p>
<p>Email: mttq@mattran.kontum.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này</p>
</div></div>
<div class="copyright">Bản quyền © 2019 Ủy ban MTTQ Việt Nam tỉnh Kon Tum</div>
</form>
<script>function zoomIn(){document.body.style.fontSize='16px'}function zoomOut(){document.body.style.fontSize='13px'}</script>
</body>
</html>
