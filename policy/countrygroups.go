package policy

import (
	"errors"
	"strconv"
)

// clauseCountryGroups is the schedule of the country groups of the
// particular conditions.
var clauseCountryGroups = Clause{ID: "CP-country-groups", Source: "Conditions particulières: country groups (zones), their credit term, waiting periods, quotités and premium rate"}

// CountryGroup is a group of the buyers' countries that the policy insures
// and prices alike (a "zone" or "groupe de pays": the premium "depends on
// the France / export split of the receivables", a French broker's guide;
// "whole turnover policies can be based upon domestic or export trade, or
// a mixture of both", Marsh, whole turnover insurance). A buyer's country
// (limits.Buyer.Country) gives its group; the group's values replace the
// policy's general ones where the group sets them (Terms.ForCountry).
//
// One group name means one group across the terms: the group's maximum
// credit term is its entry in Terms.MaxCreditDaysByGroup, its premium rate
// its entry in Terms.Premium.Rates, both keyed by Name; the group itself
// holds what has no other place (its countries, waiting periods and
// quotités). Once the terms list groups, every group name they use must
// be one of them (Validate).
//
// A country in no group (and no group with Others) keeps the policy's
// general terms: its buyers are covered, their clocks and quotités are
// the general ones. Its turnover has no group rate, so premium.Turnover
// refuses it rather than leave it unpriced.
type CountryGroup struct {
	// Name is the group's name ("domestic", "EU", "group-2"); names
	// compare case-insensitively, without surrounding spaces.
	Name string `json:"name"`
	// Countries are ISO 3166-1 alpha-2 codes; a country is in one group
	// at most.
	Countries []string `json:"countries,omitempty"`
	// Others: the group takes every country no group lists ("rest of the
	// world"); one group at most.
	Others bool `json:"others,omitempty"`
	// WaitingPeriod replaces Terms.WaitingPeriod (the commercial waiting
	// period, protracted default) for the group's buyers; not set: the
	// general one.
	WaitingPeriod TimeLimit `json:"waitingPeriod,omitzero"`
	// PoliticalWaitingPeriod is the political waiting period of the
	// group's countries (see CountryCover) that the country schedule does
	// not set itself: a country's own entry in Terms.Countries is the
	// more particular clause and prevails. Not set: the country schedule
	// alone decides.
	PoliticalWaitingPeriod TimeLimit `json:"politicalWaitingPeriod,omitzero"`
	// Quotites replace Terms.Quotites as a whole (commercial by type of
	// cover, and political) for the group's buyers; the zero Quotites:
	// the general ones. A group that sets one quotité sets them all: a
	// zero rate in a set Quotites means that cover is not granted, as in
	// Terms.Quotites.
	Quotites Quotites `json:"quotites,omitzero"`
}

// IsZero reports whether q sets no quotité.
func (q Quotites) IsZero() bool {
	return q.Named.IsZero() && q.AccordExpress.IsZero() && q.Discretionary.IsZero() &&
		q.Temporary.IsZero() && q.TopUp.IsZero() && q.Political.IsZero()
}

// GroupOf returns the country group of a country: the group that lists
// it, else the group with Others, else false (the general terms apply).
// Country codes compare exactly (two capital letters).
func (t Terms) GroupOf(country string) (CountryGroup, bool) {
	if country == "" {
		return CountryGroup{}, false
	}
	others := -1
	for i, g := range t.CountryGroups {
		for _, c := range g.Countries {
			if c == country {
				return g, true
			}
		}
		if g.Others && others < 0 {
			others = i
		}
	}
	if others >= 0 {
		return t.CountryGroups[others], true
	}
	return CountryGroup{}, false
}

// ForCountry returns the terms that apply to the buyers of a country
// (clause CP-country-groups): the general terms with the values its group
// sets in their place (the maximum credit term of the group in
// MaxCreditDays, WaitingPeriod, Quotites, and the group's political
// waiting period for the country when Countries does not set one), and the
// group's name ("" for a country in no group: the general terms, unchanged).
// An empty country is in no group. Errors: those of ValidateCountryGroups.
func (t Terms) ForCountry(country string) (Terms, string, error) {
	if err := t.ValidateCountryGroups(); err != nil {
		return Terms{}, "", err
	}
	g, ok := t.GroupOf(country)
	if !ok {
		return t, "", nil
	}
	t.MaxCreditDays = t.MaxCreditDaysFor(g.Name)
	if g.WaitingPeriod.IsSet() {
		t.WaitingPeriod = g.WaitingPeriod
	}
	if !g.Quotites.IsZero() {
		t.Quotites = g.Quotites
	}
	if g.PoliticalWaitingPeriod.IsSet() {
		cs := make([]CountryCover, 0, len(t.Countries)+1)
		found := false
		for _, c := range t.Countries {
			if c.Country == country {
				found = true
				if !c.PoliticalWaitingPeriod.IsSet() {
					c.PoliticalWaitingPeriod = g.PoliticalWaitingPeriod
				}
			}
			cs = append(cs, c)
		}
		if !found {
			cs = append(cs, CountryCover{Country: country, PoliticalWaitingPeriod: g.PoliticalWaitingPeriod})
		}
		t.Countries = cs
	}
	return t, g.Name, nil
}

// ValidateCountryGroups checks the country groups alone, as Validate does
// (rules that read them call it on terms that may not pass the whole of
// Validate):
//
//   - ErrMissing: a group without a name, or with neither countries nor
//     Others;
//   - ErrSyntax: a country code not of the ISO 3166-1 alpha-2 form;
//   - ErrInconsistent: a group named twice, a country in two groups (or
//     twice in one), two groups with Others, a political waiting period
//     under a policy (and group) whose political quotité is 0, and, once
//     groups are listed, a group name of MaxCreditDaysByGroup or of
//     Premium.Rates that names none of them;
//   - ErrOutOfRange: a quotité above 1.
//
// Each error names its field by its JSON path ("countryGroups[1].countries[0]").
func (t Terms) ValidateCountryGroups() error {
	c := &checker{cur: t.Currency}
	t.checkCountryGroups(c)
	return errors.Join(c.errs...)
}

func (t Terms) checkCountryGroups(c *checker) {
	if len(t.CountryGroups) == 0 {
		return
	}
	names := map[string]bool{}
	inGroup := map[string]string{}
	others := false
	for i, g := range t.CountryGroups {
		f := "countryGroups[" + strconv.Itoa(i) + "]"
		k := nameKey(g.Name)
		switch {
		case k == "":
			c.add(ErrMissing, clauseCountryGroups, f+".name", g.Name)
		case names[k]:
			c.add(ErrInconsistent, clauseCountryGroups, f+".name", g.Name+" named twice")
		}
		names[k] = true
		if len(g.Countries) == 0 && !g.Others {
			c.add(ErrMissing, clauseCountryGroups, f+".countries", "")
		}
		if g.Others {
			if others {
				c.add(ErrInconsistent, clauseCountryGroups, f+".others", "a second group of the other countries")
			}
			others = true
		}
		for j, cc := range g.Countries {
			cf := f + ".countries[" + strconv.Itoa(j) + "]"
			if !ValidCountry(cc) {
				c.add(ErrSyntax, clauseCountryGroups, cf, cc)
				continue
			}
			if prev, dup := inGroup[cc]; dup {
				c.add(ErrInconsistent, clauseCountryGroups, cf, cc+" already in group "+strconv.Quote(prev))
				continue
			}
			inGroup[cc] = g.Name
		}
		q := g.Quotites
		for _, r := range [...]struct {
			name string
			r    Rate
		}{{"named", q.Named}, {"accordExpress", q.AccordExpress}, {"discretionary", q.Discretionary},
			{"temporary", q.Temporary}, {"topUp", q.TopUp}, {"political", q.Political}} {
			c.fraction(clauseCountryGroups, f+".quotites."+r.name, r.r)
		}
		political := t.Quotites.Political
		if !q.IsZero() {
			political = q.Political
		}
		if g.PoliticalWaitingPeriod.IsSet() && political.IsZero() {
			c.add(ErrInconsistent, clauseCountryGroups, f+".politicalWaitingPeriod", g.PoliticalWaitingPeriod.String()+" with a political quotité of 0")
		}
	}
	// Named by the group, as Validate names these lists' other problems,
	// so that the problems do not depend on the order of the lists.
	for _, g := range t.MaxCreditDaysByGroup {
		if k := nameKey(g.Group); k != "" && !names[k] {
			c.add(ErrInconsistent, clauseCountryGroups, "maxCreditDaysByGroup["+g.Group+"].group", g.Group+": no such country group")
		}
	}
	for _, r := range t.Premium.Rates {
		if k := nameKey(r.Group); k != "" && !names[k] {
			c.add(ErrInconsistent, clauseCountryGroups, "premium.rates["+r.Group+"].group", r.Group+": no such country group")
		}
	}
}

// SameGroup reports whether two group names name one group: they compare
// case-insensitively, without surrounding spaces, as Validate compares
// them ("Export" and " export" are the same group).
func SameGroup(a, b string) bool { return nameKey(a) == nameKey(b) }

// RateFor returns the premium rate of a country group, its entry in Rates
// (names compared as SameGroup does), and whether it has one.
func (p PremiumTerms) RateFor(group string) (GroupRate, bool) {
	for _, r := range p.Rates {
		if SameGroup(r.Group, group) {
			return r, true
		}
	}
	return GroupRate{}, false
}
