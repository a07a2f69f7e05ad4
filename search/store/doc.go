// Package store owns the on-disk layout of a frontsearch index directory:
// which Bleve index is live, how a writer prepares a new one beside it, and
// how readers switch to it without a failed or empty query.
//
// # Layout
//
// An index directory DIR holds:
//
//	DIR/CURRENT            one line: the name of the live generation ("gen-000007").
//	                       Replaced atomically: written to CURRENT.tmp, fsynced,
//	                       renamed over CURRENT, then DIR itself is fsynced.
//	DIR/gen-NNNNNN/        one generation: SHARDS (the number of shards, N,
//	                       written last when the generation is created) and
//	                       shard-0 … shard-(N-1), each a Bleve scorch index
//	                       (index_meta.json + store/root.bolt + store/*.zap).
//	                       An article lives in shard ShardOf(ID, N). A
//	                       generation written before shards is one Bleve
//	                       index in gen-NNNNNN/ itself, and opens as one shard.
//	DIR/PENDING            present while a writer works: "gen-NNNNNN MODE BASE"
//	                       naming the generation being written (MODE "update" or
//	                       "rebuild"; BASE the live generation it started from).
//	DIR/LOCK               flock(2)ed exclusively by the one writer at a time.
//	DIR/last-report.json   the last indexing report (written by indexer/build).
//
// Generation numbers only grow. Anything else in DIR is left alone.
//
// # Rules
//
// Readers (Open) only ever open the generation named by CURRENT, read-only,
// so any number of processes may serve one directory. A Store's Index is a
// bleve.IndexAlias over the live generation's shards, which Bleve searches
// concurrently (DefaultShards is 2: one query, and indexing, use two
// cores): Reload re-reads CURRENT and, when it names a new generation,
// opens it and swaps it in with IndexAlias.Swap (which waits for running
// searches) before closing the old one. Watch polls CURRENT. Writers write
// through Writer.NewBatch and Writer.Apply, which route each article to
// its shard and apply the shards' batches in parallel.
//
// Writers (BeginUpdate, BeginRebuild) never write into the live generation.
// An update clones the live generation (hard links to the immutable .zap
// segment files, a copy of root.bolt and index_meta.json) into a new
// generation; a rebuild starts an empty one. Either way the generation is
// recorded in PENDING and only becomes live in Commit, after the Bleve index
// is closed (which persists it) and every file and directory in it has been
// fsynced. Killing a writer at any moment therefore leaves the live
// generation untouched; the next writer in the same mode resumes the pending
// generation (Bleve scorch persistence is crash-consistent: it reopens at the
// last persisted snapshot), and because article IDs are stable, re-indexing
// what was lost is idempotent.
//
// # Unsafe batches in writer generations
//
// A writable generation is opened with Bleve's scorch option unsafe_batch
// (see writerConfig): Batch returns as soon as the batch's segment is in
// the in-memory snapshot, and the persister writes it to disk in the
// background, so the writer builds the next segment meanwhile. This is
// acceptable only because of the rules above: a writable generation is
// never live; Commit waits until the persister has written the snapshot
// holding every batch applied (waitPersisted), closes the index, fsyncs
// the tree, and only then replaces CURRENT. A writer killed before that
// loses at most the batches not yet persisted, exactly as if it had been
// killed a few batches earlier: the pending generation reopens at its last
// persisted snapshot (each snapshot is one bolt transaction naming
// complete segment files), and the resuming builder looks up each article
// by ID and re-indexes any that is missing or whose content hash differs.
// Abort waits (bounded) for the persister too, so a cancelled run keeps
// its work. Readers open generations read-only, without the option.
// indexer/build's TestKill9 kills a writer at random moments and checks
// that every article is present exactly once after the resumed run.
//
// After a commit the writer removes generations older than the previous live
// one and any orphan left by a crash; the previous live generation is kept so
// that a reader which has not reloaded yet keeps working.
//
// Create makes DIR with an empty first generation, so an index directory
// always opens, even while its first build is still running or was killed.
//
// The mapping of a generation is stored inside it by Bleve. Opening an
// index whose mapping names custom analyzers requires those analyzers to be
// registered; this package imports search/schema (which imports
// search/analysis) for that.
package store
