// Package topics labels an article with topics of Front work from a
// taxonomy file (the built-in topics.tsv, or one given by path): phrase
// matching on the lowercase canonical text (tone style normalised,
// diacritics kept so "bão" is not "bao"), scored so that a passing mention
// does not count.
//
// Scoring: each keyword hit counts 3 in the title, 2 in the lead (the first
// paragraph), 1 in the rest of the body, at most 2 body hits per keyword;
// "+" keywords count double, "-" keywords are neutral (they only hide the
// keywords inside them) and "~" keywords count only in the title or
// lead; within one sentence a topic scores once, with its best keyword. A
// topic is given when its score reaches MinScore with a title or lead hit,
// or BodyOnlyMinScore with two distinct keywords in the body. Topics are
// sorted by score.
package topics

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/frontsearch/frontsearch/indexer/enrich/vnlex"
	"github.com/frontsearch/frontsearch/indexer/enrich/vntext"
	"github.com/frontsearch/frontsearch/search"
)

//go:embed topics.tsv
var builtin string

// MinScore is the score a topic needs; BodyOnlyMinScore the score it needs
// when neither the title nor the lead names it.
const (
	MinScore         = 5
	BodyOnlyMinScore = 6
)

type topic struct {
	id, label string
	nkw       int
}

type kwRef struct {
	topic   int
	kw      int
	weak    bool
	strong  bool
	neutral bool
}

// Taxonomy is a loaded topic list; read-only, safe for concurrent use.
type Taxonomy struct {
	topics []topic
	kws    *vnlex.Phrases[[]kwRef]
}

// Load reads the taxonomy at path, or the built-in one when path is "".
func Load(path string) (*Taxonomy, error) {
	if path == "" {
		return parse(strings.NewReader(builtin), "built-in topics.tsv")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("topics: %w", err)
	}
	defer f.Close()
	return parse(f, path)
}

// parse reads "id<TAB>label<TAB>kw|kw|…" lines; a 4th column is ignored.
func parse(r io.Reader, name string) (*Taxonomy, error) {
	t := &Taxonomy{}
	m := map[string][]kwRef{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fs := strings.Split(l, "\t")
		if len(fs) < 3 {
			return nil, fmt.Errorf("topics: %s:%d: want id, label and keywords separated by tabs", name, line)
		}
		if fs[0] == "id" {
			continue
		}
		ti := len(t.topics)
		n := 0
		for _, kw := range strings.Split(fs[2], "|") {
			kw = strings.TrimSpace(kw)
			ref := kwRef{topic: ti, kw: n}
			if strings.HasPrefix(kw, "-") {
				ref.neutral, kw = true, kw[1:]
			} else if strings.HasPrefix(kw, "~") {
				ref.weak, kw = true, kw[1:]
			} else if strings.HasPrefix(kw, "+") {
				ref.strong, kw = true, kw[1:]
			}
			if kw == "" {
				continue
			}
			k := vntext.Key(kw)
			m[k] = append(m[k], ref)
			n++
		}
		t.topics = append(t.topics, topic{id: strings.TrimSpace(fs[0]), label: vntext.Canon(strings.TrimSpace(fs[1])), nkw: n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("topics: %s: %w", name, err)
	}
	if len(t.topics) == 0 {
		return nil, fmt.Errorf("topics: %s: no topics", name)
	}
	t.kws = vnlex.NewPhrases(m)
	return t, nil
}

// Label returns the label of a topic id, or "".
func (t *Taxonomy) Label(id string) string {
	for _, tp := range t.topics {
		if tp.id == id {
			return tp.label
		}
	}
	return ""
}

// Classify scores the title, lead and the rest of the body (canonical text).
// Never nil.
func (t *Taxonomy) Classify(title, lead, rest string) []search.Topic {
	return t.ClassifyParas(vntext.NewPara(title), vntext.NewPara(lead), []vntext.Para{vntext.NewPara(rest)})
}

// ClassifyParas is Classify over text already canonicalised and tokenized.
func (t *Taxonomy) ClassifyParas(title, lead vntext.Para, rest []vntext.Para) []search.Topic {
	type acc struct {
		score    float64
		front    bool
		distinct map[int]int
	}
	accs := make([]acc, len(t.topics))
	// Within one sentence a topic scores once, with its best keyword: a
	// campaign name such as "Toàn dân đoàn kết xây dựng nông thôn mới, đô
	// thị văn minh" is one mention, not three.
	var best []topicWeight // the current sentence's topics, reused
	scan := func(toks []vntext.Token, weight float64, front bool) {
		flush := func() {
			for _, b := range best {
				accs[b.topic].score += b.w
				if front {
					accs[b.topic].front = true
				}
			}
			best = best[:0]
		}
		for i := 0; i < len(toks); {
			if tk := toks[i].Text; tk == "." || tk == ";" || tk == "!" || tk == "?" || toks[i].NL {
				flush()
			}
			refs, n := t.kws.Match(toks, i)
			if n == 0 {
				i++
				continue
			}
			for _, r := range refs {
				if r.neutral || r.weak && !front {
					continue
				}
				a := &accs[r.topic]
				if a.distinct == nil {
					a.distinct = map[int]int{}
				}
				a.distinct[r.kw]++
				if !front && a.distinct[r.kw] > 2 {
					continue
				}
				w := weight
				if r.strong {
					w *= 2
				}
				best = raise(best, r.topic, w)
			}
			i += n
		}
		flush()
	}
	scan(title.Toks, 3, true)
	scan(lead.Toks, 2, true)
	for _, p := range rest {
		scan(p.Toks, 1, false)
	}
	out := []search.Topic{}
	for i, a := range accs {
		if a.score >= MinScore && a.front || a.score >= BodyOnlyMinScore && len(a.distinct) >= 2 {
			out = append(out, search.Topic{ID: t.topics[i].id, Label: t.topics[i].label, Score: a.score})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// topicWeight is a topic's best keyword weight within one sentence.
type topicWeight struct {
	topic int
	w     float64
}

// raise records weight w for topic in best, keeping the higher weight when
// the topic is already there. A sentence names few topics, so a slice
// searched in order beats a map.
func raise(best []topicWeight, topic int, w float64) []topicWeight {
	for i := range best {
		if best[i].topic == topic {
			best[i].w = max(best[i].w, w)
			return best
		}
	}
	return append(best, topicWeight{topic, w})
}
