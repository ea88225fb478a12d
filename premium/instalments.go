package premium

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// Instalment is one provisional-premium invoice: its date and its amount.
type Instalment struct {
	Due    calendar.Date `json:"due"`
	Amount policy.Amount `json:"amount"`
}

// InstalmentSchedule is the provisional premium of a year spread over its
// instalments, with the trace.
type InstalmentSchedule struct {
	Deposit     policy.Amount `json:"deposit"`
	Instalments []Instalment  `json:"instalments"`
	Trace       policy.Trace  `json:"trace"`
}

// Instalments spreads the deposit (provisional) premium of an insurance year
// starting on from into equal instalments at the frequency f, invoiced at
// the start of each period: from + i×n months, each computed from `from` in
// one step with the clamp rule (clause CP-provisional-premium: "the minimum
// premium is billed in equal quarterly or half-yearly instalments",
// Allianz Trade CH). The amounts are split with policy.Allocate, so that they
// add up to the deposit exactly: the leftover minor units go one each to the
// first instalments.
//
//	EUR 10000.00 quarterly → EUR 2500.00 × 4
//	EUR 100.00 quarterly   → EUR 25.00 × 4;  EUR 100.01 → 25.01, 25.00, 25.00, 25.00
//
// Errors wrap policy.ErrMissing (no currency, a zero date),
// policy.ErrOutOfRange (a negative deposit or one that is not a whole
// number of minor units, an unknown frequency, a date past year 9999).
func Instalments(deposit policy.Amount, from calendar.Date, f Frequency) (InstalmentSchedule, error) {
	switch {
	case deposit.Currency().IsZero():
		return InstalmentSchedule{}, policy.NewRuleError(policy.ErrMissing, clauseProvisional, "deposit", "")
	case from.IsZero():
		return InstalmentSchedule{}, policy.NewRuleError(policy.ErrMissing, clauseProvisional, "from", "")
	}
	if err := checkMoney(clauseProvisional, "deposit", deposit, deposit.Currency()); err != nil {
		return InstalmentSchedule{}, err
	}
	if err := checkFrequency(f); err != nil {
		return InstalmentSchedule{}, err
	}
	n := f.Months()
	count := 12 / n
	if last := from.AddMonths((count - 1) * n); last.IsZero() {
		return InstalmentSchedule{}, policy.NewRuleError(policy.ErrOutOfRange, clauseProvisional, "from", from.String())
	}
	weights := make([]decimal.Decimal, count)
	for i := range weights {
		weights[i] = decimal.NewFromInt(1)
	}
	amounts, err := policy.Allocate(deposit, weights)
	if err != nil {
		return InstalmentSchedule{}, err
	}
	s := InstalmentSchedule{Deposit: deposit, Instalments: make([]Instalment, count)}
	for i, a := range amounts {
		s.Instalments[i] = Instalment{Due: from.AddMonths(i * n), Amount: a}
		s.Trace = s.Trace.Add("instalment "+itoa(i+1)+" of "+itoa(count), "deposit "+deposit.String()+", "+f.String()+" from "+from.String(),
			a.String()+" due "+s.Instalments[i].Due.String(), clauseProvisional)
	}
	return s, nil
}
