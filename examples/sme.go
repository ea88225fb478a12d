package examples

import (
	"io"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// SMEPolicy tells the first year of a small firm under the simplified SME
// offer (a French "assurance-crédit 3-en-1") and writes the report to w.
//
// Ferrand SAS, a wholesaler, signs [policy.SimplifiedSME] on 20 January 2025,
// effective from 1 January; its particular conditions add discretionary
// (non-named) cover up to EUR 5 000 at 60 % (clause CP-discretionary).
//
//   - Boulangeries Martin gets an accord express of EUR 10 000 on 10
//     February: within 30 days of the signature, so it covers from the
//     effective date and a delivery of 15 January is insured ("les garanties
//     délivrées dans les 30 jours suivant la signature du contrat rétroagissent
//     à la date de prise d'effet", [limits.RetroactiveStart], CP-retroactivity).
//   - Dupont Industrie gets an agrément of EUR 80 000 on 4 March, after the
//     window: a delivery of 20 February has no cover.
//   - Café Lemoine is not named; it bought three times last year and always
//     paid on time, so it qualifies for discretionary cover
//     ([limits.AllianzPaymentExperience]) at the discretionary quotité.
//
// Then the credit manager checks each new order to Dupont Industrie against
// its agrément ([limits.Headroom] with the 80 % warning ratio of
// [limits.DefaultWarnRatio]), holds the order that would be uninsured, and
// reads the alert that fires when the exposure nears the insured amount
// ([limits.Alerts]; a French broker's guide: "une alerte automatique qui vous préviendra si
// l'encours du client approche ou dépasse le montant assuré").
func SMEPolicy(w io.Writer) error {
	var r report
	terms := ferrandTerms()
	if err := terms.Validate(); err != nil {
		return err
	}

	r.title("An SME signs a simplified policy")
	r.linef("Ferrand SAS, policy %s: signed %s, effective %s to %s.", terms.PolicyID, terms.Signature, terms.Effective, terms.Expiry)
	retro, _ := terms.RetroactivityDays.After(terms.Signature)
	r.linef("Covers given within %s of the signature (by %s) apply from the effective date.",
		terms.RetroactivityDays, retro)
	r.linef("Quotité (insured percentage, excluding tax): %s for named buyers, %s for discretionary cover up to %s.",
		terms.Quotites.Named.Percent(), terms.Quotites.Discretionary.Percent(), terms.DiscretionaryMax)

	// The buyers and the insurer's decisions on them.
	lemoineFacts := limits.BuyerFacts{Purchases: []calendar.Date{
		date(2024, time.September, 12), date(2024, time.November, 5), date(2025, time.January, 28)}}
	elig, err := limits.EvaluateDiscretionary(terms.DiscretionaryConditions, lemoineFacts, date(2025, time.March, 12))
	if err != nil {
		return err
	}
	buyers := []struct {
		name    string
		history limits.History
		buyer   limits.Buyer
	}{
		{"Boulangeries Martin", martinHistory(), limits.Buyer{ID: "Boulangeries Martin"}},
		{"Dupont Industrie", dupontHistory(), limits.Buyer{ID: "Dupont Industrie"}},
		{"Café Lemoine", limits.History{}, limits.Buyer{ID: "Café Lemoine", DiscretionaryEligible: elig.Eligible}},
	}

	r.section("The insurer's decisions")
	rows := [][]string{{"buyer", "decision", "amount", "dated", "covers from", "retroactive"}}
	for _, b := range buyers {
		entries, err := limits.Timeline(terms, b.history, limits.CoverOptions{})
		if err != nil {
			return err
		}
		for _, e := range entries {
			rows = append(rows, []string{b.name, kindName(e.Decision.Kind), e.Decision.Amount.String(),
				e.Decision.Date.String(), e.Start.String(), yesNo(e.Retroactive)})
		}
		if len(entries) == 0 {
			rows = append(rows, []string{b.name, "none (not named)", "-", "-", "-", "-"})
		}
	}
	r.table(rows)
	r.linef("Café Lemoine qualifies for discretionary cover by the rule %q: %s.", elig.Rule, yesNo(elig.Eligible))

	r.section("Which cover applies to each delivery")
	deliveries := []struct {
		buyer int
		on    calendar.Date
	}{
		{0, date(2025, time.January, 15)},
		{1, date(2025, time.February, 20)},
		{1, date(2025, time.March, 4)},
		{2, date(2025, time.March, 12)},
	}
	rows = [][]string{{"buyer", "delivered", "cover", "insured up to", "quotité", "why"}}
	for _, d := range deliveries {
		b := buyers[d.buyer]
		c, err := limits.CoverAt(terms, b.history, b.buyer, d.on, limits.CoverOptions{})
		if err != nil {
			return err
		}
		rows = append(rows, []string{b.name, d.on.String(), coverName(c.Type), c.Amount.String(), quotite(c), coverWhy(c, d.on)})
	}
	r.table(rows)

	// Exposure and headroom on Dupont Industrie, order by order.
	today := date(2025, time.June, 16)
	dupontBuyer := buyers[1]
	docs := []limits.Document{
		{ID: "INV-101", Kind: limits.Invoice, Net: eur("30000"), DueDate: date(2025, time.July, 15)},
		{ID: "INV-102", Kind: limits.Invoice, Net: eur("12000"), DueDate: date(2025, time.July, 31)},
		{ID: "ORD-7", Kind: limits.Order, Net: eur("10000")},
		{ID: "DRAFT-7", Kind: limits.DraftInvoice, Net: eur("4000"), Order: "ORD-7"},
	}
	cover, err := limits.CoverAt(terms, dupontBuyer.history, dupontBuyer.buyer, today, limits.CoverOptions{})
	if err != nil {
		return err
	}
	exp, err := limits.ExposureOf(terms, docs, today, limits.ExposureOptions{})
	if err != nil {
		return err
	}
	opts := limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}
	now, err := limits.Headroom(cover.Amount, exp, policy.Zero(terms.Currency), opts)
	if err != nil {
		return err
	}
	r.section("Dupont Industrie on " + today.String() + ": headroom before each delivery")
	r.linef("Insured amount %s (%s); exposure excluding tax %s:", cover.Amount, coverName(cover.Type), now.Exposure)
	r.linef("  open invoices %s, draft invoices %s, orders not yet invoiced %s", exp.Open, exp.Draft, exp.Orders)
	r.line("  (order ORD-7 counts only for the part its draft invoice DRAFT-7 does not bill).")
	pending := []limits.Document{
		{ID: "ORD-8", Kind: limits.Order, Net: eur("8000")},
		{ID: "AV-3", Kind: limits.CreditNote, Net: eur("3000")},
		{ID: "ORD-9", Kind: limits.Order, Net: eur("9000")},
		{ID: "ORD-10", Kind: limits.Order, Net: eur("20000")},
	}
	rows = [][]string{{"document", "amount", "exposure after", "insured", "uninsured", "headroom", "status", "decision"}}
	for _, p := range pending {
		amount := p.Net
		if p.Kind == limits.CreditNote {
			amount = p.Net.Neg()
		}
		pos, err := limits.Headroom(cover.Amount, exp, amount, opts)
		if err != nil {
			return err
		}
		decision := "deliver"
		if p.Kind == limits.CreditNote {
			decision = "issue"
		}
		if pos.Status == limits.Over {
			decision = "hold: ask for a higher limit"
		} else {
			docs = append(docs, p)
			if exp, err = limits.ExposureOf(terms, docs, today, limits.ExposureOptions{}); err != nil {
				return err
			}
		}
		rows = append(rows, []string{docName(p), amount.String(), pos.Exposure.String(), pos.Insured.String(),
			pos.Uninsured.String(), pos.Headroom.String(), pos.Status.String(), decision})
	}
	r.table(rows)
	r.linef("Warning at %s of the insured amount; a credit note lowers the exposure and is never held.",
		opts.WarnRatio.Percent())

	alerts, err := limits.Alerts(terms, dupontBuyer.history, dupontBuyer.buyer, exp, today, limits.AlertOptions{Headroom: opts})
	if err != nil {
		return err
	}
	r.section("Alerts on Dupont Industrie, " + today.String())
	for _, a := range alerts {
		r.linef("  [%s] %s (%s)", a.Kind, a.Message, a.Clause.ID)
	}
	if len(alerts) == 0 {
		r.line("  none")
	}
	return r.flush(w)
}

// docName writes a sales document's kind and ID for people.
func docName(d limits.Document) string {
	switch d.Kind {
	case limits.CreditNote:
		return "credit note " + d.ID
	case limits.DraftInvoice:
		return "draft invoice " + d.ID
	}
	return d.Kind.String() + " " + d.ID
}

// coverWhy says in a few words where the cover of a delivery made on day
// comes from, or why there is none.
func coverWhy(c limits.Cover, day calendar.Date) string {
	switch {
	case c.Gap == limits.NoLimit:
		return "no limit yet; not eligible for discretionary cover"
	case c.Gap != limits.Covered:
		return "no cover: " + c.Gap.String()
	case c.Type == policy.Discretionary:
		return "the insured's own assessment"
	case day.Before(c.Decision.Date):
		return "decision " + c.Decision.ID + " of " + c.Decision.Date.String() + ", retroactive"
	default:
		return "decision " + c.Decision.ID
	}
}
