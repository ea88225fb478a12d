package limits_test

import (
	"testing"

	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

func TestAlerts(t *testing.T) {
	terms := vectorTerms()
	terms.ReductionNoticeDays = limitDays(30)
	h := limits.MustHistory(
		dec("D1", limits.Agrement, "50000", "2025-01-15", ""),
		dec("T1", limits.Temporary, "20000", "2025-05-01", "2025-06-20"),
		dec("D2", limits.Agrement, "30000", "2025-06-01", ""),
	)
	type alert struct {
		Kind   limits.AlertKind
		Date   string
		ID     string
		Clause string
	}
	eighty := limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}
	tests := []struct {
		name     string
		buyer    limits.Buyer
		exposure string
		today    string
		opts     limits.AlertOptions
		want     []alert
	}{
		{"a quiet buyer", limits.Buyer{}, "10000", "2025-03-01", limits.AlertOptions{Headroom: eighty}, nil},
		{"approaching the insured amount of 70 000", limits.Buyer{}, "56000", "2025-06-10",
			limits.AlertOptions{Headroom: eighty},
			[]alert{{limits.Approaching, "2025-06-10", "D1", "CG-beyond-limit"},
				{limits.ReductionAhead, "2025-07-01", "D2", "CP-reduction-notice"}}},
		{"above it, the temporary limit ending within 10 days", limits.Buyer{}, "70000.01", "2025-06-10",
			limits.AlertOptions{Headroom: eighty, ExpiryNoticeDays: 10},
			[]alert{{limits.Exceeded, "2025-06-10", "D1", "CG-beyond-limit"},
				{limits.LimitExpiring, "2025-06-20", "T1", "CG-temporary-limit"},
				{limits.ReductionAhead, "2025-07-01", "D2", "CP-reduction-notice"}}},
		{"the expiry 11 days ahead is not yet announced", limits.Buyer{}, "0", "2025-06-09",
			limits.AlertOptions{Headroom: eighty, ExpiryNoticeDays: 10},
			[]alert{{limits.ReductionAhead, "2025-07-01", "D2", "CP-reduction-notice"}}},
		{"the reduction in force is no longer ahead; the stop date is reached", limits.Buyer{StopDate: day("2025-07-15"), StopCause: limits.StopNotice},
			"0", "2025-07-15", limits.AlertOptions{Headroom: eighty},
			[]alert{{limits.StopReached, "2025-07-15", "", "CG-stop-supply"}}},
		{"no cover: any exposure exceeds it", limits.Buyer{}, "1", "2026-01-10", limits.AlertOptions{},
			[]alert{{limits.Exceeded, "2026-01-10", "", "CG-beyond-limit"}}},
	}
	for _, tt := range tests {
		got, err := limits.Alerts(terms, h, tt.buyer, limits.Exposure{Open: eur(tt.exposure)}, day(tt.today), tt.opts)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var gv []alert
		for _, a := range got {
			gv = append(gv, alert{a.Kind, a.Date.String(), a.DecisionID, a.Clause.ID})
			if a.Message == "" {
				t.Errorf("%s: %v has no message", tt.name, a.Kind)
			}
		}
		if diff := cmp.Diff(tt.want, gv); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	if _, err := limits.Alerts(terms, h, limits.Buyer{}, limits.Exposure{}, day("2025-06-10"),
		limits.AlertOptions{ExpiryNoticeDays: -1}); !wrapsSentinel(err) {
		t.Errorf("negative notice days: error %v", err)
	}
	if _, err := limits.Alerts(terms, h, limits.Buyer{}, limits.Exposure{Open: policy.MustAmount("USD 1")}, day("2025-06-10"),
		limits.AlertOptions{}); !wrapsSentinel(err) {
		t.Errorf("exposure in another currency: error %v", err)
	}
}
