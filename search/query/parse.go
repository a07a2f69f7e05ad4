package query

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/search"
	"github.com/frontsearch/frontsearch/search/analysis"
)

// Limits on a query.
const (
	MaxChars = 1000 // characters (runes) in the query
	MaxTerms = 64   // leaf nodes (terms, phrases, filters) in the AST
)

// Fields lists the field prefixes of the query language, in the order
// error messages show them.
var Fields = []string{
	search.FacetUnit, search.FacetPerson, search.FacetTopic, search.FacetPlace,
	search.FacetProvince, search.FacetDistrict, search.FacetCommune, search.FacetOrg,
	search.FacetLevel, search.FacetSite, search.FacetDoc, search.FacetYear, "date",
}

func knownField(name string) bool {
	for _, f := range Fields {
		if f == name {
			return true
		}
	}
	return false
}

// Parse parses q. An empty (or all-space) query gives a nil Node and no
// error. Errors are *search.QueryError with Param "q".
func Parse(q string) (*Node, error) {
	if n := utf8.RuneCountInString(q); n > MaxChars {
		return nil, qerr("query too long: %d characters (max %d) — shorten it", n, MaxChars)
	}
	q = analysis.Normalize(strings.ToValidUTF8(q, "\uFFFD"))
	p := &parser{src: q}
	if err := p.lex(); err != nil {
		return nil, err
	}
	if len(p.toks) == 0 {
		return nil, nil
	}
	n, err := p.parseAnd(0)
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) { // only a stray ')' stops parseAnd at depth 0
		return nil, qerr(`unbalanced parentheses: ")" at character %d has no matching "(" — remove it or add "(" before`, p.toks[p.i].pos)
	}
	n = simplify(n)
	if c := countLeaves(n); c > MaxTerms {
		return nil, qerr("too many terms: %d (max %d) — remove some words or filters", c, MaxTerms)
	}
	return n, nil
}

func qerr(format string, args ...any) error {
	return &search.QueryError{Param: "q", Msg: fmt.Sprintf(format, args...)}
}

type tokKind int

const (
	tWord tokKind = iota
	tPhrase
	tField
	tLParen
	tRParen
	tOr
	tNot
)

type token struct {
	kind  tokKind
	text  string // word, phrase, field value
	field string
	pos   int // 1-based character position in the (normalised) query
}

type parser struct {
	src  string
	toks []token
	i    int
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '„' }

func isDelim(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == ')' || r == '|' || isQuote(r)
}

func (p *parser) charPos(byteOff int) int { return utf8.RuneCountInString(p.src[:byteOff]) + 1 }

// lex splits the query into tokens.
func (p *parser) lex() error {
	s := p.src
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case r == '(':
			p.toks = append(p.toks, token{kind: tLParen, pos: p.charPos(i)})
			i += w
		case r == ')':
			p.toks = append(p.toks, token{kind: tRParen, pos: p.charPos(i)})
			i += w
		case r == '|':
			p.toks = append(p.toks, token{kind: tOr, pos: p.charPos(i)})
			i += w
		case isQuote(r):
			text, end, err := p.quoted(i)
			if err != nil {
				return err
			}
			if text == "" {
				return qerr(`empty phrase "" at character %d — put words between the quotes or remove them`, p.charPos(i))
			}
			p.toks = append(p.toks, token{kind: tPhrase, text: text, pos: p.charPos(i)})
			i = end
		case r == '-' || r == '+':
			next, _ := utf8.DecodeRuneInString(s[i+w:])
			if i+w >= len(s) || unicode.IsSpace(next) || next == ')' || next == '|' {
				if r == '+' || p.dashBetweenWords(i+w) {
					i += w // "kinh tế - xã hội": punctuation, not an operator
					continue
				}
				return qerr(`"-" needs a word after it (character %d): write -word or -"phrase", or remove the "-"`, p.charPos(i))
			}
			if r == '-' {
				p.toks = append(p.toks, token{kind: tNot, pos: p.charPos(i)})
			}
			i += w
		default:
			end, err := p.word(i)
			if err != nil {
				return err
			}
			i = end
		}
	}
	return nil
}

// dashBetweenWords reports whether a free-standing '-' ending at byte i
// sits between two words (more words follow and one precedes).
func (p *parser) dashBetweenWords(i int) bool {
	rest := strings.TrimLeftFunc(p.src[i:], unicode.IsSpace)
	if rest == "" || rest[0] == ')' || rest[0] == '|' || strings.HasPrefix(rest, "OR ") || rest == "OR" {
		return false
	}
	return len(p.toks) > 0 && p.toks[len(p.toks)-1].kind != tNot && p.toks[len(p.toks)-1].kind != tOr && p.toks[len(p.toks)-1].kind != tLParen
}

// quoted reads a quoted string starting at the quote at byte i and
// returns its text (spaces collapsed) and the byte after the closing
// quote.
func (p *parser) quoted(i int) (string, int, error) {
	_, w := utf8.DecodeRuneInString(p.src[i:])
	start := i + w
	for j := start; j < len(p.src); {
		r, w := utf8.DecodeRuneInString(p.src[j:])
		if isQuote(r) {
			return collapse(p.src[start:j]), j + w, nil
		}
		j += w
	}
	frag := strings.TrimSpace(p.src[start:])
	if utf8.RuneCountInString(frag) > 30 {
		frag = string([]rune(frag)[:30]) + "…"
	}
	return "", 0, qerr(`unclosed quote: add a closing " after "%s`, frag)
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// word reads a word, field filter or operator keyword starting at byte i.
func (p *parser) word(i int) (int, error) {
	s := p.src
	pos := p.charPos(i)
	// field prefix: ASCII letters then ':'
	j := i
	for j < len(s) && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
		j++
	}
	if j > i && j < len(s) && s[j] == ':' {
		name := strings.ToLower(s[i:j])
		after := j + 1
		var next rune = -1
		if after < len(s) {
			next, _ = utf8.DecodeRuneInString(s[after:])
		}
		if knownField(name) {
			return p.field(name, after, pos)
		}
		if j-i >= 3 && next != -1 && (!isDelim(next) || isQuote(next)) && next != '/' {
			return 0, qerr(`unknown field "%s:" (known: %s) — or put the text in quotes to search it`, s[i:j], strings.Join(Fields, ", "))
		}
	}
	end := i
	for end < len(s) {
		r, w := utf8.DecodeRuneInString(s[end:])
		if isDelim(r) {
			break
		}
		end += w
	}
	text := s[i:end]
	// "217- QĐ/TW": a number and dash, one space, the rest of a doc number
	if isDigits(strings.TrimSuffix(text, "-")) && strings.HasSuffix(text, "-") && end+1 < len(s) && s[end] == ' ' {
		e2 := end + 1
		for e2 < len(s) {
			r, w := utf8.DecodeRuneInString(s[e2:])
			if isDelim(r) {
				break
			}
			e2 += w
		}
		if d, ok := DocNumber(text + s[end+1:e2]); ok {
			p.toks = append(p.toks, token{kind: tWord, text: d, pos: pos})
			return e2, nil
		}
	}
	if isDigits(strings.TrimRight(text, "-")) {
		text = strings.TrimRight(text, "-") // "12- …": the dash is punctuation
	}
	switch text {
	case "OR":
		p.toks = append(p.toks, token{kind: tOr, pos: pos})
		return end, nil
	case "AND":
		return end, nil
	case "NOT":
		p.toks = append(p.toks, token{kind: tNot, pos: pos})
		return end, nil
	}
	if hasWordChar(text) {
		p.toks = append(p.toks, token{kind: tWord, text: text, pos: pos})
	}
	return end, nil
}

func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// field reads the value of field name starting at byte i.
func (p *parser) field(name string, i, pos int) (int, error) {
	s := p.src
	var val string
	end := i
	if i < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[i:]); isQuote(r) {
			v, e, err := p.quoted(i)
			if err != nil {
				return 0, err
			}
			val, end = v, e
		} else {
			for end < len(s) {
				r, w := utf8.DecodeRuneInString(s[end:])
				if isDelim(r) {
					break
				}
				end += w
			}
			val = s[i:end]
		}
	}
	if val == "" {
		ex := `"…"`
		switch name {
		case "year":
			ex = "2020 or 2019..2021"
		case "date":
			ex = "2020-01-01..2020-06-30"
		}
		return 0, qerr(`%s: needs a value right after the colon, e.g. %s:%s`, name, name, ex)
	}
	switch name {
	case "year":
		from, to, err := yearRange(val)
		if err != nil {
			return 0, err
		}
		p.toks = append(p.toks, token{kind: tField, field: name, text: from + ".." + to, pos: pos})
	case "date":
		from, to, err := dateRange(val)
		if err != nil {
			return 0, err
		}
		p.toks = append(p.toks, token{kind: tField, field: name, text: from + ".." + to, pos: pos})
	case "doc":
		if d, ok := DocNumber(val); ok {
			val = d
		}
		p.toks = append(p.toks, token{kind: tField, field: name, text: val, pos: pos})
	default:
		p.toks = append(p.toks, token{kind: tField, field: name, text: val, pos: pos})
	}
	return end, nil
}

func splitRange(v string) (from, to string, isRange bool) {
	if a, b, ok := strings.Cut(v, ".."); ok {
		return a, b, true
	}
	return v, v, false
}

func yearRange(v string) (string, string, error) {
	from, to, isRange := splitRange(v)
	if isRange && from == "" && to == "" {
		return "", "", qerr(`year: needs at least one end, e.g. year:2019..2021 or year:2019..`)
	}
	for _, y := range []string{from, to} {
		if y != "" && (len(y) != 4 || !isDigits(y)) {
			return "", "", qerr(`bad year %q in year: — use YYYY or YYYY..YYYY`, y)
		}
	}
	if from != "" && to != "" && from > to {
		return "", "", qerr(`year: range starts after it ends (%s..%s) — swap the years`, from, to)
	}
	return from, to, nil
}

func dateRange(v string) (string, string, error) {
	from, to, isRange := splitRange(v)
	if isRange && from == "" && to == "" {
		return "", "", qerr(`date: needs at least one end, e.g. date:2020-01-01..2020-06-30 or date:2020-01-01..`)
	}
	var err error
	if from != "" {
		if from, _, err = dateBounds(from); err != nil {
			return "", "", err
		}
	}
	if to != "" {
		if _, to, err = dateBounds(to); err != nil {
			return "", "", err
		}
	}
	if from != "" && to != "" && from > to {
		return "", "", qerr(`date: range starts after it ends (%s..%s) — swap the dates`, from, to)
	}
	return from, to, nil
}

// dateBounds parses YYYY, YYYY-MM or YYYY-MM-DD and returns the first
// and last day it covers.
func dateBounds(s string) (string, string, error) {
	const day = "2006-01-02"
	bad := qerr(`bad date %q in date: — use YYYY-MM-DD (or YYYY-MM, YYYY, D/M/YYYY)`, s)
	if strings.Contains(s, "/") { // Vietnamese order: 24/6/2020, 6/2020
		parts := strings.Split(s, "/")
		for _, p := range parts {
			if !isDigits(p) || len(p) > 4 {
				return "", "", bad
			}
		}
		switch {
		case len(parts) == 3 && len(parts[0]) <= 2 && len(parts[1]) <= 2 && len(parts[2]) == 4:
			s = fmt.Sprintf("%s-%02s-%02s", parts[2], parts[1], parts[0])
		case len(parts) == 2 && len(parts[0]) <= 2 && len(parts[1]) == 4:
			s = fmt.Sprintf("%s-%02s", parts[1], parts[0])
		default:
			return "", "", bad
		}
		s = strings.ReplaceAll(s, " ", "0")
	}
	switch len(s) {
	case 4:
		if !isDigits(s) {
			return "", "", bad
		}
		return s + "-01-01", s + "-12-31", nil
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return "", "", bad
		}
		return t.Format(day), t.AddDate(0, 1, -1).Format(day), nil
	case 10:
		t, err := time.Parse(day, s)
		if err != nil {
			return "", "", bad
		}
		return t.Format(day), t.Format(day), nil
	}
	return "", "", bad
}

// DocNumber reports whether s is a legal document number ("34-NQ/TU",
// "100/2019/NĐ-CP", "217- QĐ/TW", any case) and returns it canonical:
// uppercase, spaces removed, dashes as '-'. It must start with a number
// of at most 6 digits and have a '/' and a part with letters.
func DocNumber(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	part, parts := 0, 0 // runes in the current part, parts so far
	slash, letters := false, false
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) && part > 0:
			if parts == 0 && !(r >= '0' && r <= '9') {
				return "", false
			}
			if parts > 0 && unicode.IsLetter(r) {
				letters = true
			}
			part++
			b.WriteString(strings.ToUpper(string(r)))
		case r == '/' || r == '-' || r == '–' || r == '‐' || r == '‑':
			if part == 0 {
				return "", false
			}
			if parts == 0 && part > 6 {
				return "", false
			}
			if r == '/' {
				slash = true
				b.WriteByte('/')
			} else {
				b.WriteByte('-')
			}
			parts++
			part = 0
		case r == ' ' && i > 0 && s[i-1] == '-' && parts == 1 && part == 0:
			// "217- QĐ/TW"
		default:
			return "", false
		}
	}
	if part == 0 || !slash || !letters {
		return "", false
	}
	return b.String(), true
}

// parseAnd parses items up to ')' or the end.
func (p *parser) parseAnd(depth int) (*Node, error) {
	n := &Node{Op: And}
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		if t.kind == tRParen {
			break
		}
		if t.kind == tOr {
			return nil, qerr(`OR at character %d needs a term on both sides — remove it or add a word before it`, t.pos)
		}
		c, err := p.parseOr(depth)
		if err != nil {
			return nil, err
		}
		n.Children = append(n.Children, c)
	}
	return n, nil
}

func (p *parser) parseOr(depth int) (*Node, error) {
	left, err := p.parseUnary(depth)
	if err != nil {
		return nil, err
	}
	n := &Node{Op: Or, Children: []*Node{left}}
	for p.i < len(p.toks) && p.toks[p.i].kind == tOr {
		op := p.toks[p.i]
		p.i++
		if p.i >= len(p.toks) || p.toks[p.i].kind == tOr || p.toks[p.i].kind == tRParen {
			return nil, qerr(`OR at character %d needs a term on both sides — add a word after it or remove it`, op.pos)
		}
		right, err := p.parseUnary(depth)
		if err != nil {
			return nil, err
		}
		n.Children = append(n.Children, right)
	}
	if len(n.Children) == 1 {
		return left, nil
	}
	return n, nil
}

func (p *parser) parseUnary(depth int) (*Node, error) {
	t := p.toks[p.i]
	if t.kind == tNot {
		p.i++
		if p.i >= len(p.toks) || p.toks[p.i].kind == tOr || p.toks[p.i].kind == tRParen {
			return nil, qerr(`"-" needs a word after it (character %d): write -word or -"phrase", or remove the "-"`, t.pos)
		}
		c, err := p.parseUnary(depth)
		if err != nil {
			return nil, err
		}
		return &Node{Op: Not, Children: []*Node{c}}, nil
	}
	p.i++
	switch t.kind {
	case tLParen:
		if depth >= 16 {
			return nil, qerr("parentheses nested too deeply at character %d (max 16)", t.pos)
		}
		n, err := p.parseAnd(depth + 1)
		if err != nil {
			return nil, err
		}
		if p.i >= len(p.toks) {
			return nil, qerr(`unbalanced parentheses: add ")" to close the "(" at character %d`, t.pos)
		}
		p.i++ // ')'
		if len(n.Children) == 0 {
			return nil, qerr(`empty parentheses at character %d — put words inside or remove them`, t.pos)
		}
		return n, nil
	case tPhrase:
		return &Node{Op: Phrase, Text: canonDocNumbers(t.text)}, nil
	case tField:
		if t.field == "year" || t.field == "date" {
			from, to, _ := strings.Cut(t.text, "..")
			return &Node{Op: Range, Field: t.field, From: from, To: to}, nil
		}
		return &Node{Op: Field, Field: t.field, Text: t.text}, nil
	case tWord:
		if d, ok := DocNumber(t.text); ok {
			return &Node{Op: Doc, Text: d}, nil
		}
		return &Node{Op: Term, Text: t.text}, nil
	}
	// tRParen and tOr are handled by the callers
	return nil, qerr("unexpected token at character %d", t.pos)
}

// simplify flattens nested And/Or, drops single-child groups and double
// negation.
func simplify(n *Node) *Node {
	switch n.Op {
	case And, Or:
		var kids []*Node
		for _, c := range n.Children {
			c = simplify(c)
			if c.Op == n.Op {
				kids = append(kids, c.Children...)
			} else {
				kids = append(kids, c)
			}
		}
		if len(kids) == 1 {
			return kids[0]
		}
		n.Children = kids
	case Not:
		c := simplify(n.Children[0])
		if c.Op == Not {
			return c.Children[0]
		}
		n.Children[0] = c
	}
	return n
}

func countLeaves(n *Node) int {
	c := 0
	n.Walk(func(m *Node) bool {
		if len(m.Children) == 0 {
			c++
		}
		return true
	})
	return c
}

// canonDocNumbers rewrites the document numbers among the space-separated
// words of a phrase in canonical form ("nghị quyết 34-nq/tu" → "nghị
// quyết 34-NQ/TU"), so they analyse to the single token the index holds.
func canonDocNumbers(text string) string {
	if !strings.ContainsRune(text, '/') {
		return text
	}
	words := strings.Split(text, " ")
	for i, w := range words {
		core := strings.TrimRight(w, ".,;:!?")
		if d, ok := DocNumber(core); ok {
			words[i] = d + w[len(core):]
		}
	}
	return strings.Join(words, " ")
}
