package bookfile_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/creditins/creditins/beam/bookfile"
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/internal/booktest"
	"github.com/creditins/creditins/internal/portfoliogen"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

// fault is what a test reads of an error: its sentinel, field and value.
type fault struct {
	Sentinel     string
	Field, Value string
}

func faultOf(err error) fault {
	if err == nil {
		return fault{}
	}
	var re *policy.RuleError
	if !errors.As(err, &re) {
		return fault{Sentinel: "not a RuleError: " + err.Error()}
	}
	f := fault{Field: re.Field, Value: re.Value}
	for _, s := range []error{policy.ErrSyntax, policy.ErrMissing, policy.ErrInconsistent, policy.ErrOutOfRange, policy.ErrUnknownCurrency, limits.ErrUnknownCode} {
		if errors.Is(err, s) {
			f.Sentinel = s.Error()
			break
		}
	}
	return f
}

const (
	buyerB1 = `{"buyer":"B1","discretionaryEligible":false}`
	invF1   = `{"buyer":"B1","id":"F1","deliveryDate":"2025-02-01","invoiceDate":"2025-02-03","dueDate":"2025-04-04","net":"EUR 1000.00","tax":"EUR 200.00","disputed":false}`
	invF0   = `{"buyer":"B1","id":"F0","deliveryDate":"2025-01-05","invoiceDate":"2025-01-06","dueDate":"2025-03-07","net":"EUR 10.00","tax":"EUR 2.00","disputed":false}`
	decD0   = `{"buyer":"B1","id":"D0","kind":"agrement","amount":"EUR 50000.00","date":"2025-01-10"}`
)

func TestBuyerOf(t *testing.T) {
	for _, tc := range []struct {
		line  string
		buyer string
		fault fault
	}{
		{line: buyerB1, buyer: "B1"},
		{line: `{"id":"F1"}`, fault: fault{policy.ErrMissing.Error(), "buyer", ""}},
		{line: `{"buyer":""}`, fault: fault{policy.ErrMissing.Error(), "buyer", ""}},
		{line: `{"buyer":7}`, fault: fault{policy.ErrSyntax.Error(), "buyer", "json: cannot unmarshal number into Go struct field .buyer of type string"}},
		{line: `not json`, fault: fault{policy.ErrSyntax.Error(), "buyer", "invalid character 'o' in literal null (expecting 'u')"}},
	} {
		buyer, err := bookfile.BuyerOf(tc.line)
		if diff := cmp.Diff(tc.fault, faultOf(err)); diff != "" || buyer != tc.buyer {
			t.Errorf("BuyerOf(%s) = %q; fault (-want +got):\n%s", tc.line, buyer, diff)
		}
	}
}

// TestAssembleErrors: each malformed buyer is an error naming the record
// and the field at fault.
func TestAssembleErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    bookfile.Group
		want fault
	}{
		{"no buyer line", bookfile.Group{bookfile.Invoices: {invF1}}, fault{policy.ErrMissing.Error(), "buyer", "B1: no line in buyers.jsonl"}},
		{"buyer twice", bookfile.Group{bookfile.Buyers: {buyerB1, buyerB1}}, fault{policy.ErrInconsistent.Error(), "buyer", "B1 listed 2 times"}},
		{"line of another buyer", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Invoices: {strings.Replace(invF1, `"B1"`, `"B2"`, 1)}},
			fault{policy.ErrInconsistent.Error(), "buyer", "B2 in a line of B1"}},
		{"unknown decision kind", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Decisions: {strings.Replace(decD0, "agrement", "approval", 1)}},
			fault{limits.ErrUnknownCode.Error(), "decisions[D0].kind", "approval"}},
		{"malformed amount", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Invoices: {invF0, strings.Replace(invF1, "EUR 1000.00", "EUR 1,000", 1)}},
			fault{policy.ErrSyntax.Error(), "invoices[F1].net", "EUR 1,000"}},
		{"impossible date", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Invoices: {strings.Replace(invF1, "2025-04-04", "2025-02-30", 1)}},
			fault{policy.ErrSyntax.Error(), "invoices[F1].dueDate", "2025-02-30"}},
		{"malformed decision date", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Decisions: {strings.Replace(decD0, "2025-01-10", "10/01/2025", 1)}},
			fault{policy.ErrSyntax.Error(), "decisions[D0].date", "10/01/2025"}},
		{"unknown field", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Payments: {`{"buyer":"B1","date":"2025-03-01","amount":"EUR 1.00","ref":"x"}`}},
			fault{policy.ErrSyntax.Error(), "payments[#0].ref", "ref"}},
		{"a field of the wrong type", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Invoices: {strings.Replace(invF1, `"disputed":false`, `"disputed":"no"`, 1)}},
			fault{policy.ErrSyntax.Error(), "invoices[F1].disputed", "no"}},
		{"events twice", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Events: {`{"buyer":"B1"}`, `{"buyer":"B1"}`}},
			fault{policy.ErrInconsistent.Error(), "events", "B1 has 2 lines of events"}},
		{"paid date in the events", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Events: {`{"buyer":"B1","paidDate":"2025-03-01"}`}},
			fault{policy.ErrSyntax.Error(), "events.paidDate", "2025-03-01"}},
		{"unknown field in an extension", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Events: {`{"buyer":"B1","extensions":[{"invoice":"F1","newDue":"2025-06-01"}]}`}},
			fault{policy.ErrSyntax.Error(), "events.extensions", `[{"invoice":"F1","newDue":"2025-06-01"}]`}},
		{"unknown insurer answer", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Events: {`{"buyer":"B1","paymentPlans":[{"invoices":["F1"],"insurer":"maybe"}]}`}},
			fault{policy.ErrSyntax.Error(), "events.insurer", "maybe"}},
		{"negative decision amount", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Decisions: {strings.Replace(decD0, "EUR 50000.00", "EUR -5.00", 1)}},
			fault{policy.ErrOutOfRange.Error(), "decisions[D0].amount", "EUR -5.00"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := bookfile.Assemble("B1", tc.g)
			if diff := cmp.Diff(tc.want, faultOf(err)); diff != "" {
				t.Errorf("fault (-want +got):\n%s\n%v", diff, err)
			}
		})
	}
}

// TestEvaluateNamesTheRecord: an error of the evaluation names the
// invoice by its ID, whatever the order of the lines.
func TestEvaluateNamesTheRecord(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    bookfile.Group
		want fault
	}{
		{"negative amount", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Invoices: {strings.Replace(invF1, "EUR 200.00", "EUR -200.00", 1), invF0}},
			fault{policy.ErrOutOfRange.Error(), "invoices[F1].tax", "EUR -200.00"}},
		{"duplicate invoice", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Invoices: {invF1, invF0, invF1}},
			fault{policy.ErrInconsistent.Error(), "invoices[F1].id", "F1 listed twice"}},
		{"evaluated", bookfile.Group{bookfile.Buyers: {buyerB1}, bookfile.Invoices: {invF1, invF0}, bookfile.Decisions: {decD0}}, fault{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := bookfile.Evaluate(portfoliogen.Terms(), portfoliogen.AsOf(), claims.PortfolioOptions{}, "B1", tc.g)
			if diff := cmp.Diff(tc.want, faultOf(r.Err)); diff != "" || r.Buyer != "B1" {
				t.Errorf("buyer %q, fault (-want +got):\n%s\n%v", r.Buyer, diff, r.Err)
			}
		})
	}
}

// TestLinesRefusesWhatHasNoLine: a book whose events or ledger hold what
// the files cannot carry is an error, not a silent loss.
func TestLinesRefusesWhatHasNoLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		b    claims.BuyerBook
		want fault
	}{
		{"paid date", claims.BuyerBook{Buyer: limits.Buyer{ID: "B1"}, Events: claims.Events{Paid: portfoliogen.AsOf()}},
			fault{policy.ErrInconsistent.Error(), "events", "B1: paidDate and asOf have no line"}},
		{"ledger notice", claims.BuyerBook{Buyer: limits.Buyer{ID: "B1"}, Ledger: claims.Ledger{OverdueNotice: portfoliogen.AsOf()}},
			fault{policy.ErrInconsistent.Error(), "ledger", "B1: stopDate and overdueNoticeDate have no line (put the notice in the events)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := bookfile.Lines(tc.b)
			if diff := cmp.Diff(tc.want, faultOf(err)); diff != "" {
				t.Errorf("fault (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRoundTripEveryField: a book filling every field the lines carry
// (booktest.Full without the four dates Lines refuses) reads back equal
// from its lines, whatever their order; a field added to the book's types
// fails the test until the lines carry it or Lines refuses it.
func TestRoundTripEveryField(t *testing.T) {
	b := booktest.Full()
	b.Events.Paid, b.Events.AsOf = calendar.Date{}, calendar.Date{}
	b.Ledger.StopDate, b.Ledger.OverdueNotice = calendar.Date{}, calendar.Date{}
	refused := []string{"Events.AsOf", "Events.Paid", "Ledger.OverdueNotice", "Ledger.StopDate"}
	if diff := cmp.Diff(refused, booktest.Unfilled(b)); diff != "" {
		t.Fatalf("fields left zero beyond those Lines refuses (-want +got)\n%s", diff)
	}
	g, err := bookfile.Lines(b)
	if err != nil {
		t.Fatal(err)
	}
	for k := range g {
		slices.Reverse(g[k])
	}
	got, err := bookfile.Assemble(b.Buyer.ID, g)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b, got); diff != "" {
		t.Errorf("book (-want +got):\n%s\nlines: %q", diff, g)
	}
}

// TestRoundTrip checks the law on a whole generated book.
func TestRoundTrip(t *testing.T) {
	rapid.Check(t, checkRoundTrip)
}

// Property: Assemble(buyer, Lines(b)) is b, whatever the order of the
// lines of each kind, its payments and credit notes in the order of their
// dates (the generator's invoices and decisions are in the canonical
// order).
func checkRoundTrip(t *rapid.T) {
	seed := rapid.Uint64().Draw(t, "seed")
	books, err := portfoliogen.Books(3, seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range books {
		g, err := bookfile.Lines(b)
		if err != nil {
			t.Fatal(err)
		}
		for k := range g {
			g[k] = rapid.Permutation(g[k]).Draw(t, "lines")
		}
		got, err := bookfile.Assemble(b.Buyer.ID, g)
		if err != nil {
			t.Fatal(err)
		}
		byDate := cmpopts.SortSlices(func(x, y claims.Payment) bool {
			return x.Date.Before(y.Date) || x.Date == y.Date && x.Amount.Decimal().LessThan(y.Amount.Decimal())
		})
		notesByDate := cmpopts.SortSlices(func(x, y claims.CreditNote) bool {
			return x.Date.Before(y.Date) || x.Date == y.Date && x.ID < y.ID
		})
		if diff := cmp.Diff(b, got, cmp.Comparer(policy.Amount.Equal), byDate, notesByDate); diff != "" {
			t.Fatalf("book (-want +got):\n%s", diff)
		}
	}
}

// FuzzAssemble: whatever the lines, Assemble and Evaluate return a book or
// a rule error naming a field, and never panic.
func FuzzAssemble(f *testing.F) {
	f.Add(buyerB1, invF1, decD0, `{"buyer":"B1","date":"2025-03-01","amount":"EUR 1.00"}`)
	f.Add(buyerB1, strings.Replace(invF1, "1000.00", "-1", 1), strings.Replace(decD0, "agrement", "x", 1), `{}`)
	f.Fuzz(func(t *testing.T, buyer, invoice, decision, payment string) {
		g := bookfile.Group{bookfile.Buyers: {buyer}, bookfile.Invoices: {invoice}, bookfile.Decisions: {decision}, bookfile.Payments: {payment}}
		_, err := bookfile.Assemble("B1", g)
		if f := faultOf(err); err != nil && (f.Sentinel == "" || strings.HasPrefix(f.Sentinel, "not a RuleError") || f.Field == "") {
			t.Fatalf("Assemble: %v: %+v", err, f)
		}
		r := bookfile.Evaluate(portfoliogen.Terms(), portfoliogen.AsOf(), claims.PortfolioOptions{}, "B1", g)
		if _, err := bookfile.ReportLine(r); err != nil || r.Buyer != "B1" {
			t.Fatalf("report of %q: %v", r.Buyer, err)
		}
	})
}
