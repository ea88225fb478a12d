package claims_test

import (
	"encoding"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// TestEnumFirstUnknown checks the first value past the last name of each
// enumeration: its String names the type and the number, and MarshalText
// refuses it.
func TestEnumFirstUnknown(t *testing.T) {
	type enum interface {
		fmt.Stringer
		encoding.TextMarshaler
	}
	tests := []struct {
		v    enum
		want string
	}{
		{claims.Missed + 1, "ClockStatus(3)"},
		{claims.Political + 1, "Cause(4)"},
		{claims.CauseNotCovered + 1, fmt.Sprintf("Exclusion(%d)", int(claims.CauseNotCovered)+1)},
		{claims.GrossIndemnity + 1, "ThresholdBase(3)"},
	}
	for _, tc := range tests {
		if got := tc.v.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
		_, err := tc.v.MarshalText()
		checkErr(t, "MarshalText", err)
		if !errors.Is(err, policy.ErrOutOfRange) {
			t.Errorf("%s.MarshalText() error = %v, want ErrOutOfRange", tc.want, err)
		}
	}
}

// TestBuyerClocksLedgerOrder checks that the oldest unpaid invoice and the
// stop date do not depend on the order of the ledger, with the oldest
// invoice in each position.
func TestBuyerClocksLedgerOrder(t *testing.T) {
	b1 := inv("B1", "2025-01-06", "2025-01-08", "2025-03-09", "1000", "200")
	b2 := inv("B2", "2025-02-03", "2025-02-05", "2025-04-06", "500", "100")
	b3 := inv("B3", "2025-03-03", "2025-03-05", "2025-05-04", "800", "160")
	// B1's notice limit: 2025-03-09 + 30 days = 2025-04-08; its MEP ends
	// 60 days after its due date, on 2025-05-08, so the cover stops the
	// next day.
	want := buyerView{Paid: []string{"", "", ""}, Oldest: "B1",
		Filing: clockView{"2025-04-08", "pending"}, Stop: "2025-05-09 mep B1"}
	for _, order := range [][]claims.Invoice{{b1, b2, b3}, {b2, b1, b3}, {b2, b3, b1}, {b3, b2, b1}} {
		got, err := claims.BuyerClocks(seedTerms(), claims.Ledger{Invoices: order}, claims.Events{})
		if err != nil {
			t.Fatalf("BuyerClocks: %v", err)
		}
		if diff := cmp.Diff(want, viewBuyer(got)); diff != "" {
			t.Errorf("BuyerClocks with invoices %s, %s, %s (-want +got):\n%s", order[0].ID, order[1].ID, order[2].ID, diff)
		}
	}
}

// TestBuyerClocksEarliestLimitNotOldestDueDate checks that the filing
// clock follows the invoice whose notice limit ends first, even when
// another invoice falls due earlier: with the notice anchored at the end of
// the maximum credit term, an invoice issued earlier on a longer term
// reaches its limit first.
func TestBuyerClocksEarliestLimitNotOldestDueDate(t *testing.T) {
	terms := seedTerms()
	terms.OverdueNotice.Anchor = policy.MaxCreditEnd
	ledger := claims.Ledger{Invoices: []claims.Invoice{
		// Max credit end 2025-02-05 + 120 days = 2025-06-05; + 30 days =
		// Saturday 2025-07-05, extended to Monday 2025-07-07.
		inv("A", "2025-02-03", "2025-02-05", "2025-03-05", "1000", "200"),
		// 2025-01-08 + 120 days = 8 May (public holiday), extended to
		// 2025-05-09; + 30 days = Sunday 8 June, then Whit Monday: 2025-06-10.
		inv("B", "2025-01-06", "2025-01-08", "2025-05-01", "500", "100"),
	}}
	got, err := claims.BuyerClocks(terms, ledger, claims.Events{})
	if err != nil {
		t.Fatalf("BuyerClocks: %v", err)
	}
	want := buyerView{Paid: []string{"", ""}, Oldest: "B",
		Filing: clockView{"2025-06-10", "pending"}, Stop: "2025-05-05 mep A"}
	if diff := cmp.Diff(want, viewBuyer(got)); diff != "" {
		t.Errorf("BuyerClocks (-want +got):\n%s", diff)
	}
}

func TestClocksGroupAndAnchorChecks(t *testing.T) {
	invoice := inv("F1", "2025-01-10", "2025-01-20", "2025-03-20", "10000", "2000")
	tests := []struct {
		name   string
		change func(*policy.Terms)
		want   error
	}{
		{"a valid group", func(t *policy.Terms) {
			t.MaxCreditDaysByGroup = []policy.GroupLimit{{Group: "export", Limit: limitDays(180)}}
		}, nil},
		{"a group without its limit", func(t *policy.Terms) {
			t.MaxCreditDaysByGroup = []policy.GroupLimit{{Group: "export"}}
		}, policy.ErrMissing},
		{"a group of 0 days, then an unknown notice anchor", func(t *policy.Terms) {
			t.MaxCreditDaysByGroup = []policy.GroupLimit{{Group: "cash", Limit: limitDays(0)}}
			t.OverdueNotice.Anchor = policy.MEPEnd + 1
		}, policy.ErrOutOfRange},
		{"a valid group, then an unknown notice anchor", func(t *policy.Terms) {
			t.MaxCreditDaysByGroup = []policy.GroupLimit{{Group: "export", Limit: limitDays(180)}}
			t.OverdueNotice.Anchor = policy.MEPEnd + 1
		}, policy.ErrOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms := seedTerms()
			tc.change(&terms)
			_, err := claims.Clocks(terms, invoice, claims.Events{})
			checkErr(t, "Clocks", err)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Errorf("Clocks error = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestLossInvoiceWithoutInvoiceDate(t *testing.T) {
	g1 := inv("G1", "2025-01-06", "", "2025-03-09", "1000", "200")
	_, err := claims.Loss(seedTerms(), claims.Ledger{Invoices: []claims.Invoice{g1}}, d("2025-06-30"))
	var re *policy.RuleError
	if !errors.As(err, &re) || !errors.Is(err, policy.ErrMissing) {
		t.Fatalf("Loss error = %v, want a *policy.RuleError wrapping ErrMissing", err)
	}
	if diff := cmp.Diff("invoices[0].invoiceDate", re.Field); diff != "" {
		t.Errorf("field mismatch (-want +got):\n%s", diff)
	}
}

// TestClocksTraceWithoutLimits checks the trace when the policy sets no
// limit but the two every claim needs: a step for each clock that is met
// for want of a limit, none for the clocks that cannot run.
func TestClocksTraceWithoutLimits(t *testing.T) {
	terms := policy.Terms{WaitingPeriod: limitMonths(5), IndemnityDays: limitDays(30)}
	dl, err := claims.Clocks(terms, claims.Invoice{}, claims.Events{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range dl.Trace() {
		got = append(got, s.Rule+": "+s.Result)
	}
	want := []string{
		"invoicing deadline: no limit in the policy",
		"end of the maximum credit term: no limit in the policy",
		"end of the maximum extension period: no limit in the policy",
		"overdue notice (DMS) deadline: no limit in the policy",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Trace mismatch (-want +got):\n%s", diff)
	}
}

func TestLossCreditNoteChecks(t *testing.T) {
	g1 := inv("G1", "2025-01-06", "2025-01-08", "2025-03-09", "1000", "200")
	for _, tc := range []struct {
		note  claims.CreditNote
		field string
	}{
		{claims.CreditNote{Date: d("2025-03-01"), Invoice: "G1", Tax: eur("0")}, "creditNotes[0].net"},
		{claims.CreditNote{Date: d("2025-03-01"), Invoice: "G1", Net: eur("10")}, "creditNotes[0].tax"},
	} {
		_, err := claims.Loss(seedTerms(), claims.Ledger{Invoices: []claims.Invoice{g1}, CreditNotes: []claims.CreditNote{tc.note}}, d("2025-06-30"))
		var re *policy.RuleError
		if !errors.As(err, &re) || !errors.Is(err, policy.ErrMissing) {
			t.Fatalf("Loss error = %v, want a *policy.RuleError wrapping ErrMissing", err)
		}
		if diff := cmp.Diff(tc.field, re.Field); diff != "" {
			t.Errorf("field mismatch (-want +got):\n%s", diff)
		}
	}
}

// TestImputationSameDueDate checks the tie-break of the imputation: of two
// invoices due the same day, the one issued first is paid first, whatever
// their IDs.
func TestImputationSameDueDate(t *testing.T) {
	ledger := claims.Ledger{
		Invoices: []claims.Invoice{
			inv("A2", "2025-01-09", "2025-01-10", "2025-03-09", "1000", "200"),
			inv("Z1", "2025-01-04", "2025-01-05", "2025-03-09", "1000", "200"),
		},
		Payments: []claims.Payment{pay("2025-03-20", "1000")},
	}
	r, err := claims.Loss(seedTerms(), ledger, d("2025-06-30"))
	if err != nil {
		t.Fatalf("Loss: %v", err)
	}
	var got []string
	for _, x := range r.Invoices {
		got = append(got, x.ID+" "+x.Allocated.String())
	}
	if diff := cmp.Diff([]string{"A2 EUR 0.00", "Z1 EUR 1000.00"}, got); diff != "" {
		t.Errorf("allocation mismatch (-want +got):\n%s", diff)
	}
}

// TestCreditNoteSettlesInvoice checks that a credit note for the whole of
// an invoice pays it on the note's date, and a partial one does not.
func TestCreditNoteSettlesInvoice(t *testing.T) {
	b1 := inv("B1", "2025-01-06", "2025-01-08", "2025-03-09", "1000", "200")
	b2 := inv("B2", "2025-02-03", "2025-02-05", "2025-04-06", "500", "100")
	ledger := claims.Ledger{
		Invoices: []claims.Invoice{b1, b2},
		CreditNotes: []claims.CreditNote{
			{Date: d("2025-03-15"), Invoice: "B1", Net: eur("1000"), Tax: eur("200")},
			{Date: d("2025-03-16"), Invoice: "B2", Net: eur("100"), Tax: eur("20")},
		},
	}
	got, err := claims.BuyerClocks(seedTerms(), ledger, claims.Events{})
	if err != nil {
		t.Fatalf("BuyerClocks: %v", err)
	}
	if diff := cmp.Diff([]string{"2025-03-15", ""}, viewBuyer(got).Paid); diff != "" {
		t.Errorf("paid dates mismatch (-want +got):\n%s", diff)
	}
}

func TestLossTraceEmptyLedger(t *testing.T) {
	r, err := claims.Loss(seedTerms(), claims.Ledger{}, d("2025-06-30"))
	if err != nil {
		t.Fatalf("Loss: %v", err)
	}
	var got []string
	for _, s := range r.Trace() {
		got = append(got, s.Rule+": "+s.Result)
	}
	want := []string{
		"imputation to the oldest invoice: allocated EUR 0.00, unallocated EUR 0.00, later EUR 0.00 left out",
		"insured loss: EUR 0.00 (uninsured EUR 0.00)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Trace mismatch (-want +got):\n%s", diff)
	}
}

// TestBuyerClocksSameNoticeLimit checks the tie-break of the filing clock:
// two invoices whose notice limits end the same day (a Sunday extended to
// the Monday, and that Monday) give the filing to the older invoice.
func TestBuyerClocksSameNoticeLimit(t *testing.T) {
	c1 := inv("C1", "2025-01-03", "2025-01-06", "2025-03-07", "1000", "200") // 2025-04-06, a Sunday → 2025-04-07
	c2 := inv("C2", "2025-01-03", "2025-01-06", "2025-03-08", "1000", "200") // 2025-04-07
	for _, order := range [][]claims.Invoice{{c1, c2}, {c2, c1}} {
		got, err := claims.BuyerClocks(seedTerms(), claims.Ledger{Invoices: order}, claims.Events{})
		if err != nil {
			t.Fatalf("BuyerClocks: %v", err)
		}
		if diff := cmp.Diff([2]string{"C1", "2025-04-07"}, [2]string{got.Oldest, got.Filing.Limit.Final.String()}); diff != "" {
			t.Errorf("BuyerClocks with %s first: oldest and filing limit (-want +got):\n%s", order[0].ID, diff)
		}
	}
}
