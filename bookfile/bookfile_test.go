package bookfile_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/bookfile"
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/internal/booktest"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// readDir reads the files of a directory of testdata, as a command would.
func readDir(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = b
	}
	return files
}

// TestParseDir reads the sample book and evaluates it: the files' rows
// arrive in each buyer's book, the buyers in the order of their IDs.
func TestParseDir(t *testing.T) {
	p, err := bookfile.ParseDir(readDir(t, "testdata/book"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range p.Books {
		var ids []string
		for _, x := range b.Ledger.Invoices {
			ids = append(ids, x.ID+" "+x.Net.String()+"+"+x.Tax.String())
		}
		got = append(got, fmt.Sprintf("%s eligible=%v decisions=%d invoices=%v payments=%d notice=%s",
			b.Buyer.ID, b.Buyer.DiscretionaryEligible, b.History.Len(), ids, len(b.Ledger.Payments), b.Events.OverdueNotice))
	}
	want := []string{
		"Dupont eligible=false decisions=1 invoices=[F4 EUR 1000.00+EUR 200.00] payments=1 notice=",
		"Lemoine eligible=true decisions=0 invoices=[F3 EUR 3000.00+EUR 600.00] payments=0 notice=",
		"Leroy eligible=false decisions=1 invoices=[F5 EUR 8000.00+EUR 0.00] payments=0 notice=2025-06-01",
		"Martin eligible=false decisions=1 invoices=[F1 EUR 30000.00+EUR 6000.00 F2 EUR 10000.00+EUR 2000.00] payments=1 notice=2025-05-01",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("books (-want +got):\n%s", diff)
	}
	if got, want := p.Books[3].Ledger.Invoices[1].OrderDate, calendar.MustDate(2025, 2, 20); got != want {
		t.Errorf("Martin's F2: order date %s, want %s", got, want)
	}
	if !p.Books[2].History.Decisions()[0].Conditions.InsolvencyOnly {
		t.Error("Leroy's agrément lost its insolvency-only condition")
	}
	rep, err := claims.EvaluatePortfolio(p.Terms, p.Books, calendar.MustDate(2025, 11, 28), claims.PortfolioOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Leroy's loss is a protracted default (1 November) under an
	// insolvency-only agrément: nothing insured.
	if got := rep.Buyers[2].Book; got.Loss.Cause != claims.ProtractedDefault || !got.Insured.IsZero() {
		t.Errorf("Leroy: loss %v, insured %v; want a protracted default insuring nothing", got.Loss, got.Insured)
	}
}

func TestParseDirErrors(t *testing.T) {
	valid := readDir(t, "testdata/book")
	tests := []struct {
		name     string
		file     string
		content  string // replaces the file; "" removes it
		want     string // file:line:column (field value)
		sentinel error
	}{
		{"a malformed amount", "invoices.csv", "buyer,id,deliveryDate,invoiceDate,dueDate,net\nB,F1,2025-01-02,2025-01-02,2025-03-03,EUR 1O0\n",
			`invoices.csv:2:6 (net "EUR 1O0")`, policy.ErrSyntax},
		{"an impossible date", "invoices.csv", "net,buyer,id,deliveryDate,invoiceDate,dueDate\nEUR 100,B,F1,2025-02-30,2025-01-02,2025-03-03\n",
			`invoices.csv:2:4 (deliveryDate "2025-02-30")`, nil},
		{"a missing required cell", "payments.csv", "buyer,date,amount\nB,,EUR 10\n",
			`payments.csv:2:2 (date "")`, policy.ErrMissing},
		{"an unknown column", "payments.csv", "buyer,date,amount,netAmount\n",
			`payments.csv:1:4 (header "netAmount")`, bookfile.ErrUnknownColumn},
		{"a column whose case differs", "payments.csv", "buyer,Date,amount\n",
			`payments.csv:1:2 (header "Date")`, bookfile.ErrUnknownColumn},
		{"a missing column", "payments.csv", "buyer,date\n",
			`payments.csv:1:0 (header "amount")`, bookfile.ErrMissingColumn},
		{"an unknown decision kind", "decisions.csv", "buyer,id,kind,amount,date\nB,D1,agreement,EUR 10,2025-01-02\n",
			`decisions.csv:2:3 (kind "agreement")`, limits.ErrUnknownCode},
		{"a duplicate decision ID", "decisions.csv", "buyer,id,kind,amount,date\nB,D1,agrement,EUR 10,2025-01-02\nB,D1,agrement,EUR 20,2025-02-02\n",
			`decisions.csv:3:0 (decisions[1].id "D1")`, policy.ErrInconsistent},
		{"a boolean that is not", "events.csv", "buyer,discretionaryEligible\nB,yes\n",
			`events.csv:2:2 (discretionaryEligible "yes")`, policy.ErrSyntax},
		{"two event rows of a buyer", "events.csv", "buyer\nB\nB\n",
			`events.csv:3:1 (buyer "B")`, policy.ErrInconsistent},
		{"a CSV quote left open", "payments.csv", "buyer,date,amount\nB,\"2025-01-02,EUR 10\n", `payments.csv:2:`, policy.ErrSyntax},
		{"no policy", "policy.json", "", `policy.json`, policy.ErrMissing},
		{"a policy that does not parse", "policy.json", `{"currency":"EUR","quotites":{"named":"1.7"}}`, `policy.json`, nil},
		{"an unknown file", "buyers.csv", "buyer\n", `buyers.csv`, bookfile.ErrUnknownFile},
		{"a list a directory has no file for", "extensions.csv", "buyer,invoice,newDueDate\nB,F1,2025-06-01\n", `extensions.csv`, bookfile.ErrUnknownFile},
		{"an event a directory has no column for", "events.csv", "buyer,paidDate\nB,2025-06-01\n", `events.csv:1:2 (header "paidDate")`, bookfile.ErrUnknownColumn},
		{"an impossible order date", "invoices.csv", "buyer,id,deliveryDate,invoiceDate,dueDate,net,orderDate\nB,F1,2025-01-02,2025-01-02,2025-03-03,EUR 10,2025-13-01\n",
			`invoices.csv:2:7 (orderDate "2025-13-01")`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string][]byte{}
			for k, v := range valid {
				files[k] = v
			}
			if tc.content == "" {
				delete(files, tc.file)
			} else {
				files[tc.file] = []byte(tc.content)
			}
			_, err := bookfile.ParseDir(files)
			var e *bookfile.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v, want a *bookfile.Error", err)
			}
			if !strings.HasPrefix(strings.TrimPrefix(err.Error(), "bookfile: "), tc.want) {
				t.Errorf("error %q, want it to start with %q", err, tc.want)
			}
			if tc.sentinel != nil && !errors.Is(err, tc.sentinel) {
				t.Errorf("error %v, want it to wrap %v", err, tc.sentinel)
			}
		})
	}
}

func TestParseJSONErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"not JSON", "{\n  \"policy\": x}", "book.json:2:13"},
		{"an unknown field", `{"policy":{},"buyers":[]}`, "book.json:1:"},
		{"no policy", `{"books":[]}`, "book.json (policy \"\")"},
		{"trailing data", `{"policy":{"currency":"EUR"},"books":[]} {}`, "book.json: policy: malformed value: trailing data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := bookfile.ParseJSON([]byte(tc.data))
			var e *bookfile.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v, want a *bookfile.Error", err)
			}
			if !strings.HasPrefix(strings.TrimPrefix(err.Error(), "bookfile: "), tc.want) {
				t.Errorf("error %q, want it to start with %q", err, tc.want)
			}
		})
	}
}

// FuzzParseDir: no bytes of any file panic, and every error is an *Error.
func FuzzParseDir(f *testing.F) {
	valid := readDir(f, "testdata/book")
	for _, name := range []string{"invoices.csv", "decisions.csv", "payments.csv", "events.csv", "policy.json"} {
		f.Add(name, valid[name])
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		files := map[string][]byte{}
		for k, v := range valid {
			files[k] = v
		}
		files[name] = data
		if _, err := bookfile.ParseDir(files); err != nil {
			var e *bookfile.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not a *bookfile.Error", err)
			}
		}
	})
}

// FuzzParseJSON: no bytes panic, and every error is an *Error.
func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(`{"policy":{"currency":"EUR"},"books":[{"buyer":{"id":"B"}}]}`))
	f.Add([]byte(`{"policy":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := bookfile.ParseJSON(data); err != nil {
			var e *bookfile.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not a *bookfile.Error", err)
			}
		}
	})
}

// TestParseJSONReadsWhatMarshalWrites: the sample directory's portfolio,
// and a book filling every field of claims.BuyerBook (booktest.Full),
// written as book.json read back equal, so that book.json drops none of the
// book's fields; the fixture's check fails when a field is added to the
// book's types and not to it.
func TestParseJSONReadsWhatMarshalWrites(t *testing.T) {
	if diff := cmp.Diff([]string(nil), booktest.Unfilled(booktest.Full())); diff != "" {
		t.Fatalf("fields left zero in booktest.Full (-want +got)\n%s", diff)
	}
	dir, err := bookfile.ParseDir(readDir(t, "testdata/book"))
	if err != nil {
		t.Fatal(err)
	}
	full := bookfile.Portfolio{Terms: dir.Terms, Books: []claims.BuyerBook{booktest.Full()}}
	for name, p := range map[string]bookfile.Portfolio{"sample": dir, "full": full} {
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := bookfile.ParseJSON(data)
		if err != nil {
			t.Fatalf("%s: ParseJSON(%s): %v", name, data, err)
		}
		if diff := cmp.Diff(p, back); diff != "" {
			t.Errorf("%s: book.json round trip (-want +got):\n%s", name, diff)
		}
	}
}
