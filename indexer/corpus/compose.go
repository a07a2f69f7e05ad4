package corpus

import "strings"

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

// cItems are concrete items listed after "như:" in composed sentences; a
// wide spread of everyday vocabulary (farming, health, schooling, culture,
// infrastructure, welfare) gives the corpus a long-tailed term distribution.
var cItems = []string{
	"bê tông hóa đường làng", "nạo vét kênh mương", "lắp đặt đèn chiếu sáng", "xây dựng nhà văn hóa", "sửa chữa cầu treo",
	"làm rãnh thoát nước", "trồng hàng rào xanh", "cắm biển chỉ dẫn", "xây bể chứa nước", "kéo điện về bản",
	"tiêm chủng mở rộng", "khám sức khỏe định kỳ", "phát thuốc miễn phí", "tư vấn dinh dưỡng", "phòng chống sốt xuất huyết",
	"tầm soát ung thư", "hiến máu tình nguyện", "chăm sóc sức khỏe sinh sản", "vệ sinh an toàn thực phẩm", "phun thuốc diệt muỗi",
	"tặng sách vở", "trao xe đạp", "hỗ trợ học phí", "sửa sang lớp học", "xây nhà bán trú", "khuyến học, khuyến tài",
	"phổ cập bơi cho trẻ em", "dạy chữ cho người lớn tuổi", "mở lớp tin học", "thư viện thân thiện",
	"hát then, đàn tính", "múa xòe", "đánh cồng chiêng", "thổi khèn Mông", "hát quan họ", "hát ví dặm", "đờn ca tài tử",
	"kéo co", "ném còn", "đẩy gậy", "bắn nỏ", "đi cà kheo", "đánh yến", "đua thuyền", "chọi trâu",
	"gói bánh chưng", "làm bánh giầy", "nấu xôi ngũ sắc", "dệt thổ cẩm", "đan lát mây tre", "rèn nông cụ", "làm hương",
	"nuôi ong", "nuôi cá ruộng", "nuôi lợn thảo dược", "ủ phân hữu cơ", "sử dụng chế phẩm sinh học", "tưới nhỏ giọt",
	"trồng dược liệu", "trồng sâm", "trồng thảo quả", "trồng ớt", "trồng khoai môn", "trồng dứa", "trồng vải thiều", "trồng nhãn",
	"chuyển đổi đất lúa kém hiệu quả", "xây dựng mã số vùng trồng", "truy xuất nguồn gốc", "bán hàng trên sàn thương mại điện tử",
	"livestream giới thiệu nông sản", "liên kết bao tiêu sản phẩm", "vay vốn ưu đãi", "học nghề ngắn hạn", "xuất khẩu lao động",
	"giới thiệu việc làm", "hỗ trợ sinh kế", "trao bò giống", "trao dê giống", "tặng máy cày mini", "hỗ trợ xi măng",
	"phát quang hành lang an toàn lưới điện", "tuần tra đêm", "lắp camera an ninh", "tố giác tội phạm", "cai nghiện tại cộng đồng",
	"phòng, chống mua bán người", "phòng, chống tảo hôn", "xóa bỏ hủ tục", "tang lễ văn minh", "cưới hỏi tiết kiệm",
	"thu gom bao bì thuốc bảo vệ thực vật", "xây lò đốt rác", "làm hố rác gia đình", "di dời chuồng trại ra xa nhà ở",
	"trồng rừng thay thế", "khoanh nuôi tái sinh rừng", "chi trả dịch vụ môi trường rừng", "phòng cháy rừng mùa khô",
	"gia cố kè chống sạt lở", "di dời dân khỏi vùng nguy hiểm", "dự trữ lương thực mùa mưa bão", "diễn tập phòng chống thiên tai",
	"đăng ký tạm trú qua mạng", "nộp thuế điện tử", "khai sinh trực tuyến", "thanh toán tiền điện qua ứng dụng", "tra cứu hồ sơ đất đai",
	"thăm hỏi thương binh", "tu sửa nghĩa trang liệt sĩ", "thắp nến tri ân", "phụng dưỡng Mẹ Việt Nam anh hùng", "tặng sổ tiết kiệm",
	"mừng thọ người cao tuổi", "khám mắt miễn phí", "tặng xe lăn", "hỗ trợ người khuyết tật", "chăm sóc trẻ mồ côi",
	"xây cầu dân sinh", "mở đường lên nương", "san gạt mặt bằng", "đổ bê tông sân trường", "lát gạch ngõ xóm",
}

// composedList appends a short list of items to a sentence stem.
func (a *genArticle) composedList() string {
	r := a.r
	k := 2 + r.IntN(3)
	items := make([]string, 0, k)
	for len(items) < k {
		items = append(items, pick(r, cItems))
	}
	return upperFirst(a.fill(pick(r, cSubjects))) + " " + a.fill(pick(r, cVerbs)) + " nhiều phần việc cụ thể như: " + strings.Join(items, ", ") + "."
}
