package viet

import (
	"unicode/utf8"
)

// maxSyllable is the longest letter run (in runes) treated as a syllable;
// longer runs are not Vietnamese syllables and are left alone.
const maxSyllable = 12

// Tones rewrites every syllable (maximal run of letters) of the NFC text b
// to the canonical tone-mark placement and returns the result. It works in
// place when the byte length does not change (the usual case) and
// allocates otherwise. Letter case is kept.
//
// Canonical placement is the traditional ("old") style used by most
// government documents: in an open syllable with the glides oa, oe, uy the
// tone sits on the first vowel ("hòa", "khỏe", "thủy", "Ủy"); the
// "new" style forms "hoà", "khoẻ", "thuỷ", "Uỷ" are rewritten to it. The
// rules, applied to the vowel nucleus after the onset (where "qu" and "gi"
// before another vowel belong to the onset, so "qúy"→"quý", "gìa"→"già"):
//  1. a vowel with a shape mark (ă â ê ô ơ ư) takes the tone (the last
//     one: "ươ" → ơ);
//  2. otherwise, with a final consonant, the last vowel ("hoàn", "huỳnh");
//  3. otherwise an open nucleus of one or two vowels takes it on the
//     first ("hòa", "mùa", "thủy"), of three on the middle ("ngoài",
//     "khuỷu").
//
// Syllables with no tone or with several tone marks, with two separate
// vowel groups ("café") or with non-Vietnamese letters are not changed.
func Tones(b []byte) []byte {
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	if i == len(b) {
		return b
	}
	var out []byte // set once the result no longer fits in place
	last := 0      // b[:last] has been copied to out
	var rs [maxSyllable]rune
	var enc [maxSyllable * utf8.UTFMax]byte
	// restart from the beginning of the letter run containing i
	for i > 0 && isASCIILetter(b[i-1]) {
		i--
	}
	for i < len(b) {
		// skip non-letters
		r, w := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(b[i:])
		}
		if ClassOf(r) != Letter {
			i += w
			continue
		}
		start := i
		n := 0
		toned := false
		ok := true
		for i < len(b) {
			r, w = rune(b[i]), 1
			if r >= utf8.RuneSelf {
				r, w = utf8.DecodeRune(b[i:])
			}
			if ClassOf(r) != Letter {
				break
			}
			if n < maxSyllable {
				rs[n] = r
			} else {
				ok = false
			}
			n++
			if r >= utf8.RuneSelf && lookup(r).tone != 0 {
				toned = true
			}
			i += w
		}
		if !ok || !toned || !canonSyllable(rs[:n]) {
			continue
		}
		nb := enc[:0]
		for _, r := range rs[:n] {
			nb = utf8.AppendRune(nb, r)
		}
		if out == nil && len(nb) == i-start {
			copy(b[start:i], nb)
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(b)+8)
		}
		out = append(out, b[last:start]...)
		out = append(out, nb...)
		last = i
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// canonSyllable moves the single tone mark of the syllable rs to its
// canonical vowel, in place, and reports whether anything changed.
func canonSyllable(rs []rune) bool {
	var ins [maxSyllable]info
	toneAt, target, ok := placement(rs, &ins)
	if !ok || target == toneAt {
		return false
	}
	from, to := ins[toneAt], ins[target]
	rs[toneAt] = compose[b2i(from.upper)][from.vowel-1][0]
	rs[target] = compose[b2i(to.upper)][to.vowel-1][ins[toneAt].tone]
	return true
}

// placement finds the single tone mark of the syllable rs (at toneAt) and
// the vowel the canonical placement puts it on (target), filling ins with
// each rune's vowel information. ok is false for what Tones leaves alone:
// no tone or several, a letter Vietnamese does not use, two vowel groups.
func placement(rs []rune, ins *[maxSyllable]info) (toneAt, target int, ok bool) {
	n := len(rs)
	toneAt = -1
	for i, r := range rs {
		in := lookup(r)
		if in.vowel == 0 && !isVietLetter(r) {
			return 0, 0, false
		}
		if in.tone != 0 {
			if toneAt >= 0 {
				return 0, 0, false
			}
			toneAt = i
		}
		ins[i] = in
	}
	if toneAt < 0 {
		return 0, 0, false
	}
	isVowel := func(i int) bool { return ins[i].vowel != 0 }
	vowelOf := func(i int) int { return int(ins[i].vowel) - 1 }
	i := 0
	for i < n && !isVowel(i) {
		i++
	}
	if i == 1 && n > 2 && isVowel(2) {
		switch rs[0] {
		case 'q', 'Q':
			if vowelOf(1) == vU {
				i = 2
			}
		case 'g', 'G':
			if vowelOf(1) == vI {
				i = 2
			}
		}
	}
	start := i
	for i < n && isVowel(i) {
		i++
	}
	end := i
	if start == end {
		return 0, 0, false
	}
	for ; i < n; i++ {
		if isVowel(i) {
			return 0, 0, false // two vowel groups: not one syllable
		}
	}
	target = -1
	for j := start; j < end; j++ {
		if modified[vowelOf(j)] {
			target = j
		}
	}
	if target < 0 {
		switch {
		case end < n:
			target = end - 1
		case end-start <= 2:
			target = start
		case end-start == 3:
			target = start + 1
		default:
			return 0, 0, false
		}
	}
	return toneAt, target, true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
