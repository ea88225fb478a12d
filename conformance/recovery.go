package conformance

import (
	"encoding/json"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// claimsRecoveryInput is the JSON input of claims.recovery (FORMAT.md),
// with the conversion of a recovery in another currency.
type claimsRecoveryInput struct {
	Indemnity  *string       `json:"indemnity"`
	Loss       *string       `json:"loss"`
	Recovery   *string       `json:"recovery"`
	Costs      *string       `json:"costs"`
	Conversion *conversionIn `json:"conversion"`
	Rates      *[]rateIn     `json:"rates"`
	Dates      *datesIn      `json:"dates"`
}

// claimsRecovery is FORMAT.md claims.recovery through claims.ShareRecovery:
// indemnity, loss and recovery required, costs optional (absent or null is
// no costs). With conversion, a recovery or costs in another currency are
// first converted into the currency of the loss by claims.ConvertRecovery,
// and the output lists the conversions.
func claimsRecovery(raw json.RawMessage) (any, error) {
	var in claimsRecoveryInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	indemnity, err := amount("indemnity", in.Indemnity)
	if err != nil {
		return nil, err
	}
	loss, err := amount("loss", in.Loss)
	if err != nil {
		return nil, err
	}
	var r claims.Recovery
	if r.Amount, err = amount("recovery", in.Recovery); err != nil {
		return nil, err
	}
	if r.Costs, err = optAmount("costs", in.Costs); err != nil {
		return nil, err
	}
	var convs []policy.Conversion
	if in.Conversion != nil {
		if r, convs, err = in.convert(loss.Currency(), r); err != nil {
			return nil, err
		}
	} else if in.Rates != nil || in.Dates != nil {
		field := "rates"
		if in.Rates == nil {
			field = "dates"
		}
		return nil, invalid(field, "given without conversion")
	}
	s, err := claims.ShareRecovery(indemnity, loss, r)
	if err != nil {
		return nil, err
	}
	out := map[string]any{
		"net":     s.Net.String(),
		"insurer": s.Insurer.String(),
		"insured": s.Insured.String(),
	}
	if in.Conversion != nil {
		list := make([]map[string]any, len(convs))
		for i, c := range convs {
			list[i] = conversionOut(c)
		}
		out["conversions"] = list
	}
	return out, nil
}

// convert converts the recovery and its costs into the policy currency
// cur by the input's conversion clause, rates and dates.
func (in claimsRecoveryInput) convert(cur policy.Currency, r claims.Recovery) (claims.Recovery, []policy.Conversion, error) {
	conv, err := in.Conversion.conversion()
	if err != nil {
		return r, nil, err
	}
	ds, err := in.Dates.dates()
	if err != nil {
		return r, nil, err
	}
	tb, err := rateTable(in.Rates)
	if err != nil {
		return r, nil, err
	}
	terms := policy.Terms{Currency: cur, Conversion: conv, Effective: ds.CoverStart}
	return claims.ConvertRecovery(terms, r, ds.Own, ds.Loss, tb)
}
