package conformance

import (
	"encoding/json"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// The country groups of FORMAT.md (claims.book, premium.turnover,
// limits.wholeTurnover), and the operations premium.turnover
// (premium.Turnover) and limits.wholeTurnover (limits.WholeTurnover).

// groupIn is what every country group of the vectors has.
type groupIn struct {
	Name      *string   `json:"name"`
	Countries *[]string `json:"countries"`
	Others    *bool     `json:"others"`
}

// bookGroupIn is a country group of claims.book and limits.wholeTurnover.
type bookGroupIn struct {
	groupIn
	MaxCreditDays                *int `json:"maxCreditDays"`
	WaitingPeriodMonths          *int `json:"waitingPeriodMonths"`
	PoliticalWaitingPeriodMonths *int `json:"politicalWaitingPeriodMonths"`
	Quotite                      *struct {
		Named         *string `json:"named"`
		Discretionary *string `json:"discretionary"`
		Political     *string `json:"political"`
	} `json:"quotite"`
}

// turnoverGroupIn is a country group of premium.turnover.
type turnoverGroupIn struct {
	groupIn
	Rate *string `json:"rate"`
}

// group reads the name, the countries and others of group i.
func (g groupIn) group(f string) (policy.CountryGroup, error) {
	var cg policy.CountryGroup
	if g.Name == nil {
		return cg, missing(f + "name")
	}
	cg.Name = *g.Name
	if g.Countries != nil {
		cg.Countries = *g.Countries
	}
	if g.Others != nil {
		cg.Others = *g.Others
	}
	return cg, nil
}

// bookGroups sets the country groups of claims.book on t: each group's
// maximum credit term goes to t.MaxCreditDaysByGroup, keyed by its name.
func bookGroups(t *policy.Terms, in *[]bookGroupIn) error {
	if in == nil {
		return nil
	}
	for i, g := range *in {
		f := "policy.countryGroups[" + strconv.Itoa(i) + "]."
		cg, err := g.group(f)
		if err != nil {
			return err
		}
		for _, l := range []struct {
			name string
			src  *int
			dst  *policy.TimeLimit
		}{{"waitingPeriodMonths", g.WaitingPeriodMonths, &cg.WaitingPeriod}, {"politicalWaitingPeriodMonths", g.PoliticalWaitingPeriodMonths, &cg.PoliticalWaitingPeriod}} {
			if l.src != nil {
				if *l.dst, err = limit(f+l.name, l.src, calendar.Months); err != nil {
					return err
				}
			}
		}
		if q := g.Quotite; q != nil {
			for _, r := range []struct {
				name string
				src  *string
				dst  *policy.Rate
			}{{"named", q.Named, &cg.Quotites.Named}, {"discretionary", q.Discretionary, &cg.Quotites.Discretionary}, {"political", q.Political, &cg.Quotites.Political}} {
				if r.src != nil {
					if *r.dst, err = fraction(f+"quotite."+r.name, r.src); err != nil {
						return err
					}
				}
			}
		}
		if g.MaxCreditDays != nil {
			l, err := limit(f+"maxCreditDays", g.MaxCreditDays, calendar.Days)
			if err != nil {
				return err
			}
			t.MaxCreditDaysByGroup = append(t.MaxCreditDaysByGroup, policy.GroupLimit{Group: cg.Name, Limit: l})
		}
		t.CountryGroups = append(t.CountryGroups, cg)
	}
	return t.ValidateCountryGroups()
}

// premiumTurnoverInput is the JSON input of premium.turnover (FORMAT.md).
type premiumTurnoverInput struct {
	Policy *struct {
		Currency           *string            `json:"currency"`
		EffectiveDate      *string            `json:"effectiveDate"`
		ExpiryDate         *string            `json:"expiryDate"`
		CountryGroups      *[]turnoverGroupIn `json:"countryGroups"`
		TurnoverExclusions *struct {
			RelatedCompanies    *bool `json:"relatedCompanies"`
			PublicBuyers        *bool `json:"publicBuyers"`
			PrivateIndividuals  *bool `json:"privateIndividuals"`
			CashSales           *bool `json:"cashSales"`
			LetterOfCreditSales *bool `json:"letterOfCreditSales"`
		} `json:"turnoverExclusions"`
		Conversion *conversionIn `json:"conversion"`
	} `json:"policy"`
	Frequency *string `json:"frequency"`
	Lines     *[]struct {
		Invoice   *string `json:"invoice"`
		Buyer     *string `json:"buyer"`
		Country   *string `json:"country"`
		BuyerKind *string `json:"buyerKind"`
		Payment   *string `json:"payment"`
		Date      *string `json:"date"`
		Amount    *string `json:"amount"`
	} `json:"lines"`
	Rates *[]rateIn `json:"rates"`
}

func premiumTurnover(raw json.RawMessage) (any, error) {
	var in premiumTurnoverInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	p := in.Policy
	switch {
	case p == nil:
		return nil, missing("policy")
	case p.Currency == nil:
		return nil, missing("policy.currency")
	case p.CountryGroups == nil || len(*p.CountryGroups) == 0:
		return nil, missing("policy.countryGroups")
	case in.Frequency == nil:
		return nil, missing("frequency")
	case in.Lines == nil:
		return nil, missing("lines")
	}
	var t policy.Terms
	var err error
	if t.Currency, err = policy.ParseCurrency(*p.Currency); err != nil {
		return nil, err
	}
	if t.Effective, err = date("policy.effectiveDate", p.EffectiveDate); err != nil {
		return nil, err
	}
	if t.Expiry, err = date("policy.expiryDate", p.ExpiryDate); err != nil {
		return nil, err
	}
	for i, g := range *p.CountryGroups {
		f := "policy.countryGroups[" + strconv.Itoa(i) + "]."
		cg, err := g.group(f)
		if err != nil {
			return nil, err
		}
		r, err := fraction(f+"rate", g.Rate)
		if err != nil {
			return nil, err
		}
		t.CountryGroups = append(t.CountryGroups, cg)
		t.Premium.Rates = append(t.Premium.Rates, policy.GroupRate{Group: cg.Name, Rate: r})
	}
	if x := p.TurnoverExclusions; x != nil {
		for _, b := range []struct {
			src *bool
			dst *bool
		}{{x.RelatedCompanies, &t.TurnoverExclusions.RelatedCompanies}, {x.PublicBuyers, &t.TurnoverExclusions.PublicBuyers},
			{x.PrivateIndividuals, &t.TurnoverExclusions.PrivateIndividuals}, {x.CashSales, &t.TurnoverExclusions.CashSales},
			{x.LetterOfCreditSales, &t.TurnoverExclusions.LetterOfCreditSales}} {
			if b.src != nil {
				*b.dst = *b.src
			}
		}
	}
	if p.Conversion != nil {
		if t.Conversion, err = p.Conversion.conversion(); err != nil {
			return nil, err
		}
	}
	var freq premium.Frequency
	if err := freq.UnmarshalText([]byte(*in.Frequency)); err != nil {
		return nil, err
	}
	lines := make([]premium.SalesLine, len(*in.Lines))
	for i, x := range *in.Lines {
		f := "lines[" + strconv.Itoa(i) + "]."
		l := &lines[i]
		for _, s := range []struct {
			name string
			src  *string
			dst  *string
		}{{"invoice", x.Invoice, &l.Invoice}, {"buyer", x.Buyer, &l.Buyer}, {"country", x.Country, &l.Country}} {
			if s.src == nil {
				return nil, missing(f + s.name)
			}
			*s.dst = *s.src
		}
		if x.BuyerKind != nil {
			if l.BuyerKind, err = policy.ParseBuyerKind(*x.BuyerKind); err != nil {
				return nil, err
			}
		}
		if x.Payment != nil {
			if l.Payment, err = policy.ParsePaymentKind(*x.Payment); err != nil {
				return nil, err
			}
		}
		if l.Date, err = date(f+"date", x.Date); err != nil {
			return nil, err
		}
		if l.Amount, err = nonNegative(f+"amount", x.Amount); err != nil {
			return nil, err
		}
	}
	tb, err := rateTable(in.Rates)
	if err != nil {
		return nil, err
	}
	res, err := premium.Turnover(t, lines, freq, tb)
	if err != nil {
		return nil, err
	}
	periods := make([]map[string]any, len(res.Periods))
	for i, pt := range res.Periods {
		groups := make([]map[string]any, len(pt.Groups))
		for j, g := range pt.Groups {
			groups[j] = map[string]any{"group": g.Group, "turnover": g.Turnover.String(), "premium": g.Premium.String()}
		}
		periods[i] = map[string]any{"from": dateOut(pt.From), "to": dateOut(pt.To), "groups": groups, "premium": pt.Premium.String()}
	}
	excluded := make([]map[string]any, len(res.Excluded))
	for i, x := range res.Excluded {
		excluded[i] = map[string]any{"invoice": x.Invoice, "reason": x.Reason.String(), "amount": x.Amount.String()}
	}
	buyers := make([]map[string]any, len(res.Buyers))
	for i, b := range res.Buyers {
		buyers[i] = map[string]any{"buyer": b.Buyer, "group": b.Group, "turnover": b.Turnover.String()}
	}
	return map[string]any{
		"periods": periods, "excluded": excluded, "buyers": buyers,
		"total": res.Total.String(), "insurable": res.Insurable.String(), "excludedTotal": res.ExcludedTotal.String(),
		"premium": res.Premium.String(),
	}, nil
}

// limitsWholeTurnoverInput is the JSON input of limits.wholeTurnover
// (FORMAT.md).
type limitsWholeTurnoverInput struct {
	Policy *struct {
		coverPolicyIn
		CountryGroups *[]bookGroupIn `json:"countryGroups"`
		Countries     *[]struct {
			Country       *string `json:"country"`
			WithdrawnFrom *string `json:"withdrawnFrom"`
		} `json:"countries"`
	} `json:"policy"`
	AsOf   *string `json:"asOf"`
	Buyers *[]struct {
		Buyer *struct {
			ID                    *string `json:"id"`
			Country               *string `json:"country"`
			DiscretionaryEligible *bool   `json:"discretionaryEligible"`
		} `json:"buyer"`
		Decisions *[]decisionIn `json:"decisions"`
		Turnover  *string       `json:"turnover"`
	} `json:"buyers"`
}

func limitsWholeTurnover(raw json.RawMessage) (any, error) {
	var in limitsWholeTurnoverInput
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	p := in.Policy
	switch {
	case p == nil:
		return nil, missing("policy")
	case in.Buyers == nil:
		return nil, missing("buyers")
	}
	var t policy.Terms
	if err := p.coverPolicyIn.terms(&t); err != nil {
		return nil, err
	}
	if err := bookGroups(&t, p.CountryGroups); err != nil {
		return nil, err
	}
	if p.Countries != nil {
		for i, c := range *p.Countries {
			f := "policy.countries[" + strconv.Itoa(i) + "]."
			if c.Country == nil {
				return nil, missing(f + "country")
			}
			cc := policy.CountryCover{Country: *c.Country}
			var err error
			if cc.WithdrawnFrom, err = optDate(c.WithdrawnFrom); err != nil {
				return nil, err
			}
			t.Countries = append(t.Countries, cc)
		}
		if err := t.ValidateCountries(); err != nil {
			return nil, err
		}
	}
	asOf, err := date("asOf", in.AsOf)
	if err != nil {
		return nil, err
	}
	buyers := make([]limits.TurnoverBuyer, len(*in.Buyers))
	for i, x := range *in.Buyers {
		f := "buyers[" + strconv.Itoa(i) + "]."
		b := &buyers[i]
		if x.Buyer == nil || x.Buyer.ID == nil {
			return nil, missing(f + "buyer.id")
		}
		b.Buyer.ID = *x.Buyer.ID
		if x.Buyer.Country != nil {
			b.Buyer.Country = *x.Buyer.Country
		}
		if x.Buyer.DiscretionaryEligible != nil {
			b.Buyer.DiscretionaryEligible = *x.Buyer.DiscretionaryEligible
		}
		if x.Decisions != nil {
			if b.History, err = history(*x.Decisions); err != nil {
				return nil, policy.PrefixField(f[:len(f)-1], err)
			}
		}
		if b.Turnover, err = nonNegative(f+"turnover", x.Turnover); err != nil {
			return nil, err
		}
	}
	un, err := limits.WholeTurnover(t, buyers, asOf, limits.CoverOptions{})
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, len(un))
	for i, u := range un {
		var g any
		if u.Group != "" {
			g = u.Group
		}
		out[i] = map[string]any{"buyer": u.Buyer, "country": u.Country, "group": g, "turnover": u.Turnover.String()}
	}
	return map[string]any{"uncovered": out}, nil
}
