package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/creditins/creditins/claims"
	"github.com/google/go-cmp/cmp"
)

// demoDir is the demonstration book written as files (bookfile's layout).
const demoDir = "testdata/demo"

// TestReportIsTheDemo: the demonstration book read from testdata/demo gives
// the demo's report, buyer for buyer, in the order of their IDs (bookfile
// returns the books so): the files say what demoBooks says, and both go
// through the one renderer.
func TestReportIsTheDemo(t *testing.T) {
	code, got, errOut := runCmd(t, "report", demoDir, "--as-of", "2025-11-28", "--liability-remaining", "EUR 1000000")
	if code != 0 {
		t.Fatalf("report: status %d, stderr %s", code, errOut)
	}
	books := demoBooks()
	slices.SortFunc(books, func(a, b claims.BuyerBook) int { return strings.Compare(a.Buyer.ID, b.Buyer.ID) })
	rep, err := claims.EvaluatePortfolio(demoTerms(), books, demoAsOf, demoOptions())
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := writeReport(&want, demoTerms(), rep); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), got); diff != "" {
		t.Errorf("report of %s (-want demo +got)\n%s", demoDir, diff)
	}
}

// TestReportFormats: the JSON is the PortfolioReport, a failed buyer its
// error object; the CSV has a header and one row a buyer. Without
// --liability-remaining the insolvent buyer's claim cannot be computed
// (the policy's maximum liability is a multiple of the premium): the
// report is written and the status is 1.
func TestReportFormats(t *testing.T) {
	code, out, errOut := runCmd(t, "report", "--format", "json", demoDir, "--as-of", "2025-11-28")
	if diff := cmp.Diff(1, code); diff != "" {
		t.Errorf("status (-want +got)\n%s", diff)
	}
	if !strings.Contains(errOut, "1 of 6 buyers cannot be evaluated") {
		t.Errorf("stderr: %s", errOut)
	}
	var rep struct {
		AsOf   string           `json:"asOf"`
		Buyers []map[string]any `json:"buyers"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	var failedBuyers []string
	for _, b := range rep.Buyers {
		if _, ok := b["error"]; ok {
			failedBuyers = append(failedBuyers, b["buyer"].(string)+" "+b["field"].(string))
		}
	}
	if diff := cmp.Diff([]string{"Faure Industrie (insolvency) buyers[2].maxLiabilityRemaining"}, failedBuyers); diff != "" {
		t.Errorf("failed buyers (-want +got)\n%s", diff)
	}

	code, out, errOut = runCmd(t, "report", demoDir, "--as-of=2025-11-28", "--format=csv", "--liability-remaining=EUR 1000000")
	if code != 0 {
		t.Fatalf("csv: status %d, stderr %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	byBuyer := map[string]map[string]string{}
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		byBuyer[r[0]] = m
	}
	got := []string{
		byBuyer["Garnier (late payer)"]["actions"],
		byBuyer["Faure Industrie (insolvency)"]["indemnity"],
		byBuyer["Lemoine SARL (accord express)"]["headroom"],
		byBuyer["Bernard SAS (reduction)"]["alerts"],
	}
	want := []string{"coverStopped 2025-10-31; fileNotice 2025-12-01", "EUR 36000.00", "EUR 1000.00", "exceeded 2025-11-28"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("csv cells (-want +got)\n%s", diff)
	}
	if diff := cmp.Diff(7, len(rows)); diff != "" {
		t.Errorf("csv rows, header included (-want +got)\n%s", diff)
	}
}

// TestReportErrors: usage errors are status 2; a file that cannot be read
// is status 1 with the file, line and column.
func TestReportErrors(t *testing.T) {
	bad := t.TempDir()
	for _, f := range []string{"policy.json", "decisions.csv", "payments.csv", "events.csv"} {
		b, err := os.ReadFile(filepath.Join(demoDir, f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(bad, f), string(b))
	}
	writeFile(t, filepath.Join(bad, "invoices.csv"), "buyer,id,deliveryDate,invoiceDate,dueDate,net\nX,1,2025-01-01,2025-01-01,2025-02-01,EUR 10\nX,2,2025-01-01,2025-01-01,2025-02-01,EUR 1O\n")
	badJSON := filepath.Join(t.TempDir(), "book.json")
	writeFile(t, badJSON, "{\"policy\": {\"currency\": \"EUR\"},\n \"books\": [x]}")
	tests := []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"no --as-of", []string{demoDir}, 2, "--as-of is required"},
		{"no path", []string{"--as-of", "2025-11-28"}, 2, "usage: creditins report"},
		{"two paths", []string{demoDir, demoDir, "--as-of", "2025-11-28"}, 2, "usage: creditins report"},
		{"bad date", []string{demoDir, "--as-of", "2025-02-30"}, 2, "--as-of"},
		{"bad format", []string{demoDir, "--as-of", "2025-11-28", "--format", "xml"}, 2, `--format "xml"`},
		{"bad liability", []string{demoDir, "--as-of", "2025-11-28", "--liability-remaining", "1000"}, 2, "--liability-remaining"},
		{"bad flag", []string{demoDir, "--bogus"}, 2, "flag provided but not defined"},
		{"no such path", []string{filepath.Join(bad, "nope"), "--as-of", "2025-11-28"}, 1, "no such file"},
		{"bad cell", []string{bad, "--as-of", "2025-11-28"}, 1, "invoices.csv:3:"},
		{"bad json", []string{badJSON, "--as-of", "2025-11-28"}, 1, "book.json:2:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, append([]string{"report"}, tc.args...)...)
			if diff := cmp.Diff(tc.code, code); diff != "" {
				t.Errorf("status (-want +got)\n%s", diff)
			}
			if !strings.Contains(errOut, tc.want) {
				t.Errorf("stderr lacks %q: %s", tc.want, errOut)
			}
			if out != "" {
				t.Errorf("stdout not empty: %s", out)
			}
		})
	}
}

func TestParseInterleaved(t *testing.T) {
	tests := []struct {
		args    []string
		wantPos []string
		wantAs  string
	}{
		{[]string{"d", "--as-of", "x"}, []string{"d"}, "x"},
		{[]string{"--as-of=x", "d"}, []string{"d"}, "x"},
		{[]string{"a", "--as-of", "x", "b"}, []string{"a", "b"}, "x"},
		{[]string{"--", "--as-of"}, []string{"--as-of"}, ""},
		{nil, nil, ""},
	}
	for _, tc := range tests {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		asOf := fs.String("as-of", "", "")
		pos, err := parseInterleaved(fs, tc.args)
		if err != nil {
			t.Fatalf("%q: %v", tc.args, err)
		}
		if diff := cmp.Diff(tc.wantPos, pos); diff != "" {
			t.Errorf("%q: positionals (-want +got)\n%s", tc.args, diff)
		}
		if diff := cmp.Diff(tc.wantAs, *asOf); diff != "" {
			t.Errorf("%q: --as-of (-want +got)\n%s", tc.args, diff)
		}
	}
}

// TestParallelAndProgress: the hook calls work once for every buyer, and
// the progress line ends with the count of all of them. A buffer is not a
// terminal.
func TestParallelAndProgress(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		calls := make([]atomic.Int32, n)
		var buf bytes.Buffer
		withProgress(&buf, parallel)(n, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if c := calls[i].Load(); c != 1 {
				t.Errorf("n=%d: work(%d) called %d times", n, i, c)
			}
		}
		want := "creditins report: " + strconv.Itoa(n) + "/" + strconv.Itoa(n) + " buyers\n"
		if got := buf.String(); !strings.HasSuffix(got, want) {
			t.Errorf("n=%d: progress %q, want suffix %q", n, got, want)
		}
	}
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a regular file is a terminal")
	}
}

// TestReportOfBookJSONIsTheDirectory: the demonstration book written as one
// book.json (json.Marshal of the portfolio bookfile reads from
// testdata/demo, decisions included) gives the same report as the
// directory.
func TestReportOfBookJSONIsTheDirectory(t *testing.T) {
	args := []string{"--as-of", "2025-11-28", "--liability-remaining", "EUR 1000000"}
	codeDir, fromDir, errDir := runCmd(t, append([]string{"report", demoDir}, args...)...)
	codeJSON, fromJSON, errJSON := runCmd(t, append([]string{"report", "testdata/demo.json"}, args...)...)
	if codeDir != 0 || codeJSON != 0 {
		t.Fatalf("report: status %d (%s) and %d (%s)", codeDir, errDir, codeJSON, errJSON)
	}
	if diff := cmp.Diff(fromDir, fromJSON); diff != "" {
		t.Errorf("report (-directory +book.json):\n%s", diff)
	}
}
