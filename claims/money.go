package claims

import (
	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// sum adds and subtracts amounts of one currency: in int64 minor units
// while every term counts in policy.Amount.Units (15 digits at most, so the
// running total stays far from overflow), in decimal from the first term
// that does not, or from the start when decimalOnly is set (the reference
// path, which the differential property of the book compares with this
// one). It allocates nothing until its result is read.
type sum struct {
	cur         policy.Currency
	n           int64
	d           decimal.Decimal
	slow        bool
	decimalOnly bool
}

// units is the running total in minor units while it is on the fast path.
func (s *sum) units() (int64, bool) { return s.n, !s.slow }

// add adds a, or subtracts it when neg is true.
func (s *sum) add(a policy.Amount, neg bool) {
	if !s.slow && !s.decimalOnly {
		if u, ok := a.Units(); ok && s.n > -1<<61 && s.n < 1<<61 {
			if neg {
				u = -u
			}
			s.n += u
			return
		}
	}
	if !s.slow {
		s.d, s.slow = decimal.New(s.n, -s.cur.Scale()), true
	}
	if neg {
		s.d = s.d.Sub(a.Decimal())
	} else {
		s.d = s.d.Add(a.Decimal())
	}
}

// subtract subtracts the total of t, without writing it as an amount
// while both are on the fast path.
func (s *sum) subtract(t *sum) {
	if !s.slow && !t.slow && t.n > -1<<61 && t.n < 1<<61 && s.n > -1<<61 && s.n < 1<<61 {
		s.n -= t.n
		return
	}
	s.add(t.amount(), true)
}

// amount is the total; a total of 0 on the fast path is policy.Zero (which
// allocates nothing).
func (s *sum) amount() policy.Amount {
	if !s.slow {
		if s.n == 0 {
			return policy.Zero(s.cur)
		}
		return policy.FromUnits(s.cur, s.n)
	}
	return amountOf(s.cur, s.d)
}

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
