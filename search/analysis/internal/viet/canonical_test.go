package viet

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// testVowelForms lists each base vowel with its five toned forms.
var testVowelForms = [...]string{
	"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
	"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
}

func randomText(r *rand.Rand, parts []string, max int) string {
	var b strings.Builder
	for n := r.Intn(max); n > 0; n-- {
		b.WriteString(parts[r.Intn(len(parts))])
	}
	return b.String()
}

// TestCanonicalAgreesWithTones checks that Canonical never reports a
// text unchanged that normalising (Tones(NFC(s))) changes, over every syllable of
// one or two vowels (each tone on each vowel, three letter cases), random
// three-vowel syllables and random texts mixing syllables with
// separators, digits, Ð/ð and foreign letters; and that it does find
// the common canonical syllables unchanged.
func TestCanonicalAgreesWithTones(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if Canonical(s) {
			if got := string(Tones(NFC([]byte(s)))); got != s {
				t.Fatalf("Canonical(%q) = true, normalised %q", s, got)
			}
		}
	}
	onsets := []string{"", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x"}
	codas := []string{"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
	var vowels [][]rune
	for _, f := range testVowelForms {
		vowels = append(vowels, []rune(f))
	}
	syllable := func(onset string, nucleus []int, tones []int, coda string) string {
		var b strings.Builder
		b.WriteString(onset)
		for k, v := range nucleus {
			b.WriteRune(vowels[v][tones[k]])
		}
		b.WriteString(coda)
		return b.String()
	}
	cases := func(s string) []string {
		r, w := utf8.DecodeRuneInString(s)
		return []string{s, string(unicode.ToUpper(r)) + s[w:], strings.ToUpper(s)}
	}
	for _, on := range onsets {
		for _, co := range codas {
			for v1 := range vowels {
				for t1 := range 6 {
					for _, s := range cases(syllable(on, []int{v1}, []int{t1}, co)) {
						check(s)
					}
				}
				for v2 := range vowels {
					for t1 := range 6 {
						for t2 := range 6 {
							if t1 != 0 && t2 != 0 && (t1+t2)%3 != 0 {
								continue // a sample of the two-tone syllables
							}
							for _, s := range cases(syllable(on, []int{v1, v2}, []int{t1, t2}, co)) {
								check(s)
							}
						}
					}
				}
			}
		}
	}
	r := rand.New(rand.NewSource(11))
	for n := 0; n < 300000; n++ {
		nuc := []int{r.Intn(12), r.Intn(12), r.Intn(12)}
		tones := []int{0, 0, 0}
		tones[r.Intn(3)] = r.Intn(6)
		for _, s := range cases(syllable(onsets[r.Intn(len(onsets))], nuc, tones, codas[r.Intn(len(codas))])) {
			check(s)
		}
	}
	parts := []string{"hoạt", "hoà", "Hòa", "quý", "qúy", "gìa", "già", "Thuỷ", "toàn", "người", " ", ", ", "\n", "–", "“", "”", "…", "\u00a0",
		"\u00ad", "×", "ª", "Ð", "ð", "ä", "ñ", "日", "3", "H'", "’", "khuỷu", "ngoài", "café", "UBND", "Ủy", "Uỷ", "\u2000", "\u2126", "\xff", "oà", "ưở", "ươ", "a", "ỳ", "\u0300"}
	for n := 0; n < 300000; n++ {
		check(randomText(r, parts, 8))
	}
	for _, s := range []string{"Hoạt động của Ủy ban MTTQ – “toàn dân” đoàn kết…", "người quý già Hòa Thủy khuỷu ngoài", "2.000 hộ; 15% (năm 2020)"} {
		if !Canonical(s) {
			t.Errorf("Canonical(%q) = false, want true", s)
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		if sepStable(r) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || !norm.NFC.IsNormalString(string(r))) {
			t.Errorf("sepStable(%U) but it is a letter, digit, mark or not NFC", r)
		}
	}
}
