package query

import (
	"strings"

	"github.com/frontsearch/frontsearch/search/abbrev"
)

// Expand returns a copy of n in which abbreviations and their full forms
// (see package abbrev) also match each other: the words `MTTQ tỉnh` become
// `(MTTQ OR "mặt trận tổ quốc") tỉnh`, the phrase "Mặt trận Tổ quốc xã"
// becomes ("Mặt trận Tổ quốc xã" OR "mttq xã"), and unaccented words
// `mat tran to quoc` gain `OR mttq`. Runs of consecutive words are matched
// as a whole; exclusions are expanded too (excluding MTTQ excludes its full
// form). Filters, ranges and document numbers are left alone. A nil table
// or node returns n unchanged. n itself is not modified.
func Expand(n *Node, t *abbrev.Table) *Node {
	if n == nil || t == nil {
		return n
	}
	return simplify(expand(clone(n), t))
}

func clone(n *Node) *Node {
	c := *n
	c.Children = make([]*Node, len(n.Children))
	for i, k := range n.Children {
		c.Children[i] = clone(k)
	}
	if len(n.Children) == 0 {
		c.Children = nil
	}
	return &c
}

// variantNode is the node searching one variant phrase.
func variantNode(v string) *Node {
	if !strings.Contains(v, " ") {
		return &Node{Op: Term, Text: v}
	}
	return &Node{Op: Phrase, Text: v}
}

func expand(n *Node, t *abbrev.Table) *Node {
	switch n.Op {
	case Phrase:
		alts := t.Expand(n.Text, 8)
		if len(alts) <= 1 {
			return n
		}
		or := &Node{Op: Or, Children: []*Node{n}}
		for _, a := range alts[1:] {
			or.Children = append(or.Children, variantNode(a))
		}
		return or
	case Term:
		return expandRun([]*Node{n}, t)[0]
	case Not:
		n.Children[0] = expand(n.Children[0], t)
		return n
	case Or:
		for i, c := range n.Children {
			n.Children[i] = expand(c, t)
		}
		return n
	case And:
		var out []*Node
		for i := 0; i < len(n.Children); {
			if n.Children[i].Op != Term {
				out = append(out, expand(n.Children[i], t))
				i++
				continue
			}
			j := i
			for j < len(n.Children) && n.Children[j].Op == Term {
				j++
			}
			out = append(out, expandRun(n.Children[i:j], t)...)
			i = j
		}
		n.Children = out
		return n
	}
	return n
}

// expandRun expands a run of consecutive Term nodes, returning the nodes
// to put in their place.
func expandRun(terms []*Node, t *abbrev.Table) []*Node {
	var toks []string
	var owner []int // token → index in terms
	for i, n := range terms {
		for _, tk := range abbrev.Tokens(n.Text) {
			toks = append(toks, tk)
			owner = append(owner, i)
		}
	}
	matches := t.Find(toks)
	if len(matches) == 0 {
		return terms
	}
	var out []*Node
	next := 0 // next term not yet copied
	for _, m := range matches {
		first, last := owner[m.Start], owner[m.End-1]
		// the match must cover whole terms
		if first < next || m.Start > 0 && owner[m.Start-1] == first || m.End < len(toks) && owner[m.End] == last {
			continue
		}
		out = append(out, terms[next:first]...)
		var orig *Node
		if first == last {
			orig = terms[first]
		} else {
			orig = &Node{Op: And, Children: append([]*Node(nil), terms[first:last+1]...)}
		}
		or := &Node{Op: Or, Children: []*Node{orig}}
		for _, v := range m.Variants {
			or.Children = append(or.Children, variantNode(v))
		}
		out = append(out, or)
		next = last + 1
	}
	return append(out, terms[next:]...)
}
