// Package source reads an archive of crawled pages — single files, folders,
// gzip-compressed pages and WARC files — and hands each page to a callback as
// a Page with its raw (decompressed, not yet decoded) bytes.
//
// Memory stays bounded: every body is read through a limit (Options.MaxBytes,
// 32 MiB by default) that is enforced while decompressing, so a gzip bomb is
// stopped after MaxBytes+1 bytes instead of being inflated in full. Files
// that cannot be used still produce a Page whose Err says why, so that the
// indexer can report every skipped input.
package source
