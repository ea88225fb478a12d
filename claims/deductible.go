package claims

import (
	"github.com/creditins/creditins/policy"
)

// DeductibleBase is the amount a percentage deductible is a percentage of.
// The wordings say "a percentage of the claim" without saying whether the
// claim is the loss or the indemnity, so it is an option. Its zero value is
// OnCappedLoss.
type DeductibleBase uint8

const (
	// OnCappedLoss: the loss capped at the limit, before the quotité
	// ("exprimée en pourcentage du montant du sinistre",
	// https://assurance-local-pro.pages.dev/guide/franchise-assurance-pro).
	OnCappedLoss DeductibleBase = iota
	// OnGross: the indemnity after the quotité, for wordings that take the
	// deductible off the amount the insurer would pay. It needs the
	// deductible after the quotité (IndemnityOptions.DeductibleBeforeQuotite
	// false).
	OnGross
)

var deductibleBaseNames = [...]string{OnCappedLoss: "cappedLoss", OnGross: "gross"}

// String returns "cappedLoss" or "gross".
func (b DeductibleBase) String() string {
	return nameOf(deductibleBaseNames[:], int(b), "DeductibleBase")
}

// ParseDeductibleBase returns the base named s (see String), or an error
// wrapping policy.ErrSyntax.
func ParseDeductibleBase(s string) (DeductibleBase, error) {
	i, err := parseName(deductibleBaseNames[:], s, clauseDeductible, "deductibleOn")
	return DeductibleBase(i), err
}

// MarshalText implements encoding.TextMarshaler.
func (b DeductibleBase) MarshalText() ([]byte, error) {
	return nameText(deductibleBaseNames[:], int(b), "DeductibleBase", clauseDeductible, "deductibleOn")
}

// UnmarshalText implements encoding.TextUnmarshaler with
// ParseDeductibleBase.
func (b *DeductibleBase) UnmarshalText(text []byte) error {
	v, err := ParseDeductibleBase(string(text))
	if err == nil {
		*b = v
	}
	return err
}

// PercentDeductible is a per-claim deductible stated as a percentage with
// a floor and a cap (franchise proportionnelle): rate × base rounded with
// m, raised to r.Floor and lowered to r.Cap when they are set. "Franchise
// de 10 % avec un minimum de 300 euros et un maximum de 1 500 euros. Pour
// un sinistre de 10 000 euros, la franchise sera de 1 000 euros (10 %)"
// (https://assurance-local-pro.pages.dev/guide/franchise-assurance-pro):
//
//	10 % of EUR 10000, floor 300, cap 1500 → EUR 1000.00
//	10 % of EUR 2000 → EUR 200.00, raised to the floor: EUR 300
//	10 % of EUR 50000 → EUR 5000.00, lowered to the cap: EUR 1500
//
// The amounts are those Validate and Indemnity have checked (one
// currency, not negative, the floor at most the cap); a floor or cap of
// the zero Amount is not set.
func PercentDeductible(r policy.DeductibleRule, base policy.Amount, m policy.RoundingMode) policy.Amount {
	d := policy.Zero(base.Currency())
	if !r.Rate.IsZero() && !base.IsZero() {
		d = base.MulRound(r.Rate, m)
	}
	if !r.Floor.Currency().IsZero() && less(d, r.Floor) {
		d = r.Floor
	}
	if !r.Cap.Currency().IsZero() && less(r.Cap, d) {
		d = r.Cap
	}
	return d
}

// hasPercent reports whether the rule sets a percentage deductible.
func hasPercent(r policy.DeductibleRule) bool {
	return !r.Rate.IsZero() || !r.Floor.Currency().IsZero() || !r.Cap.Currency().IsZero()
}

// percentText describes a percentage deductible for a trace.
func percentText(r policy.DeductibleRule, on DeductibleBase) string {
	s := r.Rate.Percent() + " of the " + on.String()
	if !r.Floor.Currency().IsZero() {
		s += ", at least " + r.Floor.String()
	}
	if !r.Cap.Currency().IsZero() {
		s += ", at most " + r.Cap.String()
	}
	return s
}

// checkDeductibleRule checks Terms.DeductibleRule for Indemnity: amounts
// in the loss's currency and not negative, a rate in [0, 1], a floor at
// most the cap, not both a fixed deductible and a percentage, a
// percentage of the gross only after the quotité.
func checkDeductibleRule(t policy.Terms, cur policy.Currency, o IndemnityOptions) error {
	r := t.DeductibleRule
	for _, a := range [...]struct {
		field string
		a     policy.Amount
	}{{"deductibleRule.floor", r.Floor}, {"deductibleRule.cap", r.Cap}, {"deductibleRule.minimumRetention", r.MinimumRetention}} {
		if err := checkAmount(clauseDeductible, a.field, a.a, cur, true); err != nil {
			return err
		}
	}
	if err := r.Rate.CheckFraction(clauseDeductible, "deductibleRule.rate"); err != nil {
		return err
	}
	switch {
	case !r.Floor.Currency().IsZero() && less(r.Cap, r.Floor):
		return inconsistent(clauseDeductible, "deductibleRule.cap", r.Cap.String()+" below the floor "+r.Floor.String())
	case hasPercent(r) && t.Deductible.IsPositive():
		return inconsistent(clauseDeductible, "deductibleRule", "a percentage deductible with the fixed deductible "+t.Deductible.String())
	case hasPercent(r) && o.DeductibleOn == OnGross && o.DeductibleBeforeQuotite:
		return inconsistent(clauseDeductible, "options.deductibleOn", "gross with the deductible before the quotité")
	}
	return nil
}

// NoticeDue reports whether an overdue amount on a buyer must be reported
// (overdue notice, DMS): the policy may set a threshold below which no
// notice is due ("You should report an overdue in case of payment overdues
// from your client (from certain amount), according to your policy terms
// requirements", Allianz Trade payment overdues API,
// https://developers.allianz-trade.com/welcome-trade-credit-insurance-api-world/payment-overdues).
// An amount at or above Terms.OverdueReportingThreshold is due ("from"
// the amount); a threshold not set makes every positive overdue amount
// due; nothing overdue is never due.
//
//	threshold EUR 5000: EUR 4999.99 → false, EUR 5000 → true
//
// Errors: ErrMissing (no currency in the terms or the amount),
// ErrCurrencyMismatch, ErrOutOfRange (a negative amount or threshold).
func NoticeDue(t policy.Terms, overdue policy.Amount) (bool, error) {
	cur := t.Currency
	if cur.IsZero() {
		return false, missing(clauseReporting, "currency")
	}
	if err := checkAmount(clauseReporting, "overdue", overdue, cur, false); err != nil {
		return false, err
	}
	th := t.OverdueReportingThreshold
	if err := checkAmount(clauseReporting, "overdueReportingThreshold", th, cur, true); err != nil {
		return false, err
	}
	switch {
	case !overdue.IsPositive():
		return false, nil
	case th.Currency().IsZero():
		return true, nil
	}
	return !less(overdue, th), nil
}
