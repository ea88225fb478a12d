// Package pipeline evaluates a portfolio of buyers' books on Apache Beam:
// it reads the book's files (package bookfile), keys every line by buyer,
// joins the kinds by buyer (CoGroupByKey), evaluates each buyer on the
// as-of date with claims.EvaluateBuyer, and writes one report line per
// buyer, in shards, and the portfolio's summary.
//
// A buyer that cannot be read or evaluated never fails the run: its report
// line is {"buyer","error","field","value"} and the counter "buyersInError"
// counts it. A line that names no buyer is written to rejects.jsonl and
// counted by "linesRejected".
package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // file paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/creditins/creditins/beam/bookfile"
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Namespace is the namespace of the pipeline's counters.
const Namespace = "creditins"

// The pipeline's counters.
const (
	CounterBuyers        = "buyers"
	CounterBuyersInError = "buyersInError"
	CounterLinesRejected = "linesRejected"
)

// Config is what a run reads and writes.
type Config struct {
	// Input is the folder of the book's files (bookfile); Output the folder
	// the run writes to: reports-SSSSS-of-NNNNN.jsonl, summary.json and,
	// when lines were rejected, rejects.jsonl.
	Input, Output string
	// Terms is the policy's terms in the JSON form of policy.ParseTerms.
	Terms []byte
	// AsOf is the day the books are read.
	AsOf calendar.Date
	// Book is the JSON form of claims.BookOptions; empty for its zero
	// value (the FORMAT.md conventions).
	Book []byte
	// WarnRatio is the ratio of a limit at which an Approaching alert is
	// raised (limits.HeadroomOptions.WarnRatio).
	WarnRatio policy.Rate
	// Shards is the number of report files; at least 1.
	Shards int
}

// Options are the choices of the evaluation of each buyer: the book's
// options and the warning ratio, the rest at their zero values.
func Options(book claims.BookOptions, warnRatio policy.Rate) claims.PortfolioOptions {
	return claims.PortfolioOptions{Book: book, Alerts: limits.AlertOptions{Headroom: limits.HeadroomOptions{WarnRatio: warnRatio}}}
}

// settings are the decoded terms, day and options of a run.
type settings struct {
	terms policy.Terms
	asOf  calendar.Date
	opts  claims.PortfolioOptions
}

// parseSettings decodes the terms and book options of a run.
func parseSettings(terms []byte, asOf string, book []byte, warnRatio string) (settings, error) {
	var s settings
	var err error
	if s.terms, err = policy.ParseTerms(terms); err != nil {
		return s, fmt.Errorf("terms: %w", err)
	}
	if s.asOf, err = calendar.ParseDate(asOf); err != nil {
		return s, fmt.Errorf("as-of: %w", err)
	}
	var bo claims.BookOptions
	if len(bytes.TrimSpace(book)) > 0 {
		dec := json.NewDecoder(bytes.NewReader(book))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&bo); err != nil {
			return s, fmt.Errorf("book options: %w", err)
		}
	}
	wr, err := policy.ParseRate(warnRatio)
	if err != nil {
		return s, fmt.Errorf("warn ratio: %w", err)
	}
	s.opts = Options(bo, wr)
	return s, nil
}

// Build adds the pipeline of c to the scope. The terms, the day and the
// options are checked here, before anything runs.
func Build(s beam.Scope, c Config) error {
	if c.Shards < 1 {
		return errors.New("pipeline: shards must be at least 1")
	}
	if c.AsOf.IsZero() {
		return errors.New("pipeline: no as-of date")
	}
	eval := &evaluateFn{Terms: string(c.Terms), AsOf: c.AsOf.String(), Book: string(c.Book), WarnRatio: c.WarnRatio.String(), Shards: c.Shards}
	if _, err := parseSettings(c.Terms, eval.AsOf, c.Book, eval.WarnRatio); err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}
	keyed := make([]beam.PCollection, len(bookfile.Kinds))
	rejects := make([]beam.PCollection, len(bookfile.Kinds))
	for _, k := range bookfile.Kinds {
		ks := s.Scope(k.String())
		lines := textio.Read(ks, k.Glob(c.Input))
		keyed[k], rejects[k] = beam.ParDo2(ks, &keyFn{Kind: k.String()}, lines)
	}
	joined := beam.CoGroupByKey(s, keyed...)
	reports, parts := beam.ParDo2(s, eval, joined)

	out := strings.TrimSuffix(c.Output, "/")
	beam.ParDo0(s, &writeShardFn{Prefix: out + "/reports", Shards: c.Shards}, beam.GroupByKey(s, reports))
	summary := beam.Combine(s, &summaryFn{}, parts)
	textio.Write(s, out+"/summary.json", beam.ParDo(s, summaryLine, summary))
	textio.Write(s, out+"/rejects.jsonl", beam.Flatten(s, rejects...))
	return nil
}

// Result is what a run counted.
type Result struct {
	Buyers, BuyersInError, LinesRejected int64
}

// Run builds the pipeline of c and runs it on the runner named ("prism",
// "universal" with the job server of the --endpoint flag, …), waiting for
// its end.
func Run(ctx context.Context, runner string, c Config) (Result, error) {
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, c); err != nil {
		return Result{}, err
	}
	pr, err := beam.Run(ctx, runner, p)
	if err != nil {
		return Result{}, err
	}
	var r Result
	if pr == nil {
		return r, nil
	}
	for _, m := range pr.Metrics().AllMetrics().Counters() {
		if m.Namespace() != Namespace {
			continue
		}
		switch m.Name() {
		case CounterBuyers:
			r.Buyers += m.Result()
		case CounterBuyersInError:
			r.BuyersInError += m.Result()
		case CounterLinesRejected:
			r.LinesRejected += m.Result()
		}
	}
	return r, nil
}

func init() {
	register.DoFn4x0[context.Context, string, func(string, string), func(string)](&keyFn{})
	register.DoFn10x1[context.Context, string, func(*string) bool, func(*string) bool, func(*string) bool, func(*string) bool,
		func(*string) bool, func(*string) bool, func(int, string), func(bookfile.Summary), error](&evaluateFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Combiner1[bookfile.Summary](&summaryFn{})
	register.Function1x2[bookfile.Summary, string, error](summaryLine)
	register.Emitter2[string, string]()
	register.Emitter1[string]()
	register.Emitter2[int, string]()
	register.Emitter1[bookfile.Summary]()
	register.Iter1[string]()
}

// keyFn keys a line by its buyer; a line without one goes to the second
// output as a JSON object {"file","error","line"}.
type keyFn struct {
	Kind     string `json:"kind"`
	rejected beam.Counter
}

func (f *keyFn) Setup() { f.rejected = beam.NewCounter(Namespace, CounterLinesRejected) }

func (f *keyFn) ProcessElement(ctx context.Context, line string, emit func(string, string), reject func(string)) {
	if strings.TrimSpace(line) == "" {
		return
	}
	buyer, err := bookfile.BuyerOf(line)
	if err == nil {
		emit(buyer, line)
		return
	}
	f.rejected.Inc(ctx, 1)
	b, _ := json.Marshal(struct {
		File  string `json:"file"`
		Error string `json:"error"`
		Line  string `json:"line"`
	}{f.Kind, err.Error(), line})
	reject(string(b))
}

// evaluateFn evaluates one buyer from its joined lines: its report line,
// keyed by shard, and its summary.
type evaluateFn struct {
	Terms     string `json:"terms"`
	AsOf      string `json:"asOf"`
	Book      string `json:"book"`
	WarnRatio string `json:"warnRatio"`
	Shards    int    `json:"shards"`

	s                     settings
	buyers, buyersInError beam.Counter
}

func (f *evaluateFn) Setup() error {
	var err error
	f.s, err = parseSettings([]byte(f.Terms), f.AsOf, []byte(f.Book), f.WarnRatio)
	f.buyers, f.buyersInError = beam.NewCounter(Namespace, CounterBuyers), beam.NewCounter(Namespace, CounterBuyersInError)
	return err
}

func (f *evaluateFn) ProcessElement(ctx context.Context, buyer string, buyers, decisions, invoices, payments, creditNotes, events func(*string) bool,
	emitReport func(int, string), emitSummary func(bookfile.Summary)) error {
	var g bookfile.Group
	for k, it := range []func(*string) bool{buyers, decisions, invoices, payments, creditNotes, events} {
		var line string
		for it(&line) {
			g[k] = append(g[k], line)
		}
	}
	r := bookfile.Evaluate(f.s.terms, f.s.asOf, f.s.opts, buyer, g)
	line, err := bookfile.ReportLine(r)
	if err != nil {
		r = claims.BuyerReport{Buyer: buyer, Err: err}
		if line, err = bookfile.ReportLine(r); err != nil {
			return err
		}
	}
	f.buyers.Inc(ctx, 1)
	if r.Err != nil {
		f.buyersInError.Inc(ctx, 1)
	}
	emitReport(shardOf(buyer, f.Shards), line)
	emitSummary(bookfile.SummaryOf(r))
	return nil
}

// shardOf is the report file of a buyer.
func shardOf(buyer string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(buyer))
	return int(h.Sum32() % uint32(shards))
}

// writeShardFn writes the report lines of one shard to its file.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (w *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := fmt.Sprintf("%s-%05d-of-%05d.jsonl", w.Prefix, shard, w.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	var line string
	for lines(&line) {
		buf.WriteString(line)
		buf.WriteByte('\n')
		if buf.Len() >= 1<<20 {
			if _, err := fd.Write(buf.Bytes()); err != nil {
				fd.Close()
				return err
			}
			buf.Reset()
		}
	}
	if _, err := fd.Write(buf.Bytes()); err != nil {
		fd.Close()
		return err
	}
	return fd.Close()
}

// summaryFn adds the buyers' summaries.
type summaryFn struct{}

func (summaryFn) CreateAccumulator() bookfile.Summary { return bookfile.Summary{} }
func (summaryFn) AddInput(a, s bookfile.Summary) bookfile.Summary {
	return a.Merge(s)
}
func (summaryFn) MergeAccumulators(a, b bookfile.Summary) bookfile.Summary { return a.Merge(b) }

// summaryLine is the summary's JSON form.
func summaryLine(s bookfile.Summary) (string, error) {
	b, err := json.Marshal(s)
	return string(b), err
}
