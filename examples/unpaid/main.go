// Command unpaid prints the story of examples.UnpaidInvoice.
package main

import (
	"fmt"
	"os"

	"github.com/creditins/creditins/examples"
)

func main() {
	if err := examples.UnpaidInvoice(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
