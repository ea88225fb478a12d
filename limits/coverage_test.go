package limits_test

// The Coverage methods for batches (Alerts, AtInto) against the functions
// they stand for.

import (
	"testing"

	"github.com/creditins/creditins/limits"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// Property: Coverage.Alerts on a coverage placed once gives, for every
// day, exposure and choice of options, the alerts Alerts gives.
func propCoverageAlertsIsAlerts(t *rapid.T) {
	terms := genTerms(t)
	ds := genDecisions(t, 0, 8)
	h := limits.MustHistory(ds...)
	b := genBuyer(t)
	opts := limits.AlertOptions{
		Cover:            limits.CoverOptions{InForce: genRule(t), OmitTrace: rapid.Bool().Draw(t, "omitTrace")},
		ExpiryNoticeDays: rapid.IntRange(0, 60).Draw(t, "expiryNoticeDays"),
	}
	opts.Headroom.WarnRatio = limits.DefaultWarnRatio()
	e := limits.Exposure{Open: genAmount(t, "open", 0, 10_000_000), Overdue: genAmount(t, "overdue", 0, 10_000_000)}
	cv, err := limits.NewCoverage(terms, h, opts.Cover)
	if err != nil {
		t.Fatalf("NewCoverage: %v", err)
	}
	for _, day := range checkDays(terms, ds) {
		want, errWant := limits.Alerts(terms, h, b, e, day, opts)
		got, errGot := cv.Alerts(b, e, day, opts)
		if diff := cmp.Diff(errString(errWant), errString(errGot)); diff != "" {
			t.Fatalf("%s: errors (-Alerts +Coverage.Alerts):\n%s", day, diff)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s: (-Alerts +Coverage.Alerts):\n%s", day, diff)
		}
	}
}

func TestPropCoverageAlertsIsAlerts(t *testing.T) { rapid.Check(t, propCoverageAlertsIsAlerts) }
func FuzzPropCoverageAlertsIsAlerts(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propCoverageAlertsIsAlerts))
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// Property: AtInto gives At's cover for every day, with one buffer for
// all of them (with room, without, or nil); appending to one cover's
// layers changes no other cover.
func propAtIntoIsAt(t *rapid.T) {
	terms := genTerms(t)
	ds := genDecisions(t, 0, 8)
	h := limits.MustHistory(ds...)
	b := genBuyer(t)
	cv, err := limits.NewCoverage(terms, h, limits.CoverOptions{InForce: genRule(t), OmitTrace: rapid.Bool().Draw(t, "omitTrace")})
	if err != nil {
		t.Fatalf("NewCoverage: %v", err)
	}
	days := checkDays(terms, ds)
	buf := make([]limits.Layer, 0, rapid.IntRange(0, 3*len(days)).Draw(t, "room"))
	if rapid.Bool().Draw(t, "nilBuffer") {
		buf = nil
	}
	var got, want []limits.Cover
	for _, day := range days {
		w, errW := cv.At(b, day)
		g, next, errG := cv.AtInto(b, day, buf)
		if diff := cmp.Diff(errString(errW), errString(errG)); diff != "" {
			t.Fatalf("%s: errors (-At +AtInto):\n%s", day, diff)
		}
		buf = next
		want, got = append(want, w), append(got, g)
	}
	for i := range got {
		got[i].Layers = append(got[i].Layers, limits.Layer{DecisionID: "appended"})
		got[i].Layers = got[i].Layers[:len(got[i].Layers)-1]
		if len(got[i].Layers) == 0 {
			got[i].Layers = nil
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("(-At +AtInto):\n%s", diff)
	}
}

func TestPropAtIntoIsAt(t *testing.T) { rapid.Check(t, propAtIntoIsAt) }
func FuzzPropAtIntoIsAt(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propAtIntoIsAt)) }
