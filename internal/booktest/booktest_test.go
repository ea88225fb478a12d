package booktest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/internal/booktest"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// TestFullFillsEveryField: no exported field of the book's types is left
// zero in the fixture.
func TestFullFillsEveryField(t *testing.T) {
	if diff := cmp.Diff([]string(nil), booktest.Unfilled(booktest.Full())); diff != "" {
		t.Errorf("fields left zero in Full (-want +got)\n%s", diff)
	}
}

// TestUnfilledNamesWhatIsLeftOut: a field zero in every element of a list,
// an empty list and an empty history are named; a field set in one
// element only is not.
func TestUnfilledNamesWhatIsLeftOut(t *testing.T) {
	b := booktest.Full()
	b.Ledger.Invoices = append([]claims.Invoice(nil), b.Ledger.Invoices...)
	for i := range b.Ledger.Invoices {
		b.Ledger.Invoices[i].OrderDate = b.Ledger.Invoices[1].OrderDate
	}
	b.Ledger.Extensions = nil
	b.Events.Proceedings.Prejudice = policy.Amount{}
	b.History = limits.History{}
	want := []string{"Events.Proceedings.Prejudice", "History.decisions", "Ledger.Extensions", "Ledger.Invoices[].OrderDate"}
	if diff := cmp.Diff(want, booktest.Unfilled(b)); diff != "" {
		t.Errorf("Unfilled (-want +got)\n%s", diff)
	}
}
