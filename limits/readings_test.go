package limits_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"pgregory.net/rapid"
)

// The readings of the cover that wordings vary on: retroactivity before a
// decision's date, the validity of named limits, the older amount kept for
// orders taken before a reduction.

type coverRow struct {
	Type   string
	Amount string
	Gap    string
	Reason string
}

func rowOf(c limits.Cover) coverRow {
	r := coverRow{Type: c.Type.String(), Amount: c.Amount.String(), Gap: c.Gap.String()}
	if c.Decision.Reason != 0 {
		r.Reason = c.Decision.Reason.String()
	}
	return r
}

func TestRetroactivity(t *testing.T) {
	terms := vectorTerms()
	terms.RetroactivityDays = policy.TimeLimit{}
	terms.Signature = calendar.Date{}
	h := limits.MustHistory(
		dec("D1", limits.Agrement, "50000", "2025-03-17", ""),
		dec("D2", limits.Agrement, "20000", "2025-06-20", ""), // a reduction never reaches back
	)
	none := limits.Retroactivity{}
	days30 := limits.Retroactivity{Rule: limits.DaysBefore, Window: limitDays(30)}
	month := limits.Retroactivity{Rule: limits.MonthStart}
	for _, tc := range []struct {
		name     string
		retro    limits.Retroactivity
		delivery string
		want     string
	}{
		{"default: from its date", none, "2025-03-16", "EUR 0.00"},
		{"default: on its date", none, "2025-03-17", "EUR 50000.00"},
		{"30 days: the first day reached", days30, "2025-02-15", "EUR 50000.00"},
		{"30 days: the day before", days30, "2025-02-14", "EUR 0.00"},
		{"month start: the first of the month", month, "2025-03-01", "EUR 50000.00"},
		{"month start: the month before", month, "2025-02-28", "EUR 0.00"},
		{"a reduction waits for its date", days30, "2025-06-19", "EUR 50000.00"},
		{"a reduction on its date", days30, "2025-06-20", "EUR 20000.00"},
	} {
		c, err := limits.CoverAt(terms, h, limits.Buyer{}, day(tc.delivery), limits.CoverOptions{Retroactivity: tc.retro})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.want, c.Amount.String()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestRetroactivityErrors(t *testing.T) {
	h := limits.MustHistory(dec("D1", limits.Agrement, "50000", "2025-03-17", ""))
	for _, tc := range []struct {
		name  string
		retro limits.Retroactivity
		want  error
	}{
		{"days before without a window", limits.Retroactivity{Rule: limits.DaysBefore}, policy.ErrMissing},
		{"a window with month start", limits.Retroactivity{Rule: limits.MonthStart, Window: limitDays(10)}, policy.ErrInconsistent},
		{"an unknown rule", limits.Retroactivity{Rule: 9}, limits.ErrUnknownCode},
	} {
		_, err := limits.CoverAt(vectorTerms(), h, limits.Buyer{}, day("2025-04-01"), limits.CoverOptions{Retroactivity: tc.retro})
		wantErr(t, tc.name, err, tc.want)
	}
}

func TestRetroRuleText(t *testing.T) {
	for _, s := range []string{"none", "daysBefore", "monthStart"} {
		var r limits.RetroRule
		if err := r.UnmarshalText([]byte(s)); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		b, err := r.MarshalText()
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		if diff := cmp.Diff(s, string(b)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
	var r limits.RetroRule
	wantErr(t, "unknown", r.UnmarshalText([]byte("weekStart")), limits.ErrUnknownCode)
}

// validityTerms are the vectors' terms with named limits valid 12 months.
func validityTerms() policy.Terms {
	terms := vectorTerms()
	terms.Expiry = day("2026-12-31")
	terms.Premium.LimitFees.NamedLimitValidity = policy.MustTimeLimit(calendar.Months(12))
	return terms
}

func TestNamedLimitValidity(t *testing.T) {
	terms := validityTerms()
	h := limits.MustHistory(
		dec("D1", limits.Agrement, "50000", "2025-02-10", ""),
		dec("T1", limits.Temporary, "5000", "2026-03-01", "2026-03-31"),
		dec("D2", limits.Agrement, "30000", "2026-04-01", ""), // requested again
	)
	for _, tc := range []struct {
		name     string
		terms    policy.Terms
		delivery string
		want     coverRow
	}{
		{"the last day of validity", terms, "2026-02-09", coverRow{"named", "EUR 50000.00", "covered", ""}},
		{"the day it lapses", terms, "2026-02-10", coverRow{"none", "EUR 0.00", "lapsed", "lapsed"}},
		{"a temporary limit still adds", terms, "2026-03-10", coverRow{"temporary", "EUR 5000.00", "covered", "lapsed"}},
		{"requested again", terms, "2026-04-01", coverRow{"named", "EUR 30000.00", "covered", ""}},
		{"no validity: no lapse", vectorTermsTo("2026-12-31"), "2026-02-10", coverRow{"named", "EUR 50000.00", "covered", ""}},
	} {
		c, err := limits.CoverAt(tc.terms, h, limits.Buyer{DiscretionaryEligible: true}, day(tc.delivery), limits.CoverOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.want, rowOf(c)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	if end, ok := limits.Lapse(terms, dec("R", limits.Refusal, "0", "2025-02-10", "")); ok {
		t.Errorf("a refusal lapses on %s", end)
	}
}

// vectorTermsTo are the vectors' terms with another expiry.
func vectorTermsTo(expiry string) policy.Terms {
	terms := vectorTerms()
	terms.Expiry = day(expiry)
	return terms
}

func TestAtOrder(t *testing.T) {
	terms := vectorTerms()
	terms.ReductionNoticeDays = limitDays(0)
	h := limits.MustHistory(
		dec("D1", limits.Agrement, "50000", "2025-02-01", ""),
		dec("D2", limits.Agrement, "20000", "2025-05-01", ""),
		dec("D3", limits.Agrement, "30000", "2025-06-01", ""),
		dec("D4", limits.Agrement, "80000", "2025-07-01", ""),
	)
	cv, err := limits.NewCoverage(terms, h, limits.CoverOptions{OmitTrace: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name            string
		order, delivery string
		want            string
	}{
		{"no order date: the delivery decides", "", "2025-06-10", "EUR 30000.00"},
		{"ordered before both reductions", "2025-04-20", "2025-06-10", "EUR 50000.00"},
		{"ordered after the first one", "2025-05-10", "2025-06-10", "EUR 30000.00"},
		{"a later rise still counts", "2025-04-20", "2025-07-10", "EUR 80000.00"},
	} {
		c, err := cv.AtOrder(limits.Buyer{}, day(tc.delivery), day(tc.order))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(tc.want, c.Amount.String()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	_, err = cv.AtOrder(limits.Buyer{}, day("2025-06-10"), day("2025-06-11"))
	wantErr(t, "an order after its delivery", err, policy.ErrInconsistent)
}

// genRetro draws a reading of retroactivity other than the default.
func genRetro(t *rapid.T) limits.Retroactivity {
	if rapid.Bool().Draw(t, "monthStart") {
		return limits.Retroactivity{Rule: limits.MonthStart}
	}
	return limits.Retroactivity{Rule: limits.DaysBefore, Window: limitDays(rapid.IntRange(0, 60).Draw(t, "window"))}
}

// Property: retroactivity never removes cover: a delivery covered under
// FORMAT.md's reading is covered under every reading that reaches back.
func propRetroactivityNeverRemovesCover(t *rapid.T) {
	terms := genTerms(t)
	ds := genDecisions(t, 1, 8)
	h := limits.MustHistory(ds...)
	b := genBuyer(t)
	rule := genRule(t)
	retro := genRetro(t)
	days := checkDays(terms, ds)
	for _, d := range ds {
		days = append(days, d.Date.AddDays(-30), d.Date.AddDays(-61), d.Date.AddDays(-d.Date.Day()+1))
	}
	plain := coverOn(t, terms, h, b, limits.CoverOptions{InForce: rule}, days)
	back := coverOn(t, terms, h, b, limits.CoverOptions{InForce: rule, Retroactivity: retro}, days)
	for i := range days {
		if plain[i].Gap == limits.Covered && back[i].Gap != limits.Covered {
			t.Fatalf("%s: covered without retroactivity, %s under %v\n%s", days[i], back[i].Gap, retro, back[i].Trace)
		}
	}
}

func TestPropRetroactivityNeverRemovesCover(t *testing.T) {
	rapid.Check(t, propRetroactivityNeverRemovesCover)
}

func FuzzPropRetroactivityNeverRemovesCover(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propRetroactivityNeverRemovesCover))
}

// Property: a lapse never adds cover: under a validity of named limits
// the cover of a delivery is never above the cover without one.
func propLapseNeverAddsCover(t *rapid.T) {
	terms := genTerms(t)
	ds := genDecisions(t, 1, 8)
	h := limits.MustHistory(ds...)
	b := genBuyer(t)
	rule := genRule(t)
	valid := terms
	valid.Premium.LimitFees.NamedLimitValidity = limitDays(rapid.IntRange(1, 200).Draw(t, "validity"))
	days := checkDays(terms, ds)
	for _, d := range ds {
		if end, ok := limits.Lapse(valid, d); ok {
			days = append(days, end.AddDays(-1), end)
		}
	}
	without := coverOn(t, terms, h, b, limits.CoverOptions{InForce: rule}, days)
	with := coverOn(t, valid, h, b, limits.CoverOptions{InForce: rule}, days)
	for i := range days {
		if cmpAmounts(t, with[i].Amount, without[i].Amount) > 0 {
			t.Fatalf("%s: %s with the validity, %s without\n%s\n%s", days[i], with[i].Amount, without[i].Amount, with[i].Trace, without[i].Trace)
		}
	}
}

func TestPropLapseNeverAddsCover(t *testing.T) { rapid.Check(t, propLapseNeverAddsCover) }

func FuzzPropLapseNeverAddsCover(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propLapseNeverAddsCover)) }

// Property: an order date never lowers the cover of its delivery.
func propOrderKeepsAtLeastTheDeliveryCover(t *rapid.T) {
	terms := genTerms(t)
	ds := genDecisions(t, 1, 8)
	h := limits.MustHistory(ds...)
	b := genBuyer(t)
	cv, err := limits.NewCoverage(terms, h, limits.CoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range checkDays(terms, ds) {
		order := d.AddDays(-rapid.IntRange(0, 90).Draw(t, "orderBefore"))
		plain, err := cv.At(b, d)
		if err != nil {
			t.Fatal(err)
		}
		kept, err := cv.AtOrder(b, d, order)
		if err != nil {
			t.Fatal(err)
		}
		if plain.Gap == limits.Covered && cmpAmounts(t, kept.Amount, plain.Amount) < 0 {
			t.Fatalf("%s ordered %s: %s, %s without the order date\n%s", d, order, kept.Amount, plain.Amount, kept.Trace)
		}
	}
}

func TestPropOrderKeepsAtLeastTheDeliveryCover(t *testing.T) {
	rapid.Check(t, propOrderKeepsAtLeastTheDeliveryCover)
}

func FuzzPropOrderKeepsAtLeastTheDeliveryCover(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propOrderKeepsAtLeastTheDeliveryCover))
}
