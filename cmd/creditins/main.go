// Command creditins runs the creditins SDK from a shell: a demonstration
// report, the conformance vectors, and an HTTP JSON service evaluating the
// operations of conformance/FORMAT.md, and the report of a portfolio read
// from files.
//
//	creditins demo
//	creditins report DIR|book.json --as-of YYYY-MM-DD [--format text|json|csv]
//	creditins vectors DIR...
//	creditins serve [--addr 127.0.0.1:8080]
//
// Install it with
//
//	go install github.com/creditins/creditins/cmd/creditins@latest
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `usage:
  creditins demo                      the report of a small book
  creditins report DIR|book.json --as-of YYYY-MM-DD [--format text|json|csv] [--liability-remaining AMOUNT]
                                      the report of a portfolio read from files
  creditins vectors DIR...            run the conformance vectors under each DIR
  creditins serve [--addr HOST:PORT]  serve POST /v1/eval/{op}, GET /openapi.json and GET /healthz
`

// run runs one subcommand and returns the exit status: 0 on success, 1 when
// the work failed (a failing vector, a server that could not start), 2 on a
// usage error. serve returns when ctx is done.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "demo":
		if len(args) > 1 {
			fmt.Fprint(stderr, usage)
			return 2
		}
		if err := demo(stdout); err != nil {
			fmt.Fprintln(stderr, "creditins demo:", err)
			return 1
		}
		return 0
	case "report":
		return report(args[1:], stdout, stderr)
	case "vectors":
		return vectors(args[1:], stdout, stderr)
	case "serve":
		return serve(ctx, args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "creditins: unknown command %q\n%s", args[0], usage)
		return 2
	}
}
