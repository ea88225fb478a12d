package claims

import (
	"strconv"

	"github.com/creditins/creditins/policy"
)

// clauseCountryGroup is the schedule of the country groups the book reads.
var clauseCountryGroup = policy.Clause{ID: "CP-country-groups", Source: "Conditions particulières: country groups (zones), their credit term, waiting periods, quotités and premium rate"}

// buyerTerms are the terms of a buyer's book (clause CP-country-groups):
// the policy's general terms with the values of the country group of the
// buyer's country in their place (policy.Terms.ForCountry), and the
// group's name; a buyer whose country is in no group, or not given, keeps
// the general terms. The group comes from the buyer's country: an
// invoice's own Group (kept for books without a country) must then be
// empty or that group, else the invoice would be read under two maximum
// credit terms (ErrInconsistent naming "invoices[i].group").
func buyerTerms(t policy.Terms, b BuyerBook) (policy.Terms, string, error) {
	bt, group, err := t.ForCountry(b.Buyer.Country)
	if err != nil || group == "" {
		return bt, group, err
	}
	for i, inv := range b.Ledger.Invoices {
		if g := inv.Group; g != "" && !policy.SameGroup(g, group) {
			return policy.Terms{}, "", inconsistent(clauseCountryGroup, "invoices["+strconv.Itoa(i)+"].group",
				g+": the buyer's country "+b.Buyer.Country+" is in group "+group)
		}
	}
	return bt, group, nil
}
