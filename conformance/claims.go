package conformance

import (
	"encoding/json"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// The claims operations of FORMAT.md: claims.deadlines, claims.loss and
// claims.indemnity, through claims.Clocks, claims.Loss and
// claims.Indemnity with their default options.

// claimsDeadlinesInput is the JSON input of claims.deadlines (FORMAT.md).
type claimsDeadlinesInput struct {
	Policy  *clockPolicyIn `json:"policy"`
	Invoice *struct {
		DeliveryDate *string `json:"deliveryDate"`
		InvoiceDate  *string `json:"invoiceDate"`
		DueDate      *string `json:"dueDate"`
	} `json:"invoice"`
	Events *struct {
		OverdueNoticeDate *string `json:"overdueNoticeDate"`
		InsolvencyDate    *string `json:"insolvencyDate"`
	} `json:"events"`
}

func claimsDeadlines(raw json.RawMessage) (any, error) {
	var in claimsDeadlinesInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	if in.Policy == nil {
		return nil, missing("policy")
	}
	if in.Invoice == nil {
		return nil, missing("invoice")
	}
	var t policy.Terms
	err := in.Policy.terms(&t)
	if err != nil {
		return nil, err
	}
	var inv claims.Invoice
	if inv.DeliveryDate, err = date("invoice.deliveryDate", in.Invoice.DeliveryDate); err != nil {
		return nil, err
	}
	if inv.InvoiceDate, err = date("invoice.invoiceDate", in.Invoice.InvoiceDate); err != nil {
		return nil, err
	}
	if inv.DueDate, err = date("invoice.dueDate", in.Invoice.DueDate); err != nil {
		return nil, err
	}
	var ev claims.Events
	if in.Events != nil {
		if ev.OverdueNotice, err = optDate(in.Events.OverdueNoticeDate); err != nil {
			return nil, err
		}
		if ev.Insolvency, err = optDate(in.Events.InsolvencyDate); err != nil {
			return nil, err
		}
	}
	d, err := claims.Clocks(t, inv, ev)
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"invoicingDeadline":     dateOut(d.Invoicing.Limit.Final),
		"invoicedOnTime":        statusOut(d.Invoicing.Status),
		"maxCreditEnd":          dateOut(d.MaxCredit.Limit.Final),
		"termWithinMax":         statusOut(d.MaxCredit.Status),
		"mepEnd":                dateOut(d.MEP.Limit.Final),
		"overdueNoticeDeadline": dateOut(d.OverdueNotice.Limit.Final),
		"noticeOnTime":          statusOut(d.OverdueNotice.Status),
		"waitingPeriodEnd":      dateOut(d.WaitingPeriod.Limit.Final),
		"lossDate":              dateOut(d.Loss.Date),
		"indemnityDue":          dateOut(d.IndemnityDue.Limit.Final),
	}, nil
}

// statusOut is a clock's status as FORMAT.md writes it: true when met,
// false when missed, null while pending.
func statusOut(s claims.ClockStatus) any {
	switch s {
	case claims.Met:
		return true
	case claims.Missed:
		return false
	}
	return nil
}

// claimsLossInput is the JSON input of claims.loss (FORMAT.md).
type claimsLossInput struct {
	Policy *struct {
		Currency         *string         `json:"currency"`
		DeadlineRule     json.RawMessage `json:"deadlineRule"`
		MaxInvoicingDays *int            `json:"maxInvoicingDays"`
		MaxCreditDays    *int            `json:"maxCreditDays"`
		VATCovered       *bool           `json:"vatCovered"`
	} `json:"policy"`
	Invoices *[]invoiceIn `json:"invoices"`
	Payments *[]paymentIn `json:"payments"`
	StopDate *string      `json:"stopDate"`
	LossDate *string      `json:"lossDate"`
	// TakenBack and GoodsValue: goods taken back (FORMAT.md claims.loss).
	TakenBack  *[]takenBackIn `json:"takenBack"`
	GoodsValue *string        `json:"goodsValue"`
}

func claimsLoss(raw json.RawMessage) (any, error) {
	var in claimsLossInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	if in.Policy == nil {
		return nil, missing("policy")
	}
	if in.Invoices == nil {
		return nil, missing("invoices")
	}
	p := in.Policy
	var t policy.Terms
	var err error
	if p.Currency == nil {
		return nil, missing("policy.currency")
	}
	if t.Currency, err = policy.ParseCurrency(*p.Currency); err != nil {
		return nil, err
	}
	if t.DeadlineRule, err = rule(p.DeadlineRule); err != nil {
		return nil, err
	}
	if t.MaxInvoicingDays, err = limit("policy.maxInvoicingDays", p.MaxInvoicingDays, calendar.Days); err != nil {
		return nil, err
	}
	if t.MaxCreditDays, err = limit("policy.maxCreditDays", p.MaxCreditDays, calendar.Days); err != nil {
		return nil, err
	}
	if p.VATCovered == nil {
		return nil, missing("policy.vatCovered")
	}
	t.VATCovered = *p.VATCovered
	l, err := ledger(*in.Invoices, in.Payments)
	if err != nil {
		return nil, err
	}
	if l.StopDate, err = optDate(in.StopDate); err != nil {
		return nil, err
	}
	lossDate, err := date("lossDate", in.LossDate)
	if err != nil {
		return nil, err
	}
	var o claims.Options
	if l.TakenBack, o.GoodsValue, err = takenBack(in.TakenBack, in.GoodsValue); err != nil {
		return nil, err
	}
	r, err := o.Loss(t, l, lossDate)
	if err != nil {
		return nil, err
	}
	invoices := make([]map[string]any, len(r.Invoices))
	for i, x := range r.Invoices {
		invoices[i] = map[string]any{
			"id": x.ID, "openGross": x.OpenGross.String(), "openNet": x.OpenNet.String(),
			"insurable": x.Insurable(), "reason": x.Reason.String(),
		}
	}
	return map[string]any{
		"insuredLoss":   r.Insured.String(),
		"uninsuredOpen": r.Uninsured.String(),
		"invoices":      invoices,
	}, nil
}

// claimsIndemnityInput is the JSON input of claims.indemnity (FORMAT.md).
type claimsIndemnityInput struct {
	Loss           *string `json:"loss"`
	Limit          *string `json:"limit"`
	Quotite        *string `json:"quotite"`
	ClaimThreshold *struct {
		Amount *string `json:"amount"`
		Mode   *string `json:"mode"`
	} `json:"claimThreshold"`
	Deductible                  *string `json:"deductible"`
	AggregateFirstLossRemaining *string `json:"aggregateFirstLossRemaining"`
	MaxLiabilityRemaining       *string `json:"maxLiabilityRemaining"`
}

func claimsIndemnity(raw json.RawMessage) (any, error) {
	var in claimsIndemnityInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	var cl claims.Claim
	var c limits.Cover
	var t policy.Terms
	var err error
	if cl.Loss, err = nonNegative("loss", in.Loss); err != nil {
		return nil, err
	}
	if c.Amount, err = nonNegative("limit", in.Limit); err != nil {
		return nil, err
	}
	// The policy's currency is the loss's: the vector states no other.
	t.Currency = cl.Loss.Currency()
	// The quotité is the named one of the policy: a "0" stays 0.
	c.Type = policy.Named
	if t.Quotites.Named, err = fraction("quotite", in.Quotite); err != nil {
		return nil, err
	}
	if th := in.ClaimThreshold; th != nil {
		if t.ClaimThreshold.Amount, err = optAmount("claimThreshold.amount", th.Amount); err != nil {
			return nil, err
		}
		if th.Mode != nil {
			if t.ClaimThreshold.Mode, err = policy.ParseThresholdMode(*th.Mode); err != nil {
				return nil, err
			}
		}
	}
	if t.Deductible, err = optAmount("deductible", in.Deductible); err != nil {
		return nil, err
	}
	if cl.FirstLossRemaining, err = optAmount("aggregateFirstLossRemaining", in.AggregateFirstLossRemaining); err != nil {
		return nil, err
	}
	if cl.LiabilityRemaining, err = optAmount("maxLiabilityRemaining", in.MaxLiabilityRemaining); err != nil {
		return nil, err
	}
	b, err := claims.Indemnity(t, cl, c, claims.IndemnityOptions{})
	if err != nil {
		return nil, err
	}
	return map[string]any{
		"cappedLoss":              b.CappedLoss.String(),
		"afterThreshold":          b.AfterThreshold.String(),
		"gross":                   b.Gross.String(),
		"afterDeductible":         b.AfterDeductible.String(),
		"afterAggregateFirstLoss": b.AfterFirstLoss.String(),
		"indemnity":               b.Indemnity.String(),
		"retained":                b.Retained.String(),
	}, nil
}

// optAmount parses an optional non-negative amount: absent or null is the
// zero Amount ("not set").
func optAmount(field string, s *string) (policy.Amount, error) {
	if s == nil {
		return policy.Amount{}, nil
	}
	return nonNegative(field, s)
}

// clockPolicyIn are the policy fields of claims.deadlines (FORMAT.md), which
// claims.book reads too.
type clockPolicyIn struct {
	DeadlineRule     json.RawMessage `json:"deadlineRule"`
	MaxInvoicingDays *int            `json:"maxInvoicingDays"`
	MaxCreditDays    *int            `json:"maxCreditDays"`
	MaxExtensionDays *int            `json:"maxExtensionDays"`
	OverdueNotice    *struct {
		Days   *int    `json:"days"`
		Anchor *string `json:"anchor"`
	} `json:"overdueNotice"`
	WaitingPeriodMonths *int `json:"waitingPeriodMonths"`
	IndemnityDays       *int `json:"indemnityDays"`
}

// terms sets the fields on t; every one is required.
func (p *clockPolicyIn) terms(t *policy.Terms) error {
	var err error
	if t.DeadlineRule, err = rule(p.DeadlineRule); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		src  *int
		dst  *policy.TimeLimit
		unit func(int) calendar.Period
	}{
		{"maxInvoicingDays", p.MaxInvoicingDays, &t.MaxInvoicingDays, calendar.Days},
		{"maxCreditDays", p.MaxCreditDays, &t.MaxCreditDays, calendar.Days},
		{"maxExtensionDays", p.MaxExtensionDays, &t.MaxExtensionDays, calendar.Days},
		{"waitingPeriodMonths", p.WaitingPeriodMonths, &t.WaitingPeriod, calendar.Months},
		{"indemnityDays", p.IndemnityDays, &t.IndemnityDays, calendar.Days},
	} {
		if *f.dst, err = limit("policy."+f.name, f.src, f.unit); err != nil {
			return err
		}
	}
	if p.OverdueNotice == nil {
		return missing("policy.overdueNotice")
	}
	if t.OverdueNotice.Days, err = limit("policy.overdueNotice.days", p.OverdueNotice.Days, calendar.Days); err != nil {
		return err
	}
	if p.OverdueNotice.Anchor == nil {
		return missing("policy.overdueNotice.anchor")
	}
	if t.OverdueNotice.Anchor, err = policy.ParseNoticeAnchor(*p.OverdueNotice.Anchor); err != nil {
		return err
	}
	return nil
}
