// Package source reads an archive of crawled pages — single files, folders,
// gzip-compressed pages and WARC files — and hands each page to a callback as
// a Page with its raw (decompressed, not yet decoded) bytes.
//
// Memory stays bounded: every body is read through a limit (Options.MaxBytes,
// 32 MiB by default) that is enforced while decompressing, so a gzip bomb is
// stopped after MaxBytes+1 bytes instead of being inflated in full. A plain
// file larger than the limit is rejected from its size without being read.
// WARC files are read one record at a time (see package warcfile): a
// record's block is at most MaxBytes+1 MiB and is skipped, not read, when it
// declares more. Walk itself therefore holds at most about 2×MaxBytes+1 MiB
// (a WARC block and the page body taken from it) plus fixed 64 KiB buffers,
// whatever the size of the archive; what fn keeps is fn's business.
//
// Files that cannot be used still produce a Page whose Err says why (empty
// file, too large, truncated gzip, damaged WARC record, HTTP status, OS
// error), so that the indexer can report every skipped input; a damaged WARC
// record never stops the records after it.
package source
