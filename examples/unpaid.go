package examples

import (
	"io"
	"strings"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
)

// UnpaidInvoice tells what happens when a buyer stops paying, under Ferrand
// SAS's policy (the simplified SME offer, with a waiting period of 5
// months and a maximum credit term of 90 days from the particular
// conditions), and writes the report to w.
//
// Garage Roux takes delivery on Friday 28 February 2025 and is invoiced on 10
// March at 60 days net. The clocks of the invoice ([claims.Clocks]), each with
// its nominal last day and its final one under the French civil rule
// ([calendar.FRCivil]: CPC art. 641 counts, art. 642 al. 2 moves a last day
// that is a Saturday, a Sunday or a holiday to the next business day):
//
//   - the invoice is due within 30 days of delivery ("un délai de facturation
//     de 30 jours", clause CP-invoicing-period);
//   - the due date is within the maximum credit term (CP-max-credit-term);
//   - the threat-of-loss declaration (DMS, déclaration de menace de sinistre)
//     is due 30 days after the end of the credit term ("30 jours maximum
//     après la fin de la durée de crédit", CP-overdue-notice): 30 days after Friday 9 May is
//     Sunday 8 June, and Monday 9 June is Whit Monday, so the final day is
//     Tuesday 10 June;
//   - the waiting period (délai de carence) runs from the DMS (CP-waiting-period); an
//     invoice still unpaid at its end is a loss in protracted default;
//   - the indemnity is paid 30 days after the date of loss, the end of the
//     settlement delay ("sous 30 jours après le délai d'ordonnancement", CP-indemnity-delay).
//
// Three endings are told: a DMS filed on its final day, so on time; a DMS
// filed one day late, which loses the cover where the policy says so
// (Allianz Trade CH: "no overdue report → automatic loss of cover";
// claims.Options.ForfeitOnLateNotice); and an insolvency opened
// during the waiting period, which makes it the date of loss at once
// (CG-date-of-loss). Each is drawn as a text timeline, one column for 5 days.
func UnpaidInvoice(w io.Writer) error {
	var r report
	terms := ferrandTerms()
	if err := terms.Validate(); err != nil {
		return err
	}
	invoiceDate := date(2025, time.March, 10)
	due, err := calendar.Term{Kind: calendar.Net, Days: 60}.DueDate(invoiceDate)
	if err != nil {
		return err
	}
	inv := claims.Invoice{ID: "F-2025-031", DeliveryDate: date(2025, time.February, 28), InvoiceDate: invoiceDate, DueDate: due,
		Net: eur("24000"), Tax: eur("4800")}

	r.title("A buyer stops paying: the clocks of an unpaid invoice")
	r.linef("Invoice %s to Garage Roux: delivered %s, invoiced %s at 60 days net, due %s.",
		inv.ID, day(inv.DeliveryDate), day(inv.InvoiceDate), day(inv.DueDate))
	r.linef("Policy: invoicing within %s, maximum credit term %s, DMS %s after the due date,",
		terms.MaxInvoicingDays, terms.MaxCreditDays, terms.OverdueNotice.Days)
	r.linef("waiting period (délai de carence) %s, indemnity %s after the date of loss; limits counted %s.",
		terms.WaitingPeriod, terms.IndemnityDays, terms.DeadlineRule.Name)

	endings := []struct {
		title string
		ev    claims.Events
	}{
		{"1. The DMS is filed on its final day", claims.Events{OverdueNotice: date(2025, time.June, 10),
			IndemnityPaid: date(2025, time.December, 5), AsOf: date(2025, time.December, 15)}},
		{"2. The DMS is filed one day late", claims.Events{OverdueNotice: date(2025, time.June, 11),
			AsOf: date(2025, time.June, 20)}},
		{"3. Insolvency during the waiting period", claims.Events{OverdueNotice: date(2025, time.June, 2),
			Insolvency: date(2025, time.July, 21), IndemnityPaid: date(2025, time.August, 14), AsOf: date(2025, time.August, 29)}},
	}
	for _, e := range endings {
		d, err := claims.Clocks(terms, inv, e.ev)
		if err != nil {
			return err
		}
		r.section(e.title + " (read on " + e.ev.AsOf.String() + ")")
		lost := d.OverdueNotice.Status == claims.Missed
		rows := [][]string{{"clock", "from", "period", "nominal", "final", "act", "status"}}
		rows = append(rows, clockRow("invoicing (facturation)", d.Invoicing, "invoiced", ""))
		rows = append(rows, clockRow("credit term (durée de crédit)", d.MaxCredit, "due", ""))
		rows = append(rows, clockRow("DMS (menace de sinistre)", d.OverdueNotice, "filed", ""))
		if !lost {
			waiting := ""
			switch d.Loss.Cause {
			case claims.ProtractedDefault:
				waiting = "unpaid at its end: loss"
			case claims.Insolvency:
				waiting = "cut short by insolvency " + d.Loss.Date.String()
			}
			rows = append(rows, clockRow("waiting (carence)", d.WaitingPeriod, "paid", waiting))
			rows = append(rows, clockRow("indemnity (ordonnancement)", d.IndemnityDue, "paid", ""))
		}
		r.table(rows)
		switch {
		case lost:
			// The policy's wording forfeits the cover (ForfeitOnLateNotice);
			// the loss is read at what would have been the date of loss.
			loss, err := claims.Options{ForfeitOnLateNotice: true}.Loss(terms,
				claims.Ledger{Invoices: []claims.Invoice{inv}, OverdueNotice: e.ev.OverdueNotice}, d.Loss.Date)
			if err != nil {
				return err
			}
			x := loss.Invoices[0]
			r.linef("The DMS was due by %s and filed on %s: the deadline is missed.",
				d.OverdueNotice.Limit.Final, d.OverdueNotice.Act)
			r.line("Where the policy's wording forfeits the cover (claims.Options.ForfeitOnLateNotice), the")
			r.linef("invoice is out of the loss (%s, %s): insured loss %s,", x.Reason, x.Clause.ID, loss.Insured)
			r.line("no indemnity. By default the SDK only reports the late DMS: the sanction is the policy's")
			r.line("own wording (Code des assurances L111-1 takes credit insurance out of L113-2).")
		case d.Loss.Cause == claims.Insolvency:
			r.linef("Date of loss %s (%s): insolvency proceedings opened before the waiting period ended",
				d.Loss.Date, d.Loss.Cause)
			r.linef("(%s), so the indemnity is due by %s instead of waiting.", d.WaitingPeriod.Limit.Final, d.IndemnityDue.Limit.Final)
		default:
			r.linef("Date of loss %s (%s): still unpaid at the end of the waiting period; indemnity due by %s.",
				d.Loss.Date, d.Loss.Cause, d.IndemnityDue.Limit.Final)
		}
		if lost {
			d.WaitingPeriod, d.IndemnityDue = claims.Clock{}, claims.Clock{}
		}
		r.line()
		drawClocks(&r, inv, d, e.ev)
	}
	return r.flush(w)
}

// clockRow is one line of a table of clocks; act names the act the clock
// limits, status replaces the clock's status when not empty.
func clockRow(name string, c claims.Clock, act, status string) []string {
	l := c.Limit
	if status == "" {
		status = c.Status.String()
		if l.Extended {
			status += ", last day moved (CPC 642)"
		}
	}
	actText := "-"
	if !c.Act.IsZero() {
		actText = act + " " + c.Act.String()
	}
	return []string{name, l.Anchor.String(), l.Period.String(), day(l.Nominal), day(l.Final), actText, status}
}

// daysPerColumn is the scale of the text timelines.
const daysPerColumn = 5

// drawClocks draws the clocks of an invoice as a text timeline: one row a
// clock, '[' its anchor, '=' its run, ']' its final day, '*' the act it
// limits, 'X' an insolvency; one column for daysPerColumn days from the
// delivery.
func drawClocks(r *report, inv claims.Invoice, d claims.Deadlines, ev claims.Events) {
	start := inv.DeliveryDate
	last := d.OverdueNotice.Limit.Final
	for _, c := range []claims.Clock{d.WaitingPeriod, d.IndemnityDue} {
		if c.Running() && c.Limit.Final.After(last) {
			last = c.Limit.Final
		}
	}
	if ev.OverdueNotice.After(last) {
		last = ev.OverdueNotice
	}
	width := col(start, last) + 1
	const label = 18
	// The month names, each where its first day falls.
	head := []rune(strings.Repeat(" ", width+3))
	for m := date(start.Year(), start.Month(), 1).AddMonths(1); !m.After(last); m = m.AddMonths(1) {
		copy(head[col(start, m):], []rune(m.Month().String()[:3]))
	}
	r.linef("%-*s%s", label, "", strings.TrimRight(string(head), " "))
	type bar struct {
		name     string
		from, to calendar.Date
		marks    map[calendar.Date]rune
	}
	bars := []bar{
		{"invoicing", inv.DeliveryDate, d.Invoicing.Limit.Final, map[calendar.Date]rune{inv.InvoiceDate: '*'}},
		{"credit term", inv.InvoiceDate, inv.DueDate, nil},
		{"DMS", d.OverdueNotice.Limit.Anchor, d.OverdueNotice.Limit.Final, map[calendar.Date]rune{ev.OverdueNotice: '*'}},
	}
	if d.WaitingPeriod.Running() {
		bars = append(bars, bar{"waiting period", d.WaitingPeriod.Limit.Anchor, d.WaitingPeriod.Limit.Final,
			map[calendar.Date]rune{ev.Insolvency: 'X'}})
	}
	if d.IndemnityDue.Running() {
		bars = append(bars, bar{"indemnity", d.IndemnityDue.Limit.Anchor, d.IndemnityDue.Limit.Final,
			map[calendar.Date]rune{ev.IndemnityPaid: '*'}})
	}
	for _, b := range bars {
		row := []rune(strings.Repeat(" ", width+1))
		a, z := col(start, b.from), col(start, b.to)
		for i := a; i <= z; i++ {
			row[i] = '='
		}
		row[a], row[z] = '[', ']'
		for at, m := range b.marks {
			if !at.IsZero() && !at.Before(start) && !at.After(last) {
				row[col(start, at)] = m
			}
		}
		r.linef("%-*s%s", label, b.name, strings.TrimRight(string(row), " "))
	}
	r.linef("%-*s%s", label, "", "[ start  = running  ] last day  * act  X insolvency  (one column = 5 days)")
}

// col is the column of day d on a timeline starting on start.
func col(start, d calendar.Date) int { return d.DaysSince(start) / daysPerColumn }
