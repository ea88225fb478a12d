package examples

import (
	"io"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// LimitReduction tells what a reduction of a credit limit with 30 days'
// notice means for the deliveries around it, and writes the report to w.
//
// Receivables Insurance Canada and Ooreka: "the insurer may reduce or withdraw a limit at any
// time; the new amount applies to deliveries made after the decision takes
// effect; deliveries made before remain covered up to the previous amount";
// Atradius (practical guide, monitoring risks): reductions and withdrawals
// "take effect 30 days after the announcement"
// ([policy.Terms].ReductionNoticeDays; [limits.Reduces]).
//
// Laiterie Bodin, insured on a classic whole-turnover policy
// ([policy.WholeTurnover]) with that notice, sells to Supermarchés Arnaud,
// which has an agrément of EUR 50 000. On 2 June 2025 the insurer, worried by
// adverse information, reduces it to EUR 20 000, effective 2 July; on 1
// September, after an overdue report, it withdraws it (a refusal), effective
// 1 October. The report places the decisions on the calendar
// ([limits.Timeline]), reads the credit manager's alerts on the day of the
// reduction ([limits.Alerts]: the reduction ahead), and gives the cover of
// each delivery ([limits.CoverAt]): those made before a decision takes effect
// keep the previous amount.
func LimitReduction(w io.Writer) error {
	var r report
	terms := policy.WholeTurnover(policy.WholeTurnoverOffer{Currency: eur("500").Currency(), NonQualifyingLoss: eur("500"), Signature: date(2024, time.December, 16), Effective: date(2025, time.January, 1), Expiry: date(2025, time.December, 31)})
	terms.PolicyID = "GL-2025-0311"
	terms.ReductionNoticeDays = policy.MustTimeLimit(calendar.Days(30))
	if err := terms.Validate(); err != nil {
		return err
	}
	history, err := limits.NewHistory(
		limits.Decision{ID: "AG-7731", Kind: limits.Agrement, Amount: eur("50000"), Date: date(2025, time.January, 27)},
		limits.Decision{ID: "AG-7731-R", Kind: limits.Agrement, Amount: eur("20000"), Date: date(2025, time.June, 2),
			Reason: limits.ReasonAdverseInformation},
		limits.Decision{ID: "RF-7731", Kind: limits.Refusal, Date: date(2025, time.September, 1), Reason: limits.ReasonOverdue},
	)
	if err != nil {
		return err
	}
	buyer := limits.Buyer{ID: "Supermarchés Arnaud"}

	r.title("A limit reduced with 30 days' notice")
	r.linef("Laiterie Bodin sells to Supermarchés Arnaud. Its policy (%s) gives reductions and withdrawals", terms.PolicyID)
	r.linef("%s notice: they take effect %s after the insurer's decision.", terms.ReductionNoticeDays, terms.ReductionNoticeDays)
	entries, err := limits.Timeline(terms, history, limits.CoverOptions{})
	if err != nil {
		return err
	}
	r.section("The decisions on the calendar")
	rows := [][]string{{"decision", "kind", "amount", "dated", "previous amount", "reduction", "in force from", "reason"}}
	for _, e := range entries {
		prev := "-"
		if e.Reduction {
			prev = e.Previous.String()
		}
		reason := "-"
		if e.Decision.Reason != 0 {
			reason = e.Decision.Reason.String()
		}
		rows = append(rows, []string{e.Decision.ID, kindName(e.Decision.Kind), money(terms.Currency, e.Decision.Amount), e.Decision.Date.String(),
			prev, yesNo(e.Reduction), e.Effective.String(), reason})
	}
	r.table(rows)

	today := date(2025, time.June, 2)
	exposure := limits.Exposure{Open: eur("31000"), Orders: eur("6000")}
	alerts, err := limits.Alerts(terms, history, buyer, exposure, today,
		limits.AlertOptions{Headroom: limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}})
	if err != nil {
		return err
	}
	r.section("The credit manager's alerts on " + today.String())
	r.linef("Exposure: open invoices %s, orders %s.", exposure.Open, exposure.Orders)
	for _, a := range alerts {
		r.linef("  [%s] %s: %s", a.Kind, a.Date, a.Message)
	}
	if len(alerts) == 0 {
		r.line("  none")
	}

	r.section("Which deliveries keep the old amount")
	rows = [][]string{{"delivered", "cover", "insured up to", "decision in force", "note"}}
	for _, d := range []struct {
		on   time.Month
		day  int
		note string
	}{
		{time.May, 28, ""},
		{time.June, 2, "the day of the reduction"},
		{time.June, 20, "during the notice: old amount"},
		{time.July, 1, "last day of the notice"},
		{time.July, 2, "the reduction takes effect"},
		{time.September, 15, "during the notice of the withdrawal"},
		{time.October, 1, "the withdrawal takes effect"},
	} {
		c, err := limits.CoverAt(terms, history, buyer, date(2025, d.on, d.day), limits.CoverOptions{})
		if err != nil {
			return err
		}
		cover := coverName(c.Type)
		if c.Gap != limits.Covered {
			cover = "none (" + c.Gap.String() + ")"
		}
		rows = append(rows, []string{date(2025, d.on, d.day).String(), cover, c.Amount.String(), c.Decision.ID, d.note})
	}
	r.table(rows)
	r.line("Receivables on deliveries made before a reduction takes effect stay insured up to the amount in force")
	r.line("on their delivery date; only later deliveries see the new amount.")
	return r.flush(w)
}
