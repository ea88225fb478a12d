package policy

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// Allocate splits total into shares proportional to weights, each a whole
// number of the currency's minor unit, conserving the total exactly: every
// share is first its exact part rounded toward zero, then the leftover
// minor units go one each to the first shares, in order, whose exact part
// was not already a whole number of units (deterministic, and
// every share lies less than one minor unit from its exact part). Used for
// premium instalments, recoveries split pro rata and payments spread over
// invoices.
//
// Errors: ErrOutOfRange for a negative weight or a total that is not a
// whole number of minor units; ErrInconsistent when there are no weights or
// they are all zero.
//
//	Allocate(EUR 100.00, [1 1 1]) = [EUR 33.34, EUR 33.33, EUR 33.33]
//	Allocate(EUR -0.05, [1 1])    = [EUR -0.03, EUR -0.02]
func Allocate(total Amount, weights []decimal.Decimal) ([]Amount, error) {
	if total.cur.IsZero() {
		return nil, NewRuleError(ErrMissing, Clause{}, "total", "")
	}
	scale := total.cur.Scale()
	if total.Validate() != nil {
		return nil, NewRuleError(ErrOutOfRange, Clause{}, "total", total.String())
	}
	sum := decimal.Zero
	for i, w := range weights {
		if w.Sign() < 0 {
			return nil, NewRuleError(ErrOutOfRange, Clause{}, "weights["+strconv.Itoa(i)+"]", formatTrimmed(w))
		}
		sum = sum.Add(w)
	}
	if sum.IsZero() {
		return nil, NewRuleError(ErrInconsistent, Clause{}, "weights", "none or all zero")
	}
	units := total.Decimal().Shift(scale).Abs() // whole minor units
	shares := make([]decimal.Decimal, len(weights))
	given := decimal.Zero
	inexact := make([]bool, len(weights))
	for i, w := range weights {
		q, r := units.Mul(w).QuoRem(sum, 0) // toward zero; all non-negative
		shares[i] = q
		inexact[i] = !r.IsZero()
		given = given.Add(q)
	}
	// Fewer leftover units than inexact shares: each lost less than one.
	left := units.Sub(given).IntPart()
	out := make([]Amount, len(weights))
	for i, v := range shares {
		if left > 0 && inexact[i] {
			v = v.Add(one)
			left--
		}
		v = v.Shift(-scale)
		if total.IsNegative() {
			v = v.Neg()
		}
		out[i] = amountOf(total.cur, v)
	}
	return out, nil
}
