// Command premium prints the story of examples.YearPremium.
package main

import (
	"fmt"
	"os"

	"github.com/creditins/creditins/examples"
)

func main() {
	if err := examples.YearPremium(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
