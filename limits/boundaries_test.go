package limits_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// TestCoverAtTopUpFirst checks a top-up that is the buyer's first decision:
// it still adds its layer once the agrément comes.
func TestCoverAtTopUpFirst(t *testing.T) {
	h := limits.MustHistory(dec("C1", limits.TopUp, "20000", "2025-02-01", ""), dec("D1", limits.Agrement, "50000", "2025-03-01", ""))
	got, err := limits.CoverAt(vectorTerms(), h, limits.Buyer{}, day("2025-03-10"), limits.CoverOptions{})
	if err != nil {
		t.Fatalf("CoverAt: %v", err)
	}
	want := coverView{Type: policy.Named, Amount: eur("70000"), Quotite: policy.MustRate("0.9"), Decision: "D1",
		Layers: []limits.Layer{layer(policy.Named, "D1", "50000", "0.9"), layer(policy.TopUp, "C1", "20000", "0.5")}}
	if diff := cmp.Diff(want, view(got)); diff != "" {
		t.Errorf("CoverAt (-want +got):\n%s", diff)
	}
}

// TestAlertsOrderedByDate checks that alerts come in the order of their
// dates, whatever the order of their kinds: a stop date reached earlier
// comes before today's excess.
func TestAlertsOrderedByDate(t *testing.T) {
	h := limits.MustHistory(dec("D1", limits.Agrement, "50000", "2025-01-15", ""))
	b := limits.Buyer{StopDate: day("2025-06-01"), StopCause: limits.StopNotice}
	got, err := limits.Alerts(vectorTerms(), h, b, limits.Exposure{Open: eur("60000")}, day("2025-06-10"), limits.AlertOptions{})
	if err != nil {
		t.Fatalf("Alerts: %v", err)
	}
	var kinds []string
	for _, a := range got {
		kinds = append(kinds, a.Date.String()+" "+a.Kind.String())
	}
	if diff := cmp.Diff([]string{"2025-06-01 stopReached", "2025-06-10 exceeded"}, kinds); diff != "" {
		t.Errorf("Alerts (-want +got):\n%s", diff)
	}
}

// TestTimelineLatestDecisionFirstReduction checks, under LatestDecision, a
// reduction of the buyer's first decision: it is a reduction from that
// decision's amount and waits for its notice.
func TestTimelineLatestDecisionFirstReduction(t *testing.T) {
	terms := vectorTerms()
	terms.ReductionNoticeDays = limitDays(30)
	h := limits.MustHistory(dec("D1", limits.Agrement, "50000", "2025-02-01", ""), dec("D2", limits.Agrement, "30000", "2025-06-01", ""))
	es, err := limits.Timeline(terms, h, limits.CoverOptions{InForce: limits.LatestDecision})
	if err != nil {
		t.Fatalf("Timeline: %v", err)
	}
	type entry struct {
		ID, Previous, Effective string
		Reduction               bool
	}
	var got []entry
	for _, e := range es {
		got = append(got, entry{e.Decision.ID, e.Previous.String(), e.Effective.String(), e.Reduction})
	}
	want := []entry{
		{"D1", policy.Amount{}.String(), "2025-02-01", false},
		{"D2", "EUR 50000.00", "2025-07-01", true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Timeline (-want +got):\n%s", diff)
	}
}

// TestAlertsTopUpExpiring checks the expiry alert of a top-up: announced
// for the top-up in force, with the top-up's clause, and not for one that a
// later top-up has replaced.
func TestAlertsTopUpExpiring(t *testing.T) {
	d1 := dec("D1", limits.Agrement, "50000", "2025-01-15", "")
	opts := limits.AlertOptions{ExpiryNoticeDays: 10}
	type alert struct{ Kind, Date, ID, Clause string }
	for _, tc := range []struct {
		name string
		h    limits.History
		want []alert
	}{
		{"the top-up in force ends within 10 days",
			limits.MustHistory(d1, dec("C1", limits.TopUp, "20000", "2025-03-01", "2025-06-20")),
			[]alert{{"limitExpiring", "2025-06-20", "C1", "CP-top-up"}}},
		{"a replaced top-up is not announced",
			limits.MustHistory(d1, dec("C1", limits.TopUp, "20000", "2025-03-01", "2025-06-20"), dec("C2", limits.TopUp, "30000", "2025-04-01", "")),
			nil},
	} {
		got, err := limits.Alerts(vectorTerms(), tc.h, limits.Buyer{}, limits.Exposure{}, day("2025-06-10"), opts)
		if err != nil {
			t.Fatalf("%s: Alerts: %v", tc.name, err)
		}
		var gv []alert
		for _, a := range got {
			gv = append(gv, alert{a.Kind.String(), a.Date.String(), a.DecisionID, a.Clause.ID})
		}
		if diff := cmp.Diff(tc.want, gv); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestCoverAtLatestDecisionEqualAmount checks, under LatestDecision, a
// later decision of the same amount during the notice period: it is no
// reduction, so it is the decision in force at once.
func TestCoverAtLatestDecisionEqualAmount(t *testing.T) {
	terms := vectorTerms()
	terms.ReductionNoticeDays = limitDays(30)
	h := limits.MustHistory(dec("D1", limits.Agrement, "50000", "2025-02-01", ""), dec("D2", limits.Agrement, "50000", "2025-06-01", ""))
	got, err := limits.CoverAt(terms, h, limits.Buyer{}, day("2025-06-10"), limits.CoverOptions{InForce: limits.LatestDecision})
	if err != nil {
		t.Fatalf("CoverAt: %v", err)
	}
	want := coverView{Type: policy.Named, Amount: eur("50000"), Quotite: policy.MustRate("0.9"), Decision: "D2",
		Layers: []limits.Layer{layer(policy.Named, "D2", "50000", "0.9")}}
	if diff := cmp.Diff(want, view(got)); diff != "" {
		t.Errorf("CoverAt (-want +got):\n%s", diff)
	}
}
