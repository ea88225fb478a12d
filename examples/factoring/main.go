// Command factoring prints the story of examples.Factoring.
package main

import (
	"fmt"
	"os"

	"github.com/creditins/creditins/examples"
)

func main() {
	if err := examples.Factoring(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
