package premium

import (
	"errors"

	"github.com/creditins/creditins/policy"
)

// The JSON forms of the package's inputs are decoded strictly
// (policy.DecodeJSON): a key that is not exactly a field's JSON name
// ("turnoverAmount" for "turnover", or "Turnover") is refused rather than
// dropped, and the decoded value passes the checks of the function that
// takes it that need nothing else (an Input those of Calculate, a Grid
// those of Validate; a declaration its own, the terms it is read against
// being absent). Errors name the field by its path in the JSON value
// ("groups[1].rate", "turnover[2].to").

// UnmarshalJSON decodes an input strictly and checks it as Calculate does
// before computing.
func (in *Input) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, in, Input.check)
}

// UnmarshalJSON decodes a group strictly: rates in [0, 1], a turnover, when
// given, not negative and in whole minor units of its currency.
func (g *GroupInput) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, g, func(v GroupInput) error {
		return v.check(v.Turnover.Currency())
	})
}

// UnmarshalJSON decodes a fee strictly; its count is not negative.
func (f *FeeInput) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, f, FeeInput.check)
}

// UnmarshalJSON decodes the options strictly.
func (o *Options) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict[Options](data, o, nil)
}

// UnmarshalJSON decodes the declarations of a year strictly, each
// declaration with its own checks; its amounts are in one currency, and no
// two periods of one group overlap, as Annual requires.
func (d *Declarations) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, d, Declarations.check)
}

// check reports amounts of more than one currency and overlapping periods
// of one group; fields are named from the declarations ("turnover[1].from").
func (d Declarations) check() error {
	var cur policy.Currency
	same := func(name string, a policy.Amount) error {
		switch c := a.Currency(); {
		case c.IsZero():
		case cur.IsZero():
			cur = c
		case c != cur:
			return policy.NewRuleError(policy.ErrCurrencyMismatch, clauseDeclaration, name, a.String()+" (expected "+cur.Code()+")")
		}
		return nil
	}
	byGroup := map[string][]int{}
	var groups []string
	for i, x := range d.Turnover {
		if err := same(field("turnover", i, "amount"), x.Amount); err != nil {
			return err
		}
		if _, ok := byGroup[x.Group]; !ok {
			groups = append(groups, x.Group)
		}
		byGroup[x.Group] = append(byGroup[x.Group], i)
	}
	for i, c := range d.Charges {
		if err := same(field("charges", i, "amount"), c.Amount); err != nil {
			return err
		}
	}
	if err := same("instalmentsPaid", d.InstalmentsPaid); err != nil {
		return err
	}
	if !d.InstalmentsPaid.Currency().IsZero() {
		if err := checkMoney(clauseAdjustment, "instalmentsPaid", d.InstalmentsPaid, cur); err != nil {
			return err
		}
	}
	for _, g := range groups {
		if err := checkOverlaps("turnover", d.Turnover, byGroup[g]); err != nil {
			return err
		}
	}
	return nil
}

// UnmarshalJSON decodes a declaration strictly: an amount not negative and
// in whole minor units, a period with both dates or none, its end not
// before its start.
func (d *Declaration) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, d, func(v Declaration) error {
		if v.Amount.Currency().IsZero() {
			return policy.NewRuleError(policy.ErrMissing, clauseDeclaration, "amount", "")
		}
		if err := checkMoney(clauseDeclaration, "amount", v.Amount, v.Amount.Currency()); err != nil {
			return err
		}
		return v.checkPeriod(policy.Terms{})
	})
}

// UnmarshalJSON decodes a fee count strictly; the count is not negative.
func (f *FeeCount) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, f, func(v FeeCount) error {
		if v.Count < 0 || v.Count > maxCount {
			return policy.NewRuleError(policy.ErrOutOfRange, clauseFees, "count", i64toa(v.Count))
		}
		return nil
	})
}

// UnmarshalJSON decodes a charge strictly; its amount is a price (a
// currency, not negative), as Annual requires.
func (c *Charge) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, c, func(v Charge) error {
		if _, err := policy.PriceOf(v.Amount); err != nil {
			return policy.NewRuleError(policy.ErrOutOfRange, clauseFees, "amount", v.Amount.String())
		}
		return nil
	})
}

// UnmarshalJSON decodes a due date rule strictly and checks its bounds as
// DeclarationDeadline does (the zero Due, "no deadline", is accepted).
func (d *Due) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, d, Due.validate)
}

// UnmarshalJSON decodes a grid strictly and validates it (Grid.Validate).
func (g *Grid) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, g, Grid.Validate)
}

// UnmarshalJSON decodes a band strictly; its bounds, price and caps are
// checked against its grid's currency by Grid.Validate.
func (b *Band) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict[Band](data, b, nil)
}

// UnmarshalJSON decodes a range strictly; it is checked by the grid or the
// scale it belongs to.
func (r *Range[T]) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict[Range[T]](data, r, nil)
}

// UnmarshalJSON decodes a profile strictly: a turnover not negative and in
// whole minor units, a number of buyers not negative.
func (p *Profile) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, p, func(v Profile) error {
		return v.check(clauseFlatRate, v.Turnover.Currency())
	})
}

// UnmarshalJSON decodes a step of a bonus-malus scale strictly and reports
// its defects as BonusMalus does (a malformed band, a bonus or malus above
// 1, both set).
func (s *BonusMalusStep) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, s, func(v BonusMalusStep) error {
		_, errs := v.defects()
		return errors.Join(errs...)
	})
}

// UnmarshalJSON decodes profit-share terms strictly and checks them as
// ProfitShare does.
func (t *ProfitShareTerms) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, t, ProfitShareTerms.check)
}

// UnmarshalJSON decodes a year's account strictly: a premium, and amounts
// not negative, in whole minor units of the premium's currency.
func (y *YearAccount) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, y, func(v YearAccount) error {
		if v.Premium.Currency().IsZero() {
			return policy.NewRuleError(policy.ErrMissing, clauseProfitShare, "premium", "")
		}
		return v.check(v.Premium.Currency())
	})
}
