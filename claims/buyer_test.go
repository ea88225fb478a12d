package claims_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

type buyerView struct {
	Paid   []string // the day each invoice was paid in full, from the imputation
	Oldest string
	Filing clockView
	Stop   string // "date cause invoice"
}

func viewBuyer(b claims.BuyerDeadlines) buyerView {
	v := buyerView{Oldest: b.Oldest, Filing: viewClock(b.Filing),
		Stop: b.Stop.Date.String() + " " + b.Stop.Cause.String() + " " + b.Stop.Invoice}
	for _, x := range b.Invoices {
		v.Paid = append(v.Paid, x.MEP.Act.String())
	}
	return v
}

func TestBuyerClocks(t *testing.T) {
	ledger := func(payments ...claims.Payment) claims.Ledger {
		return claims.Ledger{
			Invoices: []claims.Invoice{
				inv("B3", "2025-03-03", "2025-03-05", "2025-05-04", "800", "160"),
				inv("B1", "2025-01-06", "2025-01-08", "2025-03-09", "1000", "200"),
				inv("B2", "2025-02-03", "2025-02-05", "2025-04-06", "500", "100"),
			},
			Payments: payments,
		}
	}
	tests := []struct {
		name   string
		ledger claims.Ledger
		ev     claims.Events
		want   buyerView
	}{
		{
			name:   "B1 paid within its notice limit: B2 is the oldest unpaid; its MEP stops the cover",
			ledger: ledger(pay("2025-03-20", "1200")),
			want: buyerView{Paid: []string{"", "2025-03-20", ""}, Oldest: "B2",
				Filing: clockView{"2025-05-06", "pending"}, Stop: "2025-06-06 mep B2"},
		},
		{
			name:   "B2 paid after its notice limit but within its MEP: B3's MEP stops the cover",
			ledger: ledger(pay("2025-03-20", "1200"), pay("2025-05-10", "600")),
			ev:     claims.Events{AsOf: d("2025-05-12")},
			want: buyerView{Paid: []string{"", "2025-03-20", "2025-05-10"}, Oldest: "B2",
				Filing: clockView{"2025-05-06", "missed"}, Stop: "2025-07-04 mep B3"},
		},
		{
			name:   "the DMS filed on time stops the cover from its day",
			ledger: ledger(pay("2025-03-20", "1200")),
			ev:     claims.Events{OverdueNotice: d("2025-05-02")},
			want: buyerView{Paid: []string{"", "2025-03-20", ""}, Oldest: "B2",
				Filing: clockView{"2025-05-06", "met"}, Stop: "2025-05-02 notice "},
		},
		{
			name:   "insolvency stops the cover from the judgment",
			ledger: ledger(),
			ev:     claims.Events{OverdueNotice: d("2025-05-02"), Insolvency: d("2025-04-20")},
			want: buyerView{Paid: []string{"", "", ""}, Oldest: "B1",
				Filing: clockView{"2025-04-08", "missed"}, Stop: "2025-04-20 insolvency "},
		},
		{
			name:   "everything paid: no filing, no stop",
			ledger: ledger(pay("2025-03-01", "5000")),
			want:   buyerView{Paid: []string{"2025-03-01", "2025-03-01", "2025-03-01"}, Filing: clockView{Status: "pending"}, Stop: " none "},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := claims.BuyerClocks(seedTerms(), tc.ledger, tc.ev)
			if err != nil {
				t.Fatalf("BuyerClocks: %v", err)
			}
			if diff := cmp.Diff(tc.want, viewBuyer(got)); diff != "" {
				t.Errorf("BuyerClocks mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBuyerClocksErrors(t *testing.T) {
	noCurrency := seedTerms()
	noCurrency.Currency = policy.Currency{}
	g1 := inv("G1", "2025-01-06", "2025-01-08", "2025-03-09", "1000", "200")
	tests := []struct {
		name   string
		terms  policy.Terms
		ledger claims.Ledger
		ev     claims.Events
		want   error
	}{
		{"a paid date for a whole ledger", seedTerms(), claims.Ledger{}, claims.Events{Paid: d("2025-01-01")}, policy.ErrInconsistent},
		{"no currency", noCurrency, claims.Ledger{}, claims.Events{}, policy.ErrMissing},
		{"two invoices with one ID", seedTerms(), claims.Ledger{Invoices: []claims.Invoice{g1, g1}}, claims.Events{}, policy.ErrInconsistent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := claims.BuyerClocks(tc.terms, tc.ledger, tc.ev)
			checkErr(t, "BuyerClocks", err)
			if !errors.Is(err, tc.want) {
				t.Errorf("BuyerClocks error = %v, want %v", err, tc.want)
			}
		})
	}
}
