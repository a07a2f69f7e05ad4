// Package query parses frontsearch's query language into an AST. It does
// not build bleve queries: search/engine walks the AST and chooses fields
// (accented or folded, shingles, facets) itself.
//
// Syntax (default operator AND; OR binds tighter than AND, as in web
// search engines, so `a b OR c` means a AND (b OR c)):
//
//	word                  a term; "Uỷ"/"Ủy", NFD and unaccented input all work
//	"exact phrase"        adjacent words in order (“curly” quotes too)
//	-word  -"phrase"      exclusion; also -(group) and -field:value
//	a OR b   a | b        either (uppercase OR; lowercase "or" is a word)
//	( … )                 grouping
//	unit:VALUE            facet filters: unit, person, topic, place,
//	                      province, district, commune, org, level, site, doc;
//	                      VALUE bare or quoted: person:"Lê Văn Quốc"
//	year:2020  year:2019..2021  year:2019..  year:..2021
//	date:2020-01-01..2020-06-30  date:2020-01-01..  date:2020-06  date:2020
//	date:24/6/2020  date:1/2020..6/2020  (Vietnamese day/month order)
//	34-NQ/TU              a bare legal document number is a Doc node
//
// "AND" and "NOT" (uppercase) are accepted as a no-op and as '-'.
// Input is normalised first (NFC, canonical tone marks, see
// analysis.Normalize). Malformed input gives a *search.QueryError with
// Param "q" whose message says what to fix.
package query

import (
	"strings"

	"github.com/frontsearch/frontsearch/search/analysis"
)

// Op is the kind of a Node.
type Op int

// Node kinds.
const (
	And    Op = iota // all Children must match
	Or               // any of Children
	Not              // Children[0] must not match
	Term             // a word (Text); it may analyse to several tokens ("KT-XH", "12/10/2022"): match those as a phrase
	Phrase           // an exact phrase (Text, words separated by single spaces)
	Doc              // a bare legal document number (Text, canonical: uppercase, no spaces, '-' dashes)
	Field            // a facet filter: Field is the facet name, Text the value
	Range            // Field "year" (From/To "YYYY") or "date" (From/To "YYYY-MM-DD"); "" is an open end
)

var opNames = [...]string{"And", "Or", "Not", "Term", "Phrase", "Doc", "Field", "Range"}

func (o Op) String() string {
	if o >= 0 && int(o) < len(opNames) {
		return opNames[o]
	}
	return "Op?"
}

// Node is one node of the query AST.
type Node struct {
	Op       Op
	Text     string  // Term, Phrase, Doc, Field value
	Field    string  // Field and Range: the field name (search.Facet* names, "year", "date")
	From, To string  // Range bounds, inclusive; "" = open
	Children []*Node // And, Or (≥ 2 children), Not (1 child)
}

// HasDiacritics reports whether the node's Text carries Vietnamese
// diacritics (tone or shape marks, đ). The engine searches accented
// fields for accented text and folded fields otherwise.
func (n *Node) HasDiacritics() bool { return analysis.HasDiacritics(n.Text) }

// Walk calls fn for n and every node below it, depth first, stopping
// descent below a node for which fn returns false.
func (n *Node) Walk(fn func(*Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	for _, c := range n.Children {
		c.Walk(fn)
	}
}

// String renders the AST in the query language; parsing it gives the same
// AST back.
func (n *Node) String() string {
	var b strings.Builder
	n.write(&b)
	return b.String()
}

// writeGrouped writes n, in parentheses when group is set.
func (n *Node) writeGrouped(b *strings.Builder, group bool) {
	if !group {
		n.write(b)
		return
	}
	b.WriteByte('(')
	n.write(b)
	b.WriteByte(')')
}

func (n *Node) write(b *strings.Builder) {
	if n == nil {
		return
	}
	switch n.Op {
	case And, Or:
		sep := " "
		if n.Op == Or {
			sep = " OR "
		}
		for i, c := range n.Children {
			if i > 0 {
				b.WriteString(sep)
			}
			c.writeGrouped(b, c.Op == And || c.Op == Or)
		}
	case Not:
		b.WriteByte('-')
		c := n.Children[0]
		c.writeGrouped(b, c.Op == And || c.Op == Or || c.Op == Not)
	case Term, Doc:
		b.WriteString(n.Text)
	case Phrase:
		b.WriteByte('"')
		b.WriteString(n.Text)
		b.WriteByte('"')
	case Field:
		b.WriteString(n.Field)
		b.WriteByte(':')
		if strings.ContainsAny(n.Text, " \t()|\"“”„") || n.Text == "" {
			b.WriteByte('"')
			b.WriteString(n.Text)
			b.WriteByte('"')
		} else {
			b.WriteString(n.Text)
		}
	case Range:
		b.WriteString(n.Field)
		b.WriteByte(':')
		if n.From == n.To {
			b.WriteString(n.From)
		} else {
			b.WriteString(n.From)
			b.WriteString("..")
			b.WriteString(n.To)
		}
	}
}
