// Command year prints the story of examples.InsuranceYear.
package main

import (
	"fmt"
	"os"

	"github.com/creditins/creditins/examples"
)

func main() {
	if err := examples.InsuranceYear(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
