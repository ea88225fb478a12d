package premium

import (
	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// Bound is what a band of a grid or a scale ranges over: money (a turnover
// band), a count (a number of buyers) or a rate (a loss-ratio band). All are
// non-negative quantities.
type Bound interface {
	policy.Amount | policy.Rate | int
}

// Range is a band with its bounds stated: it contains x when From ≤ x (From
// < x with FromExcluded) and x < To (x ≤ To with ToIncluded), or with no
// upper bound at all when Unbounded (To is then ignored). The defaults make
// the half-open bands [From, To) that tile a line without gaps or overlaps
// ([0, 500 000), [500 000, 2 000 000), [2 000 000, ∞)); a grid that means
// "up to 20 buyers inclusive" says ToIncluded.
//
// A Range[int] counts whole numbers: (10, 20) holds 11 to 19, and [0, 1)
// and (0, ∞) do not overlap.
//
// The zero Range is [0, 0), empty, and refused by validation: a band always
// states its bounds.
type Range[T Bound] struct {
	From         T    `json:"from"`
	FromExcluded bool `json:"fromExcluded,omitempty"`
	To           T    `json:"to"`
	ToIncluded   bool `json:"toIncluded,omitempty"`
	Unbounded    bool `json:"unbounded,omitempty"`
}

// interval is a Range read as decimals, for the comparisons.
type interval struct {
	lo, hi           decimal.Decimal
	loOpen, hiClosed bool
	unbounded        bool
}

func valueOf[T Bound](x T) (decimal.Decimal, policy.Currency) {
	switch v := any(x).(type) {
	case policy.Amount:
		return v.Decimal(), v.Currency()
	case policy.Rate:
		return v.Decimal(), policy.Currency{}
	case int:
		return decimal.NewFromInt(int64(v)), policy.Currency{}
	}
	return decimal.Zero, policy.Currency{} // unreachable: Bound has three types
}

func textOf[T Bound](x T) string {
	switch v := any(x).(type) {
	case policy.Amount:
		return v.String()
	case policy.Rate:
		return v.String()
	case int:
		return itoa(v)
	}
	return ""
}

// String writes the band in interval notation: "[EUR 0.00, EUR 500000.00)",
// "(10, 20]", "[0.7, ∞)".
func (r Range[T]) String() string {
	s := "["
	if r.FromExcluded {
		s = "("
	}
	s += textOf(r.From) + ", "
	switch {
	case r.Unbounded:
		return s + "∞)"
	case r.ToIncluded:
		return s + textOf(r.To) + "]"
	}
	return s + textOf(r.To) + ")"
}

// interval reads the band as decimals. Counts are whole numbers, so an
// excluded bound of a Range[int] becomes the next included one ((10, 20) is
// [11, 19]): two count bands overlap exactly when they share a count.
func (r Range[T]) interval() interval {
	lo, _ := valueOf(r.From)
	hi, _ := valueOf(r.To)
	iv := interval{lo: lo, hi: hi, loOpen: r.FromExcluded, hiClosed: r.ToIncluded, unbounded: r.Unbounded}
	if _, count := any(r.From).(int); count {
		if iv.loOpen {
			iv.lo, iv.loOpen = iv.lo.Add(decimal.NewFromInt(1)), false
		}
		if !iv.hiClosed {
			iv.hi, iv.hiClosed = iv.hi.Sub(decimal.NewFromInt(1)), true
		}
	}
	return iv
}

// validate reports a bound of another currency than cur (the zero Currency
// for counts and rates), a negative bound, or an empty band.
func (r Range[T]) validate(c policy.Clause, name string, cur policy.Currency) (interval, error) {
	iv := r.interval()
	lo, loCur := valueOf(r.From)
	_, hiCur := valueOf(r.To)
	switch {
	case loCur != cur:
		return iv, policy.NewRuleError(policy.ErrCurrencyMismatch, c, name+".from", textOf(r.From))
	case lo.Sign() < 0:
		return iv, policy.NewRuleError(policy.ErrOutOfRange, c, name+".from", textOf(r.From))
	case r.Unbounded:
		return iv, nil
	case hiCur != cur:
		return iv, policy.NewRuleError(policy.ErrCurrencyMismatch, c, name+".to", textOf(r.To))
	}
	if k := iv.lo.Cmp(iv.hi); k > 0 || (k == 0 && (iv.loOpen || !iv.hiClosed)) {
		return iv, policy.NewRuleError(policy.ErrInconsistent, c, name, r.String()+" is empty")
	}
	return iv, nil
}

// Contains reports whether x lies in the band. Comparing money of another
// currency than the band's is an error wrapping policy.ErrCurrencyMismatch.
func (r Range[T]) Contains(x T) (bool, error) {
	v, cur := valueOf(x)
	if _, fc := valueOf(r.From); fc != cur {
		return false, policy.NewRuleError(policy.ErrCurrencyMismatch, policy.Clause{}, "value", textOf(x)+" in "+r.String())
	}
	return r.interval().contains(v), nil
}

func (i interval) contains(x decimal.Decimal) bool {
	if k := x.Cmp(i.lo); k < 0 || (k == 0 && i.loOpen) {
		return false
	}
	if i.unbounded {
		return true
	}
	k := x.Cmp(i.hi)
	return k < 0 || (k == 0 && i.hiClosed)
}

// overlaps reports whether two non-empty intervals share a value: the
// greater lower bound lies below the smaller upper bound, or both are the
// same value and both include it.
func overlaps(a, b interval) bool {
	lo, loOpen := a.lo, a.loOpen
	if k := b.lo.Cmp(a.lo); k > 0 || (k == 0 && b.loOpen) {
		lo, loOpen = b.lo, b.loOpen
	}
	var hi decimal.Decimal
	var hiClosed bool
	switch {
	case a.unbounded && b.unbounded:
		return true
	case a.unbounded:
		hi, hiClosed = b.hi, b.hiClosed
	case b.unbounded:
		hi, hiClosed = a.hi, a.hiClosed
	default:
		hi, hiClosed = a.hi, a.hiClosed
		if k := b.hi.Cmp(a.hi); k < 0 || (k == 0 && !b.hiClosed) {
			hi, hiClosed = b.hi, b.hiClosed
		}
	}
	k := lo.Cmp(hi)
	return k < 0 || (k == 0 && !loOpen && hiClosed)
}
