package claims

import "github.com/creditins/creditins/policy"

// sum is a running total of amounts of one currency: policy.Amount's
// arithmetic, in minor units while the amounts count in them, exact
// beyond.
type sum struct {
	cur   policy.Currency
	total money
}

// add adds a, or subtracts it when neg is true.
func (s *sum) add(a policy.Amount, neg bool) {
	if neg {
		s.total = s.total.Sub(money{a})
	} else {
		s.total = s.total.Add(money{a})
	}
}

// subtract subtracts the total of t.
func (s *sum) subtract(t *sum) { s.total = s.total.Sub(t.total) }

// amount is the total (policy.Zero when nothing was added).
func (s *sum) amount() policy.Amount { return s.total.in(s.cur) }

// money is an amount of a ledger as the imputation's reference path
// computes with it: policy.Amount's arithmetic (exact, in minor units or
// in decimal as the value needs), where the zero Amount (no currency, the
// start of a sum) is 0. The ledger is checked to be in one currency first
// (checkLedger), so no operation meets two currencies and none can fail.
type money struct{ policy.Amount }

func (a money) Add(b money) money {
	switch {
	case b.Currency().IsZero():
		return a
	case a.Currency().IsZero():
		return b
	}
	s, _ := a.Amount.Add(b.Amount)
	return money{s}
}

func (a money) Sub(b money) money { return a.Add(money{b.Neg()}) }

func (a money) Cmp(b money) int {
	switch {
	case b.Currency().IsZero():
		return a.Sign()
	case a.Currency().IsZero():
		return -b.Sign()
	}
	c, _ := a.Amount.Cmp(b.Amount)
	return c
}

// in is a as an amount of cur: the zero Amount (a sum that nothing was
// added to) is 0 in cur.
func (a money) in(cur policy.Currency) policy.Amount {
	if a.Currency().IsZero() {
		return policy.Zero(cur)
	}
	return a.Amount
}

// minMoney is the smaller of a and b.
func minMoney(a, b money) money {
	if b.Cmp(a) < 0 {
		return b
	}
	return a
}
