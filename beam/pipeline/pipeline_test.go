package pipeline_test

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/creditins/creditins/beam/bookfile"
	"github.com/creditins/creditins/beam/pipeline"
	"github.com/creditins/creditins/beam/synth"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/internal/portfoliogen"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	os.Exit(m.Run())
}

// generate draws n books from the seed and their lines.
func generate(t *testing.T, n int, seed uint64) ([]claims.BuyerBook, []bookfile.Group) {
	t.Helper()
	books, err := portfoliogen.Books(n, seed)
	if err != nil {
		t.Fatal(err)
	}
	groups := make([]bookfile.Group, len(books))
	for i, b := range books {
		if groups[i], err = bookfile.Lines(b); err != nil {
			t.Fatal(err)
		}
	}
	return books, groups
}

// writeBook writes the lines of each buyer to a new folder with the
// synthetic terms and returns the folder.
func writeBook(t *testing.T, groups []bookfile.Group) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "book")
	w, err := synth.Create(dir, portfoliogen.Terms())
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range groups {
		if err := w.WriteLines(g); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// run runs the pipeline on Prism over the folder and returns its output
// folder and counters.
func run(t *testing.T, dir string) (string, pipeline.Result) {
	t.Helper()
	terms, err := os.ReadFile(filepath.Join(dir, "terms.json"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Run(context.Background(), "prism", pipeline.Config{Input: dir, Output: out, Terms: terms,
		AsOf: portfoliogen.AsOf(), WarnRatio: limits.DefaultWarnRatio(), Shards: 3})
	if err != nil {
		t.Fatal(err)
	}
	return out, res
}

// readReports reads the report lines of a run, by buyer.
func readReports(t *testing.T, out string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(out, "reports-*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no report files in %s (%v)", out, err)
	}
	lines := map[string]string{}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var r struct{ Buyer string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if _, dup := lines[r.Buyer]; dup {
				t.Fatalf("buyer %q reported twice", r.Buyer)
			}
			lines[r.Buyer] = sc.Text()
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return lines
}

func readSummary(t *testing.T, out string) bookfile.Summary {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	var s bookfile.Summary
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func digest(s string) [32]byte { return sha256.Sum256([]byte(s)) }

// TestPrismMatchesInProcess: a generated book of 10 000 buyers (100 000
// invoices) evaluated on Prism gives, line for line, the reports of
// claims.EvaluatePortfolio on the same books in this process, the summary
// of those reports, and counts every buyer.
func TestPrismMatchesInProcess(t *testing.T) {
	n := 10_000
	if testing.Short() {
		n = 500
	}
	books, groups := generate(t, n, 1)
	dir := writeBook(t, groups)
	groups = nil

	rep, err := claims.EvaluatePortfolio(portfoliogen.Terms(), books, portfoliogen.AsOf(), pipeline.Options(claims.BookOptions{}, limits.DefaultWarnRatio()))
	if err != nil {
		t.Fatal(err)
	}
	books = nil
	want := make(map[string][32]byte, n)
	var wantSummary bookfile.Summary
	for _, r := range rep.Buyers {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		want[r.Buyer] = digest(string(line))
		wantSummary = wantSummary.Merge(bookfile.SummaryOf(r))
	}
	byBuyer := map[string]claims.BuyerReport{}
	for _, r := range rep.Buyers {
		byBuyer[r.Buyer] = r
	}
	rep = claims.PortfolioReport{}

	out, res := run(t, dir)
	got := readReports(t, out)
	if len(got) != len(want) {
		t.Errorf("%d report lines, want %d", len(got), len(want))
	}
	bad := 0
	for buyer, w := range want {
		line, ok := got[buyer]
		switch {
		case !ok:
			t.Errorf("buyer %s: no report", buyer)
		case digest(line) != w:
			if bad++; bad <= 2 {
				wl, _ := json.Marshal(byBuyer[buyer])
				t.Errorf("buyer %s: report differs (-want +got):\n%s", buyer, cmp.Diff(string(wl), line))
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d buyers' reports differ", bad)
	}
	if diff := cmp.Diff(wantSummary, readSummary(t, out)); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(pipeline.Result{Buyers: int64(n)}, res); diff != "" {
		t.Errorf("counters (-want +got):\n%s", diff)
	}
}

// TestPrismMalformedBuyers: buyers whose lines are wrong (a negative
// amount, an unknown decision kind, a duplicate invoice ID, no line in
// buyers.jsonl) are reported with the field at fault and counted; a line
// without a buyer is rejected; every other buyer is evaluated as in
// process.
func TestPrismMalformedBuyers(t *testing.T) {
	books, groups := generate(t, 40, 7)
	// The first buyers with a named limit (agrement) as their first decision.
	var named []int
	for i, g := range groups {
		if len(g[bookfile.Decisions]) > 0 && strings.Contains(g[bookfile.Decisions][0], `"kind":"agrement"`) {
			named = append(named, i)
		}
	}
	neg, kind, dup, orphan := 1, named[0], named[1], 2
	if kind == neg || kind == orphan {
		kind = named[2]
	}
	if dup == neg || dup == orphan || dup == kind {
		dup = named[3]
	}
	g := &groups[neg][bookfile.Invoices]
	(*g)[2] = strings.Replace((*g)[2], `"net":"EUR `, `"net":"EUR -`, 1)
	g = &groups[kind][bookfile.Decisions]
	(*g)[0] = strings.Replace((*g)[0], `"kind":"agrement"`, `"kind":"approval"`, 1)
	g = &groups[dup][bookfile.Invoices]
	*g = append(*g, (*g)[4])
	groups[orphan][bookfile.Buyers] = nil
	groups[0][bookfile.Payments] = append(groups[0][bookfile.Payments], `{"date":"2025-03-01","amount":"EUR 10.00"}`)
	dir := writeBook(t, groups)

	id := func(i int) string { return books[i].Buyer.ID }
	type fault struct{ Field, Value string }
	wantErr := map[string]fault{
		id(neg):    {"invoices[" + id(neg) + "-F2].net", "EUR -" + strings.TrimPrefix(books[neg].Ledger.Invoices[2].Net.String(), "EUR ")},
		id(kind):   {"decisions[" + id(kind) + "-D0].kind", "approval"},
		id(dup):    {"invoices[" + id(dup) + "-F4].id", id(dup) + "-F4 listed twice"},
		id(orphan): {"buyer", id(orphan) + ": no line in buyers.jsonl"},
	}
	opts := pipeline.Options(claims.BookOptions{}, limits.DefaultWarnRatio())

	out, res := run(t, dir)
	got := readReports(t, out)
	if len(got) != len(books) {
		t.Errorf("%d report lines, want %d", len(got), len(books))
	}
	for i, b := range books {
		line := got[b.Buyer.ID]
		if w, ok := wantErr[b.Buyer.ID]; ok {
			var e struct{ Buyer, Error, Field, Value string }
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(w, fault{e.Field, e.Value}); diff != "" || e.Error == "" || e.Buyer != b.Buyer.ID {
				t.Errorf("buyer %s (%d): fault (-want +got):\n%s\n%s", b.Buyer.ID, i, diff, line)
			}
			continue
		}
		r, err := claims.EvaluateBuyer(portfoliogen.Terms(), b, portfoliogen.AsOf(), opts)
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), line); diff != "" {
			t.Errorf("buyer %s: report (-want +got):\n%s", b.Buyer.ID, diff)
		}
	}
	if diff := cmp.Diff(pipeline.Result{Buyers: int64(len(books)), BuyersInError: int64(len(wantErr)), LinesRejected: 1}, res); diff != "" {
		t.Errorf("counters (-want +got):\n%s", diff)
	}
	if s := readSummary(t, out); s.Buyers != len(books) || s.InError != len(wantErr) {
		t.Errorf("summary: %d buyers, %d in error; want %d, %d", s.Buyers, s.InError, len(books), len(wantErr))
	}
	// RunLocal, the measures' baseline, writes the same lines.
	local := filepath.Join(t.TempDir(), "local")
	if err := os.MkdirAll(local, 0o755); err != nil {
		t.Fatal(err)
	}
	terms, err := os.ReadFile(filepath.Join(dir, "terms.json"))
	if err != nil {
		t.Fatal(err)
	}
	lres, err := pipeline.RunLocal(pipeline.Config{Input: dir, Output: local, Terms: terms, AsOf: portfoliogen.AsOf(), WarnRatio: limits.DefaultWarnRatio(), Shards: 3})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(res, lres); diff != "" {
		t.Errorf("RunLocal counters (-prism +local):\n%s", diff)
	}
	if diff := cmp.Diff(got, readReports(t, local)); diff != "" {
		t.Errorf("RunLocal reports (-prism +local):\n%s", diff)
	}
	if diff := cmp.Diff(readSummary(t, out), readSummary(t, local)); diff != "" {
		t.Errorf("RunLocal summary (-prism +local):\n%s", diff)
	}

	rejects, err := os.ReadFile(filepath.Join(out, "rejects.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var rj struct{ File, Error, Line string }
	if err := json.Unmarshal(rejects, &rj); err != nil || rj.File != "payments" || !errors.Is(errMissing(rj.Error), policy.ErrMissing) {
		t.Errorf("rejects.jsonl: %s (%v)", rejects, err)
	}
}

// errMissing maps the text of a rejection back to its sentinel.
func errMissing(msg string) error {
	if strings.HasPrefix(msg, policy.ErrMissing.Error()) {
		return policy.ErrMissing
	}
	return errors.New(msg)
}
