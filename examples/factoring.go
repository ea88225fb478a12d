package examples

import (
	"errors"
	"io"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Factoring tells how a factor leans on its client's credit insurance, and
// writes the report to w. A French guide to credit insurance: "un contrat d'affacturage s'appuie quasi-systématiquement sur une police
// d'assurance-crédit pour délivrer des agréments ... sur les clients finaux";
// the policy can be the client's own, with its indemnities delegated to the
// factor ("affacturage délégué"). French factoring guides: the limits obtained from
// the insurer "determine the financing", "only guaranteed receivables are
// financed", and the indemnities are paid directly to the factor, the loss
// payee ([policy.LossPayee]).
//
// Ferrand SAS delegates its policy to Factor Atlantique from 1 April 2025 and
// hands over its invoices on 2 May. For each invoice, the cover of its
// delivery ([limits.CoverAt]) and the buyer's exposure ([limits.Headroom]) say
// which part is insured; the factor advances the insured part times the
// quotité, what the insurer would pay, and nothing on the rest: not on the
// part of a buyer's invoices above its limit, nor on a refused buyer, nor on
// discretionary cover, which this factoring contract does not accept (its
// choice: discretionary cover rests on the insured's own assessment).
//
// When Dupont Industrie goes into receivership, the indemnity
// ([claims.Indemnity]) is paid to the factor, and it matches the advance on
// that buyer.
func Factoring(w io.Writer) error {
	var r report
	terms := ferrandTerms()
	terms.LossPayee = policy.LossPayee{Name: "Factor Atlantique", From: date(2025, time.April, 1)}
	if err := terms.Validate(); err != nil {
		return err
	}
	type buyer struct {
		name    string
		history limits.History
		buyer   limits.Buyer
	}
	buyers := map[string]buyer{
		"DUP": {"Dupont Industrie", dupontHistory(), limits.Buyer{ID: "Dupont Industrie"}},
		"MAR": {"Boulangeries Martin", martinHistory(), limits.Buyer{ID: "Boulangeries Martin"}},
		"LEM": {"Café Lemoine", limits.History{}, limits.Buyer{ID: "Café Lemoine", DiscretionaryEligible: true}},
		"NOV": {"Société Nouvelle", nouvelleHistory(), limits.Buyer{ID: "Société Nouvelle"}},
	}
	invoices := []struct {
		id, buyer string
		delivered calendar.Date
		net       policy.Amount
	}{
		{"F-201", "DUP", date(2025, time.April, 3), eur("30000")},
		{"F-202", "DUP", date(2025, time.April, 14), eur("35000")},
		{"F-203", "DUP", date(2025, time.April, 25), eur("25000")},
		{"F-204", "MAR", date(2025, time.April, 8), eur("6000")},
		{"F-205", "MAR", date(2025, time.April, 22), eur("7000")},
		{"F-206", "LEM", date(2025, time.April, 17), eur("3000")},
		{"F-207", "NOV", date(2025, time.April, 28), eur("12000")},
	}

	r.title("Factoring: the factor as loss payee")
	r.linef("Ferrand SAS delegates its credit insurance to %s from %s (délégation de police):",
		terms.LossPayee.Name, terms.LossPayee.From)
	r.line("indemnities are paid to the factor, and the factor finances only what the insurer covers.")
	r.section("Invoices handed over on 2025-05-02 (amounts excluding tax)")
	rows := [][]string{{"invoice", "buyer", "amount", "cover", "insured part", "quotité", "advance", "why"}}
	exposure := map[string]limits.Exposure{}
	advanced := map[string]policy.Amount{}
	for k := range buyers {
		exposure[k] = limits.Exposure{Open: policy.Zero(policy.EUR)}
		advanced[k] = policy.Zero(policy.EUR)
	}
	var totalAdvance, totalInvoiced []policy.Amount
	for _, inv := range invoices {
		b := buyers[inv.buyer]
		c, err := limits.CoverAt(terms, b.history, b.buyer, inv.delivered, limits.CoverOptions{})
		if err != nil {
			return err
		}
		insured, advance := policy.Zero(policy.EUR), policy.Zero(policy.EUR)
		why := "covered"
		switch {
		case c.Type == policy.Discretionary:
			why = "discretionary cover: not financed"
		case c.Gap != limits.Covered:
			why = "no cover (" + c.Gap.String() + " " + c.Decision.ID + "): not financed"
		default:
			e := exposure[inv.buyer]
			before, err := limits.Headroom(c.Amount, e, policy.Zero(policy.EUR), limits.HeadroomOptions{})
			if err != nil {
				return err
			}
			after, err := limits.Headroom(c.Amount, e, inv.net, limits.HeadroomOptions{})
			if err != nil {
				return err
			}
			if insured, err = after.Insured.Sub(before.Insured); err != nil {
				return err
			}
			if e.Open, err = e.Open.Add(inv.net); err != nil {
				return err
			}
			exposure[inv.buyer] = e
			advance = insured.Mul(c.Quotite).Round(terms.Rounding)
			uninsured, err := inv.net.Sub(insured)
			if err != nil {
				return err
			}
			if uninsured.IsPositive() {
				why = "above the limit: " + uninsured.String() + " uninsured"
			}
		}
		if advanced[inv.buyer], err = advanced[inv.buyer].Add(advance); err != nil {
			return err
		}
		totalAdvance = append(totalAdvance, advance)
		totalInvoiced = append(totalInvoiced, inv.net)
		coverText := coverName(c.Type) + " " + c.Amount.String()
		if c.Gap != limits.Covered {
			coverText = "none"
		}
		rows = append(rows, []string{inv.id, b.name, inv.net.String(), coverText,
			insured.String(), quotite(c), advance.String(), why})
	}
	r.table(rows)
	invoiced, err := policy.Sum(policy.EUR, totalInvoiced...)
	if err != nil {
		return err
	}
	advance, err := policy.Sum(policy.EUR, totalAdvance...)
	if err != nil {
		return err
	}
	r.linef("Handed over %s; advanced by the factor %s.", invoiced, advance)

	// Dupont Industrie goes into receivership.
	dupont := buyers["DUP"]
	ledger := claims.Ledger{}
	for _, inv := range invoices {
		if inv.buyer != "DUP" {
			continue
		}
		invoiceDate := inv.delivered.AddDays(2)
		due, err := calendar.Term{Kind: calendar.Net, Days: 60}.DueDate(invoiceDate)
		if err != nil {
			return err
		}
		ledger.Invoices = append(ledger.Invoices, claims.Invoice{ID: inv.id, DeliveryDate: inv.delivered, InvoiceDate: invoiceDate,
			DueDate: due, Net: inv.net, Tax: inv.net.Mul(policy.MustRate("0.2")).Round(terms.Rounding)})
	}
	insolvency := date(2025, time.July, 7)
	book, err := claims.EvaluateBook(terms, claims.BuyerBook{Buyer: dupont.buyer, History: dupont.history, Ledger: ledger,
		Events: claims.Events{OverdueNotice: date(2025, time.June, 20), Insolvency: insolvency}}, insolvency)
	if err != nil {
		return err
	}
	if len(book.Layers) != 1 {
		return errors.New("examples: Dupont's claim should be at one quotité")
	}
	b := book.Layers[0].Breakdown
	r.section("Dupont Industrie goes into receivership on " + book.Loss.Date.String())
	r.table([][]string{
		{"claim", "amount"},
		{"open, excluding tax", book.OpenNet.String()},
		{"insured within the agrément in force at each delivery", book.Insured.String()},
		{"indemnity at " + b.Quotite.Percent() + ", due " + book.IndemnityDue.String(), book.Indemnity.String()},
		{"paid to", b.Payee},
		{"advanced by the factor on this buyer", advanced["DUP"].String()},
	})
	r.line("The indemnity repays the factor's advance; the uninsured part of the invoices stays Ferrand's risk.")
	return r.flush(w)
}
