package synth

import (
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// This file is the one place of the module that builds policy.Terms field
// by field (the pipeline reads terms with policy.ParseTerms only): adapt it
// when the fields of Terms or the presets change.

// Terms is a whole-turnover policy for 2025 (policy.WholeTurnover: 30 days
// to invoice, 120 days of maximum credit, a 60-day MEP, a DMS 30 days after
// the due date, 5 months of waiting period, FR civil deadlines) with
// retroactivity, a reduction notice and discretionary cover, and no
// per-claim deduction (the book computes a claim over several quotités
// only without one): the terms of the bench module's portfolio.
func Terms() policy.Terms {
	t := policy.WholeTurnover(policy.WholeTurnoverOffer{Currency: policy.EUR, NonQualifyingLoss: policy.MustAmount("EUR 500"),
		Signature: calendar.MustDate(2024, time.December, 20), Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2025, time.December, 31)})
	t.RetroactivityDays = policy.MustTimeLimit(calendar.Days(30))
	t.ReductionNoticeDays = policy.MustTimeLimit(calendar.Days(30))
	t.Quotites.Discretionary = policy.MustRate("0.6")
	t.Quotites.TopUp = policy.MustRate("0.5")
	t.DiscretionaryMax = policy.MustAmount("EUR 10000")
	t.ClaimThreshold, t.MaxLiability = policy.Threshold{}, policy.MaxLiability{}
	return t
}

// AsOf is the day the synthetic books are read.
var AsOf = calendar.MustDate(2025, time.November, 28)

// Options are the FORMAT.md defaults with a warning ratio of 80 %
// (limits.DefaultWarnRatio), those of the pipeline's default --warn-ratio.
func Options() claims.PortfolioOptions {
	return claims.PortfolioOptions{Alerts: limits.AlertOptions{Headroom: limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}}}
}
