package limits_test

import (
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"pgregory.net/rapid"
)

// Generators of the properties: the vectors' policy with drawn
// retroactivity and notice days, and histories of up to 8 decisions of
// every kind, dated from a month before the policy to a month after it, in
// whole thousands of euros (the boundaries that matter are dates, not
// cents).

// genTerms draws the policy's day counts.
func genTerms(t *rapid.T) policy.Terms {
	terms := vectorTerms()
	terms.RetroactivityDays = limitDays(rapid.IntRange(0, 40).Draw(t, "retroactivityDays"))
	terms.ReductionNoticeDays = limitDays(rapid.SampledFrom([]int{0, 1, 15, 30}).Draw(t, "reductionNoticeDays"))
	return terms
}

var allKinds = []limits.Kind{limits.Agrement, limits.AccordExpress, limits.Refusal, limits.Temporary, limits.TopUp, limits.StartCover}

// base is the first day decisions are drawn from, 2024-12-01.
var base = calendar.MustDate(2024, 12, 1)

// genDecision draws one valid decision; Seq is its position, so that no two
// decisions of a day are ambiguous.
func genDecision(t *rapid.T, i int) limits.Decision {
	k := rapid.SampledFrom(allKinds).Draw(t, "kind")
	d := limits.Decision{ID: "D" + strconv.Itoa(i), Kind: k, Seq: i,
		Date: base.AddDays(rapid.IntRange(0, 425).Draw(t, "dateOffset"))}
	switch k {
	case limits.Refusal:
		d.Amount = eur("0")
	case limits.TopUp:
		d.Amount = eur(strconv.Itoa(1000 * rapid.IntRange(0, 60).Draw(t, "thousands")))
		if rapid.Bool().Draw(t, "topUpExpires") {
			d.Expiry = d.Date.AddDays(rapid.IntRange(0, 120).Draw(t, "expiryOffset"))
		}
	default:
		d.Amount = eur(strconv.Itoa(1000 * rapid.IntRange(1, 60).Draw(t, "thousands")))
	}
	if k == limits.Temporary {
		d.Expiry = d.Date.AddDays(rapid.IntRange(0, 120).Draw(t, "expiryOffset"))
	}
	if k == limits.StartCover {
		d.Quotite = policy.MustRate("0.5")
	}
	return d
}

// genDecisions draws between min and max decisions.
func genDecisions(t *rapid.T, min, max int) []limits.Decision {
	n := rapid.IntRange(min, max).Draw(t, "decisions")
	ds := make([]limits.Decision, n)
	for i := range ds {
		ds[i] = genDecision(t, i)
	}
	return ds
}

func genBuyer(t *rapid.T) limits.Buyer {
	return limits.Buyer{DiscretionaryEligible: rapid.Bool().Draw(t, "eligible")}
}

func genRule(t *rapid.T) limits.InForceRule {
	return rapid.SampledFrom([]limits.InForceRule{limits.LatestEffective, limits.LatestDecision}).Draw(t, "inForce")
}

// checkDays are the delivery days the properties check: the cover can
// change only on a decision's date, start or effective day, the day after
// its notice or its expiry, and at the ends of the policy, so these days
// and the day before each cover every piece of the calendar.
func checkDays(terms policy.Terms, ds []limits.Decision) []calendar.Date {
	marks := []calendar.Date{terms.Effective, terms.Expiry.AddDays(1),
		terms.Signature.AddDays(daysOf(terms.RetroactivityDays) + 1)}
	for _, d := range ds {
		marks = append(marks, d.Date, d.Date.AddDays(daysOf(terms.ReductionNoticeDays)))
		if !d.Expiry.IsZero() {
			marks = append(marks, d.Expiry.AddDays(1))
		}
	}
	var out []calendar.Date
	for _, m := range marks {
		out = append(out, m.AddDays(-1), m)
	}
	return out
}

// genAmount draws an amount in euros between lo and hi cents.
func genAmount(t *rapid.T, label string, lo, hi int64) policy.Amount {
	c := rapid.OneOf(rapid.Just(lo), rapid.Just(hi), rapid.Just(int64(0)), rapid.Int64Range(lo, hi)).
		Filter(func(v int64) bool { return v >= lo && v <= hi }).Draw(t, label)
	return eur(formatCents(c))
}

func formatCents(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return sign + strconv.FormatInt(c/100, 10) + "." + strconv.FormatInt(c%100/10, 10) + strconv.FormatInt(c%10, 10)
}
