<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Huyện đoàn Yên Thành tuyên truyền Nghị định 100/2019/NĐ-CP cho đoàn viên, thanh niên &gt; Tỉnh Đoàn Nghệ An</title>
<link rel="canonical" href="https://tinhdoan.nghean.gov.vn/tin-tuc/huyen-doan-yen-thanh-tuyen-truyen-nghi-dinh-100.aspx">
<meta property="og:type" content="article">
<meta property="og:title" content="Huyện đoàn Yên Thành tuyên truyền Nghị định 100/2019/NĐ-CP cho đoàn viên, thanh niên">
<meta property="og:url" content="https://tinhdoan.nghean.gov.vn/tin-tuc/huyen-doan-yen-thanh-tuyen-truyen-nghi-dinh-100.aspx">
<meta property="og:site_name" content="Tỉnh Đoàn Nghệ An">
<meta property="og:description" content="Ngày 04/3/2020, Ban Thường vụ Huyện đoàn Yên Thành phối hợp với Công an huyện tổ chức tuyên truyền Nghị định 100/2019/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt...">
<meta property="og:image" content="https://tinhdoan.nghean.gov.vn/Portals/0/Images/2020/03/tuyen-truyen-atgt-yen-thanh.jpg">
<meta property="article:published_time" content="2020-03-06">
<meta property="article:section" content="Hoạt động Đoàn">
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
<form method="post" action="/tin-tuc/huyen-doan-yen-thanh-tuyen-truyen-nghi-dinh-100.aspx" id="Form" enctype="multipart/form-data">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="aBcD3fGhIjKlMnOpQrStUvWxYz0123456789+/dnn==" />
<script src="/Resources/Shared/Scripts/jquery/jquery.hoverIntent.min.js?cdv=118" type="text/javascript"></script>
<div id="dnn_ContentPane_Top"><div class="top-tools"><a href="#">Tăng/Giảm cỡ chữ:</a> <a href="javascript:void(0)" onclick="zoomIn()">TĂNG+</a> | <a href="javascript:void(0)" onclick="zoomOut()">GIẢM-</a></div><div class="banner"><img src="/Portals/0/Skins/Banner/banner.jpg" alt=""><span class="site-title">Tỉnh Đoàn Nghệ An</span></div>
<div id="dnn_dnnNAV_ctldnnNAV" class="mainmenu"><ul class="menu"><li class="item-101"><a href="/trang-chu">Trang chủ</a></li><li class="item-102"><a href="/gioi-thieu">Giới thiệu</a><ul class="submenu" style="display:none"><li><a href="/gioi-thieu/lich-su-mat-tran">Lịch sử Mặt trận</a></li><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/gioi-thieu/ban-thuong-truc">Ban Thường trực</a></li><li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li><li><a href="/gioi-thieu/cac-ban-chuyen-mon">Các ban chuyên môn</a></li><li><a href="/gioi-thieu/dieu-le-mttq-viet-nam">Điều lệ MTTQ Việt Nam</a></li><li><a href="/gioi-thieu/luat-mat-tran-to-quoc-viet-nam">Luật Mặt trận Tổ quốc Việt Nam</a></li></ul></li><li class="item-103"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="item-104"><a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a><ul class="submenu" style="display:none"><li><a href="/hoat-dong-mat-tran/giam-sat-va-phan-bien-xa-hoi">Giám sát và phản biện xã hội</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-tuyen-truyen">Công tác tuyên truyền</a></li><li><a href="/hoat-dong-mat-tran/cong-tac-dan-toc-ton-giao">Công tác dân tộc, tôn giáo</a></li><li><a href="/hoat-dong-mat-tran/cuoc-van-dong-lon">Cuộc vận động lớn</a></li><li><a href="/hoat-dong-mat-tran/vi-nguoi-ngheo-an-sinh-xa-hoi">Vì người nghèo - An sinh xã hội</a></li><li><a href="/hoat-dong-mat-tran/doi-ngoai-nhan-dan">Đối ngoại nhân dân</a></li><li><a href="/hoat-dong-mat-tran/hoat-dong-cac-xa-thi-tran">Hoạt động các xã thị trấn</a></li></ul></li><li class="item-105"><a href="/cac-to-chuc-thanh-vien">Các tổ chức thành viên</a><ul class="submenu" style="display:none"><li><a href="/cac-to-chuc-thanh-vien/lien-doan-lao-dong">Liên đoàn Lao động</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nong-dan">Hội Nông dân</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-lien-hiep-phu-nu">Hội Liên hiệp Phụ nữ</a></li><li><a href="/cac-to-chuc-thanh-vien/doan-thanh-nien">Đoàn Thanh niên</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-cuu-chien-binh">Hội Cựu chiến binh</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-chu-thap-do">Hội Chữ thập đỏ</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-nguoi-cao-tuoi">Hội Người cao tuổi</a></li><li><a href="/cac-to-chuc-thanh-vien/hoi-khuyen-hoc">Hội Khuyến học</a></li></ul></li><li class="item-106"><a href="/van-ban">Văn bản</a><ul class="submenu" style="display:none"><li><a href="/van-ban/van-ban-trung-uong">Văn bản Trung ương</a></li><li><a href="/van-ban/van-ban-cua-tinh">Văn bản của tỉnh</a></li><li><a href="/van-ban/van-ban-huong-dan">Văn bản hướng dẫn</a></li><li><a href="/van-ban/tai-lieu-tuyen-truyen">Tài liệu tuyên truyền</a></li><li><a href="/van-ban/bieu-mau">Biểu mẫu</a></li></ul></li><li class="item-107"><a href="/thu-vien-anh">Thư viện ảnh</a></li><li class="item-108"><a href="/lien-he">Liên hệ</a></li></ul>
</div></div>
<div class="dnn_left"><div id="dnn_ctr421_ModuleContent"><div class="box-header">Tin mới nhất</div><ul><li><a href="https://longmy.haugiang.gov.vn/tin-tuc/ban-dan-van-mttq-cac-doan-the-trao-doi-nhiem-vu-dau-nam-2021.aspx">Ban Dân vận, Mặt trận Tổ quốc và các đoàn thể chính trị huyện, trao đổi, thống nhất một số nhiệm vụ đầu năm 2021</a></li><li><a href="https://tanthanh.hamyen.tuyenquang.gov.vn/tin-tuc-su-kien/215-ban-giao-nha-dai-doan-ket-cho-ho-ngheo-thon-khanh-hoa.html">Xã Tân Thành bàn giao nhà Đại đoàn kết cho hộ nghèo thôn Khánh Hòa</a></li><li><a href="https://mttq.bacgiang.gov.vn/2025/02/quan-triet-ket-luan-120-kl-tw/">Mặt trận tỉnh Bắc Giang quán triệt chủ trương sắp xếp, tinh gọn tổ chức bộ máy</a></li><li><a href="https://mattran.dongthap.gov.vn/2015/10/ra-mat-thang-cao-diem-vi-nguoi-ngheo-nam-2015/">Đồng Tháp phát động Tháng cao điểm &#34;Vì người nghèo&#34; năm 2015</a></li><li><a href="https://mattran.hoabinh.gov.vn/tin-co-so/318-xa-tan-thanh-mai-chau-so-ket-cuoc-van-dong.html">Xã Tân Thành (Mai Châu) sơ kết 5 năm thực hiện cuộc vận động &#34;Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh&#34;</a></li><li><a href="http://lamson.chilang.langson.gov.vn/tin-tuc/ngay-hoi-dai-doan-ket-toan-dan-toc-thon-pa-phong-2019.html">Xã Lâm Sơn tưng bừng Ngày hội Đại đoàn kết toàn dân tộc năm 2019</a></li></ul></div></div>
<div id="dnn_ContentPane" class="contentpane"><div class="DnnModule DnnModule-ArticleDetail DnnModule-1389"><a name="1389"></a>
<div id="dnn_ctr1389_ContentPane"><div id="dnn_ctr1389_ModuleContent" class="DNNModuleContent ModArticleDetailC">
<div class="tin-title"><h1 id="dnn_ctr1389_ArticleDetail_lblTitle">Huyện đoàn Yên Thành tuyên truyền Nghị định 100/2019/NĐ-CP cho đoàn viên, thanh niên</h1></div>
<div class="tin-info"><span class="icon-eye"></span> <span id="dnn_ctr1389_ArticleDetail_lblViews">97</span> <span class="tin-date" id="dnn_ctr1389_ArticleDetail_lblDate">06/03/2020</span></div>
<div class="Normal" id="dnn_ctr1389_ArticleDetail_divContent">
<p style="text-align: justify;">Ngày 04/3/2020, Ban Thường vụ Huyện đoàn Yên Thành phối hợp với Công an huyện tổ chức tuyên truyền Nghị định 100/2019/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt cho hơn 300 đoàn viên, thanh niên và học sinh Trường THPT Phan Đăng Lưu.</p>
<p style="text-align: justify;">Tại buổi tuyên truyền, Thượng úy Nguyễn Đình Thắng, Đội Cảnh sát giao thông - Trật tự Công an huyện đã phổ biến những điểm mới của Nghị định, nhất là các quy định về xử phạt người điều khiển phương tiện sau khi uống rượu, bia; không đội mũ bảo hiểm; chở quá số người quy định và sử dụng điện thoại khi lái xe. Báo cáo viên cũng phân tích một số vụ tai nạn giao thông trên địa bàn huyện liên quan đến học sinh để các em rút ra bài học.</p>
<table class="image" align="center" border="0" cellpadding="3" cellspacing="0"><tbody><tr><td><img src="/Portals/0/Images/2020/03/tuyen-truyen-atgt-yen-thanh.jpg" alt="Đoàn viên, học sinh Trường THPT Phan Đăng Lưu tham gia trả lời câu hỏi về an toàn giao thông" width="600"></td></tr><tr><td class="image_desc" style="text-align:center"><span style="font-size:12px"><i>Đoàn viên, học sinh Trường THPT Phan Đăng Lưu tham gia trả lời câu hỏi về an toàn giao thông</i></span></td></tr></tbody></table>
<p style="text-align: justify;">Chương trình còn tổ chức giao lưu, đố vui có thưởng về Luật Giao thông đường bộ; trao 200 mũ bảo hiểm đạt chuẩn cho học sinh có hoàn cảnh khó khăn do Huyện đoàn vận động các doanh nghiệp tài trợ.</p>
<p style="text-align: justify;">Anh Hồ Sỹ Hùng, Bí thư Huyện đoàn Yên Thành cho biết, năm 2020 Huyện đoàn đặt mục tiêu 100% cơ sở Đoàn tổ chức ký cam kết &#34;Thanh niên với văn hóa giao thông&#34;, duy trì 38 đội thanh niên tình nguyện tham gia giữ gìn trật tự an toàn giao thông ở các xã, thị trấn. Đây là một trong những nội dung thiết thực chào mừng 89 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2020).</p>
<p style="text-align: right;"><strong>Phan Văn Hiếu</strong></p>
</div>
<div class="comment-box"><h3>Ý kiến bạn đọc</h3><form method="post" action="#"><label>Họ và tên</label><input type="text" name="name"><label>Email</label><input type="text" name="email"><label>Nội dung ý kiến</label><textarea name="content" rows="5"></textarea><input type="submit" value="Gửi ý kiến"></form></div>
</div></div></div></div>
<div class="other-news"><h3 class="title-other">Các tin khác</h3>
<ul>
<li><a href="https://longmy.haugiang.gov.vn/tin-tuc/ban-dan-van-mttq-cac-doan-the-trao-doi-nhiem-vu-dau-nam-2021.aspx">Ban Dân vận, Mặt trận Tổ quốc và các đoàn thể chính trị huyện, trao đổi, thống nhất một số nhiệm vụ đầu năm 2021</a> <span class="date">(25/02/2021)</span></li>
<li><a href="https://tanthanh.hamyen.tuyenquang.gov.vn/tin-tuc-su-kien/215-ban-giao-nha-dai-doan-ket-cho-ho-ngheo-thon-khanh-hoa.html">Xã Tân Thành bàn giao nhà Đại đoàn kết cho hộ nghèo thôn Khánh Hòa</a> <span class="date">(10/09/2021)</span></li>
<li><a href="https://mttq.bacgiang.gov.vn/2025/02/quan-triet-ket-luan-120-kl-tw/">Mặt trận tỉnh Bắc Giang quán triệt chủ trương sắp xếp, tinh gọn tổ chức bộ máy</a> <span class="date">(12/02/2025)</span></li>
<li><a href="https://mattran.dongthap.gov.vn/2015/10/ra-mat-thang-cao-diem-vi-nguoi-ngheo-nam-2015/">Đồng Tháp phát động Tháng cao điểm &#34;Vì người nghèo&#34; năm 2015</a> <span class="date">(19/10/2015)</span></li>
<li><a href="https://mattran.hoabinh.gov.vn/tin-co-so/318-xa-tan-thanh-mai-chau-so-ket-cuoc-van-dong.html">Xã Tân Thành (Mai Châu) sơ kết 5 năm thực hiện cuộc vận động &#34;Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh&#34;</a> <span class="date">(08/09/2022)</span></li>
<li><a href="http://lamson.chilang.langson.gov.vn/tin-tuc/ngay-hoi-dai-doan-ket-toan-dan-toc-thon-pa-phong-2019.html">Xã Lâm Sơn tưng bừng Ngày hội Đại đoàn kết toàn dân tộc năm 2019</a> <span class="date">(16/11/2019)</span></li>
</ul></div>
<div class="weblinks"><div class="box-title">Liên kết website</div><ul><li><a href="https://lienket-0.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-0.png" alt="" width="180" height="48">Ủy ban Trung ương MTTQ Việt Nam</a></li><li><a href="https://lienket-1.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-1.png" alt="" width="180" height="48">Báo Đại Đoàn Kết</a></li><li><a href="https://lienket-2.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-2.png" alt="" width="180" height="48">Tạp chí Mặt trận</a></li><li><a href="https://lienket-3.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-3.png" alt="" width="180" height="48">Cổng thông tin điện tử Chính phủ</a></li><li><a href="https://lienket-4.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-4.png" alt="" width="180" height="48">Báo Nhân Dân điện tử</a></li><li><a href="https://lienket-5.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-5.png" alt="" width="180" height="48">Tổng Liên đoàn Lao động Việt Nam</a></li><li><a href="https://lienket-6.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-6.png" alt="" width="180" height="48">Trung ương Hội Nông dân Việt Nam</a></li><li><a href="https://lienket-7.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-7.png" alt="" width="180" height="48">Trung ương Hội LHPN Việt Nam</a></li><li><a href="https://lienket-8.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-8.png" alt="" width="180" height="48">Trung ương Đoàn TNCS Hồ Chí Minh</a></li><li><a href="https://lienket-9.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-9.png" alt="" width="180" height="48">Trung ương Hội Cựu chiến binh Việt Nam</a></li><li><a href="https://lienket-10.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-10.png" alt="" width="180" height="48">Cổng Dịch vụ công quốc gia</a></li><li><a href="https://lienket-11.gov.vn/" target="_blank" rel="nofollow"><img src="/images/logo-lk-11.png" alt="" width="180" height="48">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a></li></ul></div>
<div class="footer"><div class="footer-inner">
<p><strong>Tỉnh Đoàn Nghệ An</strong></p>
<p>Cơ quan chủ quản: Ban Thường vụ Tỉnh Đoàn Nghệ An</p>
<p>Địa chỉ: Số 3 Trường Thi, thành phố Vinh, tỉnh Nghệ An</p>
<p>Điện thoại: 0238 3844 617</p>
<p>Email: mttq@tinhdoan.nghean.gov.vn</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này</p>
</div></div>
<div class="copyright">Bản quyền © 2020 Tỉnh Đoàn Nghệ An</div>
</form>
<script>function zoomIn(){document.body.style.fontSize='16px'}function zoomOut(){document.body.style.fontSize='13px'}</script>
</body>
</html>
