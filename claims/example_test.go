package claims_test

import (
	"fmt"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// An unpaid invoice under the simplified SME offer, from its clocks
// to the money: the threat-of-loss declaration, the date of loss, the
// insured loss on the buyer's ledger, the indemnity, and a dividend shared
// after the indemnity.
func Example() {
	terms := policy.SimplifiedSME(policy.SMEOffer{Currency: policy.EUR, Signature: calendar.MustDate(2024, time.December, 20), Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2025, time.December, 31)})
	terms.MaxCreditDays = limitDays(120) // from the particular conditions

	ledger := claims.Ledger{
		Invoices: []claims.Invoice{
			{ID: "F1", DeliveryDate: calendar.MustDate(2025, time.January, 10), InvoiceDate: calendar.MustDate(2025, time.January, 20),
				DueDate: calendar.MustDate(2025, time.March, 20), Net: policy.MustAmount("EUR 30000"), Tax: policy.MustAmount("EUR 6000")},
			{ID: "F2", DeliveryDate: calendar.MustDate(2025, time.February, 3), InvoiceDate: calendar.MustDate(2025, time.February, 5),
				DueDate: calendar.MustDate(2025, time.April, 6), Net: policy.MustAmount("EUR 12000"), Tax: policy.MustAmount("EUR 2400")},
		},
		// The buyer meant this payment for F2; it goes to F1, the oldest.
		Payments: []claims.Payment{{Date: calendar.MustDate(2025, time.April, 1), Amount: policy.MustAmount("EUR 6000")}},
	}
	events := claims.Events{OverdueNotice: calendar.MustDate(2025, time.April, 10)}

	clocks, err := claims.Clocks(terms, ledger.Invoices[0], events)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("DMS due by", clocks.OverdueNotice.Limit.Final, "filed", clocks.OverdueNotice.Status)
	fmt.Println("date of loss", clocks.Loss.Date, clocks.Loss.Cause, "indemnity due", clocks.IndemnityDue.Limit.Final)

	loss, err := claims.Loss(terms, ledger, clocks.Loss.Date)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("insured loss", loss.Insured)

	b, err := claims.Indemnity(terms,
		claims.Claim{Loss: loss.Insured, PaidOn: clocks.IndemnityDue.Limit.Final},
		limits.Cover{Type: policy.Named, Amount: policy.MustAmount("EUR 30000")},
		claims.IndemnityOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("indemnity", b.Indemnity, "retained", b.Retained)

	s, err := claims.ShareRecovery(b.Indemnity, loss.Insured, claims.Recovery{Amount: policy.MustAmount("EUR 4000")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("dividend: insurer", s.Insurer, "insured", s.Insured)
	// Output:
	// DMS due by 2025-04-22 filed met
	// date of loss 2025-09-10 protractedDefault indemnity due 2025-10-10
	// insured loss EUR 37000.00
	// indemnity EUR 27000.00 retained EUR 10000.00
	// dividend: insurer EUR 2918.92 insured EUR 1081.08
}

// The Ooreka example ("pourcentage garanti par l'assurance-crédit"): an outstanding of 40 000 on a
// 30 000 limit at 90 %, with the trace of every step.
func ExampleIndemnity() {
	terms := policy.Terms{Currency: policy.EUR, Quotites: policy.Quotites{Named: policy.MustRate("0.9")}}
	b, err := claims.Indemnity(terms,
		claims.Claim{Loss: policy.MustAmount("EUR 40000")},
		limits.Cover{Type: policy.Named, Amount: policy.MustAmount("EUR 30000")},
		claims.IndemnityOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range b.Trace() {
		s.Clause.Source = "" // the clause IDs are enough here
		fmt.Println(s)
	}
	// Output:
	// capped loss: min(loss EUR 40000.00, limit EUR 30000.00) → EUR 30000.00 [CP-credit-limit]
	// claim threshold: no threshold → EUR 30000.00 [CP-claim-threshold]
	// quotité: EUR 30000.00 × 90 % (named), rounded halfAwayFromZero → EUR 27000.00 [CP-quotite]
	// deductible: max(0, EUR 27000.00 − none) → EUR 27000.00 [CP-deductible]
	// aggregate first loss: max(0, EUR 27000.00 − remaining none) → EUR 27000.00 (counts EUR 0.00) [CP-aggregate-first-loss]
	// maximum liability: min(EUR 27000.00, remaining none) → EUR 27000.00 [CP-maximum-liability]
	// retained by the insured: loss EUR 40000.00 − indemnity EUR 27000.00 → EUR 13000.00
	// loss payee: the insured [CP-loss-payee]
}

// The orders of deductions the sources disagree on: the
// per-claim deductible after the quotité (Coface's glossary, the default)
// or before it.
func ExampleIndemnityOptions() {
	terms := policy.Terms{Currency: policy.EUR, Quotites: policy.Quotites{Named: policy.MustRate("0.9")},
		Deductible: policy.MustAmount("EUR 1000")}
	claim := claims.Claim{Loss: policy.MustAmount("EUR 20000")}
	cover := limits.Cover{Type: policy.Named, Amount: policy.MustAmount("EUR 50000")}
	for _, o := range []claims.IndemnityOptions{{}, {DeductibleBeforeQuotite: true}} {
		b, err := claims.Indemnity(terms, claim, cover, o)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("deductible before the quotité:", o.DeductibleBeforeQuotite, "→", b.Indemnity)
	}
	// Output:
	// deductible before the quotité: false → EUR 17000.00
	// deductible before the quotité: true → EUR 17100.00
}

// A payment the buyer earmarked for its newest invoice still clears the
// oldest one (clause CG-imputation); the loss excludes tax, prorated.
func ExampleLoss() {
	terms := policy.Terms{Currency: policy.EUR, DeadlineRule: calendar.FRCivil, MaxInvoicingDays: limitDays(30), MaxCreditDays: limitDays(90)}
	ledger := claims.Ledger{
		Invoices: []claims.Invoice{
			{ID: "F1", DeliveryDate: calendar.MustDate(2025, time.January, 6), InvoiceDate: calendar.MustDate(2025, time.January, 8),
				DueDate: calendar.MustDate(2025, time.March, 9), Net: policy.MustAmount("EUR 10000"), Tax: policy.MustAmount("EUR 2000")},
			{ID: "F2", DeliveryDate: calendar.MustDate(2025, time.February, 3), InvoiceDate: calendar.MustDate(2025, time.March, 10),
				DueDate: calendar.MustDate(2025, time.April, 6), Net: policy.MustAmount("EUR 8000"), Tax: policy.MustAmount("EUR 1600")},
		},
		Payments: []claims.Payment{{Date: calendar.MustDate(2025, time.April, 15), Amount: policy.MustAmount("EUR 3000")}},
	}
	r, err := claims.Loss(terms, ledger, calendar.MustDate(2025, time.June, 30))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, x := range r.Invoices {
		if x.Insurable() {
			fmt.Println(x.ID, "open", x.OpenGross, "excluding tax", x.OpenNet, "insurable")
		} else {
			fmt.Println(x.ID, "open", x.OpenGross, "excluding tax", x.OpenNet, "excluded:", x.Reason)
		}
	}
	fmt.Println("insured", r.Insured, "uninsured", r.Uninsured)
	// Output:
	// F1 open EUR 9000.00 excluding tax EUR 7500.00 insurable
	// F2 open EUR 9600.00 excluding tax EUR 8000.00 excluded: late-invoice
	// insured EUR 7500.00 uninsured EUR 8000.00
}

// The clocks of an invoice read on a given day: the DMS limit, extended
// over Easter Monday under the French civil rule, is missed when nothing
// was filed by then.
func ExampleClocks() {
	terms := policy.Terms{
		DeadlineRule: calendar.FRCivil, MaxInvoicingDays: limitDays(30), MaxCreditDays: limitDays(120), MaxExtensionDays: limitDays(60),
		OverdueNotice: policy.Notice{Days: limitDays(30), Anchor: policy.DueDate}, WaitingPeriod: limitMonths(5), IndemnityDays: limitDays(30),
	}
	invoice := claims.Invoice{ID: "F1", DeliveryDate: calendar.MustDate(2025, time.January, 10),
		InvoiceDate: calendar.MustDate(2025, time.January, 20), DueDate: calendar.MustDate(2025, time.March, 20)}
	d, err := claims.Clocks(terms, invoice, claims.Events{AsOf: calendar.MustDate(2025, time.April, 23)})
	if err != nil {
		fmt.Println(err)
		return
	}
	n := d.OverdueNotice
	fmt.Println("nominal", n.Limit.Nominal, "final", n.Limit.Final, n.Status)
	fmt.Println("MEP ends", d.MEP.Limit.Final, d.MEP.Status)
	// Output:
	// nominal 2025-04-19 final 2025-04-22 missed
	// MEP ends 2025-05-19 pending
}

// The buyer's whole ledger: the oldest unpaid invoice sets the DMS
// deadline, and its maximum extension period the stop date of the cover.
func ExampleBuyerClocks() {
	terms := policy.Terms{
		Currency: policy.EUR, DeadlineRule: calendar.FRCivil, MaxInvoicingDays: limitDays(30), MaxCreditDays: limitDays(120), MaxExtensionDays: limitDays(60),
		OverdueNotice: policy.Notice{Days: limitDays(30), Anchor: policy.DueDate}, WaitingPeriod: limitMonths(5), IndemnityDays: limitDays(30),
	}
	ledger := claims.Ledger{
		Invoices: []claims.Invoice{
			{ID: "B1", DeliveryDate: calendar.MustDate(2025, time.January, 6), InvoiceDate: calendar.MustDate(2025, time.January, 8),
				DueDate: calendar.MustDate(2025, time.March, 9), Net: policy.MustAmount("EUR 1000"), Tax: policy.MustAmount("EUR 200")},
			{ID: "B2", DeliveryDate: calendar.MustDate(2025, time.February, 3), InvoiceDate: calendar.MustDate(2025, time.February, 5),
				DueDate: calendar.MustDate(2025, time.April, 6), Net: policy.MustAmount("EUR 500"), Tax: policy.MustAmount("EUR 100")},
		},
		Payments: []claims.Payment{{Date: calendar.MustDate(2025, time.March, 20), Amount: policy.MustAmount("EUR 1200")}},
	}
	b, err := claims.BuyerClocks(terms, ledger, claims.Events{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("oldest unpaid", b.Oldest, "DMS by", b.Filing.Limit.Final)
	fmt.Println("cover stops", b.Stop.Date, "("+b.Stop.Cause.String(), "of", b.Stop.Invoice+")")
	// Output:
	// oldest unpaid B2 DMS by 2025-05-06
	// cover stops 2025-06-06 (mep of B2)
}

// A dividend of 10 000 after an indemnity of 27 000 on a loss of 40 000:
// the insurer bore 67.5 % of the loss and takes 67.5 % of the dividend.
func ExampleShareRecovery() {
	s, err := claims.ShareRecovery(policy.MustAmount("EUR 27000"), policy.MustAmount("EUR 40000"),
		claims.Recovery{Amount: policy.MustAmount("EUR 10000")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("insurer", s.Insurer, "insured", s.Insured)
	// Output:
	// insurer EUR 6750.00 insured EUR 3250.00
}
