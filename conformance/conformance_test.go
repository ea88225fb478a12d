package conformance

import (
	"os"
	"path/filepath"
	"testing"
)

// TestVectors runs the vectors copied into testdata, a sibling checkout's
// conformance/vectors two directories up when it exists, and every
// *.json under $CREDITINS_VECTORS. It prints one line per failing case and
// the closing line "conformance: N passed, M failed".
func TestVectors(t *testing.T) {
	dirs := []string{"testdata/vectors"}
	if shared := filepath.Join("..", "..", "shared", "conformance", "vectors"); isDir(shared) {
		dirs = append(dirs, shared)
	}
	if extra := os.Getenv("CREDITINS_VECTORS"); extra != "" {
		if !isDir(extra) {
			t.Fatalf("CREDITINS_VECTORS=%q is not a directory", extra)
		}
		dirs = append(dirs, extra)
	}
	var total Report
	for _, dir := range dirs {
		r := RunFS(os.DirFS(dir))
		for _, line := range r.Failures {
			t.Log(dir + ": " + line)
		}
		total.Add(r)
	}
	// Printed, not logged, so that the closing line shows without -v.
	os.Stdout.WriteString(total.Summary() + "\n")
	if total.Failed > 0 || total.Passed == 0 {
		t.Errorf("%s", total.Summary())
	}
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
