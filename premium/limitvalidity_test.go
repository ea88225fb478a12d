package premium_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// The fees and the cover read one validity of named limits
// (policy.LimitFees.NamedLimitValidity, limits.Lapse): a limit granted on
// 2025-02-10 valid 3 months covers up to 2025-05-09 and is billed for the
// quarters it is held in, Q1 and Q2; requested again on 2025-08-01 it
// covers and is billed again from then (Q3 and Q4, and a second request).
func TestLimitFeesAgreeWithCoverOnLapse(t *testing.T) {
	f := policy.LimitFees{Monitoring: policy.MustPrice("EUR 30"), Request: policy.MustPrice("EUR 50"),
		NamedLimitValidity: policy.MustTimeLimit(calendar.Months(3))}
	terms := feeTerms(f)
	h := limits.MustHistory(dec("D1", limits.Agrement, "50000", "2025-02-10"), dec("D2", limits.Agrement, "40000", "2025-08-01"))
	type got struct {
		Cover   map[string]string
		Fees    feeRow
		Units   int
		Request int
	}
	g := got{Cover: map[string]string{}}
	for _, d := range []string{"2025-05-09", "2025-05-10", "2025-07-31", "2025-08-01"} {
		c, err := limits.CoverAt(terms, h, limits.Buyer{}, day(d), limits.CoverOptions{OmitTrace: true})
		if err != nil {
			t.Fatal(err)
		}
		g.Cover[d] = c.Amount.String() + " " + c.Gap.String()
	}
	r, err := premium.LimitFees(terms, []limits.History{h}, calendar.Date{}, calendar.Date{})
	if err != nil {
		t.Fatal(err)
	}
	g.Fees, g.Units, g.Request = rowOf(r), r.MonitoringUnits, r.RequestUnits
	want := got{
		Cover: map[string]string{"2025-05-09": "EUR 50000.00 covered", "2025-05-10": "EUR 0.00 lapsed",
			"2025-07-31": "EUR 0.00 lapsed", "2025-08-01": "EUR 40000.00 covered"},
		Fees:  feeRow{Monitoring: "EUR 120.00", Requests: "EUR 100.00", TopUps: "EUR 0.00", Total: "EUR 220.00"},
		Units: 4, Request: 2,
	}
	if diff := cmp.Diff(want, g); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
