package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenCommand(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if rc := run(context.Background(), []string{"gen", "-n", "12", "-seed", "3", "-out", dir}, &out, &errb); rc != 0 {
		t.Fatalf("gen exit %d: %s", rc, errb.String())
	}
	n := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return nil
	})
	if n != 12 {
		t.Errorf("gen wrote %d files, want 12", n)
	}
	if !strings.Contains(out.String(), "generated 12 pages") {
		t.Errorf("unexpected output %q", out.String())
	}
	wdir := t.TempDir()
	if rc := run(context.Background(), []string{"gen", "-n", "7", "-out", wdir, "-warc"}, &out, &errb); rc != 0 {
		t.Fatalf("gen -warc exit %d: %s", rc, errb.String())
	}
	if _, err := os.Stat(filepath.Join(wdir, "corpus-00000.warc.gz")); err != nil {
		t.Errorf("gen -warc: %v", err)
	}
	for _, bad := range [][]string{{"gen"}, {"gen", "-n", "-1", "-out", dir}, {"gen", "-out", dir, "extra"}} {
		errb.Reset()
		if rc := run(context.Background(), bad, &out, &errb); rc != 2 {
			t.Errorf("%v: exit %d, want 2 (usage error)", bad, rc)
		}
	}
}
