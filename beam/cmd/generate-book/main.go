// Command generate-book writes a synthetic book (package synth) to a folder:
// the files of package bookfile and the policy's terms in terms.json.
//
//	generate-book --output book/ --buyers 10000 --seed 1
//
// Every buyer has 10 invoices; the book is read on 2025-11-28.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/creditins/creditins/beam/synth"
	"github.com/creditins/creditins/internal/portfoliogen"
)

var (
	output = flag.String("output", "", "folder to write the book to (required)")
	buyers = flag.Int("buyers", 10000, "number of buyers (10 invoices each)")
	seed   = flag.Uint64("seed", 1, "seed of the generator")
)

func main() {
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "generate-book:", err)
		os.Exit(1)
	}
}

func run() error {
	if *output == "" {
		return fmt.Errorf("--output is required")
	}
	w, err := synth.Create(*output, portfoliogen.Terms())
	if err != nil {
		return err
	}
	if err := portfoliogen.Generate(*buyers, *seed, w.Write); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	fmt.Printf("%d buyers, %d invoices, read on %s\n", *buyers, *buyers*portfoliogen.InvoicesPerBuyer, portfoliogen.AsOf())
	return nil
}
