package examples

import (
	"errors"
	"io"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
)

// LossAndIndemnity computes an insured loss from a buyer's ledger and the
// indemnity on it, with the printed trace of every step, and writes the
// report to w. The policy is the simplified SME offer: "la quotité garantie est de
// 90 % du montant de la créance. Cette garantie s'applique sur le montant
// hors taxes des factures impayées"; a French broker's guide says the same ("une quotité
// d'indemnisation qui sera appliquée sur le montant HT").
//
// Menuiserie Valette, insured by an agrément of EUR 60 000, goes into
// liquidation on 6 October 2025, the date of loss ([claims.Clocks]). Its
// ledger holds five invoices at 20 % VAT, at 60 days net, and three
// payments:
//
//   - the payments go to the oldest open invoice, whatever the buyer wrote
//     on them (clause CG-imputation: "every payment ... goes to the
//     oldest open invoice", Allianz Trade CH claims Q&A), and the one received after the date of loss is left
//     out of the loss;
//   - an invoice the buyer disputes is not insured (CG-disputed), nor one issued
//     more than 30 days after its delivery (CP-invoicing-period);
//   - what is open on each insured invoice is taken excluding tax, pro rata
//     ([claims.Loss]: OpenGross × Net / Gross, rounded to the cent);
//   - the indemnity is the loss capped at the limit, times the quotité of
//     90 %, rounded ([claims.Indemnity]), paid 30 days after the date of
//     loss;
//   - the liquidator's first dividend, received after the indemnity, is
//     shared between the insurer and the insured pro rata of what each bore
//     of the whole loss on the buyer ([claims.ShareRecovery], CG-recoveries).
func LossAndIndemnity(w io.Writer) error {
	var r report
	terms := ferrandTerms()
	if err := terms.Validate(); err != nil {
		return err
	}
	history := limits.MustHistory(limits.Decision{ID: "AG-3110", Kind: limits.Agrement, Amount: eur("60000"), Date: date(2025, time.March, 3)})
	valette := limits.Buyer{ID: "Menuiserie Valette"}

	inv := func(id string, delivered, invoiced calendar.Date, net, tax string, disputed bool) claims.Invoice {
		due, _ := calendar.Term{Kind: calendar.Net, Days: 60}.DueDate(invoiced)
		return claims.Invoice{ID: id, DeliveryDate: delivered, InvoiceDate: invoiced, DueDate: due, Net: eur(net), Tax: eur(tax), Disputed: disputed}
	}
	ledger := claims.Ledger{
		Invoices: []claims.Invoice{
			inv("F-101", date(2025, time.June, 2), date(2025, time.June, 5), "18000", "3600", false),
			inv("F-102", date(2025, time.June, 20), date(2025, time.June, 25), "25000", "5000", false),
			inv("F-103", date(2025, time.July, 10), date(2025, time.July, 15), "15000", "3000", false),
			inv("F-104", date(2025, time.July, 28), date(2025, time.July, 31), "8000", "1600", true),
			inv("F-105", date(2025, time.August, 18), date(2025, time.September, 26), "5000", "1000", false),
		},
		Payments: []claims.Payment{
			{Date: date(2025, time.August, 29), Amount: eur("12000")},
			{Date: date(2025, time.September, 19), Amount: eur("15010")},
			{Date: date(2025, time.December, 15), Amount: eur("2000")},
		},
	}
	notes := map[string]string{"F-104": "disputed: quality complaint", "F-105": "invoiced 39 days after delivery"}
	paymentNotes := []string{"buyer's remittance says \"F-103\"", "", "first dividend from the liquidator"}

	r.title("The insured loss and the indemnity")
	r.linef("Menuiserie Valette: agrément %s; 20 %% VAT; payment at 60 days net.", history.Decisions()[0].Amount)
	r.section("The ledger")
	rows := [][]string{{"invoice", "delivered", "invoiced", "due", "excl. tax", "VAT", "incl. tax", "note"}}
	for _, i := range ledger.Invoices {
		gross, err := i.Net.Add(i.Tax)
		if err != nil {
			return err
		}
		rows = append(rows, []string{i.ID, i.DeliveryDate.String(), i.InvoiceDate.String(), i.DueDate.String(),
			i.Net.String(), i.Tax.String(), gross.String(), notes[i.ID]})
	}
	r.table(rows)
	r.line()
	rows = [][]string{{"payment", "amount", "note"}}
	for k, p := range ledger.Payments {
		rows = append(rows, []string{p.Date.String(), p.Amount.String(), paymentNotes[k]})
	}
	r.table(rows)

	// The date of loss from the clocks of the oldest invoice.
	clocks, err := claims.Clocks(terms, ledger.Invoices[0], claims.Events{
		OverdueNotice: date(2025, time.August, 28), Insolvency: date(2025, time.October, 6)})
	if err != nil {
		return err
	}
	r.section("The date of loss")
	r.linef("DMS filed %s (due by %s: %s); liquidation opened %s.", clocks.OverdueNotice.Act,
		clocks.OverdueNotice.Limit.Final, clocks.OverdueNotice.Status, clocks.Loss.Date)
	r.linef("Date of loss %s (%s); indemnity due by %s.", clocks.Loss.Date, clocks.Loss.Cause, clocks.IndemnityDue.Limit.Final)

	loss, err := claims.Loss(terms, ledger, clocks.Loss.Date)
	if err != nil {
		return err
	}
	r.section("The loss statement on " + loss.Date.String())
	rows = [][]string{{"invoice", "incl. tax", "payments", "open incl. tax", "open excl. tax", "insured"}}
	for _, x := range loss.Invoices {
		insured := "yes"
		if !x.Insurable() {
			insured = "no: " + x.Reason.String()
		}
		rows = append(rows, []string{x.ID, x.Gross.String(), x.Allocated.String(), x.OpenGross.String(), x.OpenNet.String(), insured})
	}
	r.table(rows)
	r.linef("Paid before the date of loss %s, left out (after it) %s.", loss.Paid, loss.Later)
	r.linef("Insured loss (excluding tax) %s; open but not insured %s.", loss.Insured, loss.Uninsured)
	r.line()
	r.line("Trace:")
	r.trace(loss.Trace())

	// The claim: the buyer's whole book read on the day of the dividend,
	// each invoice under the cover in force at its delivery.
	book, err := claims.EvaluateBook(terms, claims.BuyerBook{Buyer: valette, History: history, Ledger: ledger,
		Events: claims.Events{OverdueNotice: clocks.OverdueNotice.Act, Insolvency: clocks.Loss.Date}}, ledger.Payments[2].Date)
	if err != nil {
		return err
	}
	if len(book.Layers) != 1 {
		return errors.New("examples: the claim should be at one quotité")
	}
	b := book.Layers[0].Breakdown
	r.section("The indemnity")
	r.table([][]string{
		{"step", "amount"},
		{"insured loss, excluding tax, within the agrément at each delivery", b.Loss.String()},
		{"× quotité " + b.Quotite.Percent(), b.Gross.String()},
		{"indemnity, due by " + clocks.IndemnityDue.Limit.Final.String(), b.Indemnity.String()},
		{"borne by the insured (its retention)", b.Retained.String()},
	})
	r.line()
	r.line("Trace:")
	r.trace(b.Trace())

	// The dividend received after the indemnity is shared.
	dividend := ledger.Payments[2]
	whole := book.OpenNet
	s, err := claims.ShareRecovery(b.Indemnity, whole, claims.Recovery{Amount: dividend.Amount})
	if err != nil {
		return err
	}
	r.section("After the indemnity: the liquidator's dividend")
	r.linef("%s received on %s is shared pro rata of what each bore of the whole loss %s:", dividend.Amount, dividend.Date, whole)
	r.linef("  insurer %s (it paid %s), insured %s.", s.Insurer, b.Indemnity, s.Insured)
	return r.flush(w)
}
