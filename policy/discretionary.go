package policy

import "strconv"

// DiscretionaryRule is one way a buyer qualifies for discretionary cover
// (the insured's own assessment, DCL, self-check):
// every requirement set in it must hold. A requirement's zero value means
// "not required", so a rule states its conditions explicitly; the
// functions limits.AtradiusDCLByReport, limits.AllianzPaymentExperience and
// limits.AllianzCreditReport return the insurers' rules as documented
// examples, and limits.EvaluateDiscretionary applies them to a buyer.
type DiscretionaryRule struct {
	// Name of the rule, for reasons and traces.
	Name string `json:"name"`
	// MinPurchases: the buyer bought at least this many times in the last
	// WindowMonths months.
	MinPurchases int `json:"minPurchases,omitempty"`
	// NoLatePayment: no payment in the last WindowMonths months was late
	// (after the due date or the overdue point).
	NoLatePayment bool `json:"noLatePayment,omitempty"`
	// WindowMonths is the look-back of MinPurchases and NoLatePayment.
	WindowMonths int `json:"windowMonths,omitempty"`
	// ReportMaxAgeMonths: a credit report is held, dated at most this many
	// months before (Atradius: the DCL is valid 12 months from the report
	// date); 0 means no report is required.
	ReportMaxAgeMonths int `json:"reportMaxAgeMonths,omitempty"`
	// NoAdverseInformation: no adverse information is known on the buyer.
	NoAdverseInformation bool `json:"noAdverseInformation,omitempty"`
	// NoLossMonths: no loss on the buyer in this many months before; 0
	// means not required.
	NoLossMonths int `json:"noLossMonths,omitempty"`
}

// DiscretionaryConditions are the policy's conditions for discretionary
// cover (Terms.DiscretionaryConditions): the buyer qualifies when it meets
// any one of the rules. Its zero value has no rule, so no buyer qualifies:
// the strict default.
type DiscretionaryConditions struct {
	// AnyOf are the rules; meeting one suffices.
	AnyOf []DiscretionaryRule `json:"anyOf,omitempty"`
}

// maxPurchases bounds DiscretionaryRule.MinPurchases.
const maxPurchases = 100000

// Validate returns the first problem of the rules, in order: a month count
// below 0 or above 120, a purchase count below 0 or above 100 000
// (ErrOutOfRange), a rule with MinPurchases or NoLatePayment but no
// WindowMonths (ErrMissing). The field is named "anyOf[i].windowMonths".
func (c DiscretionaryConditions) Validate() error {
	for i, r := range c.AnyOf {
		if err := r.check("anyOf[" + strconv.Itoa(i) + "]."); err != nil {
			return err
		}
	}
	return nil
}

// check is Validate for one rule whose fields are named with prefix.
func (r DiscretionaryRule) check(prefix string) error {
	for _, n := range [...]struct {
		field    string
		v, limit int
	}{{"minPurchases", r.MinPurchases, maxPurchases}, {"windowMonths", r.WindowMonths, maxDelayMonths},
		{"reportMaxAgeMonths", r.ReportMaxAgeMonths, maxDelayMonths}, {"noLossMonths", r.NoLossMonths, maxDelayMonths}} {
		if n.v < 0 || n.v > n.limit {
			return NewRuleError(ErrOutOfRange, clauseDiscretion, prefix+n.field, strconv.Itoa(n.v))
		}
	}
	if (r.MinPurchases > 0 || r.NoLatePayment) && r.WindowMonths == 0 {
		return NewRuleError(ErrMissing, clauseDiscretion, prefix+"windowMonths", "0")
	}
	return nil
}
