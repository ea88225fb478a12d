package limits_test

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
