package claims_test

import (
	"strings"
	"testing"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

// traceOf returns the steps of the book's trace other than the date of
// loss, the invoices, the layers and the new delivery, written as
// Step.String with the clauses' IDs only.
func traceOf(bk claims.Book) []string {
	var got []string
	for _, s := range bk.Trace() {
		switch {
		case s.Rule == "date of loss", s.Rule == "new delivery", strings.HasPrefix(s.Rule, "invoice "), strings.HasPrefix(s.Rule, "layer "):
			continue
		}
		s.Clause.Source = ""
		got = append(got, s.String())
	}
	return got
}

// TestBookTrace: the book's trace names the stop with the clause that set
// it (a refused extension's), the readings applied and the settlement in
// insolvency, each with its clause.
func TestBookTrace(t *testing.T) {
	const (
		insolvencyStop      = "stop of cover: deliveries from 2025-05-05 not covered (insolvency) [CG-stop-supply]"
		declared            = "declaration of the claim: published 2025-05-16 + 2m → 2025-07-16: met [CG-claim-declaration]"
		revendicationMissed = "revendication of goods: published 2025-05-16 + 3m → 2025-08-18: missed [CG-revendication]"
	)
	for _, c := range []struct {
		name string
		book func(t *testing.T) (policy.Terms, claims.BuyerBook, claims.BookOptions, string)
		want []string
	}{
		{"the maximum extension period stops cover", func(t *testing.T) (policy.Terms, claims.BuyerBook, claims.BookOptions, string) {
			terms, b := extensionBook(limits.Conditions{})
			return terms, b, claims.BookOptions{}, "2025-07-15"
		}, []string{
			"stop of cover: invoice F1 → deliveries from 2025-06-04 not covered (mep) [CG-stop-supply]",
		}},
		{"a refused extension stops cover", func(t *testing.T) (policy.Terms, claims.BuyerBook, claims.BookOptions, string) {
			terms, b := extensionBook(limits.Conditions{})
			b.Ledger.Extensions = []claims.Extension{ext("2025-06-30 2025-04-05 refused 2025-04-20")}
			return terms, b, claims.BookOptions{}, "2025-07-15"
		}, []string{
			"stop of cover: invoice F1 → deliveries from 2025-04-20 not covered (mep) [CG-extension]",
			"claim after a failed extension: file by 2025-07-21: pending [CP-extension-claim]",
		}},
		{"insolvency: the settlement", func(t *testing.T) (policy.Terms, claims.BuyerBook, claims.BookOptions, string) {
			terms, b := insolvencyBook(t, "", "2025-06-10")
			return terms, b, claims.BookOptions{}, "2025-12-01"
		}, []string{
			insolvencyStop,
			declared,
			revendicationMissed,
			"indemnity in insolvency: indemnity EUR 16200.00 − prejudice EUR 0.00 → payable EUR 16200.00: advance EUR 0.00, balance EUR 16200.00 due 2025-06-04 [CP-indemnity-delay]",
		}},
		{"insolvency: an advance, the balance after the admission", func(t *testing.T) (policy.Terms, claims.BuyerBook, claims.BookOptions, string) {
			terms, b := insolvencyBook(t, "", "2025-06-10")
			terms.Insolvency = policy.InsolvencyTerms{AdvanceRate: rate("0.7"), IndemnityAfterAdmission: limitDays(30)}
			b.Events.Proceedings.Admitted = d("2025-11-20")
			return terms, b, claims.BookOptions{}, "2025-12-01"
		}, []string{
			insolvencyStop,
			declared,
			revendicationMissed,
			"indemnity in insolvency: indemnity EUR 16200.00 − prejudice EUR 0.00 → payable EUR 16200.00: advance EUR 11340.00, balance EUR 4860.00 due 2025-12-20 [CP-indemnity-after-admission]",
		}},
		{"every reading applied", func(t *testing.T) (policy.Terms, claims.BuyerBook, claims.BookOptions, string) {
			terms, b := insolvencyBook(t, "", "2025-06-10")
			b.Events.Collection = d("2025-05-20")
			o := claims.BookOptions{Readings: claims.Readings{OrdersKeepLimit: true, Payments: claims.ProRata, UninsuredStaysAtStop: true, MeasureOn: claims.OnClaimFiled}}
			return terms, b, o, "2025-12-01"
		}, []string{
			insolvencyStop,
			"reading: orders before a reduction: an invoice ordered before a reduction was notified keeps the amount in force at its order [CG-orders-before-reduction]",
			"reading: payments proRata: the payments up to 2025-05-20 shared between the invoices in proportion of their open amounts, and between their insured and uninsured parts [CG-payment-share]",
			"reading: the uninsured stays so at the stop: each invoice insured at most as on 2025-05-04, the day before the stop [CG-suspension-of-cover]",
			"reading: the claim measured on claimFiled: the claim measured on 2025-05-20, the day it was filed; later payments are recoveries [CG-loss-measure-day]",
			declared,
			revendicationMissed,
			"indemnity in insolvency: indemnity EUR 16200.00 − prejudice EUR 0.00 → payable EUR 16200.00: advance EUR 0.00, balance EUR 16200.00 due 2025-06-04 [CP-indemnity-delay]",
		}},
		{"readings with nothing to act on", func(t *testing.T) (policy.Terms, claims.BuyerBook, claims.BookOptions, string) {
			terms, b := extensionBook(limits.Conditions{})
			o := claims.BookOptions{Readings: claims.Readings{UninsuredStaysAtStop: true, MeasureOn: claims.OnClaimFiled}}
			return terms, b, o, "2025-05-15"
		}, []string{
			"stop of cover: none [CG-stop-supply]",
			"reading: the uninsured stays so at the stop: no stop by 2025-05-15: nothing kept [CG-suspension-of-cover]",
			"reading: the claim measured on claimFiled: the loss has not come: the view on 2025-05-15 [CG-loss-measure-day]",
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			terms, b, o, asOf := c.book(t)
			bk, err := o.EvaluateBook(terms, b, d(asOf))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.want, traceOf(bk)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}
