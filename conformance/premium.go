package conformance

import (
	"encoding/json"

	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// premiumAnnualInput is the JSON input of premium.annual (FORMAT.md).
type premiumAnnualInput struct {
	Currency *string `json:"currency"`
	Groups   *[]struct {
		Group    *string `json:"group"`
		Rate     *string `json:"rate"`
		Turnover *string `json:"turnover"`
	} `json:"groups"`
	MinimumPremium  *string `json:"minimumPremium"`
	InstalmentsPaid *string `json:"instalmentsPaid"`
	Fees            []struct {
		Name      *string `json:"name"`
		UnitPrice *string `json:"unitPrice"`
		Count     *int64  `json:"count"`
	} `json:"fees"`
}

// premiumAnnual evaluates premium.annual (FORMAT.md) through premium.Calculate.
func premiumAnnual(raw json.RawMessage) (any, error) {
	var in premiumAnnualInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	if in.Currency == nil {
		return nil, missing("currency")
	}
	cur, err := policy.ParseCurrency(*in.Currency)
	if err != nil {
		return nil, err
	}
	if in.Groups == nil {
		return nil, missing("groups")
	}
	p := premium.Input{Currency: cur}
	if p.Minimum, err = amount("minimumPremium", in.MinimumPremium); err != nil {
		return nil, err
	}
	if p.InstalmentsPaid, err = amount("instalmentsPaid", in.InstalmentsPaid); err != nil {
		return nil, err
	}
	for _, g := range *in.Groups {
		if g.Group == nil {
			return nil, missing("groups.group")
		}
		r, err := fraction("groups.rate", g.Rate)
		if err != nil {
			return nil, err
		}
		t, err := amount("groups.turnover", g.Turnover)
		if err != nil {
			return nil, err
		}
		p.Groups = append(p.Groups, premium.GroupInput{Group: *g.Group, Rate: r, Turnover: t})
	}
	for _, f := range in.Fees {
		if f.UnitPrice == nil {
			return nil, missing("fees.unitPrice")
		}
		price, err := policy.ParsePrice(*f.UnitPrice)
		if err != nil {
			return nil, err
		}
		if f.Count == nil {
			return nil, missing("fees.count")
		}
		name := ""
		if f.Name != nil {
			name = *f.Name
		}
		p.Fees = append(p.Fees, premium.FeeInput{Name: name, UnitPrice: price, Count: *f.Count})
	}
	res, err := premium.Calculate(p)
	if err != nil {
		return nil, err
	}
	type groupOut struct {
		Group   string `json:"group"`
		Premium string `json:"premium"`
	}
	byGroup := make([]groupOut, len(res.Groups))
	for i, g := range res.Groups {
		byGroup[i] = groupOut{g.Group, g.Premium.String()}
	}
	return map[string]any{
		"byGroup":           byGroup,
		"premiumOnTurnover": res.PremiumOnTurnover.String(),
		"finalPremium":      res.FinalPremium.String(),
		"adjustment":        res.Adjustment.String(),
		"fees":              res.FeesTotal.String(),
		"total":             res.Total.String(),
	}, nil
}
