// Package decode turns the raw bytes of an archived page into NFC UTF-8,
// whatever the page used: UTF-8 with or without BOM, UTF-16 with BOM, the
// HTTP or <meta> charset, Windows-1258 (combining tone marks composed),
// decomposed (NFD) text and the pre-Unicode Vietnamese encodings TCVN3
// (ABC, ".VnTime" fonts), VNI ("VNI-Times" fonts) and VISCII — detected from
// font declarations and from text statistics even when the declared charset
// lies, and repaired also when a browser already turned them into UTF-8
// "mojibake" (legacy bytes read as Windows-1252 and saved as UTF-8).
//
// The statistics are simple and language-specific: a reading of the page is
// better the more of its non-ASCII words are well-formed Vietnamese
// syllables (onset, vowel group, final consonant, one tone). A legacy
// reading must beat the declared one by a margin (smaller when the page's
// fonts name the encoding). On a page mixing Unicode text with legacy
// passages only the words that need it are converted.
//
// Valid UTF-8 that is already NFC, has nothing to clean and shows no sign
// of legacy fonts takes a fast path: one scan, one copy.
//
// Decode returns an error only for input that is not text at all (binary).
package decode
