package limits

import (
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// DiscretionaryRule is one way a buyer qualifies for discretionary cover:
// policy.DiscretionaryRule, a term of the policy; EvaluateDiscretionary
// applies it.
type DiscretionaryRule = policy.DiscretionaryRule

// DiscretionaryConditions are the policy's conditions for discretionary
// cover, policy.Terms.DiscretionaryConditions: the buyer qualifies when it
// meets any one of the rules.
type DiscretionaryConditions = policy.DiscretionaryConditions

// BuyerFacts are what the insured knows about a buyer, for the
// discretionary conditions.
type BuyerFacts struct {
	// Purchases are the dates of the buyer's purchases (orders or
	// invoices).
	Purchases []calendar.Date `json:"purchases,omitempty"`
	// LatePayments are the dates of the buyer's late payments.
	LatePayments []calendar.Date `json:"latePayments,omitempty"`
	// ReportDate is the date of the latest credit report from an approved
	// agency; zero when none is held.
	ReportDate calendar.Date `json:"reportDate,omitzero"`
	// AdverseInformation: adverse information is known (negative report,
	// bounced bill, proceedings by other creditors, a request for deferral
	// beyond the MEP: Atradius practical guide, deferral of payment).
	AdverseInformation bool `json:"adverseInformation,omitempty"`
	// LastLoss is the date of the latest loss on the buyer; zero when none.
	LastLoss calendar.Date `json:"lastLoss,omitzero"`
}

// Eligibility is the outcome of EvaluateDiscretionary.
type Eligibility struct {
	// Eligible: the buyer meets one rule.
	Eligible bool `json:"eligible"`
	// Rule is the name of the first rule met; "" when none is.
	Rule string `json:"rule,omitempty"`
	// Reasons say, rule by rule, which requirements failed ("rule: reason").
	Reasons []string `json:"reasons,omitempty"`
	// Trace lists the rules evaluated.
	Trace policy.Trace `json:"trace"`
}

// AtradiusDCLByReport is Atradius's discretionary credit limit by credit
// report (Atradius glossary D): a report from an approved agency at
// most 12 months old, no adverse information, no loss on the buyer in the
// 12 months before. (That the DCL ends with any Atradius decision on the
// buyer is CoverAt's rule 6.)
func AtradiusDCLByReport() DiscretionaryRule {
	return DiscretionaryRule{Name: "Atradius DCL by credit report", ReportMaxAgeMonths: 12,
		NoAdverseInformation: true, NoLossMonths: 12}
}

// AllianzPaymentExperience is the first branch of Allianz Trade's
// self-check (Allianz Trade CH policy guide): the buyer bought at least
// twice in the last 12 months and paid on time.
func AllianzPaymentExperience() DiscretionaryRule {
	return DiscretionaryRule{Name: "Allianz Trade self-check: payment experience", MinPurchases: 2,
		NoLatePayment: true, WindowMonths: 12}
}

// AllianzCreditReport is the second branch of Allianz Trade's self-check:
// the insured holds a written credit report (Allianz Trade CH policy
// guide). The source gives no maximum age; 12 months here follows
// Atradius (this package's choice).
func AllianzCreditReport() DiscretionaryRule {
	return DiscretionaryRule{Name: "Allianz Trade self-check: credit report", ReportMaxAgeMonths: 12}
}

// EvaluateDiscretionary says whether a buyer with the facts f qualifies
// under the conditions c (policy.Terms.DiscretionaryConditions) on the date
// at, with the reasons of each failed requirement (clause CP-discretionary).
// Month look-backs count from at with the clamp rule
// (calendar.Date.AddMonths). Errors: at is required (ErrMissing), and the
// conditions must pass their Validate.
func EvaluateDiscretionary(c DiscretionaryConditions, f BuyerFacts, at calendar.Date) (Eligibility, error) {
	var el Eligibility
	if at.IsZero() {
		return el, policy.NewRuleError(policy.ErrMissing, clauseDiscretionary, "at", "")
	}
	if err := c.Validate(); err != nil {
		return Eligibility{}, err
	}
	if len(c.AnyOf) == 0 {
		el.Reasons = []string{"no discretionary rule in the policy"}
		el.Trace = el.Trace.Add("discretionary conditions", "no rule", "not eligible", clauseDiscretionary)
		return el, nil
	}
	for _, r := range c.AnyOf {
		failed := failures(r, f, at)
		if len(failed) == 0 {
			el.Trace = el.Trace.Add("discretionary conditions", r.Name, "met", clauseDiscretionary)
			if !el.Eligible {
				el.Eligible, el.Rule = true, r.Name
			}
			continue
		}
		for _, why := range failed {
			el.Reasons = append(el.Reasons, r.Name+": "+why)
		}
		el.Trace = el.Trace.Add("discretionary conditions", r.Name, "not met: "+failed[0], clauseDiscretionary)
	}
	return el, nil
}

// failures lists the requirements of r that the facts do not meet at date
// at, in the order of the rule's fields.
func failures(r DiscretionaryRule, f BuyerFacts, at calendar.Date) []string {
	var out []string
	from := at.AddMonths(-r.WindowMonths)
	if r.MinPurchases > 0 {
		if n := countIn(f.Purchases, from, at); n < r.MinPurchases {
			out = append(out, strconv.Itoa(n)+" purchases since "+from.String()+", "+strconv.Itoa(r.MinPurchases)+" required")
		}
	}
	if r.NoLatePayment {
		if n := countIn(f.LatePayments, from, at); n > 0 {
			out = append(out, strconv.Itoa(n)+" late payments since "+from.String())
		}
	}
	if r.ReportMaxAgeMonths > 0 {
		switch {
		case f.ReportDate.IsZero() || f.ReportDate.After(at):
			out = append(out, "no credit report")
		case f.ReportDate.AddMonths(r.ReportMaxAgeMonths).Before(at):
			out = append(out, "credit report of "+f.ReportDate.String()+" older than "+strconv.Itoa(r.ReportMaxAgeMonths)+" months")
		}
	}
	if r.NoAdverseInformation && f.AdverseInformation {
		out = append(out, "adverse information known")
	}
	if r.NoLossMonths > 0 && !f.LastLoss.IsZero() && !f.LastLoss.After(at) &&
		f.LastLoss.After(at.AddMonths(-r.NoLossMonths)) {
		out = append(out, "loss on "+f.LastLoss.String()+" within "+strconv.Itoa(r.NoLossMonths)+" months")
	}
	return out
}

// countIn counts the dates in (from, to].
func countIn(ds []calendar.Date, from, to calendar.Date) int {
	n := 0
	for _, d := range ds {
		if d.After(from) && !d.After(to) {
			n++
		}
	}
	return n
}
