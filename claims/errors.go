package claims

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// The package reuses the sentinels of package policy and package calendar
// rather than adding its own: every error it returns is a
// *policy.RuleError naming the clause being applied, the field and the
// value, that unwraps to one of
//
//   - [policy.ErrMissing]: a required date, currency or amount is absent;
//   - [policy.ErrOutOfRange]: a negative amount or number of days, a rate
//     above 1, an unknown option or enum value;
//   - [policy.ErrInconsistent]: values that cannot hold together (two
//     invoices with one ID, a credit note larger than its invoice, a
//     recovery larger than the loss);
//   - [policy.ErrCurrencyMismatch]: an amount in another currency than the
//     policy's or the loss's;
//
// or it is a calendar error (an impossible deadline, a holiday calendar
// asked about a year it does not cover) returned as is, unwrapping to a
// calendar sentinel such as [calendar.ErrOutOfRange].

func missing(c policy.Clause, field string) error {
	return policy.NewRuleError(policy.ErrMissing, c, field, "")
}

func outOfRange(c policy.Clause, field, value string) error {
	return policy.NewRuleError(policy.ErrOutOfRange, c, field, value)
}

func inconsistent(c policy.Clause, field, value string) error {
	return policy.NewRuleError(policy.ErrInconsistent, c, field, value)
}

// checkAmount refuses an amount in another currency than cur, a negative
// one, or one that is not a whole number of minor units (an unrounded
// product of Amount.Mul). The zero Amount (no currency) is accepted when optional is true and
// stands for "not set".
func checkAmount(c policy.Clause, field string, a policy.Amount, cur policy.Currency, optional bool) error {
	switch {
	case a.Currency().IsZero():
		if optional {
			return nil
		}
		return missing(c, field)
	case a.Currency() != cur:
		return policy.NewRuleError(policy.ErrCurrencyMismatch, c, field, a.Currency().Code()+" and "+cur.Code())
	case a.IsNegative():
		return outOfRange(c, field, a.String())
	case a.Validate() != nil:
		return outOfRange(c, field, a.String()+" (not a whole number of minor units)")
	}
	return nil
}

// requireDate refuses the zero Date.
func requireDate(c policy.Clause, field string, d calendar.Date) error {
	if d.IsZero() {
		return missing(c, field)
	}
	return nil
}
