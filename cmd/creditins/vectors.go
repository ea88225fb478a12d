package main

import (
	"fmt"
	"io"
	"os"

	"github.com/creditins/creditins/conformance"
)

// vectors runs the conformance files under each directory
// (conformance.RunFS), prints one line per failing case and the closing
// line "conformance: N passed, M failed" (FORMAT.md "A case"), and returns
// 1 when any case failed.
func vectors(dirs []string, stdout, stderr io.Writer) int {
	if len(dirs) == 0 {
		fmt.Fprint(stderr, "usage: creditins vectors DIR...\n")
		return 2
	}
	var r conformance.Report
	for _, d := range dirs {
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			fmt.Fprintf(stderr, "creditins vectors: %s is not a directory\n", d)
			return 2
		}
		r.Add(conformance.RunFS(os.DirFS(d)))
	}
	for _, f := range r.Failures {
		fmt.Fprintln(stdout, f)
	}
	fmt.Fprintln(stdout, r.Summary())
	if r.Failed > 0 {
		return 1
	}
	return 0
}
