package corpus

// Fragments for composed sentences: opener + subject + verb + object +
// purpose. Their product gives hundreds of thousands of distinct sentences,
// so a large synthetic corpus has a realistic, long-tailed vocabulary rather
// than a few repeated lines.

var cOpeners = []string{
	"Trong năm {year},", "Thời gian qua,", "Bên cạnh đó,", "Cùng với đó,", "Đáng chú ý,", "Từ đầu năm đến nay,",
	"Thực hiện {doc},", "Trong 6 tháng đầu năm,", "Những năm gần đây,", "Để thực hiện tốt nhiệm vụ,", "Năm {year},",
	"Ngoài ra,", "Đặc biệt,", "Trong nhiệm kỳ qua,", "Hưởng ứng cuộc vận động,", "Giai đoạn {year0} - {year},", "",
}

var cSubjects = []string{
	"{unitS}", "Ban Công tác Mặt trận các khu dân cư", "các tổ chức thành viên", "Mặt trận các cấp", "các chi hội",
	"Ban Thường trực", "các đoàn thể chính trị - xã hội", "Ban Thanh tra nhân dân", "chính quyền địa phương",
	"các {member}", "Mặt trận và các đoàn thể", "Ủy ban MTTQ các xã, thị trấn", "Tổ tự quản", "Ban Giám sát đầu tư của cộng đồng",
}

var cVerbs = []string{
	"đã phối hợp triển khai", "tích cực vận động Nhân dân tham gia", "chủ động tham mưu cho cấp ủy về", "tập trung chỉ đạo",
	"thường xuyên tuyên truyền về", "tổ chức giám sát", "phối hợp kiểm tra", "làm tốt", "duy trì hiệu quả", "tham gia góp ý",
	"đẩy mạnh", "quan tâm thực hiện", "tổ chức ký kết chương trình phối hợp về", "chú trọng nâng cao chất lượng",
	"từng bước đổi mới", "vận động các nhà hảo tâm hỗ trợ",
}

var cObjects = []string{
	"việc thực hiện quy chế dân chủ ở cơ sở", "công tác giảm nghèo bền vững", "phong trào xây dựng khu dân cư văn hóa",
	"việc phân loại rác thải tại nguồn", "hoạt động của các tổ hòa giải ở cơ sở", "việc chi trả chế độ cho người có công",
	"công tác phòng, chống ma túy và tệ nạn xã hội", "xây dựng đời sống văn hóa ở khu dân cư", "bảo vệ môi trường nông thôn",
	"phong trào trồng cây xanh", "phát triển sản phẩm OCOP", "việc cấp thẻ bảo hiểm y tế cho hộ cận nghèo",
	"công tác đền ơn đáp nghĩa", "chương trình mỗi xã một sản phẩm", "các mô hình sinh kế cho hộ nghèo",
	"việc quản lý, sử dụng các loại quỹ", "việc lấy ý kiến Nhân dân vào các dự thảo văn bản", "công tác an toàn giao thông",
	"phong trào \"Dân vận khéo\"", "hoạt động của Tổ công nghệ số cộng đồng", "việc xây dựng hương ước, quy ước",
	"công tác tiếp công dân, giải quyết đơn thư", "xóa nhà tạm, nhà dột nát", "phòng, chống thiên tai và tìm kiếm cứu nạn",
	"phát triển kinh tế tập thể, hợp tác xã", "công tác chăm sóc người cao tuổi", "phòng, chống bạo lực gia đình",
	"công tác bảo vệ rừng và phòng cháy chữa cháy rừng", "việc giữ gìn bản sắc văn hóa các dân tộc", "thu gom rác thải nhựa",
	"công tác tuyên truyền, phổ biến, giáo dục pháp luật", "phong trào toàn dân bảo vệ an ninh Tổ quốc", "các hoạt động nhân đạo, từ thiện",
	"việc thực hiện nếp sống văn minh trong việc cưới, việc tang", "chỉnh trang khuôn viên nhà văn hóa", "nước sạch và vệ sinh môi trường",
	"việc hỗ trợ học sinh có hoàn cảnh khó khăn", "dồn điền đổi thửa", "phòng, chống tham nhũng, lãng phí", "chuyển đổi cơ cấu cây trồng",
}

var cPurposes = []string{
	"góp phần nâng cao đời sống vật chất và tinh thần của Nhân dân", "qua đó củng cố niềm tin của Nhân dân đối với Đảng, chính quyền",
	"nhằm phát huy quyền làm chủ của Nhân dân", "góp phần hoàn thành các chỉ tiêu kinh tế - xã hội của địa phương",
	"được Nhân dân đồng tình hưởng ứng", "bước đầu mang lại hiệu quả thiết thực", "tạo sự lan tỏa sâu rộng trong cộng đồng",
	"với sự tham gia của hàng nghìn lượt người", "thu hút đông đảo {member} tham gia", "đạt và vượt kế hoạch đề ra",
	"góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội", "tạo sự đồng thuận trong Nhân dân", "",
	"với tổng kinh phí trên {money}", "ở {n} khu dân cư trên địa bàn",
}
