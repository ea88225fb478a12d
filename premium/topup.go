package premium

import (
	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// TopUp is the premium of a top-up cover for one period: the months billed
// and the premium.
type TopUp struct {
	MonthsBilled int           `json:"monthsBilled"`
	Premium      policy.Amount `json:"premium"`
	Trace        policy.Trace  `json:"trace"`
}

// topUpPlaces is the working precision of the division by 12 in
// TopUpPremium: enough for an exact quotient of any product of an amount and
// a rate of 18 decimals each when it terminates, and otherwise far below
// the minor unit (a non-terminating x/12 ends in repeating 3s or 6s, never
// on a rounding tie).
const topUpPlaces = 40

// TopUpPremium is the premium of a top-up cover priced on the limit, such as
// CAP or CAP+ (Allianz Trade CH: "2 % p.a. of the
// additional limit, minimum three months, then billed per whole calendar
// month"): additional × annualRate × billed / 12, rounded with m, where
// billed = max(months, minMonths) and months (at least 1) is the number of
// whole calendar months the top-up was in force. Add it to the year with a [Charge].
//
//	EUR 50000 at 0.02 p.a. for 2 months, minimum 3 → 3 months: EUR 250.00
//
// Errors wrap policy.ErrMissing (no currency), policy.ErrOutOfRange (a
// negative amount, months below 1 or minMonths below 0, more than 1200
// months, a rate above
// 1, an unknown rounding mode).
func TopUpPremium(additional policy.Amount, annualRate policy.Rate, months, minMonths int, m policy.RoundingMode) (TopUp, error) {
	cur := additional.Currency()
	if cur.IsZero() {
		return TopUp{}, policy.NewRuleError(policy.ErrMissing, clauseTopUp, "additional", "")
	}
	if err := checkMoney(clauseTopUp, "additional", additional, cur); err != nil {
		return TopUp{}, err
	}
	if err := annualRate.CheckFraction(clauseTopUp, "annualRate"); err != nil {
		return TopUp{}, err
	}
	if err := checkRounding(m); err != nil {
		return TopUp{}, err
	}
	for _, x := range []struct {
		name string
		v    int
		min  int
	}{{"months", months, 1}, {"minMonths", minMonths, 0}} {
		if x.v < x.min || x.v > maxPeriods {
			return TopUp{}, policy.NewRuleError(policy.ErrOutOfRange, clauseTopUp, x.name, itoa(x.v))
		}
	}
	billed := max(months, minMonths)
	yearly := additional.Mul(annualRate).MulInt(int64(billed)).Decimal()
	p, err := policy.NewAmountRound(cur, yearly.DivRound(decimal.NewFromInt(12), topUpPlaces), m)
	if err != nil {
		return TopUp{}, err
	}
	tr := policy.Trace{}.Add("top-up premium", additional.String()+" × "+annualRate.String()+" × "+itoa(billed)+"/12 months (billed: max("+
		itoa(months)+", minimum "+itoa(minMonths)+"))", p.String(), clauseTopUp)
	return TopUp{MonthsBilled: billed, Premium: p, Trace: tr}, nil
}
