package claims_test

import (
	"errors"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

// insolvencyBook is a buyer in liquidation (insolvent 2025-05-05, the
// judgment published 2025-05-16, the claim declared in time) with one
// invoice of 20 000 net under a named limit of 50 000, the indemnity paid
// on paid ("": not paid), goods of 2 000 taken back on goods.
func insolvencyBook(t *testing.T, paid, goods string) (policy.Terms, claims.BuyerBook) {
	t.Helper()
	terms := bookTerms()
	hist, err := limits.NewHistory(limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: eur("50000"), Date: d("2025-01-15")})
	if err != nil {
		t.Fatal(err)
	}
	var indemnityPaid calendar.Date
	if paid != "" {
		indemnityPaid = d(paid)
	}
	return terms, claims.BuyerBook{History: hist,
		Ledger: claims.Ledger{
			Invoices:  []claims.Invoice{{ID: "F1", DeliveryDate: d("2025-02-03"), InvoiceDate: d("2025-02-04"), DueDate: d("2025-04-04"), Net: eur("20000"), Tax: eur("4000")}},
			TakenBack: []claims.TakenBack{{Date: d(goods), Invoices: []string{"F1"}, Invoiced: eur("2000")}},
		},
		Events: claims.Events{Insolvency: d("2025-05-05"), IndemnityPaid: indemnityPaid,
			Proceedings: claims.Proceedings{Published: d("2025-05-16"), Declared: d("2025-06-02")}},
	}
}

// Goods taken back before the indemnity is paid reduce the loss it is
// computed on; once it is paid, what they fetch is a recovery shared with
// ShareRecovery (Atradius UK: recovering stock through a retention of
// title after paying the claim, "you'll gain a share of this in
// proportion to the loss"), and the book refuses them rather than lower
// an indemnity already paid.
func TestTakenBackAfterIndemnity(t *testing.T) {
	for _, c := range []struct {
		name, paid, goods string
		want              string // the insured amount, or the error's field
	}{
		{"not paid: deducted", "", "2025-06-10", "18000.00"},
		{"taken back before the payment: deducted", "2025-06-04", "2025-06-03", "18000.00"},
		{"on the day of the payment: deducted", "2025-06-04", "2025-06-04", "18000.00"},
		{"after the payment: a recovery, refused", "2025-06-04", "2025-06-05", "error takenBack[0].date"},
	} {
		t.Run(c.name, func(t *testing.T) {
			terms, b := insolvencyBook(t, c.paid, c.goods)
			bk, err := claims.EvaluateBook(terms, b, d("2025-12-01"))
			got := ""
			var re *policy.RuleError
			switch {
			case err == nil:
				got = bk.Insured.Decimal().StringFixed(2)
			case errors.Is(err, policy.ErrInconsistent) && errors.As(err, &re) && re.Clause.ID == "CG-recovery-after-indemnity":
				got = "error " + re.Field
			default:
				got = err.Error()
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}
