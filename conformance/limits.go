package conformance

import (
	"encoding/json"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// coverWords are the vectors' words for the types of cover (FORMAT.md
// limits.coverAt rule 6).
var coverWords = map[policy.CoverType]string{
	policy.NoCover:       "none",
	policy.Named:         "agrement",
	policy.AccordExpress: "accordExpress",
	policy.Temporary:     "temporary",
	policy.Discretionary: "discretionary",
	policy.TopUp:         "topUp",
}

// limitsCoverAtInput is the JSON input of limits.coverAt (FORMAT.md).
type limitsCoverAtInput struct {
	Policy    *coverPolicyIn `json:"policy"`
	Decisions *[]decisionIn  `json:"decisions"`
	Buyer     *struct {
		DiscretionaryEligible *bool `json:"discretionaryEligible"`
	} `json:"buyer"`
	DeliveryDate *string         `json:"deliveryDate"`
	Options      *coverOptionsIn `json:"options"`
}

func limitsCoverAt(raw json.RawMessage) (any, error) {
	var in limitsCoverAtInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	p := in.Policy
	if p == nil {
		return nil, missing("policy")
	}
	var t policy.Terms
	if err := p.terms(&t); err != nil {
		return nil, err
	}
	if in.Decisions == nil {
		return nil, missing("decisions")
	}
	h, err := history(*in.Decisions)
	if err != nil {
		return nil, err
	}
	var b limits.Buyer
	if in.Buyer != nil && in.Buyer.DiscretionaryEligible != nil {
		b.DiscretionaryEligible = *in.Buyer.DiscretionaryEligible
	}
	delivery, err := date("deliveryDate", in.DeliveryDate)
	if err != nil {
		return nil, err
	}
	opts, err := in.Options.coverOptions()
	if err != nil {
		return nil, err
	}
	c, err := limits.CoverAt(t, h, b, delivery, opts)
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"cover":    coverWords[c.Type],
		"amount":   c.Amount.String(),
		"quotite":  c.Quotite.String(),
		"decision": c.Decision.ID,
		"gap":      c.Gap.String(),
	}, nil
}

// limitsHeadroomInput is the JSON input of limits.headroom (FORMAT.md).
type limitsHeadroomInput struct {
	Limit    *string `json:"limit"`
	Exposure *struct {
		Open    *string `json:"open"`
		Overdue *string `json:"overdue"`
		Draft   *string `json:"draft"`
		Orders  *string `json:"orders"`
	} `json:"exposure"`
	Pending   *string `json:"pending"`
	WarnRatio *string `json:"warnRatio"`
}

func limitsHeadroom(raw json.RawMessage) (any, error) {
	var in limitsHeadroomInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	limit, err := nonNegative("limit", in.Limit)
	if err != nil {
		return nil, err
	}
	if in.Exposure == nil {
		return nil, missing("exposure")
	}
	var e limits.Exposure
	for _, b := range []struct {
		name string
		s    *string
		to   *policy.Amount
	}{
		{"exposure.open", in.Exposure.Open, &e.Open}, {"exposure.overdue", in.Exposure.Overdue, &e.Overdue},
		{"exposure.draft", in.Exposure.Draft, &e.Draft}, {"exposure.orders", in.Exposure.Orders, &e.Orders},
	} {
		if *b.to, err = nonNegative(b.name, b.s); err != nil {
			return nil, err
		}
	}
	pending, err := amount("pending", in.Pending)
	if err != nil {
		return nil, err
	}
	opts := limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}
	if in.WarnRatio != nil {
		if opts.WarnRatio, err = fraction("warnRatio", in.WarnRatio); err != nil {
			return nil, err
		}
	}
	p, err := limits.Headroom(limit, e, pending, opts)
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"exposure":  p.Exposure.String(),
		"insured":   p.Insured.String(),
		"uninsured": p.Uninsured.String(),
		"headroom":  p.Headroom.String(),
		"status":    p.Status.String(),
	}, nil
}

// coverPolicyIn are the policy fields of limits.coverAt (FORMAT.md), which
// claims.book reads too.
type coverPolicyIn struct {
	Currency            *string `json:"currency"`
	EffectiveDate       *string `json:"effectiveDate"`
	ExpiryDate          *string `json:"expiryDate"`
	SignatureDate       *string `json:"signatureDate"`
	RetroactivityDays   *int    `json:"retroactivityDays"`
	ReductionNoticeDays *int    `json:"reductionNoticeDays"`
	Quotite             *struct {
		Named         *string `json:"named"`
		Discretionary *string `json:"discretionary"`
		Political     *string `json:"political"`
	} `json:"quotite"`
	DiscretionaryMax         *string `json:"discretionaryMax"`
	NamedLimitValidityMonths *int    `json:"namedLimitValidityMonths"`
}

// terms sets the fields on t; quotite.discretionary, discretionaryMax and
// reductionNoticeDays may be left out (FORMAT.md value forms).
func (p *coverPolicyIn) terms(t *policy.Terms) error {
	var err error
	if p.Currency == nil {
		return missing("policy.currency")
	}
	if t.Currency, err = policy.ParseCurrency(*p.Currency); err != nil {
		return err
	}
	if t.Effective, err = date("policy.effectiveDate", p.EffectiveDate); err != nil {
		return err
	}
	if t.Expiry, err = date("policy.expiryDate", p.ExpiryDate); err != nil {
		return err
	}
	if t.Signature, err = optDate(p.SignatureDate); err != nil {
		return err
	}
	// FORMAT.md rule 2 runs from the signature date: without one, no
	// retroactivity unless the vector gives a window (then the signature is
	// missing); without retroactivityDays, the window is 0 days.
	if !t.Signature.IsZero() || p.RetroactivityDays != nil && *p.RetroactivityDays != 0 {
		n := 0
		if p.RetroactivityDays != nil {
			n = *p.RetroactivityDays
		}
		if t.RetroactivityDays, err = limit("policy.retroactivityDays", &n, calendar.Days); err != nil {
			return err
		}
	}
	// An absent reductionNoticeDays is 0 (FORMAT.md, value forms).
	if p.ReductionNoticeDays != nil {
		if t.ReductionNoticeDays, err = limit("policy.reductionNoticeDays", p.ReductionNoticeDays, calendar.Days); err != nil {
			return err
		}
	}
	if p.NamedLimitValidityMonths != nil {
		if t.Premium.LimitFees.NamedLimitValidity, err = limit("policy.namedLimitValidityMonths", p.NamedLimitValidityMonths, calendar.Months); err != nil {
			return err
		}
	}
	if p.Quotite == nil {
		return missing("policy.quotite")
	}
	if t.Quotites.Named, err = fraction("policy.quotite.named", p.Quotite.Named); err != nil {
		return err
	}
	for _, q := range []struct {
		name string
		src  *string
		dst  *policy.Rate
	}{{"discretionary", p.Quotite.Discretionary, &t.Quotites.Discretionary}, {"political", p.Quotite.Political, &t.Quotites.Political}} {
		if q.src != nil {
			if *q.dst, err = fraction("policy.quotite."+q.name, q.src); err != nil {
				return err
			}
		}
	}
	if p.DiscretionaryMax != nil {
		if t.DiscretionaryMax, err = nonNegative("policy.discretionaryMax", p.DiscretionaryMax); err != nil {
			return err
		}
	}
	return nil
}
