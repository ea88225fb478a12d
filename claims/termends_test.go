package claims

import (
	"strings"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

// endsDate parses a date written in a table; "" is the zero Date.
func endsDate(t *testing.T, s string) calendar.Date {
	t.Helper()
	if s == "" {
		return calendar.Date{}
	}
	v, err := calendar.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// endsLimit is the time limit written "30d" or "" (not set).
func endsLimit(t *testing.T, s string) policy.TimeLimit {
	t.Helper()
	if s == "" {
		return policy.TimeLimit{}
	}
	l, err := policy.ParseTimeLimit(s)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// The term ends a book reads off an invoice's clocks (clockEnds) are those
// Loss computes (invoicingEnd, maxCreditEnd), and the exclusion is the
// same either way.
func TestTermEnds(t *testing.T) {
	tests := []struct {
		name                              string
		invoicing, credit, from           string // terms: "30d" or "" (not set); "delivery" counts the credit from it
		delivered, invoiced, due          string
		wantInvoicing, wantCredit, reason string // reason: Exclusion.String, "" for insurable
	}{
		{name: "both limits run", invoicing: "30d", credit: "90d",
			delivered: "2025-03-03", invoiced: "2025-03-10", due: "2025-05-09",
			wantInvoicing: "2025-04-02", wantCredit: "2025-06-08", reason: ""},
		{name: "invoiced late", invoicing: "30d", credit: "90d",
			delivered: "2025-03-03", invoiced: "2025-04-03", due: "2025-05-09",
			wantInvoicing: "2025-04-02", wantCredit: "2025-07-02", reason: "late-invoice"},
		{name: "term too long", invoicing: "30d", credit: "60d",
			delivered: "2025-03-03", invoiced: "2025-03-10", due: "2025-05-10",
			wantInvoicing: "2025-04-02", wantCredit: "2025-05-09", reason: "term-too-long"},
		{name: "credit from the delivery", invoicing: "30d", credit: "60d", from: "delivery",
			delivered: "2025-03-03", invoiced: "2025-03-10", due: "2025-05-09",
			wantInvoicing: "2025-04-02", wantCredit: "2025-05-02", reason: "term-too-long"},
		{name: "no limits in the policy", delivered: "2025-03-03", invoiced: "2025-06-10", due: "2026-05-09",
			reason: ""},
		{name: "no delivery date: no invoicing limit runs", invoicing: "30d", credit: "90d",
			invoiced: "2025-03-10", due: "2025-05-09", wantCredit: "2025-06-08", reason: ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms := policy.Terms{
				Currency: policy.EUR, DeadlineRule: calendar.FRCivil,
				MaxInvoicingDays: endsLimit(t, tc.invoicing), MaxCreditDays: endsLimit(t, tc.credit),
				WaitingPeriod: endsLimit(t, "5m"), IndemnityDays: endsLimit(t, "30d"),
			}
			if tc.from == "delivery" {
				terms.MaxCreditFrom = policy.CreditFromDelivery
			}
			inv := Invoice{ID: "F1", DeliveryDate: endsDate(t, tc.delivered), InvoiceDate: endsDate(t, tc.invoiced), DueDate: endsDate(t, tc.due)}
			var o Options
			clocks, err := o.clocks(&terms, inv, Events{})
			if err != nil {
				t.Fatal(err)
			}
			days := clocks.Days()
			fromClocks := clockEnds(&days)
			inv1, err := invoicingEnd(&terms, inv)
			if err != nil {
				t.Fatal(err)
			}
			credit, err := o.maxCreditEnd(&terms, inv)
			if err != nil {
				t.Fatal(err)
			}
			str := func(d calendar.Date) string {
				if d.IsZero() {
					return ""
				}
				return d.String()
			}
			want := []string{tc.wantInvoicing, tc.wantCredit, tc.wantInvoicing, tc.wantCredit, tc.reason, tc.reason}
			got := []string{str(fromClocks.invoicing), str(fromClocks.maxCredit), str(inv1), str(credit)}
			for _, known := range []*termEnds{nil, &fromClocks} {
				r, _, err := o.exclusion(&terms, inv, known, Ledger{}, endsDate(t, "2025-12-31"), true)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, r.String())
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("the clocks' invoicing and credit ends, the computed ones, the exclusion computed and off the clocks (-want +got):\n%s", diff)
			}
		})
	}
}

// An act is late against a last day only when that day is set and the
// act is not done on or before it.
func TestLate(t *testing.T) {
	tests := []struct {
		end, act string
		want     bool
	}{
		{end: "2025-04-02", act: "2025-04-02", want: false},
		{end: "2025-04-02", act: "2025-04-01", want: false},
		{end: "2025-04-02", act: "2025-04-03", want: true},
		{end: "2025-04-02", act: "", want: true},
		{end: "", act: "2025-04-03", want: false},
		{end: "", act: "", want: false},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, late(endsDate(t, tc.end), endsDate(t, tc.act))); diff != "" {
			t.Errorf("late(%q, %q) (-want +got):\n%s", tc.end, tc.act, diff)
		}
	}
}

// A decision without conditions leaves the terms as they are, the same
// pointer; one with conditions gives a copy with its limits in place of
// the policy's, the policy's terms untouched.
func TestUnderConditions(t *testing.T) {
	terms := policy.Terms{
		MaxCreditDays: endsLimit(t, "90d"), MaxExtensionDays: endsLimit(t, "60d"),
		MaxCreditDaysByGroup: []policy.GroupLimit{{Group: "A", Limit: endsLimit(t, "120d")}},
	}
	show := func(p *policy.Terms) string {
		return strings.Join([]string{p.MaxCreditDays.String(), p.MaxExtensionDays.String(), strings.Repeat("g", len(p.MaxCreditDaysByGroup))}, " ")
	}
	tests := []struct {
		name      string
		cond      limits.Conditions
		wantSame  bool
		wantTerms string
	}{
		{name: "none", wantSame: true, wantTerms: show(&terms)},
		{name: "insolvency only", cond: limits.Conditions{InsolvencyOnly: true}, wantSame: true, wantTerms: show(&terms)},
		{name: "credit term", cond: limits.Conditions{MaxCreditDays: endsLimit(t, "30d")},
			wantTerms: endsLimit(t, "30d").String() + " " + terms.MaxExtensionDays.String() + " "},
		{name: "extension", cond: limits.Conditions{MaxExtensionDays: endsLimit(t, "15d")},
			wantTerms: terms.MaxCreditDays.String() + " " + endsLimit(t, "15d").String() + " g"},
	}
	before := show(&terms)
	for _, tc := range tests {
		got := underConditions(&terms, tc.cond)
		if diff := cmp.Diff([]any{tc.wantSame, tc.wantTerms, before}, []any{got == &terms, show(got), show(&terms)}); diff != "" {
			t.Errorf("%s: same pointer, terms, the policy's terms (-want +got):\n%s", tc.name, diff)
		}
	}
}
