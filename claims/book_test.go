package claims_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// bookTerms is the policy of the book's table tests: 2025, signed on 10
// January with 30 days of retroactivity, 30 days' notice of reductions,
// named cover at 90 %, discretionary cover up to 10 000 at 60 %, FR civil
// deadlines, 30 days to invoice, 120 days of credit, a 60-day MEP, the DMS
// 30 days after the due date, 5 months of waiting, the indemnity 30 days
// after the date of loss.
func bookTerms() policy.Terms {
	return policy.Terms{
		Currency: policy.EUR, Signature: d("2025-01-10"), Effective: d("2025-01-01"), Expiry: d("2025-12-31"),
		RetroactivityDays: limitDays(30), ReductionNoticeDays: limitDays(30),
		Quotites:         policy.Quotites{Named: rate("0.9"), Discretionary: rate("0.6")},
		DiscretionaryMax: eur("10000"), DeadlineRule: calendar.FRCivil,
		MaxInvoicingDays: limitDays(30), MaxCreditDays: limitDays(120), MaxExtensionDays: limitDays(60),
		OverdueNotice: policy.Notice{Days: limitDays(30), Anchor: policy.DueDate}, WaitingPeriod: limitMonths(5), IndemnityDays: limitDays(30),
	}
}

// bookCase is a book written as strings: decisions "ID kind amount date
// [expiry] [insolvencyOnly] [mep=days] [credit=days]", invoices "ID delivered invoiced due net [tax] [disputed]",
// payments "date amount", events "notice=date insolvency=date
// political=date country=XX eligible".
type bookCase struct {
	name      string
	edit      func(*policy.Terms)
	decisions []string
	invoices  []string
	payments  []string
	events    string
	asOf      string
	want      bookView
}

// bookView is what the table tests compare: each invoice as "ID cover
// amount quotité reason insured", the totals, the stop, the claim, the new
// delivery and the notice.
type bookView struct {
	Invoices                 []string
	Open, Insured, Uninsured string
	Stop, Loss               string
	Layers                   []string
	Indemnity, Due           string
	NewDelivery, Headroom    string
	Notice                   string
}

func (c bookCase) book(t *testing.T) claims.BuyerBook {
	t.Helper()
	var b claims.BuyerBook
	var ds []limits.Decision
	for i, s := range c.decisions {
		f := strings.Fields(s)
		k, err := limits.ParseKind(f[1])
		if err != nil {
			t.Fatal(err)
		}
		dec := limits.Decision{ID: f[0], Kind: k, Amount: eur(f[2]), Date: d(f[3]), Seq: i}
		for _, x := range f[4:] {
			key, v, _ := strings.Cut(x, "=")
			switch key {
			case "insolvencyOnly":
				dec.Conditions.InsolvencyOnly = true
			case "mep":
				n, _ := strconv.Atoi(v)
				dec.Conditions.MaxExtensionDays = limitDays(n)
			case "credit":
				n, _ := strconv.Atoi(v)
				dec.Conditions.MaxCreditDays = limitDays(n)
			default:
				dec.Expiry = d(x)
			}
		}
		ds = append(ds, dec)
	}
	b.History = limits.MustHistory(ds...)
	for _, s := range c.invoices {
		f := strings.Fields(s)
		x := inv(f[0], f[1], f[2], f[3], f[4], "0")
		if len(f) > 5 {
			x.Tax = eur(f[5])
		}
		x.Disputed = len(f) > 6 && f[6] == "disputed"
		b.Ledger.Invoices = append(b.Ledger.Invoices, x)
	}
	for _, s := range c.payments {
		f := strings.Fields(s)
		b.Ledger.Payments = append(b.Ledger.Payments, pay(f[0], f[1]))
	}
	for _, e := range strings.Fields(c.events) {
		k, v, _ := strings.Cut(e, "=")
		switch k {
		case "notice":
			b.Events.OverdueNotice = d(v)
		case "insolvency":
			b.Events.Insolvency = d(v)
		case "eligible":
			b.Buyer.DiscretionaryEligible = true
		case "country":
			b.Buyer.Country = v
		case "political":
			b.Events.Political = d(v)
		default:
			t.Fatalf("unknown event %q", e)
		}
	}
	return b
}

func viewBook(bk claims.Book) bookView {
	v := bookView{
		Open: bk.OpenNet.String(), Insured: bk.Insured.String(), Uninsured: bk.Uninsured.String(),
		Stop: bk.Stop.Date.String() + " " + bk.Stop.Cause.String(), Loss: bk.Loss.Date.String() + " " + bk.Loss.Cause.String(),
		Indemnity: bk.Indemnity.String(), Due: bk.IndemnityDue.String(),
		NewDelivery: bk.NewDelivery.Type.String() + " " + bk.NewDelivery.Amount.String(), Headroom: bk.Headroom.String(),
		Notice: bk.NoticeDeadline.String(),
	}
	for _, x := range bk.Invoices {
		v.Invoices = append(v.Invoices, strings.TrimSpace(fmt.Sprintf("%s %s %s %s %s %s", x.ID, x.Cover.Type, x.Cover.Amount.Decimal(), x.Cover.Quotite, x.Insured.Decimal(), x.Reason)))
	}
	for _, l := range bk.Layers {
		v.Layers = append(v.Layers, l.Quotite.String()+" "+l.Insured.Decimal().String()+" "+l.Indemnity.Decimal().String())
	}
	return v
}

func TestEvaluateBook(t *testing.T) {
	tests := []bookCase{
		{
			// The first case of the book's issue: the agrément is dated 20
			// March, after the retroactivity window; the delivery of 3
			// March has no cover, the one of 1 April is insured: 90 % of
			// 10 000, not 90 % of 30 000.
			name:      "cover is decided at each delivery",
			decisions: []string{"A1 agrement 30000 2025-03-20"},
			invoices:  []string{"F1 2025-03-03 2025-03-03 2025-05-02 20000", "F2 2025-04-01 2025-04-01 2025-05-31 10000"},
			events:    "insolvency=2025-05-10", asOf: "2025-05-10",
			want: bookView{
				Invoices: []string{"F1 none 0 0 0 no-cover", "F2 named 30000 0.9 10000"},
				Open:     "EUR 30000.00", Insured: "EUR 10000.00", Uninsured: "EUR 20000.00",
				Stop: "2025-05-10 insolvency", Loss: "2025-05-10 insolvency",
				Layers: []string{"0.9 10000 9000"}, Indemnity: "EUR 9000.00", Due: "2025-06-09",
				NewDelivery: "none EUR 0.00", Headroom: "EUR 0.00", Notice: "2025-06-02",
			},
		},
		{
			// The second case of the issue: the DMS stops the cover of
			// later deliveries only.
			name:      "a stop spares earlier deliveries",
			decisions: []string{"A1 agrement 25000 2025-01-15"},
			invoices:  []string{"F1 2025-05-05 2025-05-05 2025-07-04 9000", "F2 2025-08-11 2025-08-11 2025-10-10 2000"},
			events:    "notice=2025-08-04", asOf: "2025-08-20",
			want: bookView{
				Invoices: []string{"F1 named 25000 0.9 9000", "F2 named 25000 0.9 0 after-stop"},
				Open:     "EUR 11000.00", Insured: "EUR 9000.00", Uninsured: "EUR 2000.00",
				Stop: "2025-08-04 notice", Loss: " none", Indemnity: "0", Due: "",
				NewDelivery: "none EUR 0.00", Headroom: "EUR 0.00",
			},
		},
		{
			name:      "an increase applies at once to later deliveries",
			decisions: []string{"A1 agrement 10000 2025-01-15", "A2 agrement 30000 2025-03-01"},
			invoices:  []string{"F1 2025-02-03 2025-02-03 2025-04-04 8000", "F2 2025-03-03 2025-03-03 2025-05-02 15000"},
			asOf:      "2025-03-20",
			want: bookView{
				Invoices: []string{"F1 named 10000 0.9 8000", "F2 named 30000 0.9 15000"},
				Open:     "EUR 23000.00", Insured: "EUR 23000.00", Uninsured: "EUR 0.00",
				Stop: " none", Loss: " none", Indemnity: "0",
				NewDelivery: "named EUR 30000.00", Headroom: "EUR 7000.00",
			},
		},
		{
			// A2 cuts the limit on 1 April; with 30 days' notice it applies
			// to deliveries from 1 May. F2, delivered on 15 April, keeps
			// 40 000; F3 finds 10 000 used up by F1 and F2.
			name:      "a reduction keeps the old amount during its notice",
			decisions: []string{"A1 agrement 40000 2025-01-10", "A2 agrement 10000 2025-04-01"},
			invoices: []string{"F1 2025-03-03 2025-03-03 2025-05-02 6000", "F2 2025-04-15 2025-04-15 2025-06-14 12000",
				"F3 2025-05-05 2025-05-05 2025-07-04 4000"},
			asOf: "2025-05-10",
			want: bookView{
				Invoices: []string{"F1 named 40000 0.9 6000", "F2 named 40000 0.9 12000", "F3 named 10000 0.9 0"},
				Open:     "EUR 22000.00", Insured: "EUR 18000.00", Uninsured: "EUR 4000.00",
				Stop: " none", Loss: " none", Indemnity: "0",
				NewDelivery: "named EUR 10000.00", Headroom: "EUR 0.00", Notice: "2025-06-02",
			},
		},
		{
			name:      "a temporary limit covers the deliveries made while it runs",
			decisions: []string{"A1 agrement 10000 2025-01-10", "T1 temporary 20000 2025-03-01 2025-03-31"},
			invoices:  []string{"F1 2025-03-10 2025-03-10 2025-05-09 25000", "F2 2025-04-10 2025-04-10 2025-06-09 5000"},
			events:    "insolvency=2025-04-30", asOf: "2025-05-05",
			want: bookView{
				Invoices: []string{"F1 named 30000 0.9 25000", "F2 named 10000 0.9 0"},
				Open:     "EUR 30000.00", Insured: "EUR 25000.00", Uninsured: "EUR 5000.00",
				Stop: "2025-04-30 insolvency", Loss: "2025-04-30 insolvency",
				Layers: []string{"0.9 25000 22500"}, Indemnity: "EUR 22500.00", Due: "2025-05-30",
				NewDelivery: "none EUR 0.00", Headroom: "EUR 0.00",
			},
		},
		{
			// The refusal is dated 1 March: the delivery of 10 February
			// keeps its discretionary cover; the one of 10 March has none.
			name:      "a refusal ends discretionary cover for later deliveries",
			decisions: []string{"R1 refusal 0 2025-03-01"},
			invoices:  []string{"F1 2025-02-10 2025-02-10 2025-04-11 4000", "F2 2025-03-10 2025-03-10 2025-05-09 3000"},
			events:    "eligible", asOf: "2025-03-20",
			want: bookView{
				Invoices: []string{"F1 discretionary 10000 0.6 4000", "F2 none 0 0 0 no-cover"},
				Open:     "EUR 7000.00", Insured: "EUR 4000.00", Uninsured: "EUR 3000.00",
				Stop: " none", Loss: " none", Indemnity: "0",
				NewDelivery: "none EUR 0.00", Headroom: "EUR 0.00",
			},
		},
		{
			// Discretionary cover (60 %) for the first delivery, then an
			// agrément (90 %): two layers of one claim.
			name:      "discretionary then named cover: two layers",
			decisions: []string{"A1 agrement 20000 2025-03-01"},
			invoices:  []string{"F1 2025-02-10 2025-02-10 2025-04-11 8000", "F2 2025-03-10 2025-03-10 2025-05-09 10000"},
			events:    "eligible insolvency=2025-04-01", asOf: "2025-04-01",
			want: bookView{
				Invoices: []string{"F1 discretionary 10000 0.6 8000", "F2 named 20000 0.9 10000"},
				Open:     "EUR 18000.00", Insured: "EUR 18000.00", Uninsured: "EUR 0.00",
				Stop: "2025-04-01 insolvency", Loss: "2025-04-01 insolvency",
				Layers: []string{"0.6 8000 4800", "0.9 10000 9000"}, Indemnity: "EUR 13800.00", Due: "2025-05-01",
				NewDelivery: "none EUR 0.00", Headroom: "EUR 0.00",
			},
		},
		{
			// 2 400 paid on 20 March goes to F1, the oldest: 9 600 gross
			// open, 8 000 excluding tax; with tax covered, 9 600.
			name:      "a partial payment, tax not covered",
			decisions: []string{"A1 agrement 50000 2025-01-15"},
			invoices:  []string{"F1 2025-02-03 2025-02-03 2025-04-04 10000 2000", "F2 2025-03-03 2025-03-03 2025-05-02 5000 1000"},
			payments:  []string{"2025-03-20 2400"},
			asOf:      "2025-03-31",
			want: bookView{
				Invoices: []string{"F1 named 50000 0.9 8000", "F2 named 50000 0.9 5000"},
				Open:     "EUR 13000.00", Insured: "EUR 13000.00", Uninsured: "EUR 0.00",
				Stop: " none", Loss: " none", Indemnity: "0",
				NewDelivery: "named EUR 50000.00", Headroom: "EUR 37000.00",
			},
		},
		{
			name:      "a partial payment, tax covered",
			edit:      func(t *policy.Terms) { t.VATCovered = true },
			decisions: []string{"A1 agrement 15000 2025-01-15"},
			invoices:  []string{"F1 2025-02-03 2025-02-03 2025-04-04 10000 2000", "F2 2025-03-03 2025-03-03 2025-05-02 5000 1000"},
			payments:  []string{"2025-03-20 2400"},
			asOf:      "2025-03-31",
			want: bookView{
				Invoices: []string{"F1 named 15000 0.9 9600", "F2 named 15000 0.9 5400"},
				Open:     "EUR 13000.00", Insured: "EUR 15000.00", Uninsured: "EUR 600.00",
				Stop: " none", Loss: " none", Indemnity: "0",
				NewDelivery: "named EUR 15000.00", Headroom: "EUR 0.00",
			},
		},
		{
			// The issue's case: an insolvency-only agrément paid 900 on a
			// 1 000 protracted default; it pays nothing.
			name:      "an insolvency-only decision does not cover protracted default",
			decisions: []string{"A1 agrement 5000 2025-01-15 insolvencyOnly"},
			invoices:  []string{"F1 2025-02-03 2025-02-03 2025-03-05 1000"},
			events:    "notice=2025-04-01", asOf: "2025-09-30",
			want: bookView{
				Invoices: []string{"F1 named 5000 0.9 0 cause-not-covered"},
				Open:     "EUR 1000.00", Insured: "EUR 0.00", Uninsured: "EUR 1000.00",
				Stop: "2025-04-01 notice", Loss: "2025-09-01 protractedDefault",
				Indemnity: "EUR 0.00", Due: "2025-10-01",
				NewDelivery: "none EUR 0.00", Headroom: "EUR 0.00",
			},
		},
		{
			name:      "an insolvency-only decision covers insolvency",
			decisions: []string{"A1 agrement 5000 2025-01-15 insolvencyOnly"},
			invoices:  []string{"F1 2025-02-03 2025-02-03 2025-03-05 1000"},
			events:    "insolvency=2025-04-01", asOf: "2025-04-10",
			want: bookView{
				Invoices: []string{"F1 named 5000 0.9 1000"},
				Open:     "EUR 1000.00", Insured: "EUR 1000.00", Uninsured: "EUR 0.00",
				Stop: "2025-04-01 insolvency", Loss: "2025-04-01 insolvency",
				Layers: []string{"0.9 1000 900"}, Indemnity: "EUR 900.00", Due: "2025-05-01",
				NewDelivery: "none EUR 0.00", Headroom: "EUR 0.00", Notice: "2025-04-04",
			},
		},
		{
			// The policy's MEP is 60 days: F1, due 5 March and unpaid,
			// would stop cover on 5 May; the decision grants 90 days, so
			// the stop comes on 4 June and F2 (22 May) keeps its cover.
			name:      "a decision's own maximum extension period replaces the policy's",
			decisions: []string{"A1 agrement 50000 2025-01-15 mep=90"},
			invoices:  []string{"F1 2025-02-03 2025-02-03 2025-03-05 6000", "F2 2025-05-22 2025-05-22 2025-07-21 5000"},
			asOf:      "2025-06-10",
			want: bookView{
				Invoices: []string{"F1 named 50000 0.9 6000", "F2 named 50000 0.9 5000"},
				Open:     "EUR 11000.00", Insured: "EUR 11000.00", Uninsured: "EUR 0.00",
				Stop: "2025-06-04 mep", Loss: " none", Indemnity: "0",
				NewDelivery: "none EUR 0.00", Headroom: "EUR 0.00", Notice: "2025-04-04",
			},
		},
		{
			// The decision allows 30 days of credit: F1 at 60 days is
			// over its maximum term, though within the policy's 120.
			name:      "a decision's own maximum credit term replaces the policy's",
			decisions: []string{"A1 agrement 50000 2025-01-15 credit=30"},
			invoices:  []string{"F1 2025-02-03 2025-02-03 2025-04-04 6000"},
			asOf:      "2025-03-01",
			want: bookView{
				Invoices: []string{"F1 named 50000 0.9 0 term-too-long"},
				Open:     "EUR 6000.00", Insured: "EUR 0.00", Uninsured: "EUR 6000.00",
				Stop: " none", Loss: " none", Indemnity: "0",
				NewDelivery: "named EUR 50000.00", Headroom: "EUR 50000.00",
			},
		},
		{
			// Argentina's schedule: political risk at 95 %, six months
			// after the event. The transfer moratorium of 1 April makes the
			// loss political on 1 October, before the commercial waiting
			// period (declaration of 1 June + 5 months) would end.
			name:      "a political loss, at the political quotité whatever the cover",
			edit:      argentina(calendar.Date{}),
			decisions: []string{"A1 agrement 50000 2025-01-15"},
			invoices:  []string{"F1 2025-02-03 2025-02-03 2025-04-04 20000"},
			events:    "country=AR political=2025-04-01 notice=2025-06-01", asOf: "2025-10-15",
			want: bookView{
				Invoices: []string{"F1 named 50000 0.9 20000"},
				Open:     "EUR 20000.00", Insured: "EUR 20000.00", Uninsured: "EUR 0.00",
				Stop: "2025-06-01 notice", Loss: "2025-10-01 political",
				Layers: []string{"0.95 20000 19000"}, Indemnity: "EUR 19000.00", Due: "2025-10-31",
				NewDelivery: "none EUR 0.00", Headroom: "EUR 0.00",
			},
		},
		{
			name:      "country cover withdrawn: later deliveries are not covered",
			edit:      argentina(d("2025-04-01")),
			decisions: []string{"A1 agrement 50000 2025-01-15"},
			invoices:  []string{"F1 2025-03-03 2025-03-03 2025-05-02 8000", "F2 2025-04-10 2025-04-10 2025-06-09 3000"},
			events:    "country=AR", asOf: "2025-04-20",
			want: bookView{
				Invoices: []string{"F1 named 50000 0.9 8000", "F2 named 50000 0.9 0 after-stop"},
				Open:     "EUR 11000.00", Insured: "EUR 8000.00", Uninsured: "EUR 3000.00",
				Stop: "2025-04-01 country", Loss: " none", Indemnity: "0",
				NewDelivery: "none EUR 0.00", Headroom: "EUR 0.00",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms := bookTerms()
			if tc.edit != nil {
				tc.edit(&terms)
			}
			bk, err := claims.EvaluateBook(terms, tc.book(t), d(tc.asOf))
			if err != nil {
				t.Fatalf("EvaluateBook: %v", err)
			}
			if diff := cmp.Diff(tc.want, viewBook(bk)); diff != "" {
				t.Errorf("book (-want +got):\n%s", diff)
			}
		})
	}
}

// argentina adds Argentina's schedule to the terms: political risk at
// 95 %, six months after the event, cover withdrawn from withdrawn (none
// when zero).
func argentina(withdrawn calendar.Date) func(*policy.Terms) {
	return func(t *policy.Terms) {
		t.Quotites.Political = rate("0.95")
		t.Countries = []policy.CountryCover{{Country: "AR", PoliticalWaitingPeriod: limitMonths(6), WithdrawnFrom: withdrawn}}
	}
}

// TestBookCeilingRules: the readings of the ceiling, on one book. F1
// (disputed, 6 000) and F2 (8 000) are open under an agrément of 10 000;
// F2 was delivered when F1 was still open and unpaid.
func TestBookCeilingRules(t *testing.T) {
	c := bookCase{
		decisions: []string{"A1 agrement 10000 2025-01-15"},
		invoices:  []string{"F0 2025-01-20 2025-01-20 2025-03-21 5000", "F1 2025-02-03 2025-02-03 2025-04-04 6000 0 disputed", "F2 2025-03-03 2025-03-03 2025-05-02 8000"},
		payments:  []string{"2025-04-01 5000"},
	}
	tests := []struct {
		rule claims.CeilingRule
		want []string
	}{
		// F0 is paid on 1 April; on the day of the view only F2 uses up
		// the agrément, the disputed F1 uses up none of it.
		{claims.OpenAtView, []string{"F0 named 10000 0.9 0", "F1 named 10000 0.9 0 disputed", "F2 named 10000 0.9 8000"}},
		// The disputed F1, still open, uses up 6 000 of it.
		{claims.WholeOutstanding, []string{"F0 named 10000 0.9 0", "F1 named 10000 0.9 0 disputed", "F2 named 10000 0.9 4000"}},
		// On 3 March F0 (5 000) was still open: F2 had 5 000 of room.
		{claims.OpenAtDelivery, []string{"F0 named 10000 0.9 0", "F1 named 10000 0.9 0 disputed", "F2 named 10000 0.9 5000"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule.String(), func(t *testing.T) {
			bk, err := claims.BookOptions{Ceiling: tc.rule}.EvaluateBook(bookTerms(), c.book(t), d("2025-04-10"))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, viewBook(bk).Invoices); diff != "" {
				t.Errorf("invoices (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBookStopOnMissedNotice: under Coface's reading, the DMS that should
// have been given stops cover from the day after its last day.
func TestBookStopOnMissedNotice(t *testing.T) {
	c := bookCase{
		decisions: []string{"A1 agrement 50000 2025-01-15"},
		invoices:  []string{"F1 2025-02-03 2025-02-03 2025-03-05 6000", "F2 2025-04-14 2025-04-14 2025-06-13 5000"},
	}
	for _, tc := range []struct {
		missed bool
		want   string
	}{{false, "2025-05-05 mep"}, {true, "2025-04-05 notice"}} {
		bk, err := claims.BookOptions{StopOnMissedNotice: tc.missed}.EvaluateBook(bookTerms(), c.book(t), d("2025-05-20"))
		if err != nil {
			t.Fatal(err)
		}
		if got := bk.Stop.Date.String() + " " + bk.Stop.Cause.String(); got != tc.want {
			t.Errorf("StopOnMissedNotice %v: stop %s, want %s", tc.missed, got, tc.want)
		}
	}
}

func TestEvaluateBookErrors(t *testing.T) {
	base := bookCase{decisions: []string{"A1 agrement 50000 2025-01-15"}, invoices: []string{"F1 2025-02-03 2025-02-03 2025-04-04 6000"}}
	tests := []struct {
		name  string
		edit  func(*claims.BuyerBook, *policy.Terms, *claims.BookOptions)
		asOf  string
		field string
		want  error
	}{
		{"no asOf", func(*claims.BuyerBook, *policy.Terms, *claims.BookOptions) {}, "", "asOf", policy.ErrMissing},
		{"a notice after asOf", func(b *claims.BuyerBook, _ *policy.Terms, _ *claims.BookOptions) {
			b.Events.OverdueNotice = d("2025-06-01")
		}, "2025-05-31",
			"events.overdueNoticeDate", policy.ErrInconsistent},
		{"an insolvency after asOf", func(b *claims.BuyerBook, _ *policy.Terms, _ *claims.BookOptions) {
			b.Events.Insolvency = d("2025-06-01")
		}, "2025-05-31",
			"events.insolvencyDate", policy.ErrInconsistent},
		{"a ledger stop date", func(b *claims.BuyerBook, _ *policy.Terms, _ *claims.BookOptions) { b.Ledger.StopDate = d("2025-03-01") }, "2025-05-31",
			"ledger.stopDate", policy.ErrInconsistent},
		{"a stop without cause", func(b *claims.BuyerBook, _ *policy.Terms, _ *claims.BookOptions) { b.Buyer.StopDate = d("2025-03-01") }, "2025-05-31",
			"buyer.stopCause", policy.ErrMissing},
		{"an unknown ceiling", func(_ *claims.BuyerBook, _ *policy.Terms, o *claims.BookOptions) { o.Ceiling = 9 }, "2025-05-31",
			"options.ceiling", policy.ErrOutOfRange},
		{"a negative net", func(b *claims.BuyerBook, _ *policy.Terms, _ *claims.BookOptions) {
			b.Ledger.Invoices[0].Net = eur("-1")
		}, "2025-05-31",
			"invoices[0].net", policy.ErrOutOfRange},
		{"no currency", func(_ *claims.BuyerBook, t *policy.Terms, _ *claims.BookOptions) { t.Currency = policy.Currency{} }, "2025-05-31",
			"currency", policy.ErrMissing},
		{"a political event without political cover", func(b *claims.BuyerBook, _ *policy.Terms, _ *claims.BookOptions) {
			b.Buyer.Country, b.Events.Political = "AR", d("2025-04-01")
		}, "2025-05-31", "events.politicalEventDate", policy.ErrInconsistent},
		{"a country not in ISO form", func(b *claims.BuyerBook, _ *policy.Terms, _ *claims.BookOptions) { b.Buyer.Country = "Argentina" }, "2025-05-31",
			"buyer.country", policy.ErrSyntax},
		{"two quotités under a deductible", func(b *claims.BuyerBook, t *policy.Terms, _ *claims.BookOptions) {
			b.Buyer.DiscretionaryEligible = true
			b.History = limits.MustHistory(limits.Decision{ID: "A1", Kind: limits.Agrement, Amount: eur("50000"), Date: d("2025-03-01")})
			b.Ledger.Invoices = append(b.Ledger.Invoices, inv("F2", "2025-03-03", "2025-03-03", "2025-05-02", "1000", "0"))
			b.Events.Insolvency = d("2025-05-05")
			t.Deductible = eur("100")
		}, "2025-05-31", "layers", policy.ErrInconsistent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, terms, opts := base.book(t), bookTerms(), claims.BookOptions{}
			tc.edit(&b, &terms, &opts)
			var asOf calendar.Date
			if tc.asOf != "" {
				asOf = d(tc.asOf)
			}
			_, err := opts.EvaluateBook(terms, b, asOf)
			checkErr(t, "EvaluateBook", err)
			var re *policy.RuleError
			if !errors.Is(err, tc.want) || !errors.As(err, &re) {
				t.Fatalf("error %v, want a rule error wrapping %v", err, tc.want)
			}
			if diff := cmp.Diff(tc.field, re.Field); diff != "" {
				t.Errorf("field (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBookOrder(t *testing.T) {
	c := bookCase{decisions: []string{"A1 agrement 20000 2025-01-15"}, invoices: []string{"F1 2025-02-03 2025-02-03 2025-04-04 11000"}}
	opts := limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}
	tests := []struct{ order, insured, uninsured, status string }{
		{"5000", "EUR 5000.00", "EUR 0.00", "warn"},
		{"3000", "EUR 3000.00", "EUR 0.00", "ok"},
		{"12000", "EUR 9000.00", "EUR 3000.00", "over"},
	}
	for _, tc := range tests {
		got, err := claims.BookOptions{}.CheckOrder(bookTerms(), c.book(t), d("2025-03-01"), eur(tc.order), opts)
		if err != nil {
			t.Fatal(err)
		}
		g := []string{got.Insured.String(), got.Uninsured.String(), got.Status.String()}
		if diff := cmp.Diff([]string{tc.insured, tc.uninsured, tc.status}, g); diff != "" {
			t.Errorf("order %s (-want +got):\n%s", tc.order, diff)
		}
	}
	bk, err := claims.EvaluateBook(bookTerms(), c.book(t), d("2025-03-01"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bk.Order(policy.MustAmount("USD 10"), opts); !errors.Is(err, policy.ErrCurrencyMismatch) {
		t.Errorf("an order in dollars: error %v, want ErrCurrencyMismatch", err)
	}
}

// genBookTerms draws the book's policy: the table tests' terms with drawn
// periods and rule, and no per-claim deduction.
func genBookTerms(t *rapid.T) policy.Terms {
	terms := genTerms(t)
	b := bookTerms()
	terms.Signature, terms.Effective, terms.Expiry = day0.AddDays(-10), day0, day0.AddDays(364)
	terms.RetroactivityDays, terms.ReductionNoticeDays = limitDays(rapid.IntRange(0, 40).Draw(t, "retro")), limitDays(rapid.IntRange(0, 40).Draw(t, "noticeDays"))
	terms.Quotites, terms.DiscretionaryMax = b.Quotites, b.DiscretionaryMax
	terms.VATCovered = rapid.Bool().Draw(t, "vat")
	return terms
}

// genBuyerBook draws a buyer's book whose events are on or before asOf.
func genBuyerBook(t *rapid.T) (claims.BuyerBook, calendar.Date) {
	b := genBook(t, 0)
	asOf := dateAt(t, "asOf", 200, 700)
	if b.Events.OverdueNotice.After(asOf) {
		b.Events.OverdueNotice = calendar.Date{}
	}
	if b.Events.Insolvency.After(asOf) {
		b.Events.Insolvency = calendar.Date{}
	}
	b.Ledger.OverdueNotice = calendar.Date{}
	return b, asOf
}

func runBook(t *rapid.T, opts claims.BookOptions, terms policy.Terms, b claims.BuyerBook, asOf calendar.Date) claims.Book {
	bk, err := opts.EvaluateBook(terms, b, asOf)
	if err != nil {
		t.Fatalf("EvaluateBook: %v", err)
	}
	return bk
}

// runDeadlines is BookOptions{}.InvoiceDeadlines, a failure fatal.
func runDeadlines(t *rapid.T, terms policy.Terms, b claims.BuyerBook, asOf calendar.Date) []claims.Deadlines {
	d, err := claims.BookOptions{}.InvoiceDeadlines(terms, b, asOf)
	if err != nil {
		t.Fatalf("InvoiceDeadlines: %v", err)
	}
	return d
}

// Property: insured + uninsured = open, on the book and on each invoice
// (an invoice's insured amount is at most its open amount).
func propBookConservation(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	bk := runBook(t, claims.BookOptions{Ceiling: claims.CeilingRule(rapid.IntRange(0, 2).Draw(t, "ceiling"))}, terms, b, asOf)
	open := bk.OpenNet
	if terms.VATCovered {
		open = bk.OpenGross
	}
	if s := sum(t, bk.Insured, bk.Uninsured); !s.Equal(open) {
		t.Fatalf("insured %v + uninsured %v = %v, open %v", bk.Insured, bk.Uninsured, s, open)
	}
	for _, x := range bk.Invoices {
		base := x.OpenNet
		if terms.VATCovered {
			base = x.OpenGross
		}
		if cmpAmounts(t, x.Insured, base) > 0 || x.Insured.IsNegative() {
			t.Fatalf("%s insured %v of %v open", x.ID, x.Insured, base)
		}
	}
}

func TestPropBookConservation(t *testing.T) { rapid.Check(t, propBookConservation) }
func FuzzPropBookConservation(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propBookConservation)) }

// Property: the insured amount never exceeds the highest cover amount at
// any delivery of the book.
func propBookInsuredBelowHighestCover(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	bk := runBook(t, claims.BookOptions{Ceiling: claims.CeilingRule(rapid.IntRange(0, 2).Draw(t, "ceiling"))}, terms, b, asOf)
	highest := eur("0")
	for _, x := range bk.Invoices {
		if cmpAmounts(t, x.Cover.Amount, highest) > 0 {
			highest = x.Cover.Amount
		}
	}
	if cmpAmounts(t, bk.Insured, highest) > 0 {
		t.Fatalf("insured %v above the highest cover %v", bk.Insured, highest)
	}
}

func TestPropBookInsuredBelowHighestCover(t *testing.T) {
	rapid.Check(t, propBookInsuredBelowHighestCover)
}
func FuzzPropBookInsuredBelowHighestCover(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBookInsuredBelowHighestCover))
}

// Property: the order in which invoices, payments and decisions are given
// changes nothing but the order of the book's invoices.
func propBookPermutation(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	want := runBook(t, claims.BookOptions{}, terms, b, asOf)
	p := b
	p.Ledger.Invoices = rapid.Permutation(b.Ledger.Invoices).Draw(t, "invoices")
	p.Ledger.Payments = rapid.Permutation(b.Ledger.Payments).Draw(t, "payments")
	h, err := limits.NewHistory(rapid.Permutation(b.History.Decisions()).Draw(t, "decisions")...)
	if err != nil {
		t.Fatalf("NewHistory: %v", err)
	}
	p.History = h
	got := runBook(t, claims.BookOptions{}, terms, p, asOf)
	byID := func(xs []claims.BookInvoice) []claims.BookInvoice {
		return slices.SortedFunc(slices.Values(xs), func(a, b claims.BookInvoice) int { return strings.Compare(a.ID, b.ID) })
	}
	want.Invoices, got.Invoices = byID(want.Invoices), byID(got.Invoices)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("permuted book (-given order +permuted):\n%s", diff)
	}
}

func TestPropBookPermutation(t *testing.T) { rapid.Check(t, propBookPermutation) }
func FuzzPropBookPermutation(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propBookPermutation)) }

// Property: splitting an invoice (without tax) in two with the same dates
// changes no total of the book.
func propBookSplit(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	if len(b.Ledger.Invoices) == 0 {
		t.Skip("no invoice to split")
	}
	b.Ledger.CreditNotes = nil
	for i := range b.Ledger.Invoices {
		b.Ledger.Invoices[i].Tax = eurCents(0)
	}
	k := rapid.IntRange(0, len(b.Ledger.Invoices)-1).Draw(t, "split")
	x := b.Ledger.Invoices[k]
	part := eurCents(rapid.Int64Range(0, x.Net.Decimal().Shift(2).IntPart()).Draw(t, "part"))
	rest, _ := x.Net.Sub(part)
	a, c := x, x
	a.ID, a.Net, c.ID, c.Net = x.ID+"-1", part, x.ID+"-2", rest
	s := b
	s.Ledger.Invoices = append(slices.Clone(b.Ledger.Invoices[:k]), a, c)
	s.Ledger.Invoices = append(s.Ledger.Invoices, b.Ledger.Invoices[k+1:]...)
	whole, split := runBook(t, claims.BookOptions{}, terms, b, asOf), runBook(t, claims.BookOptions{}, terms, s, asOf)
	totals := func(bk claims.Book) []string {
		return []string{bk.OpenNet.String(), bk.Insured.String(), bk.Uninsured.String(), bk.Indemnity.String(), bk.Headroom.String(),
			bk.Stop.Date.String(), bk.Loss.Date.String(), bk.NoticeDeadline.String()}
	}
	if diff := cmp.Diff(totals(whole), totals(split)); diff != "" {
		t.Fatalf("totals (-whole +split):\n%s", diff)
	}
}

func TestPropBookSplit(t *testing.T) { rapid.Check(t, propBookSplit) }
func FuzzPropBookSplit(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propBookSplit)) }

// Property: a payment dated after the day of the view never raises the
// insured amount of that view.
func propBookLaterPaymentNeverRaisesInsured(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	before := runBook(t, claims.BookOptions{}, terms, b, asOf)
	b.Ledger.Payments = append(slices.Clone(b.Ledger.Payments),
		claims.Payment{Date: before.At.AddDays(rapid.IntRange(1, 60).Draw(t, "after")), Amount: eurCents(cents(t, "paid", 3_000_000))})
	after := runBook(t, claims.BookOptions{}, terms, b, asOf)
	if cmpAmounts(t, after.Insured, before.Insured) > 0 {
		t.Fatalf("a payment after %v raised the insured amount from %v to %v", before.At, before.Insured, after.Insured)
	}
}

func TestPropBookLaterPaymentNeverRaisesInsured(t *testing.T) {
	rapid.Check(t, propBookLaterPaymentNeverRaisesInsured)
}
func FuzzPropBookLaterPaymentNeverRaisesInsured(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBookLaterPaymentNeverRaisesInsured))
}

// Property: a stop never changes the cover of a delivery made before it:
// a threat-of-loss declaration added on a day leaves every earlier
// delivery's cover as it was, and never after-stop.
func propBookStopSparesEarlierDeliveries(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	b.Events.OverdueNotice = calendar.Date{}
	before := runBook(t, claims.BookOptions{}, terms, b, asOf)
	b.Events.OverdueNotice = asOf.AddDays(-rapid.IntRange(0, 300).Draw(t, "noticeBefore"))
	after := runBook(t, claims.BookOptions{}, terms, b, asOf)
	for i, x := range after.Invoices {
		if !b.Ledger.Invoices[i].DeliveryDate.Before(after.Stop.Date) {
			continue
		}
		if diff := cmp.Diff(before.Invoices[i].Cover, x.Cover); diff != "" || x.Reason == claims.AfterStop {
			t.Fatalf("%s delivered before the stop %v: reason %v, cover (-before +after):\n%s", x.ID, after.Stop.Date, x.Reason, diff)
		}
	}
}

func TestPropBookStopSparesEarlierDeliveries(t *testing.T) {
	rapid.Check(t, propBookStopSparesEarlierDeliveries)
}
func FuzzPropBookStopSparesEarlierDeliveries(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBookStopSparesEarlierDeliveries))
}

// Property: the book's indemnity is the sum of Indemnity over its layers,
// each layer's insured amount as its loss and limit at its quotité.
func propBookIndemnityIsTheLayers(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	bk := runBook(t, claims.BookOptions{}, terms, b, asOf)
	if bk.Loss.Date.IsZero() {
		if len(bk.Layers) != 0 || !bk.Indemnity.Currency().IsZero() {
			t.Fatalf("no loss yet, but layers %v and indemnity %v", bk.Layers, bk.Indemnity)
		}
		return
	}
	total := eur("0")
	for _, l := range bk.Layers {
		br, err := claims.Indemnity(terms, claims.Claim{Loss: l.Insured, PaidOn: bk.IndemnityDue}, limits.Cover{Amount: l.Insured, Quotite: l.Quotite}, claims.IndemnityOptions{})
		if err != nil {
			t.Fatalf("Indemnity: %v", err)
		}
		if !br.Indemnity.Equal(l.Indemnity) {
			t.Fatalf("layer %v: %v, Indemnity gives %v", l.Quotite, l.Indemnity, br.Indemnity)
		}
		total = sum(t, total, br.Indemnity)
	}
	if !total.Equal(bk.Indemnity) {
		t.Fatalf("indemnity %v, layers sum to %v", bk.Indemnity, total)
	}
}

func TestPropBookIndemnityIsTheLayers(t *testing.T) { rapid.Check(t, propBookIndemnityIsTheLayers) }
func FuzzPropBookIndemnityIsTheLayers(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBookIndemnityIsTheLayers))
}

// FuzzEvaluateBook: no input panics, every error is a typed error wrapping
// a sentinel, and InvoiceDeadlines refuses what EvaluateBook refuses and
// gives the whole clocks of what it reads.
func FuzzEvaluateBook(f *testing.F) {
	for _, s := range seedBytes {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, data []byte, flags uint8) {
		r := &bytesReader{b: data}
		terms := r.terms()
		var b claims.BuyerBook
		b.Buyer = limits.Buyer{ID: "B", DiscretionaryEligible: r.u8()%2 == 0, StopDate: r.date(), StopCause: limits.StopCause(r.u8() % 7)}
		var ds []limits.Decision
		for k := range r.u8() % 4 {
			ds = append(ds, limits.Decision{ID: strconv.Itoa(k), Kind: limits.Kind(r.u8() % 8), Amount: r.amount(), Date: r.date(), Expiry: r.date()})
		}
		b.History, _ = limits.NewHistory(ds...) // an invalid history leaves the empty one
		b.Ledger, b.Events = r.ledger(), r.events()
		opts := claims.BookOptions{Ceiling: claims.CeilingRule(flags % 4), StopOnMissedNotice: flags&4 != 0,
			Clocks: claims.Options{AdjustTermEnds: flags&8 != 0, ForfeitOnLateNotice: flags&16 != 0}}
		asOf := r.date()
		bk, err := opts.EvaluateBook(terms, b, asOf)
		checkErr(t, "EvaluateBook", err)
		whole, errWhole := opts.InvoiceDeadlines(terms, b, asOf)
		if (err == nil) != (errWhole == nil) || err != nil && err.Error() != errWhole.Error() {
			t.Fatalf("EvaluateBook: %v, InvoiceDeadlines: %v", err, errWhole)
		}
		if err == nil {
			for i, x := range bk.Invoices {
				if x.Clocks != whole[i].Days() {
					t.Fatalf("invoice %d: EvaluateBook %+v, InvoiceDeadlines %+v", i, x.Clocks, whole[i].Days())
				}
			}
			_, err = bk.Order(r.amount(), limits.HeadroomOptions{})
			checkErr(t, "Book.Order", err)
		}
	})
}

// A buyer's book read on the day of its insolvency: the agrément of 30 000
// is dated 20 March, so the delivery of 3 March has no cover and the one
// of 1 April is insured. The policy pays 90 % of 10 000.
func ExampleEvaluateBook() {
	terms := policy.SimplifiedSME(policy.SMEOffer{Currency: policy.EUR, Signature: calendar.MustDate(2025, 1, 10),
		Effective: calendar.MustDate(2025, 1, 1), Expiry: calendar.MustDate(2025, 12, 31)})
	book := claims.BuyerBook{
		History: limits.MustHistory(limits.Decision{ID: "A1", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 30000"), Date: calendar.MustDate(2025, 3, 20)}),
		Ledger: claims.Ledger{Invoices: []claims.Invoice{
			{ID: "F1", DeliveryDate: calendar.MustDate(2025, 3, 3), InvoiceDate: calendar.MustDate(2025, 3, 3), DueDate: calendar.MustDate(2025, 5, 2), Net: policy.MustAmount("EUR 20000"), Tax: policy.MustAmount("EUR 0")},
			{ID: "F2", DeliveryDate: calendar.MustDate(2025, 4, 1), InvoiceDate: calendar.MustDate(2025, 4, 1), DueDate: calendar.MustDate(2025, 5, 31), Net: policy.MustAmount("EUR 10000"), Tax: policy.MustAmount("EUR 0")},
		}},
		Events: claims.Events{Insolvency: calendar.MustDate(2025, 5, 10)},
	}
	bk, err := claims.EvaluateBook(terms, book, calendar.MustDate(2025, 5, 10))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, x := range bk.Invoices {
		fmt.Printf("%s %v insured %v reason %q\n", x.ID, x.Cover.Type, x.Insured, x.Reason)
	}
	fmt.Println("indemnity", bk.Indemnity, "due", bk.IndemnityDue)
	// Output:
	// F1 none insured EUR 0.00 reason "no-cover"
	// F2 named insured EUR 10000.00 reason ""
	// indemnity EUR 9000.00 due 2025-06-09
}

// TestBuyerBookJSONIsStrict: a key of a book that is not exactly a field's
// JSON name is refused, not dropped.
func TestBuyerBookJSONIsStrict(t *testing.T) {
	for _, s := range []string{`{"Buyer":{}}`, `{"ledger":{"invoices":[]},"extra":1}`, `{"decisions":[{"id":"D1"}]}`} {
		var b claims.BuyerBook
		err := json.Unmarshal([]byte(s), &b)
		checkErr(t, "BuyerBook.UnmarshalJSON", err)
		if err == nil {
			t.Errorf("%s: no error", s)
		}
	}
}

// Property: the book's imputations in int64 minor units give what their
// reference path in amounts gives, amounts of more than 15 digits (which
// leave the fast path) included.
func propBookFastPathIsTheDecimalPath(t *rapid.T) {
	terms := genBookTerms(t)
	b, asOf := genBuyerBook(t)
	if rapid.Bool().Draw(t, "huge") && len(b.Ledger.Invoices) > 0 {
		k := rapid.IntRange(0, len(b.Ledger.Invoices)-1).Draw(t, "hugeInvoice")
		b.Ledger.Invoices[k].Net = eur("12345678901234567.89") // 19 digits of cents
		terms.DiscretionaryMax = eur("98765432109876543.21")
	}
	opts := claims.BookOptions{Ceiling: claims.CeilingRule(rapid.IntRange(0, 2).Draw(t, "ceiling"))}
	fast, errFast := opts.EvaluateBook(terms, b, asOf)
	slow, errSlow := claims.DecimalOnly(opts).EvaluateBook(terms, b, asOf)
	if fmt.Sprint(errFast) != fmt.Sprint(errSlow) {
		t.Fatalf("errors differ: fast %v, decimal %v", errFast, errSlow)
	}
	if diff := cmp.Diff(slow, fast); diff != "" {
		t.Fatalf("book (-decimal +fast):\n%s", diff)
	}
}

func TestPropBookFastPathIsTheDecimalPath(t *testing.T) {
	rapid.Check(t, propBookFastPathIsTheDecimalPath)
}
func FuzzPropBookFastPathIsTheDecimalPath(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBookFastPathIsTheDecimalPath))
}
