package claims

import "github.com/creditins/creditins/policy"

// The JSON forms of the package's inputs are decoded strictly
// (policy.DecodeJSON): a key that is not exactly a field's JSON name
// ("netAmount" for "net", or "NET") is refused rather than dropped, and the
// decoded value passes the checks that need no terms: a ledger those of
// Loss (checkLedger) in the currency of its amounts; amounts elsewhere not
// negative and in one currency. Errors name the field by its path in the
// JSON value ("invoices[2].net").

// named is an amount and the JSON name of its field.
type named struct {
	field string
	a     policy.Amount
}

// oneCurrency checks amounts that may each be absent (the zero Amount):
// those given are in one currency and not negative.
func oneCurrency(c policy.Clause, as ...named) error {
	var cur policy.Currency
	for _, x := range as {
		if x.a.Currency().IsZero() {
			continue
		}
		if cur.IsZero() {
			cur = x.a.Currency()
		}
		if err := checkAmount(c, x.field, x.a, cur, true); err != nil {
			return err
		}
	}
	return nil
}

// UnmarshalJSON decodes an invoice strictly; its amounts are not negative
// and in one currency.
func (inv *Invoice) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, inv, func(v Invoice) error {
		return oneCurrency(clauseImputation, named{"net", v.Net}, named{"tax", v.Tax})
	})
}

// UnmarshalJSON decodes a payment strictly; its amount is not negative.
func (p *Payment) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, p, func(v Payment) error {
		return oneCurrency(clauseImputation, named{"amount", v.Amount})
	})
}

// UnmarshalJSON decodes a credit note strictly; its amounts are not
// negative and in one currency.
func (c *CreditNote) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, c, func(v CreditNote) error {
		return oneCurrency(clauseCreditNote, named{"net", v.Net}, named{"tax", v.Tax})
	})
}

// UnmarshalJSON decodes a ledger strictly and checks it as Loss does
// (checkLedger), in the currency of its first amount.
func (l *Ledger) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, l, func(v Ledger) error {
		return checkLedger(ledgerCurrency(v), v)
	})
}

// ledgerCurrency is the currency of a ledger's first amount, the zero
// Currency when it has none.
func ledgerCurrency(l Ledger) policy.Currency {
	for _, inv := range l.Invoices {
		if c := inv.Net.Currency(); !c.IsZero() {
			return c
		}
	}
	for _, p := range l.Payments {
		if c := p.Amount.Currency(); !c.IsZero() {
			return c
		}
	}
	for _, c := range l.CreditNotes {
		if cur := c.Net.Currency(); !cur.IsZero() {
			return cur
		}
	}
	return policy.Currency{}
}

// UnmarshalJSON decodes the events of an invoice strictly.
func (ev *Events) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, ev, nil)
}

// UnmarshalJSON decodes a claim strictly; its amounts are not negative and
// in one currency.
func (cl *Claim) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, cl, func(v Claim) error {
		if err := oneCurrency(clauseLimit, named{"loss", v.Loss}, named{"aggregateFirstLossRemaining", v.FirstLossRemaining},
			named{"maxLiabilityRemaining", v.LiabilityRemaining}); err != nil {
			return err
		}
		return nil
	})
}

// UnmarshalJSON decodes a recovery strictly; its amounts are not negative
// and in one currency.
func (r *Recovery) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, r, func(v Recovery) error {
		return oneCurrency(clauseRecoveries, named{"amount", v.Amount}, named{"costs", v.Costs})
	})
}

// UnmarshalJSON decodes a buyer's book strictly: its buyer, decisions,
// ledger and events each with their own checks.
func (b *BuyerBook) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict[BuyerBook](data, b, nil)
}
