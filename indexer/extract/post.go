package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/indexer/vndate"
)

// Page furniture that leaks into article containers, matched on whole short
// paragraphs.
var (
	reChromeLine   = regexp.MustCompile(`(?i)^(?:(\d+\s+)?comments?|don'?t miss|this slideshow requires javascript\.?|tell us what you think.*|share this( article| story)?|related (articles|stories|posts)|(số )?lượt (xem|đọc|truy cập)\s*:?\s*[\d.,]*$|(đã xem|views?|lượt xem)\s*:?\s*[\d.,]+$|(in bài( viết)?|bản in|in trang|gửi email|gửi bài( viết)?|gửi cho bạn bè|chia sẻ|share|tweet|print|email|facebook|zalo|twitter|quay lại|trở về|trở lại|về đầu trang|đầu trang|lên đầu trang|back to top|lưu bài|in|góp ý|phản hồi|đóng|close|bình luận)\s*:?$|(ý kiến bạn đọc|gửi ý kiến( của bạn)?|ý kiến của bạn|họ (và )?tên|địa chỉ email|nội dung|mã xác nhận|mã bảo vệ|tiêu đề|điện thoại|gửi|nhập lại)\s*:?\s*\*?$|(các tin|tin) (đã đưa|khác|cũ hơn|mới hơn)\s*:?$|(trang|page)\s*\d+\s*(/|of|trên)\s*\d+$|\d+\s*(lượt xem|views?)$|(xem thêm|đọc thêm|read more|continue reading|advertisement|quảng cáo)\s*:?$)`)
	reChromePrefix = regexp.MustCompile(`(?i)^(?:(published|updated|posted|last updated)\s*:|sign up for|subscribe to|(skip to (main )?content|bỏ qua nội dung|chuyển đến nội dung)|tổng số\s*:?\s*\d+|xem tin theo ngày|(tags?|từ khóa|từ khoá|chuyên mục|danh mục)\s*:|(đánh giá bài viết|bình chọn|chia sẻ bài viết|in bài viết|lượt thích)|\|?\s*(trang chủ|home)\s*(>|»|/|\|)|(cơ quan chủ quản|địa chỉ|điện thoại|đt|fax|email|e-mail|ghi rõ nguồn|bản quyền|copyright|©|giấy phép|chịu trách nhiệm|trưởng ban biên tập|thiết kế bởi|phát triển bởi|designed by|powered by)\b)`)
	reChromeAny    = regexp.MustCompile(`(?i)cỡ chữ|a\+\s*a-|a-\s*a\+|trang\s*:?\s*\d+\s*(trên|/)\s*(tổng số\s*)?\d+`)
	// reStop marks the end of the article: related-news lists and comment
	// forms that follow it.
	reStop      = regexp.MustCompile(`(?i)^(tin liên quan|các tin liên quan|bài viết liên quan|các bài viết liên quan|tin bài liên quan|bài liên quan|các tin (tức |bài )?khác|các bài (viết )?khác|tin khác|tin cùng chuyên mục|cùng chuyên mục|các tin cùng chuyên mục|tin tức khác|tin mới hơn|tin cũ hơn|tin đã đưa|các tin đã đưa|ý kiến bạn đọc|gửi ý kiến|bình luận|viết bình luận|ý kiến phản hồi|tin nổi bật|tin đọc nhiều|đọc nhiều nhất|xem nhiều nhất)\s*:?(\s*\(\d+\))?$`)
	reFileName  = regexp.MustCompile(`(?i)^[\w\-. ]+\.(jpe?g|png|gif|webp|bmp)$`)
	reCaptionPt = regexp.MustCompile(`(?i)^\(?(ảnh|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|photo|hình)\s*:|\((ảnh|photo|nguồn ảnh)\s*:[^)]*\)\.?$|[.\s-–](ảnh|photo)\s*:\s*[^.]{1,60}$`)
	reDateWords = regexp.MustCompile(`(?i)thứ (hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật|ngày đăng( tải)?|đăng ngày|ngày cập nhật|cập nhật( lúc)?|ngày|tháng|năm|lúc|giờ|sáng|chiều|tối|posted|published|updated|on|am|pm|gmt|\+07:?00|utc|ict|\d{1,2}:\d{2}(:\d{2})?|[-|,:/()]`)
)

// isChrome reports whether a short paragraph is page furniture.
func isChrome(t string) bool {
	if len(t) < 250 && (strings.Contains(t, "©") || strings.Contains(t, "(c) Copyright")) {
		return true
	}
	if len(t) > 160 {
		return false
	}
	// Whole-line patterns only fit short lines; prefix patterns need only
	// the head of the line (the regexp engine's cost grows with length).
	if len(t) <= 70 && reChromeLine.MatchString(t) {
		return true
	}
	head := t
	if len(head) > 48 {
		cut := 48
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	if reChromePrefix.MatchString(head) {
		return true
	}
	return mayBeChromeAny(t) && reChromeAny.MatchString(t)
}

// mayBeChromeAny is a cheap necessary condition for reChromeAny, checked
// without lowercasing t: every match holds "a+", "a-" or "trang" in some
// letter case, or "ữ"/"Ữ" (of "cỡ chữ").
func mayBeChromeAny(t string) bool {
	return strings.Contains(t, "a+") || strings.Contains(t, "A+") || strings.Contains(t, "a-") || strings.Contains(t, "A-") ||
		strings.Contains(t, "ữ") || strings.Contains(t, "Ữ") || containsASCIIFold(t, "trang")
}

// containsASCIIFold reports whether s contains word, a lowercase ASCII
// word, with its letters in any case.
func containsASCIIFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) && s[i+j]|0x20 == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// isDateLine reports whether a short paragraph is only a date stamp.
func isDateLine(t string) bool {
	if len(t) > 120 {
		return false
	}
	ms := vndate.FindAll(t)
	if len(ms) == 0 {
		return false
	}
	rest := t
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.Start >= 0 && m.End <= len(rest) && m.Start <= m.End {
			rest = rest[:m.Start] + " " + rest[m.End:]
		}
	}
	rest = reDateWords.ReplaceAllString(rest, " ")
	return wordCount(rest) <= 3
}

// dropTrailingLinkList removes a list of links that ends the text ("More
// stories", "Read more") and the short heading before it.
func dropTrailingLinkList(ps []para) []para {
	k, items := len(ps), 0
	for k > 0 {
		p := ps[k-1]
		if p.li && p.link > 0 && p.link*10 >= p.n*2 && len(p.text) < 300 {
			items++
		} else if !(p.link*10 > p.n*6 || isChrome(p.text)) {
			break
		}
		k--
	}
	if items < 3 {
		return ps
	}
	if k > 0 && len(ps[k-1].text) < 80 && !endsSentence(ps[k-1].text) {
		k--
	}
	return ps[:k]
}

func (c *collector) finish(out *content) {
	c.paras = dropTrailingLinkList(c.paras)
	leadText := ""
	if c.lead != nil {
		leadText = nodeText(c.lead, 3000)
	}
	var paras []string
	var kept []para
	seen := map[string]bool{}
	linkSeen := 0
	for _, p := range c.paras {
		t := p.text
		if p.link*2 > p.n && p.n >= 15 {
			out.linkParas++
			linkSeen++
			if p.heading {
				out.linkHeads++
			}
		} else if p.link*4 < p.n && p.words >= 40 {
			out.interleaved = linkSeen
		}
		if c.titleTxt != "" && strings.EqualFold(t, c.titleTxt) {
			continue
		}
		if len(paras) > 0 && len(t) < 80 && reStop.MatchString(t) {
			break
		}
		if isChrome(t) {
			continue
		}
		if isDateLine(t) {
			out.dateLines = append(out.dateLines, t)
			continue
		}
		if reFileName.MatchString(t) {
			continue
		}
		// Link-only lines: navigation, "read more", teasers.
		if p.link*10 > p.n*6 && p.words < 40 {
			continue
		}
		if p.heading && out.firstHeading == "" && len(paras) == 0 {
			out.firstHeading = t
		}
		if !p.lead && !p.heading && len(t) < 300 && ((p.afterImg && p.italic) || mentionsPhoto(t) && reCaptionPt.MatchString(t)) {
			c.captions = append(c.captions, t)
			continue
		}
		if p.lead && leadText != "" {
			// the lead element is emitted as one paragraph below
			continue
		}
		// Repeated short paragraphs are dropped. A paragraph of 200 runes
		// or more cannot equal a short one (lowercasing keeps the rune
		// count), so it is neither looked up nor recorded.
		if p.n < 200 {
			key := strings.ToLower(t)
			if seen[key] && len(t) < 200 {
				continue
			}
			seen[key] = true
		}
		paras = append(paras, t)
		kept = append(kept, p)
	}
	if leadText != "" {
		out.lead = leadText
		paras = append([]string{leadText}, paras...)
	} else if len(kept) > 1 && kept[0].bold && !kept[0].heading && len(kept[0].text) >= 60 && endsSentence(kept[0].text) {
		// An unmarked sapo: the first paragraph set in bold.
		out.lead = kept[0].text
	}
	out.paras = paras
	out.captions = dedupe(c.captions)
	out.images = c.images
	if leadText != "" {
		n, _ := textCount(leadText)
		out.addPara(n, wordCount(leadText))
	}
	for _, p := range kept {
		out.addPara(p.n, p.words)
	}
}

// addPara counts a kept paragraph of n non-space runes and the given
// number of words into the text length and the long paragraphs.
func (c *content) addPara(n, words int) {
	c.textLen += n
	if words >= 40 {
		c.longParas++
	}
}

func endsSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, " \"'”’)»"))
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':' || r == ';'
}

func dedupe(list []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, s := range list {
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// Byline detection.
var (
	reByOrg  = regexp.MustCompile(`^(Ủy ban|Uỷ ban|UB|UBMTTQ|Ban |BTT|MTTQ|Mặt trận|Hội |Đoàn |Văn phòng|Ban Thường trực|Thường trực|Liên đoàn|Công đoàn|Phòng |Trung tâm )`)
	reByRole = regexp.MustCompile(`^(Phó Chủ tịch|Chủ tịch|Trưởng ban|Phó Trưởng ban|Phó trưởng ban|Trưởng phòng|Phó trưởng phòng|Bí thư|Phó Bí thư|Ủy viên|Uỷ viên|Cán bộ|Chuyên viên|Phóng viên|Cộng tác viên|CTV|PV|Giám đốc|Phó Giám đốc|Thư ký|Văn phòng)\b`)
	reByFrom = regexp.MustCompile(`^(Theo|Nguồn)\s*:?\s*\S`)
	// reByPrefix: "Bài, ảnh: Thanh Cương", "Tin và ảnh: Hoàng Hồng".
	reByPrefix  = regexp.MustCompile(`^(?i:bài|tin|ảnh|bài viết|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|bài/ảnh|tin/ảnh|tác giả)\s*:\s*(\S.*)$`)
	reParenTail = regexp.MustCompile(`\s*\([^()]{1,80}\)$`)
)

// isNameLine reports whether t looks like a person's name: 2–6 words, each
// starting with an upper-case letter, no sentence punctuation.
func isNameLine(t string) bool {
	t = strings.Trim(t, " -–—.()")
	if len(t) > 60 || strings.ContainsAny(t, ",;:!?\"“”") {
		return false
	}
	words := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == '(' || r == ')' || r == '/' })
	if len(words) == 1 && utf8.RuneCountInString(words[0]) >= 2 && len(words[0]) <= 25 {
		r, _ := utf8.DecodeRuneInString(words[0])
		return unicode.IsUpper(r)
	}
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isBylineLine reports whether t (a short last paragraph) is a byline.
func isBylineLine(t string) bool {
	if len(t) > 120 || wordCount(t) > 14 {
		return false
	}
	if reByFrom.MatchString(t) && wordCount(t) <= 10 && !strings.Contains(strings.TrimSuffix(t, "."), ". ") {
		return true
	}
	if endsSentence(t) && !strings.HasSuffix(t, ")") {
		return false
	}
	if isNameLine(t) {
		return true
	}
	if reByOrg.MatchString(t) && wordCount(t) <= 12 && !strings.ContainsAny(t, ",;:") {
		return true
	}
	return false
}

// splitByline moves a trailing byline out of the body. It returns the
// remaining paragraphs and the byline ("Name - Role" when a role line
// follows the name).
func splitByline(paras []string) ([]string, string) {
	if len(paras) < 2 {
		return paras, ""
	}
	last := paras[len(paras)-1]
	if len(paras) >= 3 && (reByRole.MatchString(last) || reByOrg.MatchString(last)) && len(last) < 140 && !endsSentence(last) {
		prev := paras[len(paras)-2]
		if isNameLine(prev) {
			return paras[:len(paras)-2], strings.Trim(prev, " -–—") + " - " + last
		}
	}
	if m := reByPrefix.FindStringSubmatch(last); m != nil && len(last) < 120 && isNameLine(reParenTail.ReplaceAllString(m[1], "")) {
		return paras[:len(paras)-1], strings.TrimSpace(m[1])
	}
	if isBylineLine(last) || (reParenTail.MatchString(last) && isNameLine(reParenTail.ReplaceAllString(last, ""))) {
		by := strings.TrimSpace(last)
		return paras[:len(paras)-1], by
	}
	return paras, ""
}

// mentionsPhoto is a cheap guard before the caption pattern. Every
// reCaptionPt match has a colon ("Ảnh: …", "(Ảnh: …)"), which most
// paragraphs mentioning "hình ảnh" or "chính" lack, so that is checked
// first.
func mentionsPhoto(t string) bool {
	if strings.IndexByte(t, ':') < 0 {
		return false
	}
	return strings.Contains(t, "ảnh") || strings.Contains(t, "Ảnh") || strings.Contains(t, "hoto") ||
		strings.Contains(t, "ình") || strings.Contains(t, "ẢNH") || strings.Contains(t, "HOTO")
}
