package limits

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// RetroRule says how far back before its own date a decision that grants
// a limit covers deliveries. The wordings differ:
//
//   - the conformance vectors and the simplified SME offer know only the
//     window after signature (Terms.RetroactivityDays, RetroactiveStart:
//     "les garanties délivrées dans les 30 jours suivant la signature du
//     contrat rétroagissent à la date de prise d'effet"); any other
//     decision covers from its own date, as "the shipment must be made
//     within the effective period of the credit limit" (EC-Reach, online
//     micro-business policy FAQ,
//     https://info.ec-reach.com.hk/helpie_faq/will-the-shipment-service-be-covered-if-it-was-made-rendered-before-the-effective-date-of-the-credit-limit/);
//   - a decision reaching back a number of days before its date
//     (DaysBefore, the number of days a term of the policy: Window) is a
//     named option without a found public wording of its window; the
//     reach back that was found runs to the start of the policy: "Unless
//     otherwise stated, any credit limit issued will have retrospective
//     effect from the policy commencement date" (EC-Reach, small business
//     policy FAQ, same page), a window as long as the policy has run;
//   - "An approved cover limit always applies retroactively from the start
//     of the month in which the credit limit was decided" (Allianz Trade
//     CH, risk management Q&A,
//     https://allianz-trade-support.ch/en/trade-credit-insurance/risk-management-qa)
//     (MonthStart).
//
// Its zero value is NoRetroactivity, the rule of conformance/FORMAT.md
// limits.coverAt rule 2. Terms.RetroactivityDays is another rule and keeps
// applying under every RetroRule: a decision's start is the earlier of the
// two. Only a decision that grants cover and is not a reduction (a rise,
// or the first of its layer) reaches back: a refusal or a reduction never
// takes effect before its date (FORMAT.md rule 3), and retroactivity
// never takes cover away.
type RetroRule uint8

const (
	// NoRetroactivity: a decision covers from its own date, or from the
	// effective date within the window after signature (FORMAT.md rule 2).
	NoRetroactivity RetroRule = iota
	// DaysBefore: a decision covers deliveries made up to Window before its
	// date (calendar arithmetic: a decision dated 2025-03-31 under 30 days
	// covers from 2025-03-01).
	DaysBefore
	// MonthStart: a decision covers deliveries made from the first day of
	// the month of its date (a decision dated 2025-03-17 covers from
	// 2025-03-01).
	MonthStart
)

var retroNames = []string{NoRetroactivity: "none", DaysBefore: "daysBefore", MonthStart: "monthStart"}

// String returns "none", "daysBefore" or "monthStart".
func (r RetroRule) String() string { return enumString(retroNames, int(r), "RetroRule") }

// MarshalText implements encoding.TextMarshaler.
func (r RetroRule) MarshalText() ([]byte, error) {
	return enumText(retroNames, int(r), "RetroRule", "retroactivity.rule")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping ErrUnknownCode.
func (r *RetroRule) UnmarshalText(b []byte) error {
	i, err := enumParse(retroNames, string(b), "retroactivity.rule")
	if err == nil {
		*r = RetroRule(i)
	}
	return err
}

// Retroactivity is the reading of a decision's reach into the past (see
// RetroRule). Its zero value is FORMAT.md's: none beyond the window after
// signature.
type Retroactivity struct {
	Rule RetroRule `json:"rule"`
	// Window is how far back a decision reaches under DaysBefore; required
	// with it, refused with the other rules.
	Window policy.TimeLimit `json:"window,omitzero"`
}

// check refuses an unknown rule, DaysBefore without a window and a window
// with another rule.
func (r Retroactivity) check() error {
	switch {
	case int(r.Rule) >= len(retroNames):
		return policy.NewRuleError(ErrUnknownCode, clauseRetroactivity, "retroactivity.rule", r.Rule.String())
	case r.Rule == DaysBefore && !r.Window.IsSet():
		return policy.NewRuleError(policy.ErrMissing, clauseRetroactivity, "retroactivity.window", "")
	case r.Rule != DaysBefore && r.Window.IsSet():
		return policy.NewRuleError(policy.ErrInconsistent, clauseRetroactivity, "retroactivity.window",
			r.Window.String()+" under rule "+r.Rule.String())
	}
	return nil
}

// reach is the first day a decision dated date covers under r alone, and
// whether it is before date.
func (r Retroactivity) reach(date calendar.Date) (calendar.Date, bool) {
	switch r.Rule {
	case DaysBefore:
		if p, ok := r.Window.Period(); ok {
			d := date.AddMonths(-p.Months - 12*p.Years).AddDays(-p.Days)
			return d, d.Before(date)
		}
	case MonthStart:
		if d, err := calendar.NewDate(date.Year(), date.Month(), 1); err == nil {
			return d, d.Before(date)
		}
	}
	return date, false
}

// reachBack is the first day a decision reaches back to under r, and
// whether it does: only a decision that grants cover and is not a
// reduction.
func reachBack(d Decision, reduction bool, r Retroactivity) (calendar.Date, bool) {
	if d.Kind == Refusal || d.Amount.IsZero() || reduction {
		return d.Date, false
	}
	return r.reach(d.Date)
}
