package conformance

import (
	"encoding/json"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// The operation claims.book of FORMAT.md, through claims.EvaluateBook with
// the options the vector sets (FORMAT.md, Readings), and the decoders of decisions, invoices and
// payments that it shares with limits.coverAt and claims.loss.

// decisionIn is a decision as the vectors write it; its conditions are
// read by claims.book (FORMAT.md).
type decisionIn struct {
	ID         *string `json:"id"`
	Kind       *string `json:"kind"`
	Amount     *string `json:"amount"`
	Date       *string `json:"date"`
	Expiry     *string `json:"expiry"`
	Conditions *struct {
		InsolvencyOnly   *bool `json:"insolvencyOnly"`
		MaxCreditDays    *int  `json:"maxCreditDays"`
		MaxExtensionDays *int  `json:"maxExtensionDays"`
	} `json:"conditions"`
}

// history builds the decision history; the vectors order decisions of one
// day by their position in the list (FORMAT.md limits.coverAt rule 3), which
// Seq carries. An amount may be left out on a refusal only.
func history(in []decisionIn) (limits.History, error) {
	ds := make([]limits.Decision, len(in))
	var err error
	for i, d := range in {
		f := "decisions[" + strconv.Itoa(i) + "]."
		ds[i].Seq = i
		if d.ID == nil {
			return limits.History{}, missing(f + "id")
		}
		ds[i].ID = *d.ID
		if d.Kind == nil {
			return limits.History{}, missing(f + "kind")
		}
		if ds[i].Kind, err = limits.ParseKind(*d.Kind); err != nil {
			return limits.History{}, err
		}
		if d.Amount != nil || ds[i].Kind != limits.Refusal {
			if ds[i].Amount, err = nonNegative(f+"amount", d.Amount); err != nil {
				return limits.History{}, err
			}
		}
		if ds[i].Date, err = date(f+"date", d.Date); err != nil {
			return limits.History{}, err
		}
		if ds[i].Expiry, err = optDate(d.Expiry); err != nil {
			return limits.History{}, err
		}
		if c := d.Conditions; c != nil {
			if c.InsolvencyOnly != nil {
				ds[i].Conditions.InsolvencyOnly = *c.InsolvencyOnly
			}
			if c.MaxCreditDays != nil {
				if ds[i].Conditions.MaxCreditDays, err = limit(f+"conditions.maxCreditDays", c.MaxCreditDays, calendar.Days); err != nil {
					return limits.History{}, err
				}
			}
			if c.MaxExtensionDays != nil {
				if ds[i].Conditions.MaxExtensionDays, err = limit(f+"conditions.maxExtensionDays", c.MaxExtensionDays, calendar.Days); err != nil {
					return limits.History{}, err
				}
			}
		}
	}
	return limits.NewHistory(ds...)
}

// invoiceIn is an invoice as the vectors write it; tax and disputed may be
// left out (0 and false).
type invoiceIn struct {
	ID           *string `json:"id"`
	DeliveryDate *string `json:"deliveryDate"`
	InvoiceDate  *string `json:"invoiceDate"`
	DueDate      *string `json:"dueDate"`
	Net          *string `json:"net"`
	Tax          *string `json:"tax"`
	Disputed     *bool   `json:"disputed"`
	OrderDate    *string `json:"orderDate"`
}

// paymentIn is a payment as the vectors write it.
type paymentIn struct {
	Date   *string `json:"date"`
	Amount *string `json:"amount"`
}

// ledger builds a ledger from the vectors' invoices and payments (absent
// payments: none). A missing tax is 0 in the currency of the net amount.
func ledger(invoices []invoiceIn, payments *[]paymentIn) (claims.Ledger, error) {
	var l claims.Ledger
	var err error
	for i, x := range invoices {
		f := "invoices[" + strconv.Itoa(i) + "]."
		var inv claims.Invoice
		if x.ID == nil {
			return l, missing(f + "id")
		}
		inv.ID = *x.ID
		for _, d := range []struct {
			name string
			src  *string
			dst  *calendar.Date
		}{{"deliveryDate", x.DeliveryDate, &inv.DeliveryDate}, {"invoiceDate", x.InvoiceDate, &inv.InvoiceDate}, {"dueDate", x.DueDate, &inv.DueDate}} {
			if *d.dst, err = date(f+d.name, d.src); err != nil {
				return l, err
			}
		}
		if inv.Net, err = nonNegative(f+"net", x.Net); err != nil {
			return l, err
		}
		inv.Tax = policy.Zero(inv.Net.Currency())
		if x.Tax != nil {
			if inv.Tax, err = nonNegative(f+"tax", x.Tax); err != nil {
				return l, err
			}
		}
		if x.Disputed != nil {
			inv.Disputed = *x.Disputed
		}
		if inv.OrderDate, err = optDate(x.OrderDate); err != nil {
			return l, err
		}
		l.Invoices = append(l.Invoices, inv)
	}
	if payments != nil {
		for i, x := range *payments {
			f := "payments[" + strconv.Itoa(i) + "]."
			var pay claims.Payment
			if pay.Date, err = date(f+"date", x.Date); err != nil {
				return l, err
			}
			if pay.Amount, err = nonNegative(f+"amount", x.Amount); err != nil {
				return l, err
			}
			l.Payments = append(l.Payments, pay)
		}
	}
	return l, nil
}

// bookPolicyIn is claims.book's policy (claims.yearBooks' too).
type bookPolicyIn struct {
	coverPolicyIn
	clockPolicyIn
	reliefPolicyIn
	insolvencyPolicyIn
	VATCovered    *bool          `json:"vatCovered"`
	MaxCreditFrom *string        `json:"maxCreditFrom"`
	CountryGroups *[]bookGroupIn `json:"countryGroups"`
	Countries     *[]struct {
		Country                      *string `json:"country"`
		PoliticalWaitingPeriodMonths *int    `json:"politicalWaitingPeriodMonths"`
		WithdrawnFrom                *string `json:"withdrawnFrom"`
	} `json:"countries"`
}

// claimsBookInput is the JSON input of claims.book (FORMAT.md).
type claimsBookInput struct {
	Policy *bookPolicyIn `json:"policy"`
	Buyer  *struct {
		DiscretionaryEligible *bool   `json:"discretionaryEligible"`
		Country               *string `json:"country"`
	} `json:"buyer"`
	Decisions *[]decisionIn `json:"decisions"`
	Invoices  *[]invoiceIn  `json:"invoices"`
	Payments  *[]paymentIn  `json:"payments"`
	Events    *struct {
		OverdueNoticeDate  *string        `json:"overdueNoticeDate"`
		InsolvencyDate     *string        `json:"insolvencyDate"`
		PoliticalEventDate *string        `json:"politicalEventDate"`
		CollectionDate     *string        `json:"collectionDate"`
		IndemnityPaidDate  *string        `json:"indemnityPaidDate"`
		Proceedings        *proceedingsIn `json:"proceedings"`
	} `json:"events"`
	AsOf    *string        `json:"asOf"`
	Options *bookOptionsIn `json:"options"`
	reliefIn
	bookInsolvencyIn
}

func claimsBook(raw json.RawMessage) (any, error) {
	var in claimsBookInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	t, b, asOf, err := in.book()
	if err != nil {
		return nil, err
	}
	opts, err := in.Options.bookOptions()
	if err != nil {
		return nil, err
	}
	bk, err := opts.EvaluateBook(t, b, asOf)
	if err != nil {
		return nil, err
	}
	return bookOut(bk), nil
}

// book reads the terms, the buyer's book and the day of the view of
// claims.book's input (claims.bookFx's too).
func (in claimsBookInput) book() (t policy.Terms, b claims.BuyerBook, asOf calendar.Date, err error) {
	p := in.Policy
	switch {
	case p == nil:
		return t, b, asOf, missing("policy")
	case in.Invoices == nil:
		return t, b, asOf, missing("invoices")
	}
	if err := p.coverPolicyIn.terms(&t); err != nil {
		return t, b, asOf, err
	}
	if err := p.clockPolicyIn.terms(&t); err != nil {
		return t, b, asOf, err
	}
	if p.VATCovered != nil {
		t.VATCovered = *p.VATCovered
	}
	if p.Countries != nil {
		for i, c := range *p.Countries {
			f := "policy.countries[" + strconv.Itoa(i) + "]."
			var cc policy.CountryCover
			if c.Country == nil {
				return t, b, asOf, missing(f + "country")
			}
			cc.Country = *c.Country
			if c.PoliticalWaitingPeriodMonths != nil {
				if cc.PoliticalWaitingPeriod, err = limit(f+"politicalWaitingPeriodMonths", c.PoliticalWaitingPeriodMonths, calendar.Months); err != nil {
					return t, b, asOf, err
				}
			}
			if cc.WithdrawnFrom, err = optDate(c.WithdrawnFrom); err != nil {
				return t, b, asOf, err
			}
			t.Countries = append(t.Countries, cc)
		}
	}
	if p.MaxCreditFrom != nil {
		if t.MaxCreditFrom, err = policy.ParseCreditTermStart(*p.MaxCreditFrom); err != nil {
			return t, b, asOf, err
		}
	}
	if err := bookGroups(&t, p.CountryGroups); err != nil {
		return t, b, asOf, err
	}
	if in.Buyer != nil {
		if in.Buyer.DiscretionaryEligible != nil {
			b.Buyer.DiscretionaryEligible = *in.Buyer.DiscretionaryEligible
		}
		if in.Buyer.Country != nil {
			b.Buyer.Country = *in.Buyer.Country
		}
	}
	if in.Decisions != nil {
		if b.History, err = history(*in.Decisions); err != nil {
			return t, b, asOf, err
		}
	}
	if b.Ledger, err = ledger(*in.Invoices, in.Payments); err != nil {
		return t, b, asOf, err
	}
	if err := in.reliefIn.read(&b.Ledger, &t, p.reliefPolicyIn); err != nil {
		return t, b, asOf, err
	}
	if err := in.bookInsolvencyIn.read(&b.Ledger); err != nil {
		return t, b, asOf, err
	}
	if err := p.insolvencyPolicyIn.terms(&t); err != nil {
		return t, b, asOf, err
	}
	if in.Events != nil {
		if b.Events.OverdueNotice, err = optDate(in.Events.OverdueNoticeDate); err != nil {
			return t, b, asOf, err
		}
		if b.Events.Insolvency, err = optDate(in.Events.InsolvencyDate); err != nil {
			return t, b, asOf, err
		}
		if b.Events.Political, err = optDate(in.Events.PoliticalEventDate); err != nil {
			return t, b, asOf, err
		}
		if b.Events.Collection, err = optDate(in.Events.CollectionDate); err != nil {
			return t, b, asOf, err
		}
		if b.Events.IndemnityPaid, err = optDate(in.Events.IndemnityPaidDate); err != nil {
			return t, b, asOf, err
		}
		if pr := in.Events.Proceedings; pr != nil {
			if b.Events.Proceedings, err = pr.read("events.proceedings."); err != nil {
				return t, b, asOf, err
			}
		}
	}
	asOf, err = date("asOf", in.AsOf)
	return t, b, asOf, err
}

// bookOut writes a book as FORMAT.md claims.book's output.
func bookOut(bk claims.Book) map[string]any {
	invoices := make([]map[string]any, len(bk.Invoices))
	for i, x := range bk.Invoices {
		invoices[i] = map[string]any{
			"id": x.ID, "cover": coverWords[x.Cover.Type], "coverAmount": x.Cover.Amount.String(),
			"quotite": x.Cover.Quotite.String(), "openGross": x.OpenGross.String(), "openNet": x.OpenNet.String(),
			"reason": x.Reason.String(), "insured": x.Insured.String(),
		}
	}
	layers := make([]map[string]any, len(bk.Layers))
	for i, l := range bk.Layers {
		layers[i] = map[string]any{"quotite": l.Quotite.String(), "insured": l.Insured.String(), "indemnity": l.Indemnity.String()}
	}
	var cause, stopCause, indemnity, group any
	if bk.Group != "" {
		group = bk.Group
	}
	if !bk.Loss.Date.IsZero() {
		cause, indemnity = bk.Loss.Cause.String(), bk.Indemnity.String()
	}
	if !bk.Stop.Date.IsZero() {
		stopCause = bk.Stop.Cause.String()
	}
	return map[string]any{
		"group": group, "at": dateOut(bk.At), "lossDate": dateOut(bk.Loss.Date), "cause": cause,
		"stopDate": dateOut(bk.Stop.Date), "stopCause": stopCause,
		"invoices": invoices, "openNet": bk.OpenNet.String(), "insured": bk.Insured.String(), "uninsured": bk.Uninsured.String(),
		"layers": layers, "indemnity": indemnity, "indemnityDue": dateOut(bk.IndemnityDue),
		"newDelivery": map[string]any{"cover": coverWords[bk.NewDelivery.Type], "amount": bk.NewDelivery.Amount.String(), "quotite": bk.NewDelivery.Quotite.String()},
		"headroom":    bk.Headroom.String(), "noticeDeadline": dateOut(bk.NoticeDeadline),
		"claimDeadline": dateOut(bk.ExtensionClaim.Limit.Final),
		"insolvency":    bookSettlementOut(bk.Insolvency),
	}
}
