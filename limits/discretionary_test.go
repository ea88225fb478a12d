package limits_test

import (
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

func TestDiscretionaryEvaluate(t *testing.T) {
	atradius := limits.DiscretionaryConditions{AnyOf: []limits.DiscretionaryRule{limits.AtradiusDCLByReport()}}
	allianz := limits.DiscretionaryConditions{AnyOf: []limits.DiscretionaryRule{
		limits.AllianzPaymentExperience(), limits.AllianzCreditReport()}}
	dates := func(ss ...string) []calendar.Date {
		var out []calendar.Date
		for _, s := range ss {
			out = append(out, day(s))
		}
		return out
	}
	type result struct {
		Eligible bool
		Rule     string
		Reasons  []string
	}
	tests := []struct {
		name  string
		conds limits.DiscretionaryConditions
		facts limits.BuyerFacts
		at    string
		want  result
	}{
		{"Atradius: a clean report of 12 months to the day", atradius,
			limits.BuyerFacts{ReportDate: day("2024-06-30")}, "2025-06-30",
			result{true, "Atradius DCL by credit report", nil}},
		{"Atradius: a report one day too old", atradius,
			limits.BuyerFacts{ReportDate: day("2024-06-29")}, "2025-06-30",
			result{false, "", []string{"Atradius DCL by credit report: credit report of 2024-06-29 older than 12 months"}}},
		{"Atradius: a loss within 12 months and adverse information", atradius,
			limits.BuyerFacts{ReportDate: day("2025-01-10"), AdverseInformation: true, LastLoss: day("2024-07-01")}, "2025-06-30",
			result{false, "", []string{"Atradius DCL by credit report: adverse information known",
				"Atradius DCL by credit report: loss on 2024-07-01 within 12 months"}}},
		{"Atradius: a loss more than 12 months ago", atradius,
			limits.BuyerFacts{ReportDate: day("2025-01-10"), LastLoss: day("2024-06-30")}, "2025-06-30",
			result{true, "Atradius DCL by credit report", nil}},
		{"Atradius: no report", atradius, limits.BuyerFacts{}, "2025-06-30",
			result{false, "", []string{"Atradius DCL by credit report: no credit report"}}},
		{"Allianz: two purchases, paid on time", allianz,
			limits.BuyerFacts{Purchases: dates("2024-07-01", "2025-05-01")}, "2025-06-30",
			result{true, "Allianz Trade self-check: payment experience",
				[]string{"Allianz Trade self-check: credit report: no credit report"}}},
		{"Allianz: one purchase in the window, but a report", allianz,
			limits.BuyerFacts{Purchases: dates("2024-06-30", "2025-05-01"), ReportDate: day("2025-01-01")}, "2025-06-30",
			result{true, "Allianz Trade self-check: credit report",
				[]string{"Allianz Trade self-check: payment experience: 1 purchases since 2024-06-30, 2 required"}}},
		{"Allianz: a late payment and no report", allianz,
			limits.BuyerFacts{Purchases: dates("2025-01-01", "2025-05-01"), LatePayments: dates("2025-03-01")}, "2025-06-30",
			result{false, "", []string{"Allianz Trade self-check: payment experience: 1 late payments since 2024-06-30",
				"Allianz Trade self-check: credit report: no credit report"}}},
		{"no rule: nobody qualifies", limits.DiscretionaryConditions{}, limits.BuyerFacts{ReportDate: day("2025-01-01")}, "2025-06-30",
			result{false, "", []string{"no discretionary rule in the policy"}}},
	}
	for _, tt := range tests {
		got, err := limits.EvaluateDiscretionary(tt.conds, tt.facts, day(tt.at))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, result{got.Eligible, got.Rule, got.Reasons}); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
		if len(got.Trace) == 0 {
			t.Errorf("%s: empty trace", tt.name)
		}
	}
}

func TestDiscretionaryEvaluateErrors(t *testing.T) {
	tests := []struct {
		name string
		rule limits.DiscretionaryRule
		at   string
		want error
	}{
		{"no date", limits.AtradiusDCLByReport(), "", policy.ErrMissing},
		{"purchases without a window", limits.DiscretionaryRule{Name: "x", MinPurchases: 2}, "2025-01-01", policy.ErrMissing},
		{"a negative month count", limits.DiscretionaryRule{Name: "x", NoLossMonths: -1}, "2025-01-01", policy.ErrOutOfRange},
	}
	for _, tt := range tests {
		_, err := limits.EvaluateDiscretionary(limits.DiscretionaryConditions{AnyOf: []limits.DiscretionaryRule{tt.rule}}, limits.BuyerFacts{}, day(tt.at))
		wantErr(t, tt.name, err, tt.want)
	}
}
