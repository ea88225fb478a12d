// Command evaluate-book evaluates every buyer of a book on a day, on Apache
// Beam: on the Prism runner in this process by default, or on a job server
// (Flink, Spark) with --runner universal --endpoint HOST:PORT; --runner
// local does the same work in this process without Beam (the baseline of
// the measures).
//
//	evaluate-book --input book/ --output out/ --as-of 2025-11-28
//
// The book's folder holds the files of package bookfile and, unless
// --terms names another file, the policy's terms in terms.json. The run
// writes out/reports-*.jsonl (one line per buyer), out/summary.json and,
// when lines named no buyer, out/rejects.jsonl, and prints its counters.
// The Beam SDK's own flags (--runner, --endpoint, --environment_type, …)
// are accepted as well.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"
	"github.com/creditins/creditins/beam/pipeline"
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

var (
	input     = flag.String("input", "", "folder of the book's files (required)")
	output    = flag.String("output", "", "folder to write the reports to (required)")
	asOf      = flag.String("as-of", "", "the day the books are read, YYYY-MM-DD (required)")
	terms     = flag.String("terms", "", "the policy's terms, JSON (default: INPUT/terms.json)")
	book      = flag.String("book-options", "", "claims.BookOptions, JSON (default: the FORMAT.md conventions)")
	warnRatio = flag.String("warn-ratio", "0.8", "ratio of a limit at which an approaching alert is raised")
	shards    = flag.Int("shards", 4, "number of report files")
	profile   = flag.String("cpuprofile", "", "write a CPU profile of the run to this file")
)

func main() {
	flag.Parse()
	beam.Init() // a worker started by a runner stops here
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate-book:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	if *input == "" || *output == "" || *asOf == "" {
		return fmt.Errorf("--input, --output and --as-of are required")
	}
	day, err := calendar.ParseDate(*asOf)
	if err != nil {
		return err
	}
	wr, err := policy.ParseRate(*warnRatio)
	if err != nil {
		return err
	}
	if *terms == "" {
		*terms = filepath.Join(*input, "terms.json")
	}
	t, err := os.ReadFile(*terms)
	if err != nil {
		return err
	}
	var bo []byte
	if *book != "" {
		if bo, err = os.ReadFile(*book); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(*output, 0o755); err != nil {
		return err
	}
	if *profile != "" {
		f, err := os.Create(*profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	c := pipeline.Config{Input: *input, Output: *output, Terms: t, AsOf: day, Book: bo, WarnRatio: wr, Shards: *shards}
	var res pipeline.Result
	switch runner := *runners.Runner; runner {
	case "local":
		res, err = pipeline.RunLocal(c)
	case "":
		runner = "prism"
		fallthrough
	default:
		res, err = pipeline.Run(ctx, runner, c)
	}
	if err != nil {
		return err
	}
	fmt.Printf("buyers %d, in error %d, lines rejected %d\n", res.Buyers, res.BuyersInError, res.LinesRejected)
	return nil
}
