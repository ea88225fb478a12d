// Command exporter prints the story of examples.Exporter.
package main

import (
	"fmt"
	"os"

	"github.com/creditins/creditins/examples"
)

func main() {
	if err := examples.Exporter(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
