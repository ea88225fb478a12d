package conformance

import (
	"encoding/json"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// claimsYearInput is the input of claimsYear.
type claimsYearInput struct {
	Start              *string `json:"start"`
	End                *string `json:"end"`
	Quotite            *string `json:"quotite"`
	Deductible         *string `json:"deductible"`
	AggregateFirstLoss *string `json:"aggregateFirstLoss"`
	MaxLiability       *string `json:"maxLiability"`
	DeductibleRule     *struct {
		Rate             *string `json:"rate"`
		Floor            *string `json:"floor"`
		Cap              *string `json:"cap"`
		MinimumRetention *string `json:"minimumRetention"`
	} `json:"deductibleRule"`
	DeductibleOn   *string `json:"deductibleOn"`
	CollectionFees *struct {
		Insolvency        *string `json:"insolvency"`
		ProtractedDefault *string `json:"protractedDefault"`
	} `json:"collectionFees"`
	RecoveriesRestoreLiability *bool   `json:"recoveriesRestoreLiability"`
	Premium                    *string `json:"premium"`
	Steps                      *[]struct {
		Claim *struct {
			Loss     *string `json:"loss"`
			Limit    *string `json:"limit"`
			LossDate *string `json:"lossDate"`
		} `json:"claim"`
		Recovery *struct {
			Claim     *int    `json:"claim"`
			Cause     *string `json:"cause"`
			Collected *string `json:"collected"`
		} `json:"recovery"`
	} `json:"steps"`
}

// claimsYear is FORMAT.md claims.year: a sequence of claims and
// recoveries through claims.Year.
func claimsYear(raw json.RawMessage) (any, error) {
	var in claimsYearInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	var t policy.Terms
	var err error
	if t.Effective, err = date("start", in.Start); err != nil {
		return nil, err
	}
	if t.Expiry, err = date("end", in.End); err != nil {
		return nil, err
	}
	if t.Quotites.Named, err = fraction("quotite", in.Quotite); err != nil {
		return nil, err
	}
	for _, a := range []struct {
		field string
		s     *string
		dst   *policy.Amount
	}{{"deductible", in.Deductible, &t.Deductible}, {"aggregateFirstLoss", in.AggregateFirstLoss, &t.AggregateFirstLoss},
		{"maxLiability", in.MaxLiability, &t.MaxLiability.Amount}} {
		if *a.dst, err = optAmount(a.field, a.s); err != nil {
			return nil, err
		}
	}
	if r := in.DeductibleRule; r != nil {
		if r.Rate != nil {
			if t.DeductibleRule.Rate, err = fraction("deductibleRule.rate", r.Rate); err != nil {
				return nil, err
			}
		}
		for _, a := range []struct {
			field string
			s     *string
			dst   *policy.Amount
		}{{"deductibleRule.floor", r.Floor, &t.DeductibleRule.Floor}, {"deductibleRule.cap", r.Cap, &t.DeductibleRule.Cap},
			{"deductibleRule.minimumRetention", r.MinimumRetention, &t.DeductibleRule.MinimumRetention}} {
			if *a.dst, err = optAmount(a.field, a.s); err != nil {
				return nil, err
			}
		}
	}
	var o claims.IndemnityOptions
	if in.DeductibleOn != nil {
		if o.DeductibleOn, err = claims.ParseDeductibleBase(*in.DeductibleOn); err != nil {
			return nil, err
		}
	}
	if f := in.CollectionFees; f != nil {
		if f.Insolvency != nil {
			if t.CollectionFees.Insolvency, err = fraction("collectionFees.insolvency", f.Insolvency); err != nil {
				return nil, err
			}
		}
		if f.ProtractedDefault != nil {
			if t.CollectionFees.ProtractedDefault, err = fraction("collectionFees.protractedDefault", f.ProtractedDefault); err != nil {
				return nil, err
			}
		}
	}
	if in.Steps == nil {
		return nil, missing("steps")
	}
	var yo claims.YearOptions
	if in.RecoveriesRestoreLiability != nil {
		yo.RecoveriesRestoreLiability = *in.RecoveriesRestoreLiability
	}
	var filed []claims.Breakdown
	var steps []map[string]any
	var y claims.Year
	for i, s := range *in.Steps {
		f := "steps[" + strconv.Itoa(i) + "]."
		if (s.Claim == nil) == (s.Recovery == nil) {
			return nil, invalid(f[:len(f)-1], "exactly one of claim and recovery")
		}
		if s.Claim != nil {
			var yc claims.YearClaim
			if yc.Claim.Loss, err = nonNegative(f+"claim.loss", s.Claim.Loss); err != nil {
				return nil, err
			}
			if t.Currency.IsZero() {
				// The policy's currency is the first loss's.
				t.Currency = yc.Claim.Loss.Currency()
				if y, err = claims.NewYear(t, yo); err != nil {
					return nil, err
				}
			}
			var c limits.Cover
			c.Type = policy.Named
			if c.Amount, err = nonNegative(f+"claim.limit", s.Claim.Limit); err != nil {
				return nil, err
			}
			if yc.LossDate, err = date(f+"claim.lossDate", s.Claim.LossDate); err != nil {
				return nil, err
			}
			b, next, err := y.Claim(t, yc, c, o)
			if err != nil {
				return nil, err
			}
			y = next
			filed = append(filed, b)
			steps = append(steps, map[string]any{"indemnity": b.Indemnity.String(), "deductible": b.Deductible.String(),
				"aggregateFirstLossUsed": b.FirstLossUsed.String(), "retained": b.Retained.String()})
			continue
		}
		r := s.Recovery
		k, err := integer(f+"recovery.claim", r.Claim)
		if err != nil {
			return nil, err
		}
		if k < 0 || k >= len(filed) {
			return nil, invalid(f+"recovery.claim", strconv.Itoa(k))
		}
		if r.Cause == nil {
			return nil, missing(f + "recovery.cause")
		}
		var cause claims.Cause
		if err := cause.UnmarshalText([]byte(*r.Cause)); err != nil {
			return nil, err
		}
		collected, err := nonNegative(f+"recovery.collected", r.Collected)
		if err != nil {
			return nil, err
		}
		b := filed[k]
		sh, next, err := y.Recover(t, b.Indemnity, b.Loss, cause, collected)
		if err != nil {
			return nil, err
		}
		fee, _ := collected.Sub(sh.Net)
		y = next
		steps = append(steps, map[string]any{"fee": fee.String(), "net": sh.Net.String(), "insurer": sh.Insurer.String(), "insured": sh.Insured.String()})
	}
	if len(filed) == 0 {
		return nil, missing("steps[0].claim")
	}
	out := map[string]any{
		"steps":           steps,
		"indemnitiesPaid": y.IndemnitiesPaid().String(),
		"recovered":       y.Recovered().String(),
		"netPaid":         y.NetPaid().String(),
		"collectionFees":  y.CollectionFees().String(),
		"claims":          y.Claims(),
	}
	if a := y.FirstLossRemaining(); !a.Currency().IsZero() {
		out["aggregateFirstLossRemaining"] = a.String()
	}
	if a := y.LiabilityRemaining(); !a.Currency().IsZero() {
		out["maxLiabilityRemaining"] = a.String()
	}
	if in.Premium != nil {
		p, err := nonNegative("premium", in.Premium)
		if err != nil {
			return nil, err
		}
		lr, err := premium.LossRatio(y.IndemnitiesPaid(), p)
		if err != nil {
			return nil, err
		}
		out["lossRatio"] = lr.String()
	}
	return out, nil
}

// premiumLimitFeesInput is the input of premiumLimitFees.
type premiumLimitFeesInput struct {
	Currency                 *string `json:"currency"`
	From                     *string `json:"from"`
	To                       *string `json:"to"`
	Monitoring               *string `json:"monitoring"`
	MonitoringBasis          *string `json:"monitoringBasis"`
	Request                  *string `json:"request"`
	BillIncreases            *bool   `json:"billIncreases"`
	TopUpMinMonths           *int    `json:"topUpMinMonths"`
	TopUpCapToPrimary        *bool   `json:"topUpCapToPrimary"`
	TopUpCeiling             *string `json:"topUpCeiling"`
	TopUpLapseAtRenewal      *bool   `json:"topUpLapseAtRenewal"`
	NamedLimitValidityMonths *int    `json:"namedLimitValidityMonths"`
	Buyers                   *[][]struct {
		ID     *string `json:"id"`
		Kind   *string `json:"kind"`
		Amount *string `json:"amount"`
		Date   *string `json:"date"`
		Expiry *string `json:"expiry"`
		Price  *string `json:"price"`
	} `json:"buyers"`
}

// premiumLimitFees is FORMAT.md premium.limitFees through
// premium.LimitFees: the fees of a year from the buyers' histories.
func premiumLimitFees(raw json.RawMessage) (any, error) {
	var in premiumLimitFeesInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	if in.Currency == nil {
		return nil, missing("currency")
	}
	var t policy.Terms
	var err error
	if t.Currency, err = policy.ParseCurrency(*in.Currency); err != nil {
		return nil, err
	}
	if t.Effective, err = date("from", in.From); err != nil {
		return nil, err
	}
	if t.Expiry, err = date("to", in.To); err != nil {
		return nil, err
	}
	f := &t.Premium.LimitFees
	for _, p := range []struct {
		field string
		s     *string
		dst   *policy.Price
	}{{"monitoring", in.Monitoring, &f.Monitoring}, {"request", in.Request, &f.Request}} {
		if p.s != nil {
			if *p.dst, err = policy.ParsePrice(*p.s); err != nil {
				return nil, err
			}
		}
	}
	if in.MonitoringBasis != nil {
		if f.MonitoringBasis, err = policy.ParseMonitoringBasis(*in.MonitoringBasis); err != nil {
			return nil, err
		}
	}
	for _, b := range []struct {
		v   *bool
		dst *bool
	}{{in.BillIncreases, &f.BillIncreases}, {in.TopUpCapToPrimary, &f.TopUpCapToPrimary}, {in.TopUpLapseAtRenewal, &f.TopUpLapseAtRenewal}} {
		if b.v != nil {
			*b.dst = *b.v
		}
	}
	if in.TopUpMinMonths != nil {
		f.TopUpMinMonths = *in.TopUpMinMonths
	}
	if f.TopUpCeiling, err = optAmount("topUpCeiling", in.TopUpCeiling); err != nil {
		return nil, err
	}
	if in.NamedLimitValidityMonths != nil {
		if f.NamedLimitValidity, err = limit("namedLimitValidityMonths", in.NamedLimitValidityMonths, calendar.Months); err != nil {
			return nil, err
		}
	}
	if in.Buyers == nil {
		return nil, missing("buyers")
	}
	hs := make([]limits.History, len(*in.Buyers))
	for i, ds := range *in.Buyers {
		dins := make([]decisionIn, len(ds))
		prices := map[string]policy.Rate{}
		for j, d := range ds {
			dins[j] = decisionIn{ID: d.ID, Kind: d.Kind, Amount: d.Amount, Date: d.Date, Expiry: d.Expiry}
			if d.Price != nil && d.ID != nil {
				if prices[*d.ID], err = fraction("buyers["+strconv.Itoa(i)+"]["+strconv.Itoa(j)+"].price", d.Price); err != nil {
					return nil, err
				}
			}
		}
		h, err := history(dins)
		if err != nil {
			return nil, err
		}
		decs := h.Decisions()
		for k := range decs {
			decs[k].Price = prices[decs[k].ID]
		}
		if hs[i], err = limits.NewHistory(decs...); err != nil {
			return nil, err
		}
	}
	r, err := premium.LimitFees(t, hs, calendar.Date{}, calendar.Date{})
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"monitoringUnits": r.MonitoringUnits,
		"monitoring":      r.Monitoring.String(),
		"requestUnits":    r.RequestUnits,
		"requests":        r.Requests.String(),
		"topUpMonths":     r.TopUpMonths,
		"topUps":          r.TopUps.String(),
		"total":           r.Total.String(),
	}, nil
}
