package store

import (
	"errors"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// persistTimeout bounds how long Commit waits for Bleve's persister to
// write the batches already applied; past it the commit fails (and the
// generation stays pending) rather than publishing a partial index.
const persistTimeout = 10 * time.Minute

// abortPersistWait bounds how long Abort waits for the persister: an
// aborting writer keeps what it can, but must not hang on a failing disk.
const abortPersistWait = 30 * time.Second

// writerConfig is the Bleve (scorch) runtime configuration of a writable
// generation.
//
// unsafe_batch makes Batch return once the batch's segment is in the
// in-memory snapshot, without waiting for the persister to write it to
// disk: the writer goes on analysing and building the next segment while
// the previous one is written. This is safe here, and only here, because a
// writable generation is never live: Commit waits for the persister
// (waitPersisted) and fsyncs every file before CURRENT names it, and a
// writer killed earlier leaves it pending, to be resumed at its last
// persisted snapshot (scorch snapshots are atomic, one bolt transaction),
// after which the builder re-indexes every article missing or different by
// content hash. Losing unpersisted batches in a crash is therefore the same
// as being killed a few batches earlier.
//
// A rebuild (mode ModeRebuild) merges no segment files while it writes:
// Optimize merges each shard into one segment at the end anyway, in one
// pass, and merges in between would rewrite the same articles again and
// again (at 30,000 pages they cost 6% of the indexing CPU). A MaxSegmentSize
// of 1 makes every segment too large for Bleve's merge planner, which then
// plans nothing; the persister still merges the in-memory segments it
// writes out together. The segments stay many until Optimize (a rebuild
// with build.Options.NoOptimize is served with them, until its first update
// merges them).
func writerConfig(mode string) map[string]any {
	cfg := map[string]any{
		"unsafe_batch": true,
	}
	if mode == ModeRebuild {
		cfg["scorchMergePlanOptions"] = map[string]any{"MaxSegmentSize": 1}
	}
	return cfg
}

// waitPersisted waits until Bleve's persister has written the snapshot
// that was current when it was called (so every batch applied before it).
func waitPersisted(idx bleve.Index, timeout time.Duration) error {
	target, _, ok := epochs(idx)
	if !ok {
		return nil // not a scorch index: nothing asynchronous to wait for
	}
	deadline := time.Now().Add(timeout)
	for delay := time.Millisecond; ; {
		_, persisted, _ := epochs(idx)
		if persisted >= target {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("wait for persistence: %w (epoch %d persisted, %d needed, after %v)",
				errPersistTimeout, persisted, target, timeout)
		}
		time.Sleep(delay)
		if delay < 50*time.Millisecond {
			delay *= 2
		}
	}
}

var errPersistTimeout = errors.New("timed out")

// epochs reads scorch's current root epoch and last persisted epoch.
func epochs(idx bleve.Index) (cur, persisted uint64, ok bool) {
	st, _ := idx.StatsMap()["index"].(map[string]any)
	cur, ok1 := st["CurRootEpoch"].(uint64)
	persisted, ok2 := st["LastPersistedEpoch"].(uint64)
	return cur, persisted, ok1 && ok2
}
