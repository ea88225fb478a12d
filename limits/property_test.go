package limits_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"pgregory.net/rapid"
)

// coverOn is the cover of a delivery on each of the days, failing the
// property on an error: the generated histories are valid.
func coverOn(t *rapid.T, terms policy.Terms, h limits.History, b limits.Buyer, opts limits.CoverOptions, days []calendar.Date) []limits.Cover {
	out := make([]limits.Cover, len(days))
	for i, d := range days {
		c, err := limits.CoverAt(terms, h, b, d, opts)
		if err != nil {
			t.Fatalf("CoverAt %s: %v", d, err)
		}
		out[i] = c
	}
	return out
}

func cmpAmounts(t *rapid.T, a, b policy.Amount) int {
	c, err := a.Cmp(b)
	if err != nil {
		t.Fatalf("compare %s and %s: %v", a, b, err)
	}
	return c
}

// Property: under LatestDecision, raising the amount of any decision never
// lowers the cover of any delivery.
func propHigherAmountNeverLowersCover(t *rapid.T) {
	terms := genTerms(t)
	ds := genDecisions(t, 1, 8)
	i := rapid.IntRange(0, len(ds)-1).Draw(t, "raised")
	if ds[i].Kind == limits.Refusal {
		t.Skip("a refusal is 0 by definition")
	}
	b := genBuyer(t)
	opts := limits.CoverOptions{InForce: limits.LatestDecision}
	days := checkDays(terms, ds)
	before := coverOn(t, terms, limits.MustHistory(ds...), b, opts, days)
	raised, _ := ds[i].Amount.Add(eur("1000").MulInt(int64(rapid.IntRange(1, 50).Draw(t, "raise"))))
	ds[i].Amount = raised
	after := coverOn(t, terms, limits.MustHistory(ds...), b, opts, days)
	for j := range before {
		if cmpAmounts(t, after[j].Amount, before[j].Amount) < 0 {
			t.Fatalf("%s: raising %s lowered the cover from %s to %s\nbefore:\n%s\nafter:\n%s",
				days[j], ds[i].ID, before[j].Amount, after[j].Amount, before[j].Trace, after[j].Trace)
		}
	}
}

func TestPropHigherAmountNeverLowersCover(t *testing.T) {
	rapid.Check(t, propHigherAmountNeverLowersCover)
}

func FuzzPropHigherAmountNeverLowersCover(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propHigherAmountNeverLowersCover))
}

// TestLatestEffectiveIsNotMonotone pins the counterexample to monotonicity
// under FORMAT.md's rule (see InForceRule): raising D3 makes D4 a reduction
// of D3, so the pending reduction D2 is the decision with the latest
// effective day on 5 April.
func TestLatestEffectiveIsNotMonotone(t *testing.T) {
	terms := vectorTerms()
	terms.ReductionNoticeDays = limitDays(30)
	cover := func(d3 string, rule limits.InForceRule) string {
		h := limits.MustHistory(dec("D1", limits.Agrement, "50000", "2025-02-01", ""),
			dec("D2", limits.Agrement, "10000", "2025-03-01", ""), dec("D3", limits.Agrement, d3, "2025-03-02", ""),
			dec("D4", limits.Agrement, "25000", "2025-04-05", ""))
		c, err := limits.CoverAt(terms, h, limits.Buyer{}, day("2025-04-05"), limits.CoverOptions{InForce: rule})
		if err != nil {
			t.Fatal(err)
		}
		return c.Decision.ID + " " + c.Amount.String()
	}
	for _, tt := range []struct {
		d3   string
		rule limits.InForceRule
		want string
	}{
		{"20000", limits.LatestEffective, "D4 EUR 25000.00"},
		{"30000", limits.LatestEffective, "D2 EUR 10000.00"},
		{"20000", limits.LatestDecision, "D4 EUR 25000.00"},
		{"30000", limits.LatestDecision, "D3 EUR 30000.00"},
	} {
		if got := cover(tt.d3, tt.rule); got != tt.want {
			t.Errorf("D3 %s, %v: cover %s, want %s", tt.d3, tt.rule, got, tt.want)
		}
	}
}

// Property: a delivery outside the policy period has no cover, whatever
// the decisions, the buyer and the rule.
func propOutsidePeriodNoCover(t *rapid.T) {
	terms := genTerms(t)
	h := limits.MustHistory(genDecisions(t, 0, 8)...)
	d := terms.Effective.AddDays(-rapid.IntRange(1, 400).Draw(t, "daysBefore"))
	if rapid.Bool().Draw(t, "after") {
		d = terms.Expiry.AddDays(rapid.IntRange(1, 400).Draw(t, "daysAfter"))
	}
	c, err := limits.CoverAt(terms, h, genBuyer(t), d, limits.CoverOptions{InForce: genRule(t)})
	if err != nil {
		t.Fatal(err)
	}
	if c.Type != policy.NoCover || !c.Amount.Equal(eur("0")) || !c.Quotite.IsZero() || c.Gap != limits.OutsidePeriod {
		t.Fatalf("delivery %s: %v %s at %s, gap %v", d, c.Type, c.Amount, c.Quotite, c.Gap)
	}
}

func TestPropOutsidePeriodNoCover(t *testing.T) { rapid.Check(t, propOutsidePeriodNoCover) }

func FuzzPropOutsidePeriodNoCover(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propOutsidePeriodNoCover)) }

// withLater returns the history plus one decision dated on or after all of
// its decisions, and that decision's entry on the timeline.
func withLater(t *rapid.T, terms policy.Terms, ds []limits.Decision, rule limits.InForceRule) (limits.History, limits.Entry) {
	n := genDecision(t, len(ds))
	last := base
	for _, d := range ds {
		if d.Date.After(last) {
			last = d.Date
		}
	}
	gap := rapid.IntRange(0, 60).Draw(t, "daysAfterLast")
	if !n.Expiry.IsZero() {
		n.Expiry = n.Expiry.AddDays(last.DaysSince(n.Date) + gap)
	}
	n.Date = last.AddDays(gap)
	h := limits.MustHistory(append(ds, n)...)
	es, err := limits.Timeline(terms, h, limits.CoverOptions{InForce: rule})
	if err != nil {
		t.Fatal(err)
	}
	return h, es[len(es)-1]
}

// Property: under LatestEffective (FORMAT.md), adding a decision dated on
// or after all the others never changes the cover of deliveries before its
// effective day.
func propLaterDecisionKeepsEarlierCover(t *rapid.T) {
	terms := genTerms(t)
	ds := genDecisions(t, 0, 7)
	b := genBuyer(t)
	opts := limits.CoverOptions{InForce: limits.LatestEffective}
	h, e := withLater(t, terms, ds, opts.InForce)
	days := checkDays(terms, h.Decisions())
	before := coverOn(t, terms, limits.MustHistory(ds...), b, opts, days)
	after := coverOn(t, terms, h, b, opts, days)
	for j, d := range days {
		changed := !after[j].Amount.Equal(before[j].Amount) || after[j].Type != before[j].Type
		if d.Before(e.Effective) && changed {
			t.Fatalf("%s, before %s effective on %s: %v %s became %v %s", d, e.Decision.ID, e.Effective,
				before[j].Type, before[j].Amount, after[j].Type, after[j].Amount)
		}
	}
}

func TestPropLaterDecisionKeepsEarlierCover(t *testing.T) {
	rapid.Check(t, propLaterDecisionKeepsEarlierCover)
}

func FuzzPropLaterDecisionKeepsEarlierCover(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propLaterDecisionKeepsEarlierCover))
}

// Property: under LatestDecision, adding a decision dated on or after all
// the others never changes the cover of deliveries before its start, and
// never lowers the cover of deliveries before its effective day.
func propLaterDecisionKeepsEarlierCoverDayByDay(t *rapid.T) {
	terms := genTerms(t)
	ds := genDecisions(t, 0, 7)
	b := genBuyer(t)
	opts := limits.CoverOptions{InForce: limits.LatestDecision}
	h, e := withLater(t, terms, ds, opts.InForce)
	days := checkDays(terms, h.Decisions())
	before := coverOn(t, terms, limits.MustHistory(ds...), b, opts, days)
	after := coverOn(t, terms, h, b, opts, days)
	for j, d := range days {
		changed := !after[j].Amount.Equal(before[j].Amount) || after[j].Type != before[j].Type
		if d.Before(e.Start) && changed || d.Before(e.Effective) && cmpAmounts(t, after[j].Amount, before[j].Amount) < 0 {
			t.Fatalf("%s, before %s starting %s effective %s: %v %s became %v %s", d, e.Decision.ID, e.Start, e.Effective,
				before[j].Type, before[j].Amount, after[j].Type, after[j].Amount)
		}
	}
}

func TestPropLaterDecisionKeepsEarlierCoverDayByDay(t *testing.T) {
	rapid.Check(t, propLaterDecisionKeepsEarlierCoverDayByDay)
}

func FuzzPropLaterDecisionKeepsEarlierCoverDayByDay(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propLaterDecisionKeepsEarlierCoverDayByDay))
}

// genPosition draws a headroom check and returns its inputs and result.
func genPosition(t *rapid.T) (limit, after policy.Amount, p limits.Position) {
	limit = genAmount(t, "limit", 0, 10_000_000)
	e := limits.Exposure{Open: genAmount(t, "open", 0, 10_000_000), Overdue: genAmount(t, "overdue", 0, 5_000_000),
		Draft: genAmount(t, "draft", 0, 5_000_000), Orders: genAmount(t, "orders", 0, 5_000_000),
		Credits: genAmount(t, "credits", 0, 5_000_000)}
	pending := genAmount(t, "pending", -5_000_000, 5_000_000)
	opts := limits.HeadroomOptions{WarnRatio: policy.MustRate(rapid.SampledFrom([]string{"0", "0.5", "0.8", "1"}).Draw(t, "warnRatio")),
		OmitOverdue: rapid.Bool().Draw(t, "omitOverdue"), OmitDrafts: rapid.Bool().Draw(t, "omitDrafts"),
		OmitOrders: rapid.Bool().Draw(t, "omitOrders")}
	p, err := limits.Headroom(limit, e, pending, opts)
	if err != nil {
		t.Fatal(err)
	}
	return limit, p.Exposure, p
}

// Property: headroom + insured = limit when 0 ≤ exposure ≤ limit.
func propHeadroomPlusInsuredIsLimit(t *rapid.T) {
	limit, after, p := genPosition(t)
	if after.IsNegative() || cmpAmounts(t, after, limit) > 0 {
		t.Skip("exposure outside [0, limit]")
	}
	sum, _ := p.Headroom.Add(p.Insured)
	if !sum.Equal(limit) {
		t.Fatalf("headroom %s + insured %s = %s, limit %s", p.Headroom, p.Insured, sum, limit)
	}
}

func TestPropHeadroomPlusInsuredIsLimit(t *testing.T) { rapid.Check(t, propHeadroomPlusInsuredIsLimit) }

func FuzzPropHeadroomPlusInsuredIsLimit(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propHeadroomPlusInsuredIsLimit))
}

// Property: insured + uninsured = max(exposure, 0).
func propInsuredPlusUninsured(t *rapid.T) {
	_, after, p := genPosition(t)
	want, _ := policy.Max(after, eur("0"))
	sum, _ := p.Insured.Add(p.Uninsured)
	if !sum.Equal(want) {
		t.Fatalf("insured %s + uninsured %s = %s, exposure %s", p.Insured, p.Uninsured, sum, after)
	}
}

func TestPropInsuredPlusUninsured(t *testing.T) { rapid.Check(t, propInsuredPlusUninsured) }

func FuzzPropInsuredPlusUninsured(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propInsuredPlusUninsured)) }

// Property: a document that does not raise the exposure (a credit note, a
// refund, a zero amount) is never over.
func propLoweringDocumentNeverOver(t *rapid.T) {
	limit := genAmount(t, "limit", 0, 10_000_000)
	e := limits.Exposure{Open: genAmount(t, "open", 0, 20_000_000)}
	pending := genAmount(t, "pending", -5_000_000, 0)
	p, err := limits.Headroom(limit, e, pending, limits.HeadroomOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Status == limits.Over {
		t.Fatalf("limit %s, open %s, pending %s: over", limit, e.Open, pending)
	}
}

func TestPropLoweringDocumentNeverOver(t *testing.T) { rapid.Check(t, propLoweringDocumentNeverOver) }

func FuzzPropLoweringDocumentNeverOver(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propLoweringDocumentNeverOver))
}

// Property: a Coverage placed once gives, for every day, the cover CoverAt
// gives; without its trace, the same cover but the trace.
func propCoverageIsCoverAt(t *rapid.T) {
	terms := genTerms(t)
	ds := genDecisions(t, 0, 8)
	h := limits.MustHistory(ds...)
	b := genBuyer(t)
	opts := limits.CoverOptions{InForce: genRule(t)}
	cv, err := limits.NewCoverage(terms, h, opts)
	if err != nil {
		t.Fatalf("NewCoverage: %v", err)
	}
	opts.OmitTrace = true
	quiet, err := limits.NewCoverage(terms, h, opts)
	if err != nil {
		t.Fatalf("NewCoverage: %v", err)
	}
	for _, day := range checkDays(terms, ds) {
		want, err := limits.CoverAt(terms, h, b, day, limits.CoverOptions{InForce: opts.InForce})
		if err != nil {
			t.Fatalf("CoverAt: %v", err)
		}
		got, err := cv.At(b, day)
		if err != nil {
			t.Fatalf("At: %v", err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s: Coverage.At (-CoverAt +At):\n%s", day, diff)
		}
		lean, err := quiet.At(b, day)
		if err != nil {
			t.Fatalf("At without trace: %v", err)
		}
		want.Trace = nil
		if diff := cmp.Diff(want, lean); diff != "" {
			t.Fatalf("%s: without its trace (-CoverAt +At):\n%s", day, diff)
		}
	}
}

func TestPropCoverageIsCoverAt(t *testing.T) { rapid.Check(t, propCoverageIsCoverAt) }
func FuzzPropCoverageIsCoverAt(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propCoverageIsCoverAt)) }

// TestCoverageZeroValue: the zero Coverage answers with an error, not a
// cover.
func TestCoverageZeroValue(t *testing.T) {
	_, err := limits.Coverage{}.At(limits.Buyer{}, day("2025-03-01"))
	if !errors.Is(err, policy.ErrMissing) {
		t.Errorf("zero Coverage: error %v, want ErrMissing", err)
	}
}
