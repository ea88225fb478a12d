package limits

import (
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// clauseWholeTurnover is the whole-turnover (globality) clause.
var clauseWholeTurnover = policy.Clause{ID: "CG-globality",
	Source: "principle of globality: the whole insurable turnover is insured, a cover sought for every buyer (Coface glossary, globality; Alan Boswell, whole-turnover insurance)"}

// TurnoverBuyer is a buyer with its insurable turnover of the period (in
// the policy currency, as premium.Turnover gives it per buyer) and what
// its cover depends on: the buyer (its country, its qualification for
// discretionary cover) and the insurer's decisions on it.
type TurnoverBuyer struct {
	Buyer    Buyer         `json:"buyer"`
	History  History       `json:"decisions"`
	Turnover policy.Amount `json:"turnover"`
}

// Uncovered is a buyer of a covered country with insurable turnover and no
// cover on the day of the check: neither a limit nor discretionary cover.
type Uncovered struct {
	Buyer    string        `json:"buyer"`
	Country  string        `json:"country"`
	Group    string        `json:"group,omitempty"`
	Turnover policy.Amount `json:"turnover"`
	// Gap says why CoverAt found no cover.
	Gap Gap `json:"gap"`
}

// WholeTurnover is the whole-turnover check (clause CG-globality): under a
// whole-turnover policy the insured declares all its insurable turnover
// and "must apply for credit limits in respect of all customers" (Alan
// Boswell, whole-turnover insurance; Coface glossary, principle of
// globality). It lists, in the order given, the buyers with a positive
// insurable turnover whose country is covered and who have no cover on
// asOf (CoverAt under the terms of their country's group,
// policy.Terms.ForCountry, gives NoCover: no limit in force and no
// discretionary cover), with their turnover.
//
// A country is covered when it is in a country group of the terms (every
// country when the terms list no group) and its cover is not withdrawn on
// asOf (policy.CountryCover.WithdrawnFrom). Errors: those of CoverAt and
// of ValidateCountryGroups, naming the buyer ("buyers[2].turnover"); a
// turnover missing, negative or in another currency than the policy's.
func WholeTurnover(terms policy.Terms, buyers []TurnoverBuyer, asOf calendar.Date, opts CoverOptions) ([]Uncovered, error) {
	if err := checkCover(terms, opts); err != nil {
		return nil, err
	}
	if err := terms.ValidateCountryGroups(); err != nil {
		return nil, err
	}
	var out []Uncovered
	for i, b := range buyers {
		path := "buyers[" + strconv.Itoa(i) + "]"
		switch {
		case b.Turnover.Currency().IsZero():
			return nil, policy.NewRuleError(policy.ErrMissing, clauseWholeTurnover, path+".turnover", "")
		case b.Turnover.Currency() != terms.Currency:
			return nil, policy.NewRuleError(policy.ErrCurrencyMismatch, clauseWholeTurnover, path+".turnover", b.Turnover.String())
		case b.Turnover.IsNegative():
			return nil, policy.NewRuleError(policy.ErrOutOfRange, clauseWholeTurnover, path+".turnover", b.Turnover.String())
		case b.Buyer.Country != "" && !policy.ValidCountry(b.Buyer.Country):
			return nil, policy.NewRuleError(policy.ErrSyntax, clauseWholeTurnover, path+".buyer.country", b.Buyer.Country)
		}
		if !b.Turnover.IsPositive() || !countryCovered(terms, b.Buyer.Country, asOf) {
			continue
		}
		bt, group, err := terms.ForCountry(b.Buyer.Country)
		if err != nil {
			return nil, err
		}
		c, err := CoverAt(bt, b.History, b.Buyer, asOf, opts)
		if err != nil {
			return nil, policy.PrefixField(path, err)
		}
		if c.Type == policy.NoCover {
			out = append(out, Uncovered{Buyer: b.Buyer.ID, Country: b.Buyer.Country, Group: group, Turnover: b.Turnover, Gap: c.Gap})
		}
	}
	return out, nil
}

// countryCovered reports whether the policy covers the buyers of a
// country on day d: the country is in a group (any country when the terms
// list none) and its cover is not withdrawn by d.
func countryCovered(t policy.Terms, country string, d calendar.Date) bool {
	if len(t.CountryGroups) > 0 {
		if _, ok := t.GroupOf(country); !ok {
			return false
		}
	}
	cc, _ := t.Country(country)
	return cc.WithdrawnFrom.IsZero() || d.Before(cc.WithdrawnFrom)
}
