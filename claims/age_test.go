package claims

import (
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// Property: the order the whole ledger's imputation arranged its invoices
// in (wholeLedger.age, which the stop and the notice to file read) is
// byAge's, on both paths, whatever the ledger's order.
func propWholeLedgerAgeIsByAge(t *rapid.T) {
	n := rapid.IntRange(0, 12).Draw(t, "invoices")
	start := calendar.MustDate(2025, 1, 1)
	l := Ledger{}
	for k := range n {
		d := start.AddDays(rapid.IntRange(0, 5).Draw(t, "invoiceDay"))
		l.Invoices = append(l.Invoices, Invoice{ID: string(rune('a' + k)), DeliveryDate: d, InvoiceDate: d,
			DueDate: d.AddDays(rapid.IntRange(0, 3).Draw(t, "term")), Net: policy.FromUnits(policy.EUR, 100), Tax: policy.Zero(policy.EUR)})
	}
	fast := rapid.Bool().Draw(t, "fast")
	if diff := cmp.Diff(byAge(l.Invoices), imputeWhole(l, fast).age); diff != "" {
		t.Fatalf("age (-byAge +whole ledger), fast %v:\n%s", fast, diff)
	}
}

func TestPropWholeLedgerAgeIsByAge(t *testing.T) { rapid.Check(t, propWholeLedgerAgeIsByAge) }
