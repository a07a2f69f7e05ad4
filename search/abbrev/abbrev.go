// Package abbrev expands Vietnamese abbreviations both ways at query time:
// "MTTQ" also searches the phrase "mặt trận tổ quốc", and the phrase
// "Mặt trận Tổ quốc" also searches "MTTQ". Bleve's synonym support drops
// multi-token synonyms, so the query layer builds (original OR variant)
// disjunctions from what this package finds.
//
// A Table holds equivalence classes of forms (an abbreviation and its full
// forms). Forms are compared token by token, where a token is a run of
// letters and digits ("Đ/c" is "đ c", "KT-XH" is "kt xh"), case-
// insensitively and with canonical tone marks. Input without diacritics
// matches on the folded form ("mat tran to quoc" ↔ MTTQ); input with
// diacritics must match exactly, so "tư" (in "đầu tư") never matches
// "TƯ". A one-token abbreviation of two letters or fewer ("TW", "TƯ",
// "TP") matches only when typed in uppercase.
//
// The built-in table (abbreviations.tsv, embedded) was written for this
// project; Load adds entries from an optional TSV file.
package abbrev

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/frontsearch/frontsearch/search/analysis"
)

//go:embed abbreviations.tsv
var builtin string

// form is one spelling of a class, as tokens.
type form struct {
	text   string   // normalised, lowercase, tokens joined by one space
	exact  []string // normalised lowercase tokens
	folded string   // folded tokens joined by one space
	short  bool     // a one-token form of ≤ 2 letters: uppercase input only
	class  int
}

// Table is a loaded abbreviation table. It is read-only after loading and
// safe for concurrent use.
type Table struct {
	forms   []form
	classes [][]int          // class → form indexes
	byFold  map[string][]int // folded key → form indexes
	byText  map[string]int   // form text → form index
	maxLen  int              // most tokens in a form
}

// Default returns the built-in table. It is parsed once and shared; a
// Table has no mutating methods.
func Default() *Table { return defaultTable() }

var defaultTable = sync.OnceValue(func() *Table {
	t, err := parse(strings.NewReader(builtin), "built-in abbreviations.tsv", newTable())
	if err != nil {
		panic(err) // the embedded table is tested
	}
	return t
})

// Load returns the built-in table extended with the entries of the TSV
// file at path (abbreviation<TAB>full form[<TAB>note]; '#' comments and a
// header line "abbr<TAB>full…" are skipped). An empty path gives Default().
func Load(path string) (*Table, error) {
	if path == "" {
		return Default(), nil
	}
	t, err := parse(strings.NewReader(builtin), "built-in abbreviations.tsv", newTable())
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("abbrev: %w", err)
	}
	defer f.Close()
	return parse(f, path, t)
}

// Parse reads a table from r alone (no built-in entries); name is used in
// error messages.
func Parse(r io.Reader, name string) (*Table, error) { return parse(r, name, newTable()) }

func newTable() *Table { return &Table{byFold: map[string][]int{}, byText: map[string]int{}} }

func parse(r io.Reader, name string, t *Table) (*Table, error) {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		cols := strings.Split(s, "\t")
		if len(cols) < 2 || strings.TrimSpace(cols[0]) == "" || strings.TrimSpace(cols[1]) == "" {
			return nil, fmt.Errorf("abbrev: %s:%d: want abbreviation<TAB>full form, got %q", name, line, s)
		}
		if line == 1 && strings.EqualFold(strings.TrimSpace(cols[0]), "abbr") {
			continue // header
		}
		if err := t.add(cols[0], cols[1]); err != nil {
			return nil, fmt.Errorf("abbrev: %s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("abbrev: reading %s: %w", name, err)
	}
	return t, nil
}

// add puts abbr and full in one class, merging classes they already
// belong to.
func (t *Table) add(abbr, full string) error {
	a, err := t.formIndex(abbr)
	if err != nil {
		return err
	}
	f, err := t.formIndex(full)
	if err != nil {
		return err
	}
	ca, cf := t.forms[a].class, t.forms[f].class
	if ca == cf {
		return nil
	}
	for _, i := range t.classes[cf] {
		t.forms[i].class = ca
	}
	t.classes[ca] = append(t.classes[ca], t.classes[cf]...)
	t.classes[cf] = nil
	return nil
}

// formIndex returns the index of the form spelled s, adding it (in a new
// class) when new.
func (t *Table) formIndex(s string) (int, error) {
	toks := Tokens(s)
	if len(toks) == 0 {
		return 0, fmt.Errorf("%q has no letters", s)
	}
	exact := make([]string, len(toks))
	for i, tk := range toks {
		exact[i] = strings.ToLower(analysis.Normalize(tk))
	}
	text := strings.Join(exact, " ")
	if i, ok := t.byText[text]; ok {
		return i, nil
	}
	folded := analysis.Fold(text)
	short := len(toks) == 1 && utf8.RuneCountInString(toks[0]) <= 2
	i := len(t.forms)
	t.forms = append(t.forms, form{text: text, exact: exact, folded: folded, short: short, class: len(t.classes)})
	t.classes = append(t.classes, []int{i})
	t.byFold[folded] = append(t.byFold[folded], i)
	t.byText[text] = i
	t.maxLen = max(t.maxLen, len(toks))
	return i, nil
}

// Tokens splits s into runs of letters, digits and combining marks — the
// token boundaries used for matching.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) && start >= 0
		if in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// prepared holds per-token forms of an input token sequence.
type prepared struct {
	toks, exact, folded []string
	accented, upper     []bool
}

func prepare(toks []string) prepared {
	p := prepared{toks: toks, exact: make([]string, len(toks)), folded: make([]string, len(toks)),
		accented: make([]bool, len(toks)), upper: make([]bool, len(toks))}
	for i, tk := range toks {
		p.exact[i] = strings.ToLower(analysis.Normalize(tk))
		p.folded[i] = analysis.Fold(tk)
		p.accented[i] = analysis.HasDiacritics(tk)
		p.upper[i] = tk == strings.ToUpper(tk)
	}
	return p
}

// lookup returns the form matching tokens [i, j) of p, or -1.
func (t *Table) lookup(p prepared, i, j int) int {
	if j <= i || j-i > t.maxLen {
		return -1
	}
	fis := t.byFold[strings.Join(p.folded[i:j], " ")]
	if len(fis) == 0 {
		return -1
	}
	accented := slices.Contains(p.accented[i:j], true)
	for _, fi := range fis {
		f := t.forms[fi]
		if f.short && (j-i != 1 || !p.upper[i]) {
			continue
		}
		if accented && f.text != strings.Join(p.exact[i:j], " ") {
			continue
		}
		return fi
	}
	return -1
}

// variants lists the other forms of form fi's class. Short forms ("TW",
// "TƯ", "TP") are never offered as variants: alone they are too ambiguous
// to search for.
func (t *Table) variants(fi int) []string {
	var out []string
	for _, j := range t.classes[t.forms[fi].class] {
		if j != fi && !t.forms[j].short {
			out = append(out, t.forms[j].text)
		}
	}
	return out
}

// Variants returns the alternative phrases of phrase as a whole
// (normalised, lowercase, tokens joined by single spaces), or nil when it
// is not a known form: Variants("MTTQ") = ["mặt trận tổ quốc"],
// Variants("mat tran to quoc") = ["mttq"].
func (t *Table) Variants(phrase string) []string {
	toks := Tokens(phrase)
	fi := t.lookup(prepare(toks), 0, len(toks))
	if fi < 0 {
		return nil
	}
	return t.variants(fi)
}

// Match is an abbreviation or full form found in a token sequence:
// tokens[Start:End] may be replaced by any of Variants.
type Match struct {
	Start, End int
	Variants   []string
}

// Find returns the known forms in tokens, longest first at each position,
// left to right, not overlapping. tokens are as typed (case matters for
// two-letter abbreviations); each should be one Tokens() token.
func (t *Table) Find(tokens []string) []Match {
	var out []Match
	p := prepare(tokens)
	for i := 0; i < len(tokens); {
		found := false
		for n := min(t.maxLen, len(tokens)-i); n >= 1; n-- {
			if fi := t.lookup(p, i, i+n); fi >= 0 {
				if v := t.variants(fi); len(v) > 0 {
					out = append(out, Match{Start: i, End: i + n, Variants: v})
					i += n
					found = true
					break
				}
			}
		}
		if !found {
			i++
		}
	}
	return out
}

// Expand returns phrase followed by every phrase obtained by replacing one
// or more found forms with a variant (capped at limit results, limit ≤ 0
// means 16): Expand("Ủy ban MTTQ tỉnh") = ["ủy ban mttq tỉnh",
// "ủy ban mặt trận tổ quốc tỉnh", "ubmttq tỉnh", …]. All results are
// normalised lowercase token sequences joined by single spaces.
func (t *Table) Expand(phrase string, limit int) []string {
	if limit <= 0 {
		limit = 16
	}
	toks := Tokens(phrase)
	norm := make([]string, len(toks))
	for i, tk := range toks {
		norm[i] = strings.ToLower(analysis.Normalize(tk))
	}
	out := []string{strings.Join(norm, " ")}
	seen := map[string]bool{out[0]: true}
	matches := t.Find(toks)
	// each match: keep the original or use one variant
	var rec func(m int, prefix []string, last int)
	rec = func(m int, prefix []string, last int) {
		if len(out) >= limit {
			return
		}
		if m == len(matches) {
			s := strings.Join(append(append([]string(nil), prefix...), norm[last:]...), " ")
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
			return
		}
		mt := matches[m]
		keep := append(append(append([]string(nil), prefix...), norm[last:mt.Start]...), norm[mt.Start:mt.End]...)
		rec(m+1, keep, mt.End)
		for _, v := range mt.Variants {
			alt := append(append(append([]string(nil), prefix...), norm[last:mt.Start]...), v)
			rec(m+1, alt, mt.End)
		}
	}
	rec(0, nil, 0)
	return out
}
