package examples

import (
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// The stories share one firm, Ferrand SAS, a wholesaler, and its buyers.

// ferrandTerms returns the policy of Ferrand SAS: the simplified SME offer
// ([policy.SimplifiedSME]) signed on 20 January 2025, effective
// from 1 January to 31 December 2025, with the numbers the offer leaves to
// the particular conditions: discretionary (non-named) cover up to EUR 5 000
// at 60 % (Coface TradeLiner covers non-named buyers up
// to 10 k€ at 60 %) for buyers that pass Allianz Trade's payment-experience
// self-check ([limits.AllianzPaymentExperience]), a waiting period of 5
// months (2 to 6 months in the market) and a maximum credit term of 90
// days.
func ferrandTerms() policy.Terms {
	t := policy.SimplifiedSME(policy.SMEOffer{Currency: policy.EUR, Signature: date(2025, time.January, 20), Effective: date(2025, time.January, 1), Expiry: date(2025, time.December, 31)})
	t.PolicyID = "SME-2025-0142"
	t.DiscretionaryMax = eur("5000")
	t.Quotites.Discretionary = policy.MustRate("0.6")
	t.DiscretionaryConditions = policy.DiscretionaryConditions{AnyOf: []policy.DiscretionaryRule{limits.AllianzPaymentExperience()}}
	t.MaxCreditDays = policy.MustTimeLimit(calendar.Days(90))
	return t
}

// martinHistory: Boulangeries Martin got an accord express of the standard
// amount on 10 February 2025, within 30 days of the signature.
func martinHistory() limits.History {
	return limits.MustHistory(limits.Decision{ID: "AE-5531", Kind: limits.AccordExpress,
		Amount: policy.StandardAccordExpress(), Date: date(2025, time.February, 10)})
}

// dupontHistory: Dupont Industrie got an agrément of EUR 80 000 on 4 March
// 2025, after the retroactivity window.
func dupontHistory() limits.History {
	return limits.MustHistory(limits.Decision{ID: "AG-2207", Kind: limits.Agrement,
		Amount: eur("80000"), Date: date(2025, time.March, 4)})
}

// nouvelleHistory: Société Nouvelle, newly incorporated, was refused on 2
// April 2025.
func nouvelleHistory() limits.History {
	return limits.MustHistory(limits.Decision{ID: "RF-0917", Kind: limits.Refusal,
		Date: date(2025, time.April, 2), Reason: limits.ReasonNewCompany})
}
