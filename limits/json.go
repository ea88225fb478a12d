package limits

import (
	"encoding/json"

	"github.com/creditins/creditins/policy"
)

// The JSON forms of the package's inputs are decoded strictly
// (policy.DecodeJSON): a key that is not exactly a field's JSON name
// ("netAmount", "NET") is refused, and the decoded value passes the checks
// of the function that takes it, so that a decision read from JSON is one
// NewHistory accepts. Errors name the field by its path in the JSON value
// ("expiry", "[2].expiry" in a history).

// UnmarshalJSON decodes a decision strictly and checks it as NewHistory
// checks each decision.
func (d *Decision) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, d, Decision.validate)
}

// UnmarshalJSON decodes conditions strictly (their time limits are never
// negative: policy.TimeLimit refuses it).
func (c *Conditions) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict[Conditions](data, c, nil)
}

// MarshalJSON writes a history as the JSON array of its decisions, in
// order ([] for the empty history).
func (h History) MarshalJSON() ([]byte, error) {
	if h.ds == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(h.ds)
}

// UnmarshalJSON reads a history from the JSON array of its decisions,
// through NewHistory's checks; errors name the decision by its index in
// the array ("[2].expiry").
func (h *History) UnmarshalJSON(data []byte) error {
	var ds []Decision
	if err := policy.DecodeJSON(data, &ds); err != nil {
		return err
	}
	v, err := newHistory("", ds)
	if err != nil {
		return err
	}
	*h = v
	return nil
}

// UnmarshalJSON decodes a buyer strictly; a stop date needs its cause, as
// CoverAt requires.
func (b *Buyer) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, b, Buyer.check)
}

// UnmarshalJSON decodes a document strictly and checks it as ExposureOf
// does, in the currency of its Net.
func (d *Document) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, d, func(v Document) error {
		return v.check(v.Net.Currency())
	})
}

// UnmarshalJSON decodes exposure buckets strictly; each bucket, when
// given, is not negative and all are in one currency, as Headroom
// requires.
func (e *Exposure) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, e, func(v Exposure) error {
		var cur policy.Currency
		for _, b := range [...]struct {
			name string
			a    policy.Amount
		}{{"open", v.Open}, {"overdue", v.Overdue}, {"draft", v.Draft}, {"orders", v.Orders}, {"credits", v.Credits}} {
			c := b.a.Currency()
			switch {
			case c.IsZero():
				continue
			case cur.IsZero():
				cur = c
			case c != cur:
				return policy.NewRuleError(policy.ErrCurrencyMismatch, clauseExposure, b.name, b.a.String()+" (expected "+cur.Code()+")")
			}
			if b.a.IsNegative() {
				return policy.NewRuleError(policy.ErrOutOfRange, clauseExposure, b.name, b.a.String())
			}
		}
		return nil
	})
}

// UnmarshalJSON decodes buyer facts strictly.
func (f *BuyerFacts) UnmarshalJSON(data []byte) error {
	return policy.UnmarshalStrict(data, f, nil)
}
