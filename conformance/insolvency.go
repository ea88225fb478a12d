package conformance

import (
	"encoding/json"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// The operation claims.insolvency of FORMAT.md, through
// claims.InsolvencyOptions.Settle, and the goods taken back that
// claims.loss reads.

// takenBackIn is one entry of claims.loss's takenBack.
type takenBackIn struct {
	Date     *string   `json:"date"`
	Invoices *[]string `json:"invoices"`
	Invoiced *string   `json:"invoiced"`
	Resale   *string   `json:"resale"`
}

// takenBack reads claims.loss's takenBack and goodsValue (absent: none,
// and invoiced).
func takenBack(in *[]takenBackIn, value *string) ([]claims.TakenBack, claims.GoodsValuation, error) {
	var v claims.GoodsValuation
	var err error
	if value != nil {
		if v, err = claims.ParseGoodsValuation(*value); err != nil {
			return nil, v, err
		}
	}
	if in == nil {
		return nil, v, nil
	}
	gs := make([]claims.TakenBack, len(*in))
	for i, x := range *in {
		f := "takenBack[" + strconv.Itoa(i) + "]."
		if gs[i].Date, err = date(f+"date", x.Date); err != nil {
			return nil, v, err
		}
		if x.Invoices == nil {
			return nil, v, missing(f + "invoices")
		}
		gs[i].Invoices = *x.Invoices
		if gs[i].Invoiced, err = optAmount(f+"invoiced", x.Invoiced); err != nil {
			return nil, v, err
		}
		if gs[i].Resale, err = optAmount(f+"resale", x.Resale); err != nil {
			return nil, v, err
		}
	}
	return gs, v, nil
}

// claimsInsolvencyInput is the JSON input of claims.insolvency (FORMAT.md).
type claimsInsolvencyInput struct {
	Policy *struct {
		Currency      *string `json:"currency"`
		IndemnityDays *int    `json:"indemnityDays"`
		insolvencyPolicyIn
	} `json:"policy"`
	Events *struct {
		InsolvencyDate *string `json:"insolvencyDate"`
		proceedingsIn
		IndemnityPaidDate *string `json:"indemnityPaidDate"`
	} `json:"events"`
	Indemnity *string `json:"indemnity"`
	insolvencyOptionsIn
	AsOf *string `json:"asOf"`
}

func claimsInsolvency(raw json.RawMessage) (any, error) {
	var in claimsInsolvencyInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	t, ev, o, err := in.read()
	if err != nil {
		return nil, err
	}
	indemnity, err := amount("indemnity", in.Indemnity)
	if err != nil {
		return nil, err
	}
	s, err := o.Settle(t, ev, indemnity)
	if err != nil {
		return nil, err
	}
	return settlementOut(s), nil
}

// read returns the terms, the events and the options of the input.
func (in claimsInsolvencyInput) read() (t policy.Terms, ev claims.Events, o claims.InsolvencyOptions, err error) {
	p := in.Policy
	switch {
	case p == nil:
		return t, ev, o, missing("policy")
	case p.Currency == nil:
		return t, ev, o, missing("policy.currency")
	case in.Events == nil:
		return t, ev, o, missing("events")
	}
	if t.Currency, err = policy.ParseCurrency(*p.Currency); err != nil {
		return t, ev, o, err
	}
	if t.IndemnityDays, err = limit("policy.indemnityDays", p.IndemnityDays, calendar.Days); err != nil {
		return t, ev, o, err
	}
	if err = p.insolvencyPolicyIn.terms(&t); err != nil {
		return t, ev, o, err
	}
	e := in.Events
	if ev.Insolvency, err = date("events.insolvencyDate", e.InsolvencyDate); err != nil {
		return t, ev, o, err
	}
	if ev.Proceedings, err = e.proceedingsIn.read("events."); err != nil {
		return t, ev, o, err
	}
	if ev.IndemnityPaid, err = optDate(e.IndemnityPaidDate); err != nil {
		return t, ev, o, err
	}
	if err = in.insolvencyOptionsIn.read(&o); err != nil {
		return t, ev, o, err
	}
	ev.AsOf, err = date("asOf", in.AsOf)
	return t, ev, o, err
}
