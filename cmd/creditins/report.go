package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/creditins/creditins/bookfile"
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// progressMin is the number of buyers from which report shows its progress
// on stderr, when stderr is a terminal.
const progressMin = 5000

// progressEvery is how often the progress line is rewritten.
const progressEvery = 200 * time.Millisecond

// reportFormats are the output formats of report.
var reportFormats = []string{"text", "json", "csv"}

// report reads a portfolio (a directory of files or one book.json, through
// package bookfile), evaluates it on --as-of with claims.EvaluatePortfolio
// and writes its report as text (the demo's renderer), JSON (the
// claims.PortfolioReport) or CSV (one row per buyer). A buyer that cannot
// be evaluated is in the report with its error and makes the status 1.
func report(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asOfText := fs.String("as-of", "", "the day the books are read, YYYY-MM-DD (required)")
	format := fs.String("format", "text", "output format: "+strings.Join(reportFormats, ", "))
	liability := fs.String("liability-remaining", "", `maximum liability left in the insurance year, as "EUR 1000000" (default: the policy's)`)
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return 2
	}
	switch {
	case len(pos) != 1:
		fmt.Fprint(stderr, "usage: creditins report DIR|book.json --as-of YYYY-MM-DD [--format text|json|csv] [--liability-remaining AMOUNT]\n")
		return 2
	case *asOfText == "":
		fmt.Fprintln(stderr, "creditins report: --as-of is required")
		return 2
	case !contains(reportFormats, *format):
		fmt.Fprintf(stderr, "creditins report: --format %q: want one of %s\n", *format, strings.Join(reportFormats, ", "))
		return 2
	}
	asOf, err := calendar.ParseDate(*asOfText)
	if err != nil {
		fmt.Fprintf(stderr, "creditins report: --as-of: %v\n", err)
		return 2
	}
	opts := reportOptions()
	if *liability != "" {
		if opts.Book.LiabilityRemaining, err = policy.ParseAmount(*liability); err != nil {
			fmt.Fprintf(stderr, "creditins report: --liability-remaining: %v\n", err)
			return 2
		}
	}
	p, err := readPortfolio(pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "creditins report:", err)
		return 1
	}
	if isTerminal(stderr) && len(p.Books) >= progressMin {
		opts.Parallel = withProgress(stderr, parallel)
	} else {
		opts.Parallel = parallel
	}
	rep, evalErr := claims.EvaluatePortfolio(p.Terms, p.Books, asOf, opts)
	if len(rep.Buyers) != len(p.Books) || rep.AsOf.IsZero() {
		// The terms or the date, not a buyer: there is no report.
		fmt.Fprintln(stderr, "creditins report:", evalErr)
		return 1
	}
	switch *format {
	case "json":
		err = writeJSONReport(stdout, rep)
	case "csv":
		err = writeCSVReport(stdout, rep)
	default:
		err = writeReport(stdout, p.Terms, rep)
	}
	if err != nil {
		fmt.Fprintln(stderr, "creditins report:", err)
		return 1
	}
	if evalErr != nil {
		fmt.Fprintf(stderr, "creditins report: %d of %d buyers cannot be evaluated; the first: %v\n", failed(rep), len(rep.Buyers), evalErr)
		return 1
	}
	return 0
}

// reportOptions are the choices of report: the strict reading of every
// package, with the vectors' warning ratio for the headroom alerts (the
// demo's too).
func reportOptions() claims.PortfolioOptions {
	return claims.PortfolioOptions{
		Alerts: limits.AlertOptions{Headroom: limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}},
	}
}

// parseInterleaved parses flags given before, between or after the
// positional arguments ("report DIR --as-of X") and returns the latter.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos, args = append(pos, args[0]), args[1:]
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// readPortfolio reads a directory of book files (every regular file at its
// top level, which bookfile.ParseDir checks) or one book.json.
func readPortfolio(path string) (bookfile.Portfolio, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return bookfile.Portfolio{}, err
	}
	if !fi.IsDir() {
		data, err := os.ReadFile(path)
		if err != nil {
			return bookfile.Portfolio{}, err
		}
		return bookfile.ParseJSON(data)
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return bookfile.Portfolio{}, err
	}
	files := map[string][]byte{}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(path, e.Name()))
		if err != nil {
			return bookfile.Portfolio{}, err
		}
		files[e.Name()] = data
	}
	p, err := bookfile.ParseDir(files)
	var be *bookfile.Error
	if errors.As(err, &be) {
		// bookfile names the file within the directory; say which directory.
		return p, fmt.Errorf("%s: %w", path, err)
	}
	return p, err
}

// parallel is claims.PortfolioOptions.Parallel on every core: the command
// may start goroutines, the SDK does not.
func parallel(n int, work func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				work(i)
			}
		}()
	}
	wg.Wait()
}

// withProgress wraps a Parallel hook to rewrite a line "N/M buyers" on w
// while the buyers are evaluated, and end it once they are.
func withProgress(w io.Writer, run func(int, func(int))) func(int, func(int)) {
	return func(n int, work func(int)) {
		var done atomic.Int64
		stop := make(chan struct{})
		finished := make(chan struct{})
		go func() {
			defer close(finished)
			t := time.NewTicker(progressEvery)
			defer t.Stop()
			for {
				select {
				case <-t.C:
					fmt.Fprintf(w, "\rcreditins report: %d/%d buyers", done.Load(), n)
				case <-stop:
					fmt.Fprintf(w, "\rcreditins report: %d/%d buyers\n", done.Load(), n)
					return
				}
			}
		}()
		run(n, func(i int) {
			work(i)
			done.Add(1)
		})
		close(stop)
		<-finished
	}
}

// isTerminal reports whether w is a character device (a terminal), with the
// standard library only.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// failed counts the buyers that could not be evaluated.
func failed(rep claims.PortfolioReport) int {
	n := 0
	for _, r := range rep.Buyers {
		if r.Err != nil {
			n++
		}
	}
	return n
}

// writeJSONReport writes the claims.PortfolioReport as indented JSON; a
// failed buyer is its error object (claims.BuyerReport.MarshalJSON).
func writeJSONReport(w io.Writer, rep claims.PortfolioReport) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

// csvHeader is the header of the CSV report; csvRow gives one row a buyer.
var csvHeader = []string{"buyer", "error", "open", "overdue", "insured", "uninsured", "overLimit", "newDelivery", "headroom",
	"stopDate", "stopCause", "alerts", "actions", "lossDate", "lossCause", "indemnity", "indemnityDue"}

// writeCSVReport writes one row a buyer under csvHeader. Alerts and actions
// are "kind date" items joined by "; ". A failed buyer has its error and
// the other cells empty.
func writeCSVReport(w io.Writer, rep claims.PortfolioReport) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range rep.Buyers {
		if err := cw.Write(csvRow(r)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRow(r claims.BuyerReport) []string {
	if r.Err != nil {
		row := make([]string, len(csvHeader))
		row[0], row[1] = r.Buyer, r.Err.Error()
		return row
	}
	bk := r.Book
	var alerts, actions []string
	for _, a := range r.Alerts {
		alerts = append(alerts, a.Kind.String()+" "+a.Date.String())
	}
	for _, a := range r.Actions {
		actions = append(actions, a.Kind.String()+" "+a.Date.String())
	}
	stopDate, stopCause := "", ""
	if !bk.Stop.Date.IsZero() {
		stopDate, stopCause = bk.Stop.Date.String(), bk.Stop.Cause.String()
	}
	lossDate, lossCause, indemnity, due := "", "", "", ""
	if !bk.Loss.Date.IsZero() {
		lossDate, lossCause, indemnity, due = bk.Loss.Date.String(), bk.Loss.Cause.String(), bk.Indemnity.String(), bk.IndemnityDue.String()
	}
	return []string{r.Buyer, "", r.Exposure.Open.String(), r.Exposure.Overdue.String(), bk.Insured.String(), bk.Uninsured.String(),
		bk.OverLimit.String(), coverText(bk.NewDelivery), bk.Headroom.String(), stopDate, stopCause,
		strings.Join(alerts, "; "), strings.Join(actions, "; "), lossDate, lossCause, indemnity, due}
}
