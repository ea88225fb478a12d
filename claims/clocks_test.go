package claims_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// clockView is a clock as the tables write it: its last day (extended) and
// its status; "" for a clock that does not run.
type clockView struct {
	Final  string
	Status string
}

type deadlinesView struct {
	Invoicing, MaxCredit, MEP, Notice, Waiting clockView
	Loss                                       string // "date cause"
	IndemnityDue                               clockView
}

func viewClock(c claims.Clock) clockView {
	return clockView{Final: c.Limit.Final.String(), Status: c.Status.String()}
}

func view(dl claims.Deadlines) deadlinesView {
	loss := ""
	if !dl.Loss.Date.IsZero() {
		loss = dl.Loss.Date.String() + " " + dl.Loss.Cause.String()
	}
	return deadlinesView{
		Invoicing: viewClock(dl.Invoicing), MaxCredit: viewClock(dl.MaxCredit), MEP: viewClock(dl.MEP),
		Notice: viewClock(dl.OverdueNotice), Waiting: viewClock(dl.WaitingPeriod),
		Loss: loss, IndemnityDue: viewClock(dl.IndemnityDue),
	}
}

func TestClocks(t *testing.T) {
	// The invoice of the FORMAT.md example: delivered 10 January 2025,
	// invoiced on the 20th, due 20 March.
	base := inv("F1", "2025-01-10", "2025-01-20", "2025-03-20", "10000", "2000")
	pending := clockView{Status: "pending"}
	tests := []struct {
		name  string
		terms func(*policy.Terms)
		opts  claims.Options
		inv   claims.Invoice
		ev    claims.Events
		want  deadlinesView
	}{
		{
			name: "SME offer: the DMS limit runs to the day after Easter Monday",
			inv:  base, ev: claims.Events{OverdueNotice: d("2025-04-10")},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-10", "met"}, MaxCredit: clockView{"2025-05-20", "met"},
				MEP: clockView{"2025-05-19", "pending"}, Notice: clockView{"2025-04-22", "met"},
				Waiting: clockView{"2025-09-10", "pending"}, Loss: "2025-09-10 protractedDefault",
				IndemnityDue: clockView{"2025-10-10", "pending"},
			},
		},
		{
			name: "insolvency during the waiting period is the date of loss",
			inv:  base, ev: claims.Events{OverdueNotice: d("2025-04-10"), Insolvency: d("2025-06-15")},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-10", "met"}, MaxCredit: clockView{"2025-05-20", "met"},
				MEP: clockView{"2025-05-19", "pending"}, Notice: clockView{"2025-04-22", "met"},
				Waiting: clockView{"2025-09-10", "pending"}, Loss: "2025-06-15 insolvency",
				IndemnityDue: clockView{"2025-07-15", "pending"},
			},
		},
		{
			name: "read on 1 June with nothing done: the notice and the MEP are missed",
			inv:  base, ev: claims.Events{AsOf: d("2025-06-01")},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-10", "met"}, MaxCredit: clockView{"2025-05-20", "met"},
				MEP: clockView{"2025-05-19", "missed"}, Notice: clockView{"2025-04-22", "missed"},
				Waiting: pending, IndemnityDue: pending,
			},
		},
		{
			name: "read on 15 April with nothing done: the notice is still pending",
			inv:  base, ev: claims.Events{AsOf: d("2025-04-15")},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-10", "met"}, MaxCredit: clockView{"2025-05-20", "met"},
				MEP: clockView{"2025-05-19", "pending"}, Notice: clockView{"2025-04-22", "pending"},
				Waiting: pending, IndemnityDue: pending,
			},
		},
		{
			name: "paid in full within the notice limit: nothing to notify, no loss",
			inv:  base, ev: claims.Events{Paid: d("2025-04-02"), AsOf: d("2025-12-31")},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-10", "met"}, MaxCredit: clockView{"2025-05-20", "met"},
				MEP: clockView{"2025-05-19", "met"}, Notice: clockView{"2025-04-22", "met"},
				Waiting: pending, IndemnityDue: pending,
			},
		},
		{
			name: "paid after the waiting period: the loss stands",
			inv:  base, ev: claims.Events{OverdueNotice: d("2025-04-10"), Paid: d("2025-09-11")},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-10", "met"}, MaxCredit: clockView{"2025-05-20", "met"},
				MEP: clockView{"2025-05-19", "missed"}, Notice: clockView{"2025-04-22", "met"},
				Waiting: clockView{"2025-09-10", "missed"}, Loss: "2025-09-10 protractedDefault",
				IndemnityDue: clockView{"2025-10-10", "pending"},
			},
		},
		{
			name: "paid in full before the insolvency: no loss",
			inv:  base, ev: claims.Events{OverdueNotice: d("2025-04-10"), Paid: d("2025-06-15"), Insolvency: d("2025-06-15")},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-10", "met"}, MaxCredit: clockView{"2025-05-20", "met"},
				MEP: clockView{"2025-05-19", "missed"}, Notice: clockView{"2025-04-22", "met"},
				Waiting: clockView{"2025-09-10", "met"}, IndemnityDue: pending,
			},
		},
		{
			name: "delivered, not invoiced, read after the invoicing limit",
			inv:  claims.Invoice{ID: "F2", DeliveryDate: d("2025-01-10")}, ev: claims.Events{AsOf: d("2025-02-11")},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-10", "missed"}, MaxCredit: pending, MEP: pending,
				Notice: pending, Waiting: pending, IndemnityDue: pending,
			},
		},
		{
			name:  "no invoicing limit and no maximum credit term: nothing to miss",
			terms: func(t *policy.Terms) { t.MaxInvoicingDays, t.MaxCreditDays = policy.TimeLimit{}, policy.TimeLimit{} },
			inv:   base,
			want: deadlinesView{
				Invoicing: clockView{"", "met"}, MaxCredit: clockView{"", "met"},
				MEP: clockView{"2025-05-19", "pending"}, Notice: clockView{"2025-04-22", "pending"},
				Waiting: pending, IndemnityDue: pending,
			},
		},
		{
			name: "a country group's maximum credit term overrides the general one",
			terms: func(t *policy.Terms) {
				t.MaxCreditDaysByGroup = []policy.GroupLimit{{Group: "export", Limit: limitDays(180)}}
			},
			inv: claims.Invoice{ID: "E1", DeliveryDate: d("2025-01-10"), InvoiceDate: d("2025-01-20"), DueDate: d("2025-07-01"), Group: "export"},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-10", "met"}, MaxCredit: clockView{"2025-07-19", "met"},
				MEP: clockView{"2025-08-30", "pending"}, Notice: clockView{"2025-07-31", "pending"},
				Waiting: pending, IndemnityDue: pending,
			},
		},
		{
			name:  "the term ends are calendar days by default: a Sunday stays",
			terms: func(t *policy.Terms) { t.OverdueNotice.Anchor = policy.MaxCreditEnd },
			inv:   inv("F3", "2025-01-16", "2025-01-18", "2025-05-18", "1", "0"),
			want: deadlinesView{
				Invoicing: clockView{"2025-02-17", "met"}, MaxCredit: clockView{"2025-05-18", "met"},
				MEP: clockView{"2025-07-17", "pending"}, Notice: clockView{"2025-06-17", "pending"},
				Waiting: pending, IndemnityDue: pending,
			},
		},
		{
			name:  "AdjustTermEnds moves the end of the credit term off the Sunday",
			terms: func(t *policy.Terms) { t.OverdueNotice.Anchor = policy.MaxCreditEnd },
			opts:  claims.Options{AdjustTermEnds: true},
			inv:   inv("F3", "2025-01-16", "2025-01-18", "2025-05-18", "1", "0"),
			want: deadlinesView{
				Invoicing: clockView{"2025-02-17", "met"}, MaxCredit: clockView{"2025-05-19", "met"},
				MEP: clockView{"2025-07-17", "pending"}, Notice: clockView{"2025-06-18", "pending"},
				Waiting: pending, IndemnityDue: pending,
			},
		},
		{
			name:  "the DMS runs from the end of the MEP (Atradius pattern)",
			terms: func(t *policy.Terms) { t.OverdueNotice.Anchor = policy.MEPEnd },
			inv:   inv("F4", "2025-01-20", "2025-01-31", "2025-03-31", "1", "0"),
			ev:    claims.Events{OverdueNotice: d("2025-06-30"), IndemnityPaid: d("2026-01-05")},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-19", "met"}, MaxCredit: clockView{"2025-05-31", "met"},
				MEP: clockView{"2025-05-30", "pending"}, Notice: clockView{"2025-06-30", "met"},
				Waiting: clockView{"2025-11-30", "pending"}, Loss: "2025-11-30 protractedDefault",
				IndemnityDue: clockView{"2025-12-30", "missed"},
			},
		},
		{
			name: "a late notice is missed; the waiting period still runs from it",
			inv:  base, ev: claims.Events{OverdueNotice: d("2025-04-23")},
			want: deadlinesView{
				Invoicing: clockView{"2025-02-10", "met"}, MaxCredit: clockView{"2025-05-20", "met"},
				MEP: clockView{"2025-05-19", "pending"}, Notice: clockView{"2025-04-22", "missed"},
				Waiting: clockView{"2025-09-23", "pending"}, Loss: "2025-09-23 protractedDefault",
				IndemnityDue: clockView{"2025-10-23", "pending"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms := seedTerms()
			if tc.terms != nil {
				tc.terms(&terms)
			}
			got, err := tc.opts.Clocks(terms, tc.inv, tc.ev)
			if err != nil {
				t.Fatalf("Clocks: %v", err)
			}
			if diff := cmp.Diff(tc.want, view(got)); diff != "" {
				t.Errorf("Clocks mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClocksErrors(t *testing.T) {
	base := inv("F1", "2025-01-10", "2025-01-20", "2025-03-20", "10000", "2000")
	tests := []struct {
		name  string
		terms func(*policy.Terms)
		opts  claims.Options
		inv   claims.Invoice
		ev    claims.Events
		want  error
	}{
		{"no waiting period", func(t *policy.Terms) { t.WaitingPeriod = policy.TimeLimit{} }, claims.Options{}, base, claims.Events{}, policy.ErrMissing},
		{"no indemnity delay", func(t *policy.Terms) { t.IndemnityDays = policy.TimeLimit{} }, claims.Options{}, base, claims.Events{}, policy.ErrMissing},
		{"notice anchored on a maximum extension period the policy does not set", func(t *policy.Terms) {
			t.MaxExtensionDays, t.OverdueNotice.Anchor = policy.TimeLimit{}, policy.MEPEnd
		}, claims.Options{}, base, claims.Events{}, policy.ErrInconsistent},
		{"unknown notice anchor", func(t *policy.Terms) { t.OverdueNotice.Anchor = 9 }, claims.Options{}, base, claims.Events{}, policy.ErrOutOfRange},
		{"notice anchored on a maximum credit term the policy does not set", func(t *policy.Terms) {
			t.MaxCreditDays, t.OverdueNotice.Anchor = policy.TimeLimit{}, policy.MaxCreditEnd
		}, claims.Options{}, base, claims.Events{}, policy.ErrInconsistent},
		{"a group listed twice", func(t *policy.Terms) {
			t.MaxCreditDaysByGroup = []policy.GroupLimit{{Group: "x", Limit: limitDays(60)}, {Group: "x", Limit: limitDays(90)}}
		}, claims.Options{}, claims.Invoice{InvoiceDate: d("2025-01-20"), Group: "x"}, claims.Events{}, policy.ErrInconsistent},
		{"a French holiday calendar asked about 2250", nil, claims.Options{},
			inv("F1", "2250-01-10", "2250-01-20", "2250-03-20", "1", "0"), claims.Events{}, calendar.ErrOutOfRange},
		{"strict month-end refuses to clamp the waiting period when term ends are adjusted", func(t *policy.Terms) {
			t.DeadlineRule.MonthEnd = calendar.Strict
		}, claims.Options{AdjustTermEnds: true}, base, claims.Events{OverdueNotice: d("2025-09-30")}, calendar.ErrAmbiguousDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms := seedTerms()
			if tc.terms != nil {
				tc.terms(&terms)
			}
			_, err := tc.opts.Clocks(terms, tc.inv, tc.ev)
			checkErr(t, "Clocks", err)
			if !errors.Is(err, tc.want) {
				t.Errorf("Clocks error = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestClocksTrace(t *testing.T) {
	dl, err := claims.Clocks(seedTerms(), inv("F1", "2025-01-10", "2025-01-20", "2025-03-20", "10000", "2000"),
		claims.Events{OverdueNotice: d("2025-04-10")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range dl.Trace() {
		got = append(got, s.Rule+" ["+s.Clause.ID+"]")
	}
	want := []string{
		"invoicing deadline [CP-invoicing-period]",
		"end of the maximum credit term [CP-max-credit-term]",
		"end of the maximum extension period [CP-max-extension-period]",
		"overdue notice (DMS) deadline [CP-overdue-notice]",
		"end of the waiting period [CP-waiting-period]",
		"date of loss [CG-date-of-loss]",
		"indemnity due [CP-indemnity-delay]",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Trace rules mismatch (-want +got):\n%s", diff)
	}
	const notice = "overdue notice (DMS) deadline: anchor 2025-03-20 + 30d (fr-civil) → 2025-04-22 (nominal 2025-04-19, extended); act 2025-04-10: met"
	if got := dl.Trace()[3].String(); !strings.HasPrefix(got, notice) {
		t.Errorf("notice step = %q, want prefix %q", got, notice)
	}
}

func TestClocksZeroValues(t *testing.T) {
	// The zero invoice runs no clock; terms that set only what every claim
	// needs set no other limit, so those clocks have nothing to miss.
	terms := policy.Terms{WaitingPeriod: limitMonths(5), IndemnityDays: limitDays(30)}
	got, err := claims.Clocks(terms, claims.Invoice{}, claims.Events{})
	if err != nil {
		t.Fatal(err)
	}
	want := deadlinesView{
		Invoicing: clockView{"", "met"}, MaxCredit: clockView{"", "met"},
		MEP: clockView{"", "met"}, Notice: clockView{"", "met"},
		Waiting: clockView{"", "pending"}, IndemnityDue: clockView{"", "pending"},
	}
	if diff := cmp.Diff(want, view(got)); diff != "" {
		t.Errorf("zero Clocks mismatch (-want +got):\n%s", diff)
	}
	var c claims.Clock
	if c.Running() || c.Status != claims.Pending {
		t.Errorf("zero Clock runs or is not pending: %+v", c)
	}
}

// TestWaitingPeriodAnchor: the waiting period runs from the anchor the
// terms name (clause CP-waiting-period). The invoice is due 9 March
// 2025, the DMS filed on 1 April, the file handed over for collection on
// 15 May; 5 months of waiting period, plain calendar months.
func TestWaitingPeriodAnchor(t *testing.T) {
	invoice := inv("F1", "2025-01-06", "2025-01-08", "2025-03-09", "10000", "2000")
	tests := []struct {
		anchor     policy.WaitingAnchor
		collection string
		want       []string // from, end of the waiting period, date of loss, trace inputs
	}{
		{policy.FromNotice, "2025-05-15", []string{"notice", "2025-09-01", "2025-09-01", "notice 2025-04-01 + 5m (strict)"}},
		{policy.FromDueDate, "2025-05-15", []string{"dueDate", "2025-08-09", "2025-08-09", "dueDate 2025-03-09 + 5m (strict)"}},
		{policy.FromCollection, "2025-05-15", []string{"collection", "2025-10-15", "2025-10-15", "collection 2025-05-15 + 5m (strict)"}},
		{policy.FromCollection, "", []string{"collection", "", "", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.anchor.String()+" "+tc.collection, func(t *testing.T) {
			terms := seedTerms()
			terms.WaitingPeriodAnchor = tc.anchor
			d, err := claims.Clocks(terms, invoice, claims.Events{OverdueNotice: d("2025-04-01"), Collection: d(tc.collection), AsOf: d("2025-12-31")})
			if err != nil {
				t.Fatalf("Clocks: %v", err)
			}
			inputs := ""
			for _, s := range d.Trace() {
				if s.Rule == "end of the waiting period" {
					inputs = s.Inputs
				}
			}
			got := []string{d.WaitingFrom.String(), d.WaitingPeriod.Limit.Final.String(), d.Loss.Date.String(), inputs}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
	terms := seedTerms()
	terms.WaitingPeriodAnchor = policy.FromCollection + 1
	_, err := claims.Clocks(terms, invoice, claims.Events{})
	checkErr(t, "Clocks", err)
	if !errors.Is(err, policy.ErrOutOfRange) || !strings.Contains(err.Error(), "waitingPeriodAnchor") {
		t.Errorf("an unknown anchor: error %v, want ErrOutOfRange naming waitingPeriodAnchor", err)
	}
}
