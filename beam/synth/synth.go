// Package synth writes synthetic portfolios of buyers' books (the SDK's
// internal/portfoliogen, the bench module's portfolio) as the files of
// package bookfile.
package synth

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"

	"github.com/creditins/creditins/beam/bookfile"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// Writer writes books to the files of package bookfile in a folder, one
// file per kind, and the terms to terms.json.
type Writer struct {
	files [bookfile.NumKinds]*os.File
	bufs  [bookfile.NumKinds]*bufio.Writer
}

// Create creates the folder dir (if need be), its file terms.json and the
// files of every kind.
func Create(dir string, terms policy.Terms) (*Writer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	t, err := json.MarshalIndent(terms, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "terms.json"), append(t, '\n'), 0o644); err != nil {
		return nil, err
	}
	w := &Writer{}
	for _, k := range bookfile.Kinds {
		f, err := os.Create(filepath.Join(dir, k.File()))
		if err != nil {
			w.Close()
			return nil, err
		}
		w.files[k], w.bufs[k] = f, bufio.NewWriterSize(f, 1<<20)
	}
	return w, nil
}

// Write writes one buyer's book.
func (w *Writer) Write(b claims.BuyerBook) error {
	g, err := bookfile.Lines(b)
	if err != nil {
		return err
	}
	return w.WriteLines(g)
}

// WriteLines writes one buyer's lines as they are (malformed ones
// included).
func (w *Writer) WriteLines(g bookfile.Group) error {
	for k, lines := range g {
		for _, l := range lines {
			w.bufs[k].WriteString(l)
			if err := w.bufs[k].WriteByte('\n'); err != nil {
				return err
			}
		}
	}
	return nil
}

// Close flushes and closes the files.
func (w *Writer) Close() error {
	var errs []error
	for k, f := range w.files {
		if f == nil {
			continue
		}
		if w.bufs[k] != nil {
			errs = append(errs, w.bufs[k].Flush())
		}
		errs = append(errs, f.Close())
	}
	return errors.Join(errs...)
}
