package corpus

// Phrase banks of Front news. Templates use {slots} filled by the generator
// (see fill in generator.go):
//
//	{unit} organising unit with its place     {unitS} short form ("Mặt trận xã")
//	{commune} {district} {province}          "xã Bắc Thủy", "huyện Chi Lăng", "tỉnh Lạng Sơn"
//	{village} "thôn Nà Phước"                  {person} a person with a role, in one of many styles
//	{pname} the main speaker's name           {n} {n2} small numbers, {N} large, {pct} percent
//	{money} an amount                         {year} the article's year, {doc} a document number
//	{member} "hội viên"/"đoàn viên"/…          {topic} the topic phrase, {event} the event noun
//	{model} a local model name                {crop} a crop or livestock

var surnames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Triệu", "Hà", "Nông", "Lò", "Mai", "Trịnh", "Đào", "Cao", "Tạ", "Lâm", "Chu", "Vi", "Ma", "Lăng", "Quách", "Thân", "Kiều", "Tô", "Từ", "Lục", "Sầm", "Cầm"}
var middlesM = []string{"Văn", "Đức", "Hữu", "Quang", "Minh", "Xuân", "Ngọc", "Công", "Thanh", "Mạnh", "Đình", "Trọng", "Anh", "Hồng", "Bá", "Quốc", "Tiến", "Duy"}
var middlesF = []string{"Thị", "Thị Thu", "Thị Thanh", "Thị Ngọc", "Thị Minh", "Thị Hồng", "Thị Kim", "Thị Bích", "Thị Thuý", "Thị Mai", "Ngọc", "Thu"}
var givensM = []string{"Quốc", "Tân", "Cương", "Lành", "Tú", "Hùng", "Dũng", "Thắng", "Hải", "Sơn", "Tuấn", "Nam", "Bình", "Long", "Phong", "Cường", "Hòa", "Khải", "Mạnh", "Thịnh", "Lợi", "Thành", "Hưng", "Quân", "Trung", "Hiếu", "Phúc", "Nghĩa", "Vinh", "Toàn", "Chiến", "Hoàn", "Tuyên", "Sằm", "Pọm", "Dính", "Khuyên", "Thuận", "Tư", "Mừng"}
var givensF = []string{"Hằng", "Hoa", "Hương", "Lan", "Mai", "Thủy", "Thuỷ", "Huyền", "Hà", "Ngọc", "Loan", "Phương", "Thảo", "Trang", "Nhung", "Yến", "Hạnh", "Oanh", "Tâm", "Dung", "Hồng", "Liên", "Thắm", "Nhiên", "Ánh", "Vân", "Hoài", "Sang"}
var minorityNames = []string{"Giàng A Páo", "Sùng Mí Chứ", "Vừ Mí Dính", "Lò Văn Pọm", "Y Nhuel Niê", "H'Hen Niê", "Y Biêr Niê", "Tẩn A Sử", "Lầu Mí Súa", "Thào Seo Chứ", "Ly Seo Dình", "Mùa A Vàng", "Sần Văn Páo", "Y Kô Niê", "H'Yim Ayun", "K'Brơi", "A Khuyên", "Rah Lan Chung", "Siu H'Mai", "Thạch Sô Phal", "Lâm Em", "Cà Văn Lả", "Quàng Văn Hặc", "Hờ A Lử"}

// role patterns: %s is replaced by the place of the level.
var rolesProvince = []string{
	"Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Uỷ ban MTTQ tỉnh",
	"Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
	"Chủ tịch Hội Nông dân tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "Bí thư Tỉnh Đoàn", "Chủ tịch Hội Cựu chiến binh tỉnh",
	"Chủ tịch Liên đoàn Lao động tỉnh", "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh",
}
var rolesDistrict = []string{
	"Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", "UVTV Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện",
	"Trưởng Ban Dân vận Huyện ủy", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện",
	"Chủ tịch Hội Nông dân huyện", "Chủ tịch Hội LHPN huyện", "Bí thư Huyện đoàn", "Chủ tịch Hội CCB huyện", "Chủ tịch Liên đoàn Lao động huyện",
}
var rolesCommune = []string{
	"Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Chủ tịch Ủy ban MTTQ xã", "Bí thư Đảng ủy xã", "Chủ tịch UBND xã", "Chủ tịch Hội LHPN xã",
	"Chủ tịch Hội Nông dân xã", "Bí thư Đoàn xã", "Chủ tịch Hội CCB xã", "Trưởng Ban Thanh tra nhân dân xã",
}
var rolesVillage = []string{"Trưởng ban công tác Mặt trận", "Bí thư chi bộ", "Trưởng thôn", "người có uy tín", "già làng", "Chi hội trưởng phụ nữ"}

// unit patterns by level: the place is appended.
var unitsProvince = []string{"Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Ban Thường trực Uỷ ban MTTQ tỉnh", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh Đoàn", "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh", "Ban Dân vận Tỉnh ủy"}
var unitsDistrict = []string{"Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện", "Ủy ban MTTQ huyện", "Hội Nông dân huyện", "Hội LHPN huyện", "Huyện đoàn", "Hội CCB huyện", "Liên đoàn Lao động huyện", "Ban Dân vận Huyện ủy", "Thường trực Huyện ủy"}
var unitsCommune = []string{"Ủy ban MTTQ Việt Nam xã", "Ban Thường trực Ủy ban MTTQ xã", "Uỷ ban MTTQ Việt Nam xã", "Hội Nông dân xã", "Hội LHPN xã", "Đoàn Thanh niên xã", "Hội Cựu chiến binh xã", "Ban Thanh tra nhân dân xã"}

var villagePrefix = []string{"thôn", "bản", "xóm", "ấp", "tổ dân phố", "khu dân cư", "buôn", "làng"}
var villageNames = []string{"Nà Phước", "Pá Phông", "Khánh Hòa", "Bản Chang", "Nà Vài", "Tân Sơn", "Đồng Tâm", "Hòa Bình", "Thành Lợi", "Tân Phú", "Nà Ớt", "Sì Thâu Chải", "Pải Lủng", "Ea Kmát", "Đăk Răng", "Phú Thọ", "Trung Tâm", "Bắc Sơn", "Đông Hưng", "Làng Mới", "Tiền Phong", "Quyết Thắng", "Hợp Nhất", "Yên Bình", "Thác Dẫng", "Khuổi Pết"}
var members = []string{"hội viên", "đoàn viên", "cán bộ, đảng viên", "hội viên nông dân", "hội viên phụ nữ", "đoàn viên thanh niên", "hội viên cựu chiến binh", "công nhân lao động", "người có uy tín", "chức sắc tôn giáo"}
var crops = []string{"chè an toàn", "quế", "hồi", "keo lai", "cam sành", "bưởi Diễn", "chuối tiêu hồng", "lúa chất lượng cao", "ngô lai", "bò sinh sản", "gà đồi", "lợn đen bản địa", "dê núi", "cá lồng", "rau hữu cơ", "nấm sò", "mía tím", "cà phê", "hồ tiêu", "sầu riêng", "xoài cát", "ong lấy mật", "thạch đen", "dong riềng"}
var models = []string{"Tổ tự quản về an ninh trật tự", "Khu dân cư không có tội phạm và tệ nạn xã hội", "Đoạn đường tự quản", "Tuyến đường hoa", "Nhà sạch, vườn đẹp", "Phụ nữ giúp nhau phát triển kinh tế", "Nông dân sản xuất, kinh doanh giỏi", "Cựu chiến binh gương mẫu", "Thanh niên tình nguyện", "Ngôi nhà xanh", "Chi hội không có hộ nghèo", "Camera an ninh", "Tổ hòa giải ở cơ sở", "Dân vận khéo", "Thôn không có rác thải nhựa"}

// docRefs are document numbers as Front news cites them.
var docRefs = []string{"Nghị quyết số 34-NQ/TU", "Quyết định 217-QĐ/TW", "Quyết định 218-QĐ/TW", "Nghị định 100/2019/NĐ-CP", "Luật MTTQ Việt Nam số 75/2015/QH13", "Kết luận 120-KL/TW", "Nghị quyết 04-NQ/HU", "Chỉ thị 18-CT/TW", "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "Quyết định số 12/2018/QĐ-TTg", "Nghị quyết số 43/2022/QH15", "Kết luận số 62-KL/TW", "Chỉ thị số 17-CT/TW", "Nghị quyết số 25-NQ/TW", "Quyết định số 33/2015/QĐ-TTg", "Nghị định 178/2024/NĐ-CP", "Quyết định số 1719/QĐ-TTg", "Nghị quyết số 08-NQ/HU", "Kế hoạch số 56-KH/TU", "Hướng dẫn số 12/HD-MTTW-BTT"}

// topic is one area of Front work with its own title and sentence banks.
type topic struct {
	name   string   // topic phrase for {topic}
	event  []string // event nouns for {event}
	titles []string
	leads  []string
	body   []string
}

var topics = []topic{
	{name: "giám sát", event: []string{"hội nghị giám sát", "buổi giám sát chuyên đề", "đợt giám sát"},
		titles: []string{"{unitC} giám sát việc thực hiện chính sách bảo hiểm y tế tại {commune}", "Giám sát việc quản lý, sử dụng quỹ đóng góp của Nhân dân tại {district}", "{unitC} giám sát chuyên đề năm {year}", "Kết quả giám sát việc thực hiện {doc} ở {district}"},
		leads:  []string{"{date}, đoàn giám sát của {unit} do {person} làm trưởng đoàn đã làm việc với UBND {commune} về việc thực hiện chính sách hỗ trợ hộ nghèo, hộ cận nghèo năm {year}.", "{date}, {unit} tổ chức giám sát chuyên đề việc thực hiện quy chế dân chủ ở cơ sở tại {commune}, {district}."},
		body: []string{"Đoàn đã kiểm tra thực tế tại {n} hộ dân ở {village}, đối chiếu danh sách bình xét với hồ sơ lưu tại UBND xã.", "Qua giám sát, đoàn đánh giá việc bình xét cơ bản đúng quy trình, công khai, dân chủ; tuy nhiên vẫn còn {n2} trường hợp chưa đúng đối tượng.", "Đoàn giám sát kiến nghị UBND xã rà soát, điều chỉnh danh sách, đồng thời tăng cường vai trò của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng.",
			"Cuộc giám sát được thực hiện theo {doc} về Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.", "Sau giám sát, {unitS} sẽ tổng hợp kiến nghị gửi cơ quan có thẩm quyền xem xét, giải quyết và theo dõi việc tiếp thu của các cơ quan liên quan.", "Trong năm {year}, Mặt trận các cấp trong {district} đã chủ trì {n} cuộc giám sát, phối hợp tham gia {n2} cuộc giám sát với HĐND cùng cấp."}},
	{name: "phản biện xã hội", event: []string{"hội nghị phản biện xã hội", "hội nghị góp ý dự thảo"},
		titles: []string{"{unitC} tổ chức hội nghị phản biện xã hội", "Phản biện dự thảo đề án phát triển kinh tế - xã hội {district}", "Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ phát triển sản xuất"},
		leads:  []string{"{date}, {unit} tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND về chính sách hỗ trợ phát triển sản xuất nông nghiệp giai đoạn {year} - {year5}.", "{date}, {unit} tổ chức Hội nghị phản biện đề án tiếp tục đổi mới nội dung, phương thức hoạt động của MTTQ và các tổ chức chính trị - xã hội."},
		body:   []string{"Các ý kiến phản biện cơ bản nhất trí với sự cần thiết ban hành văn bản, đồng thời đề nghị làm rõ tiêu chí, đối tượng thụ hưởng và nguồn lực thực hiện.", "Đã có {n} lượt ý kiến phát biểu, tập trung vào tính khả thi của các chỉ tiêu và cơ chế giám sát việc thực hiện.", "{person} đề nghị cơ quan soạn thảo tiếp thu đầy đủ ý kiến của các tầng lớp Nhân dân trước khi trình cấp có thẩm quyền.", "Ban Thường trực sẽ tổng hợp các ý kiến, gửi văn bản phản biện đến Thường trực HĐND và UBND trước kỳ họp."}},
	{name: "Quỹ Vì người nghèo", event: []string{"Lễ phát động Tháng cao điểm Vì người nghèo", "lễ trao kinh phí hỗ trợ hộ nghèo"},
		titles: []string{"{unitC} phát động Tháng cao điểm \"Vì người nghèo\" năm {year}", "Trao kinh phí từ Quỹ Vì người nghèo cho hộ nghèo {commune}", "{district} vận động trên {money} ủng hộ Quỹ Vì người nghèo"},
		leads:  []string{"{date}, {unit} tổ chức Lễ phát động Tháng cao điểm \"Vì người nghèo\" năm {year}, hưởng ứng Ngày Quốc tế xóa nghèo 17/10.", "{date}, {unit} trao kinh phí hỗ trợ từ Quỹ Vì người nghèo cho {n} hộ nghèo có hoàn cảnh đặc biệt khó khăn tại {commune}."},
		body:   []string{"Năm qua, Quỹ Vì người nghèo các cấp đã vận động được {money}, hỗ trợ xây mới và sửa chữa {n} nhà ở, trao {N} suất quà Tết cho hộ nghèo.", "Tỷ lệ hộ nghèo của {district} giảm từ {pct} xuống còn {pct2}, hộ cận nghèo còn {pct3}.", "Ngay tại buổi lễ, các cơ quan, đơn vị, doanh nghiệp và cá nhân đã ủng hộ Quỹ Vì người nghèo với tổng số tiền {money}.", "Toàn bộ số tiền vận động được công khai tại trụ sở xã và các nhà văn hóa thôn, sử dụng đúng mục đích theo quy định.", "Mỗi cán bộ, công chức, viên chức được vận động ủng hộ ít nhất một ngày lương; mỗi hộ gia đình ủng hộ tùy theo khả năng."}},
	{name: "nhà Đại đoàn kết", event: []string{"lễ bàn giao nhà Đại đoàn kết", "lễ khởi công nhà Đại đoàn kết"},
		titles: []string{"Bàn giao nhà Đại đoàn kết cho hộ nghèo {village}", "{unitC} khởi công xây dựng {n} nhà Đại đoàn kết", "Xóa nhà tạm, nhà dột nát cho hộ nghèo ở {commune}"},
		leads:  []string{"{date}, {unit} tổ chức bàn giao nhà Đại đoàn kết cho gia đình {hhname}, hộ nghèo ở {village}, {commune}.", "{date}, {unit} phối hợp với UBND {commune} khởi công xây dựng nhà Đại đoàn kết cho {n} hộ nghèo."},
		body:   []string{"Ngôi nhà được xây dựng trên diện tích {n3} m2, kết cấu nhà cấp bốn, tổng kinh phí trên {money}, trong đó Quỹ Vì người nghèo hỗ trợ {money2}.", "Các {member} và bà con trong thôn đã đóng góp hàng trăm ngày công để san nền, vận chuyển vật liệu.", "Xúc động nhận bàn giao ngôi nhà mới, {hhname} bày tỏ lòng biết ơn cấp ủy, chính quyền, Mặt trận các cấp và các nhà hảo tâm.", "Từ đầu năm đến nay, {unitS} đã vận động xây mới, sửa chữa {n} nhà Đại đoàn kết, phấn đấu đến năm {year5} không còn nhà tạm, nhà dột nát.", "Chương trình xóa nhà tạm, nhà dột nát được triển khai đồng bộ, có sự tham gia của các tổ chức thành viên và các doanh nghiệp trên địa bàn."}},
	{name: "Ngày hội Đại đoàn kết toàn dân tộc", event: []string{"Ngày hội Đại đoàn kết toàn dân tộc", "Ngày hội Đại đoàn kết ở khu dân cư"},
		titles: []string{"{village} tưng bừng Ngày hội Đại đoàn kết toàn dân tộc năm {year}", "{personShort} dự Ngày hội Đại đoàn kết tại {village}", "Sôi nổi Ngày hội Đại đoàn kết toàn dân tộc ở {commune}"},
		leads:  []string{"{date}, tại nhà văn hóa {village}, {commune}, Ban Công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year}, kỷ niệm {anniv} năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/{year}).", "{date}, {unit} phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại {village}."},
		body:   []string{"Trong năm, Nhân dân trong thôn đã hiến {n3} m2 đất, đóng góp {n} ngày công làm đường bê tông nội đồng; {pct} số hộ đạt danh hiệu gia đình văn hóa.", "Dịp này, Ban Công tác Mặt trận thôn khen thưởng {n2} gia đình tiêu biểu trong xây dựng khu dân cư văn hóa, trao {n} suất quà cho hộ nghèo.", "Sau phần lễ, bà con cùng tham gia các trò chơi dân gian như kéo co, ném còn, đẩy gậy và giao lưu văn nghệ, tạo không khí vui tươi, đoàn kết.", "{person} biểu dương những kết quả đạt được, đề nghị Ban Công tác Mặt trận tiếp tục phát huy vai trò nòng cốt trong tập hợp, đoàn kết Nhân dân."}},
	{name: "phòng, chống dịch Covid-19", event: []string{"lễ tiếp nhận ủng hộ phòng, chống dịch Covid-19"},
		titles: []string{"{unitC} tiếp nhận ủng hộ phòng, chống dịch Covid-19", "Mặt trận {district} chung tay phòng, chống dịch Covid-19", "Vận động ủng hộ Quỹ vắc xin phòng Covid-19 tại {district}"},
		leads:  []string{"{date}, {unit} tổ chức tiếp nhận ủng hộ công tác phòng, chống dịch Covid-19 từ các cơ quan, doanh nghiệp và Nhân dân trên địa bàn.", "{date}, hưởng ứng lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, {unit} phát động ủng hộ Quỹ vắc xin phòng Covid-19."},
		body:   []string{"Đến nay, Mặt trận các cấp đã tiếp nhận {money} cùng nhiều khẩu trang, nước sát khuẩn, gạo và nhu yếu phẩm.", "Toàn bộ tiền, hàng ủng hộ được phân bổ cho các khu cách ly tập trung, chốt kiểm soát dịch và người dân có hoàn cảnh khó khăn do dịch bệnh.", "Ban Công tác Mặt trận các thôn phối hợp với tổ Covid cộng đồng tuyên truyền để Nhân dân thực hiện thông điệp 5K, khai báo y tế trung thực.", "Nhiều hộ gia đình dù còn khó khăn vẫn tự nguyện góp gạo, rau xanh gửi tặng lực lượng tuyến đầu chống dịch."}},
	{name: "công tác tôn giáo", event: []string{"buổi thăm, chúc mừng Lễ Giáng sinh", "buổi thăm, chúc mừng Đại lễ Phật đản"},
		titles: []string{"{unitC} thăm, chúc mừng các cơ sở tôn giáo", "Chúc mừng Lễ Giáng sinh tại {district}", "Gặp mặt chức sắc, chức việc các tôn giáo năm {year}"},
		leads:  []string{"{date}, đoàn công tác của {unit} do {person} làm trưởng đoàn đã đến thăm, chúc mừng các chức sắc, chức việc và đồng bào có đạo tại {district}.", "{date}, {unit} tổ chức gặp mặt chức sắc, chức việc, nhà tu hành các tôn giáo trên địa bàn năm {year}."},
		body:   []string{"Đoàn ghi nhận đóng góp của đồng bào các tôn giáo trong các hoạt động an sinh xã hội, từ thiện nhân đạo với tinh thần \"tốt đời, đẹp đạo\".", "Các chức sắc bày tỏ cảm ơn sự quan tâm của cấp ủy, chính quyền, Mặt trận và khẳng định tiếp tục vận động tín đồ chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.", "Dịp này, đoàn trao {n} suất quà cho các hộ có hoàn cảnh khó khăn là tín đồ các tôn giáo.", "Công tác vận động đồng bào có đạo được triển khai gắn với cuộc vận động xây dựng nông thôn mới và giữ gìn an ninh trật tự ở cơ sở."}},
	{name: "người có uy tín", event: []string{"hội nghị biểu dương người có uy tín", "buổi gặp mặt người có uy tín"},
		titles: []string{"Biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số {province}", "{district} gặp mặt người có uy tín năm {year}", "Phát huy vai trò người có uy tín ở {commune}"},
		leads:  []string{"{date}, {unit} tổ chức gặp mặt {n} người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn.", "{date}, {unit} phối hợp với Ban Dân tộc tổ chức hội nghị biểu dương người có uy tín tiêu biểu năm {year}."},
		body:   []string{"Đội ngũ người có uy tín đã tham gia hòa giải {n} vụ việc mâu thuẫn ở cơ sở, vận động Nhân dân hiến {N} m2 đất làm đường giao thông nông thôn.", "{minority}, người có uy tín {village}, chia sẻ kinh nghiệm vận động bà con bỏ tục lệ lạc hậu trong việc cưới, việc tang.", "Nhiều ý kiến đề nghị quan tâm đầu tư nước sinh hoạt, hỗ trợ giống cây trồng, vật nuôi cho các bản vùng sâu, vùng xa.", "Các già làng, trưởng bản được đề nghị tiếp tục là cầu nối giữa Đảng, chính quyền với Nhân dân, kịp thời phản ánh tâm tư, nguyện vọng của đồng bào."}},
	{name: "bầu cử, hiệp thương", event: []string{"hội nghị hiệp thương", "hội nghị lấy ý kiến cử tri nơi cư trú"},
		titles: []string{"Hội nghị hiệp thương lần thứ {ordinal} tại {province}", "{unitC} lấy ý kiến cử tri nơi cư trú đối với người ứng cử", "Chuẩn bị chu đáo cho cuộc bầu cử đại biểu Quốc hội và HĐND các cấp"},
		leads:  []string{"{date}, {unit} tổ chức Hội nghị hiệp thương lần thứ {ordinal} để thỏa thuận cơ cấu, thành phần, số lượng người được giới thiệu ứng cử đại biểu HĐND nhiệm kỳ {year} - {year5}.", "{date}, {unit} tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử tại {village}."},
		body:   []string{"Hội nghị đã thống nhất lập danh sách {n} người đủ tiêu chuẩn ứng cử, bảo đảm cơ cấu phụ nữ, người ngoài Đảng, người trẻ tuổi và người dân tộc thiểu số.", "100% cử tri có mặt tín nhiệm người ứng cử; các ý kiến nhận xét đều được ghi vào biên bản gửi Ban Thường trực.", "Hội nghị được tổ chức đúng quy định của Luật Bầu cử và {doc}.", "Mặt trận các cấp đẩy mạnh tuyên truyền để cử tri hiểu rõ quyền, nghĩa vụ của mình, tích cực tham gia ngày bầu cử."}},
	{name: "Đại hội MTTQ", event: []string{"Đại hội đại biểu MTTQ", "đại hội điểm"},
		titles: []string{"Đại hội đại biểu MTTQ Việt Nam {commune} nhiệm kỳ {year} - {year5}", "{commune} tổ chức thành công Đại hội điểm MTTQ", "Đại hội Mặt trận {district} lần thứ {roman}"},
		leads:  []string{"{date}, {unit} long trọng tổ chức Đại hội đại biểu lần thứ {roman}, nhiệm kỳ {year} - {year5}.", "{date}, {unit} tổ chức đại hội điểm cấp xã, rút kinh nghiệm cho các đơn vị trong {district}."},
		body:   []string{"Nhiệm kỳ qua, Mặt trận đã vận động Nhân dân đóng góp {money}, hiến {N} m2 đất xây dựng nông thôn mới, xây mới {n} nhà Đại đoàn kết.", "Đại hội đề ra {n2} chỉ tiêu chủ yếu, trong đó phấn đấu {pct} hộ gia đình đạt danh hiệu gia đình văn hóa.", "Đại hội đã hiệp thương cử {n} vị vào Ủy ban MTTQ Việt Nam khóa mới; {person} được hiệp thương cử giữ chức Chủ tịch.", "Đại hội bầu đoàn đại biểu đi dự Đại hội MTTQ cấp trên và thông qua Nghị quyết đại hội."}},
	{name: "tiếp xúc cử tri", event: []string{"hội nghị tiếp xúc cử tri"},
		titles: []string{"Đại biểu HĐND tỉnh tiếp xúc cử tri {district}", "Tiếp xúc cử tri trước kỳ họp tại {commune}", "Cử tri {district} kiến nghị nhiều vấn đề dân sinh"},
		leads:  []string{"{date}, {unit} phối hợp với Tổ đại biểu HĐND tỉnh tổ chức hội nghị tiếp xúc cử tri trước kỳ họp tại {commune}.", "{date}, {unit} tổ chức cho đại biểu Quốc hội tiếp xúc cử tri {district} sau kỳ họp."},
		body:   []string{"Cử tri đã nêu {n} ý kiến, kiến nghị, tập trung vào giá vật tư nông nghiệp, cấp giấy chứng nhận quyền sử dụng đất và đầu tư đường giao thông liên xã.", "Thay mặt Tổ đại biểu, {person} tiếp thu, giải trình các ý kiến thuộc thẩm quyền.", "Các ý kiến khác sẽ được tổng hợp gửi cơ quan có thẩm quyền xem xét, trả lời cử tri theo quy định.", "Mặt trận các xã được đề nghị theo dõi, giám sát việc giải quyết kiến nghị của cử tri và thông tin kết quả đến Nhân dân."}},
	{name: "chuyển đổi số", event: []string{"hội nghị tập huấn chuyển đổi số"},
		titles: []string{"Đẩy mạnh chuyển đổi số trong hoạt động của Mặt trận {district}", "{unitC} tập huấn ứng dụng công nghệ thông tin", "Hỗ trợ người dân kích hoạt tài khoản định danh điện tử VNeID"},
		leads:  []string{"{date}, {unit} tổ chức hội nghị tập huấn chuyển đổi số cho cán bộ Mặt trận cấp huyện, cấp xã.", "{date}, {unit} ra quân hỗ trợ người dân cài đặt, kích hoạt tài khoản định danh điện tử theo Đề án 06 của Chính phủ."},
		body:   []string{"Học viên được hướng dẫn sử dụng phần mềm quản lý văn bản, chữ ký số và quy trình tiếp nhận ý kiến của cử tri trên môi trường mạng.", "Đến nay, {pct} Ban Công tác Mặt trận ở khu dân cư đã lập nhóm Zalo để thông tin, lấy ý kiến Nhân dân.", "Các Tổ công nghệ số cộng đồng được yêu cầu đến từng hộ dân, nhất là người cao tuổi, để hướng dẫn sử dụng dịch vụ công trực tuyến.", "Mặt trận vận động Nhân dân thanh toán không dùng tiền mặt, cảnh giác với các hình thức lừa đảo trên mạng xã hội."}},
	{name: "nông thôn mới", event: []string{"hội nghị sơ kết cuộc vận động"},
		titles: []string{"{commune} sơ kết cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"", "Nhân dân {village} hiến đất làm đường", "{unitC} nhân rộng mô hình {model}"},
		leads:  []string{"{date}, {unit} tổ chức hội nghị sơ kết 5 năm thực hiện cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\".", "{date}, {unit} tổ chức ra mắt mô hình \"{model}\" tại {village}."},
		body:   []string{"Nhân dân đã đóng góp {money}, hiến {N} m2 đất và hàng nghìn ngày công làm đường giao thông, nhà văn hóa, kênh mương nội đồng.", "Mô hình \"{model}\" được duy trì hiệu quả ở {n} khu dân cư, góp phần giữ gìn cảnh quan, môi trường.", "Nhiều hộ {member} đã chuyển đổi sang trồng {crop}, cho thu nhập cao gấp {n2} lần so với trước.", "Hội nghị chỉ ra hạn chế như việc phân loại rác thải tại nguồn chưa đạt yêu cầu, một số tiêu chí nông thôn mới nâng cao còn khó khăn."}},
	{name: "tổ chức thành viên", event: []string{"hội nghị tập huấn", "hội nghị sơ kết"},
		titles: []string{"{unitC} tập huấn kỹ thuật trồng {crop} cho {member}", "Hội viên {commune} giúp nhau phát triển kinh tế", "{unitC} sơ kết phong trào thi đua năm {year}"},
		leads:  []string{"{date}, {unit} tổ chức lớp tập huấn chuyển giao khoa học kỹ thuật về trồng {crop} cho {N} {member} trong {district}.", "{date}, {unit} tổ chức hội nghị sơ kết phong trào \"{model}\" giai đoạn {year0} - {year}."},
		body:   []string{"Các kỹ sư khuyến nông đã hướng dẫn kỹ thuật chọn giống, bón phân, phòng trừ sâu bệnh cho cây {crop}.", "Các cấp hội đã phối hợp với Ngân hàng Chính sách xã hội quản lý {n} tổ tiết kiệm và vay vốn với tổng dư nợ trên {money}.", "Tiêu biểu là mô hình trồng {crop} của {hhname} ở {village}, mỗi năm cho thu nhập trên {money2}.", "Hội đặt mục tiêu kết nạp mới {N} {member}, hỗ trợ thành lập {n2} tổ hợp tác gắn với chuỗi giá trị nông sản."}},
	{name: "an sinh xã hội", event: []string{"chương trình trao quà Tết", "lễ trao học bổng"},
		titles: []string{"Trao {N} suất quà Tết cho hộ nghèo {district}", "{unitC} trao học bổng cho học sinh nghèo vượt khó", "Chăm lo Tết cho người nghèo, gia đình chính sách ở {commune}"},
		leads:  []string{"{date}, {unit} tổ chức trao {N} suất quà Tết cho hộ nghèo, gia đình chính sách và người có hoàn cảnh khó khăn.", "{date}, {unit} trao {n} suất học bổng cho học sinh nghèo vượt khó học giỏi."},
		body:   []string{"Mỗi suất quà trị giá {gift} đồng gồm tiền mặt và nhu yếu phẩm, được trích từ Quỹ Vì người nghèo và sự hỗ trợ của các doanh nghiệp.", "{person} mong các gia đình vượt qua khó khăn, đón Tết vui tươi, đầm ấm.", "Các hoạt động an sinh xã hội được thực hiện công khai, đúng đối tượng, không để hộ nghèo nào không có Tết.", "Dịp này, {unitS} cũng tặng {n} thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo."}},
}

// generic sentences usable in any article.
var genericBody = []string{
	"Dự hội nghị có {person}; {person2}; đại diện lãnh đạo các ban, ngành, đoàn thể và {n} đại biểu tiêu biểu cho các tầng lớp Nhân dân.",
	"Tại hội nghị, các đại biểu đã tập trung thảo luận, đánh giá những việc đã làm được, chỉ ra những tồn tại, hạn chế và nguyên nhân.",
	"Phát biểu tại hội nghị, {person} ghi nhận, biểu dương những kết quả đạt được, đồng thời đề nghị thời gian tới tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở.",
	"Đồng chí đề nghị {unitS} phối hợp chặt chẽ với chính quyền, bám sát nhiệm vụ chính trị của địa phương, phát huy vai trò giám sát và phản biện xã hội.",
	"Dịp này, {n} tập thể và {n2} cá nhân có thành tích xuất sắc đã được khen thưởng.",
	"Theo báo cáo, năm {year} {unitS} đã tổ chức {n} hội nghị tuyên truyền cho trên {N} lượt {member}.",
	"Công tác phối hợp giữa Mặt trận với các tổ chức thành viên ngày càng chặt chẽ, hiệu quả, góp phần củng cố khối đại đoàn kết toàn dân tộc.",
	"Tuy nhiên, hoạt động của một số Ban Công tác Mặt trận ở khu dân cư còn hình thức, chưa thu hút được đông đảo Nhân dân tham gia.",
	"Hội nghị cũng đã thống nhất ban hành chương trình phối hợp thống nhất hành động năm {year1}.",
	"Trên tinh thần trao đổi thẳng thắn, trách nhiệm, các đại biểu đã đánh giá khách quan những khó khăn, hạn chế và đề xuất nhiều giải pháp thiết thực.",
	"Thời gian tới, {unitS} sẽ tiếp tục tuyên truyền, vận động Nhân dân thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
	"Việc triển khai {doc} được cụ thể hóa bằng kế hoạch, có lộ trình và phân công trách nhiệm rõ ràng.",
	"Các ý kiến, kiến nghị của Nhân dân được tổng hợp đầy đủ, phản ánh kịp thời đến cấp ủy, chính quyền.",
	"{person} nhấn mạnh, cán bộ Mặt trận phải sâu sát cơ sở, lắng nghe ý kiến Nhân dân, nói đi đôi với làm.",
	"Kết quả, {pct} khu dân cư đạt danh hiệu khu dân cư văn hóa; {n} thôn, bản được công nhận khu dân cư kiểu mẫu.",
	"Bà con {village} phấn khởi cho biết, nhờ có sự quan tâm của Mặt trận và các đoàn thể, đời sống của gia đình đã từng bước được cải thiện.",
	"Ngay sau hội nghị, {unitS} sẽ xây dựng kế hoạch cụ thể, phân công cán bộ theo dõi, đôn đốc việc thực hiện ở từng khu dân cư.",
	"Các đại biểu thống nhất cao với dự thảo báo cáo và chương trình công tác trọng tâm năm {year1}.",
	"Đây là hoạt động thiết thực hướng tới kỷ niệm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam 18/11.",
	"Ban Thường trực đề nghị các xã, thị trấn báo cáo kết quả thực hiện trước ngày {dl} để tổng hợp, báo cáo cấp trên.",
}

var captionBank = []string{
	"Quang cảnh hội nghị", "Toàn cảnh hội nghị", "{personShort} phát biểu tại hội nghị", "Các đại biểu dự hội nghị",
	"Đại biểu trao quà cho hộ nghèo {village}", "{personShort} trao giấy khen cho các tập thể, cá nhân tiêu biểu",
	"Ảnh: Quang cảnh buổi làm việc", "Nhân dân {village} tham gia Ngày hội", "Đoàn giám sát làm việc tại {commune}",
	"Hội viên {member} chăm sóc vườn {crop}", "Các đại biểu biểu quyết thông qua nghị quyết", "Lãnh đạo {unitS} tặng hoa chúc mừng",
}

var categories = []string{"Tin hoạt động", "Hoạt động Mặt trận", "Tin tức - Sự kiện", "Hoạt động các xã thị trấn", "Tin cơ sở", "Các tổ chức thành viên", "Dân tộc - Tôn giáo", "Công tác tuyên truyền"}
