package premium

import (
	"strconv"

	"github.com/creditins/creditins/policy"
)

// Small checks shared by the rules of this package. They only check: every
// rule that computes lives in its own file.

// checkMoney reports an amount of another currency than cur
// (policy.ErrCurrencyMismatch), a negative one (policy.ErrOutOfRange) or
// one that is not a whole number of its currency's minor unit (EUR 10.005,
// JPY 0.5: an unrounded product of Amount.Mul; policy.ErrOutOfRange): a
// turnover, a premium, a deposit or an instalment is money actually
// invoiced. The currency is checked first, so that a turnover declared in
// the wrong currency is reported as such whatever its sign.
func checkMoney(c policy.Clause, field string, a policy.Amount, cur policy.Currency) error {
	if a.Currency() != cur {
		return policy.NewRuleError(policy.ErrCurrencyMismatch, c, field, a.String()+" (expected "+cur.Code()+")")
	}
	if a.IsNegative() {
		return policy.NewRuleError(policy.ErrOutOfRange, c, field, a.String())
	}
	if a.Validate() != nil {
		return policy.NewRuleError(policy.ErrOutOfRange, c, field, a.String()+" (not a whole number of minor units)")
	}
	return nil
}

// orZero reads the zero Amount ("not given") as 0 in cur; any other amount
// is returned as is, to be checked.
func orZero(a policy.Amount, cur policy.Currency) policy.Amount {
	if a.Currency().IsZero() {
		return policy.Zero(cur)
	}
	return a
}

// checkRounding reports a RoundingMode that is not one of policy's modes.
func checkRounding(m policy.RoundingMode) error {
	if _, err := m.MarshalText(); err != nil {
		return policy.NewRuleError(policy.ErrOutOfRange, policy.Clause{}, "rounding", m.String())
	}
	return nil
}

// rated is rate × base rounded to the currency's minor unit with mode m:
// the arithmetic shared by a group premium, a tax and a bonus or malus
// (each named rule calls it and says which clause it applies).
//
//	rated(EUR 1005, 0.001, HalfAwayFromZero) = EUR 1.01 (1.005 → 1.01)
//	rated(JPY 1234567, 0.0035, HalfAwayFromZero) = JPY 4321 (4320.9845)
func rated(base policy.Amount, r policy.Rate, m policy.RoundingMode) policy.Amount {
	return base.MulRound(r, m)
}

func itoa(n int) string     { return strconv.Itoa(n) }
func i64toa(n int64) string { return strconv.FormatInt(n, 10) }

// field builds "name[i].sub" paths for errors.
func field(name string, i int, sub string) string {
	s := name + "[" + itoa(i) + "]"
	if sub != "" {
		s += "." + sub
	}
	return s
}

// count writes "1 group", "2 groups".
func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return itoa(n) + " " + word + "s"
}
