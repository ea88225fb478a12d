package claims_test

import (
	"fmt"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// TestDeadlinesDays: each clock gives its last day and status, a clock the
// policy does not set (no last day, Met) stays so, and the date of loss
// keeps its date and cause.
func TestDeadlinesDays(t *testing.T) {
	terms := policy.Terms{DeadlineRule: calendar.FRCivil, MaxCreditDays: limitDays(120), MaxExtensionDays: limitDays(60),
		OverdueNotice: policy.Notice{Days: limitDays(30), Anchor: policy.DueDate},
		WaitingPeriod: limitMonths(5), IndemnityDays: limitDays(30)}
	inv := claims.Invoice{ID: "F1", DeliveryDate: d("2025-01-10"), InvoiceDate: d("2025-01-20"), DueDate: d("2025-03-20"),
		Net: policy.MustAmount("EUR 100"), Tax: policy.MustAmount("EUR 0")}
	x, err := claims.Clocks(terms, inv, claims.Events{OverdueNotice: d("2025-04-10"), AsOf: d("2025-12-01")})
	if err != nil {
		t.Fatal(err)
	}
	want := claims.ClockDays{
		Invoicing:     claims.ClockDay{Status: claims.Met}, // no invoicing limit in the terms
		MaxCredit:     claims.ClockDay{Final: d("2025-05-20"), Status: claims.Met},
		MEP:           claims.ClockDay{Final: d("2025-05-19"), Status: claims.Missed},
		OverdueNotice: claims.ClockDay{Final: d("2025-04-22"), Status: claims.Met}, // 19 April, Saturday; 21 April, Easter Monday
		WaitingPeriod: claims.ClockDay{Final: d("2025-09-10"), Status: claims.Missed},
		IndemnityDue:  claims.ClockDay{Final: d("2025-10-10"), Status: claims.Missed},
		Loss:          d("2025-09-10"),
		LossCause:     claims.ProtractedDefault,
	}
	if diff := cmp.Diff(want, x.Days()); diff != "" {
		t.Errorf("Days (-want +got)\n%s", diff)
	}
}

// Property: the clocks EvaluateBook reports on each invoice are the last
// days and statuses of the whole clocks InvoiceDeadlines gives.
func propBookClocksAreInvoiceDeadlinesDays(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	opts := claims.BookOptions{Clocks: claims.Options{AdjustTermEnds: rapid.Bool().Draw(t, "adjust")}}
	bk, err := opts.EvaluateBook(terms, b, asOf)
	if err != nil {
		t.Skip(err)
	}
	whole, err := opts.InvoiceDeadlines(terms, b, asOf)
	if err != nil {
		t.Fatalf("EvaluateBook reads the book, InvoiceDeadlines refuses it: %v", err)
	}
	var want, got []claims.ClockDays
	for i := range bk.Invoices {
		want, got = append(want, whole[i].Days()), append(got, bk.Invoices[i].Clocks)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("(-InvoiceDeadlines +EvaluateBook)\n%s", diff)
	}
}

func TestPropBookClocksAreInvoiceDeadlinesDays(t *testing.T) {
	rapid.Check(t, propBookClocksAreInvoiceDeadlinesDays)
}
func FuzzPropBookClocksAreInvoiceDeadlinesDays(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBookClocksAreInvoiceDeadlinesDays))
}

// Property: without decisions' conditions, country groups or goods taken
// back, the whole clocks of a book's invoices are those BuyerClocks gives
// for its ledger read on the same day: one rule of the clocks.
func propInvoiceDeadlinesAreBuyerClocks(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	b.Ledger.TakenBack = nil
	for _, x := range b.History.Decisions() {
		if x.Conditions != (limits.Conditions{}) {
			t.Skip("a decision sets conditions")
		}
	}
	whole, err := claims.BookOptions{}.InvoiceDeadlines(terms, b, asOf)
	if err != nil {
		t.Skip(err)
	}
	ev := b.Events
	ev.AsOf = asOf
	bc, err := claims.BuyerClocks(terms, b.Ledger, ev)
	if err != nil {
		t.Fatalf("InvoiceDeadlines reads the book, BuyerClocks refuses its ledger: %v", err)
	}
	if diff := cmp.Diff(bc.Invoices, whole); diff != "" {
		t.Fatalf("(-BuyerClocks +InvoiceDeadlines)\n%s", diff)
	}
}

func TestPropInvoiceDeadlinesAreBuyerClocks(t *testing.T) {
	rapid.Check(t, propInvoiceDeadlinesAreBuyerClocks)
}
func FuzzPropInvoiceDeadlinesAreBuyerClocks(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propInvoiceDeadlinesAreBuyerClocks))
}

// The book keeps each invoice's clocks short: their last days and
// statuses. The whole clocks, with the rule and the clause of each, are
// asked for when a screen shows why.
func ExampleBookOptions_InvoiceDeadlines() {
	terms := policy.SimplifiedSME(policy.SMEOffer{Currency: policy.EUR, Signature: calendar.MustDate(2025, 1, 10),
		Effective: calendar.MustDate(2025, 1, 1), Expiry: calendar.MustDate(2025, 12, 31)})
	book := claims.BuyerBook{
		History: limits.MustHistory(limits.Decision{ID: "A1", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 30000"), Date: calendar.MustDate(2025, 1, 20)}),
		Ledger: claims.Ledger{Invoices: []claims.Invoice{
			{ID: "F1", DeliveryDate: calendar.MustDate(2025, 3, 3), InvoiceDate: calendar.MustDate(2025, 3, 3), DueDate: calendar.MustDate(2025, 5, 2), Net: policy.MustAmount("EUR 20000"), Tax: policy.MustAmount("EUR 0")},
		}},
	}
	asOf := calendar.MustDate(2025, 6, 2)
	bk, err := claims.EvaluateBook(terms, book, asOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	n := bk.Invoices[0].Clocks.OverdueNotice
	fmt.Println("notice by", n.Final, n.Status)
	whole, err := claims.BookOptions{}.InvoiceDeadlines(terms, book, asOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	w := whole[0].OverdueNotice
	fmt.Println("from", w.Limit.Anchor, "+", w.Limit.Period, "under", w.Limit.Rule.Name, "clause", w.Clause.ID)
	// Output:
	// notice by 2025-06-02 pending
	// from 2025-05-02 + 30d under fr-civil clause CP-overdue-notice
}
