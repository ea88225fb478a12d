package claims_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/creditins/creditins/internal/jsontest"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// extensionBook is the book of the extension tests: the book's policy with
// 90 days to file the claim after a failed extension, named cover of
// 50 000 (with the conditions given), and one invoice F1 due on 4 April
// 2025 (gross 24 000), whose maximum extension period ends on 3 June.
func extensionBook(conditions limits.Conditions) (policy.Terms, claims.BuyerBook) {
	terms := bookTerms()
	terms.ExtensionClaimDays = limitDays(90)
	var b claims.BuyerBook
	b.History = limits.MustHistory(limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: eur("50000"), Date: d("2025-01-15"), Conditions: conditions})
	b.Ledger.Invoices = []claims.Invoice{inv("F1", "2025-02-03", "2025-02-04", "2025-04-04", "20000", "4000")}
	return terms, b
}

// ext is an extension of F1 written "newDue granted insurer [insurerDate]".
func ext(s string) claims.Extension {
	f := strings.Fields(s)
	e := claims.Extension{Invoice: "F1", NewDueDate: d(f[0]), Granted: d(f[1])}
	if err := e.Insurer.UnmarshalText([]byte(f[2])); err != nil {
		panic(err)
	}
	if len(f) > 3 {
		e.InsurerDate = d(f[3])
	}
	return e
}

// plan is a payment plan of F1 dated 10 April 2025, written "insurer
// [insurerDate]" and instalments "date amount".
func plan(answer string, instalments ...string) claims.PaymentPlan {
	f := strings.Fields(answer)
	p := claims.PaymentPlan{Invoices: []string{"F1"}, Date: d("2025-04-10")}
	if err := p.Insurer.UnmarshalText([]byte(f[0])); err != nil {
		panic(err)
	}
	if len(f) > 1 {
		p.InsurerDate = d(f[1])
	}
	for _, s := range instalments {
		date, amount, _ := strings.Cut(s, " ")
		p.Instalments = append(p.Instalments, claims.Instalment{Date: d(date), Amount: eur(amount)})
	}
	return p
}

// TestExtensionBook reads the book of one invoice under each rule of
// extensions and payment plans: its stop ("date cause invoice") and the
// claim deadline after a failed one ("last day status", or "none").
func TestExtensionBook(t *testing.T) {
	tests := []struct {
		name       string
		conditions limits.Conditions
		extensions []claims.Extension
		plans      []claims.PaymentPlan
		payments   []string
		asOf       string
		stop       string
		claim      string
	}{
		{name: "no extension: the MEP stop", asOf: "2025-07-15", stop: "2025-06-04 mep F1", claim: "none"},
		{name: "a free extension changes nothing", extensions: []claims.Extension{ext("2025-05-30 2025-04-05 notAsked")},
			asOf: "2025-07-15", stop: "2025-06-04 mep F1", claim: "none"},
		{name: "a free extension refused changes nothing", extensions: []claims.Extension{ext("2025-06-03 2025-04-05 refused 2025-04-08")},
			asOf: "2025-07-15", stop: "2025-06-04 mep F1", claim: "none"},
		{name: "the decision's own MEP makes it free", conditions: limits.Conditions{MaxExtensionDays: limitDays(90)},
			extensions: []claims.Extension{ext("2025-06-30 2025-04-05 notAsked")}, asOf: "2025-07-15", stop: "2025-07-04 mep F1", claim: "none"},
		{name: "agreed beyond the MEP: no stop before the agreed end", extensions: []claims.Extension{ext("2025-06-30 2025-04-05 agreed 2025-04-20")},
			asOf: "2025-06-20", stop: "none", claim: "none"},
		{name: "agreed beyond the MEP, unpaid at the agreed end", extensions: []claims.Extension{ext("2025-06-30 2025-04-05 agreed 2025-04-20")},
			asOf: "2025-07-15", stop: "2025-07-01 mep F1", claim: "2025-09-29 pending"},
		{name: "agreed beyond the MEP, paid by the agreed end", extensions: []claims.Extension{ext("2025-06-30 2025-04-05 agreed 2025-04-20")},
			payments: []string{"2025-06-25 24000"}, asOf: "2025-07-15", stop: "none", claim: "none"},
		{name: "refused beyond the MEP: the stop on the refusal", extensions: []claims.Extension{ext("2025-06-30 2025-04-05 refused 2025-04-20")},
			asOf: "2025-07-15", stop: "2025-04-20 mep F1", claim: "2025-07-21 pending"},
		{name: "refused, the claim read after its deadline", extensions: []claims.Extension{ext("2025-06-30 2025-04-05 refused 2025-04-20")},
			asOf: "2025-08-15", stop: "2025-04-20 mep F1", claim: "2025-07-21 missed"},
		{name: "not asked beyond the MEP: the MEP stop and the claim deadline", extensions: []claims.Extension{ext("2025-06-30 2025-04-05 notAsked")},
			asOf: "2025-07-15", stop: "2025-06-04 mep F1", claim: "2025-09-02 pending"},
		{name: "a second extension agreed moves the end", extensions: []claims.Extension{ext("2025-05-30 2025-04-05 notAsked"), ext("2025-07-10 2025-05-25 agreed 2025-05-26")},
			asOf: "2025-07-15", stop: "2025-07-11 mep F1", claim: "2025-10-09 pending"},
		{name: "a free plan: the MEP stop", plans: []claims.PaymentPlan{plan("notAsked", "2025-05-10 12000", "2025-06-03 12000")},
			asOf: "2025-07-15", stop: "2025-06-04 mep F1", claim: "none"},
		{name: "an agreed plan kept", plans: []claims.PaymentPlan{plan("agreed 2025-04-12", "2025-05-10 12000", "2025-06-10 12000")},
			payments: []string{"2025-05-10 12000", "2025-06-10 12000"}, asOf: "2025-07-15", stop: "none", claim: "none"},
		{name: "an agreed plan, the last instalment missed", plans: []claims.PaymentPlan{plan("agreed 2025-04-12", "2025-05-10 12000", "2025-06-10 12000")},
			payments: []string{"2025-05-10 12000"}, asOf: "2025-07-15", stop: "2025-06-11 mep F1", claim: "2025-09-09 pending"},
		{name: "an agreed plan, the first instalment missed: the stop before the MEP's", plans: []claims.PaymentPlan{plan("agreed 2025-04-12", "2025-05-10 12000", "2025-06-10 12000")},
			asOf: "2025-05-20", stop: "2025-05-11 mep F1", claim: "2025-08-11 pending"},
		{name: "an agreed plan, an instalment paid late but before the view", plans: []claims.PaymentPlan{plan("agreed 2025-04-12", "2025-05-10 12000", "2025-06-10 12000")},
			payments: []string{"2025-05-12 12000", "2025-06-10 12000"}, asOf: "2025-07-15", stop: "2025-05-11 mep F1", claim: "2025-08-11 pending"},
		{name: "an agreed plan, the instalment not yet due", plans: []claims.PaymentPlan{plan("agreed 2025-04-12", "2025-05-10 12000", "2025-06-10 12000")},
			payments: []string{"2025-05-10 12000"}, asOf: "2025-06-10", stop: "none", claim: "none"},
		{name: "a plan refused", plans: []claims.PaymentPlan{plan("refused 2025-04-15", "2025-05-10 12000", "2025-06-10 12000")},
			asOf: "2025-07-15", stop: "2025-04-15 mep F1", claim: "2025-07-15 pending"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms, b := extensionBook(tc.conditions)
			b.Ledger.Extensions, b.Ledger.PaymentPlans = tc.extensions, tc.plans
			for _, p := range tc.payments {
				date, amount, _ := strings.Cut(p, " ")
				b.Ledger.Payments = append(b.Ledger.Payments, pay(date, amount))
			}
			bk, err := claims.EvaluateBook(terms, b, d(tc.asOf))
			if err != nil {
				t.Fatal(err)
			}
			got := []string{stopText(bk.Stop), claimText(bk.ExtensionClaim)}
			if diff := cmp.Diff([]string{tc.stop, tc.claim}, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func stopText(s claims.Stop) string {
	if s.Date.IsZero() {
		return "none"
	}
	return s.Date.String() + " " + s.Cause.String() + " " + s.Invoice
}

func claimText(c claims.Clock) string {
	switch {
	case c.Running():
		return c.Limit.Final.String() + " " + c.Status.String()
	case c.Status == claims.Met:
		return "no limit"
	}
	return "none"
}

// TestExtensionClaimWithoutLimit: a policy that sets no time limit to file
// the claim after a failed extension has nothing to miss.
func TestExtensionClaimWithoutLimit(t *testing.T) {
	terms, b := extensionBook(limits.Conditions{})
	terms.ExtensionClaimDays = policy.TimeLimit{}
	b.Ledger.Extensions = []claims.Extension{ext("2025-06-30 2025-04-05 refused 2025-04-20")}
	bk, err := claims.EvaluateBook(terms, b, d("2025-07-15"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("no limit", claimText(bk.ExtensionClaim)); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

// TestExtensionTrace: the book's trace says by when the claim is due and
// which clause sets it, and that the refused extension stopped cover.
func TestExtensionTrace(t *testing.T) {
	terms, b := extensionBook(limits.Conditions{})
	b.Ledger.Extensions = []claims.Extension{ext("2025-06-30 2025-04-05 refused 2025-04-20")}
	bk, err := claims.EvaluateBook(terms, b, d("2025-07-15"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range bk.Trace() {
		if strings.HasPrefix(s.Rule, "claim") || s.Rule == "stop of cover" {
			got = append(got, s.Rule+": "+s.Result+" ("+s.Clause.ID+")")
		}
	}
	want := []string{
		"stop of cover: deliveries from 2025-04-20 not covered (mep) (CG-extension)",
		"claim after a failed extension: file by 2025-07-21: pending (CP-extension-claim)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

// TestBuyerClocksExtension: BuyerClocks reads the agreed end as the book
// does, every end counted.
func TestBuyerClocksExtension(t *testing.T) {
	terms, b := extensionBook(limits.Conditions{})
	b.Ledger.Extensions = []claims.Extension{ext("2025-06-30 2025-04-05 agreed 2025-04-20")}
	bc, err := claims.BuyerClocks(terms, b.Ledger, claims.Events{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("2025-07-01 mep F1", stopText(bc.Stop)); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

// TestExtensionErrors: each defect of an extension or a plan is a typed
// error naming its field.
func TestExtensionErrors(t *testing.T) {
	two := func(e claims.Extension) claims.Extension { e.Invoice = "F2"; return e }
	tests := []struct {
		name  string
		edit  func(*claims.Ledger)
		field string
		want  error
	}{
		{"an unknown invoice", func(l *claims.Ledger) { l.Extensions = []claims.Extension{two(ext("2025-06-30 2025-04-05 notAsked"))} },
			"extensions[0].invoice", policy.ErrInconsistent},
		{"no invoice", func(l *claims.Ledger) {
			e := ext("2025-06-30 2025-04-05 notAsked")
			e.Invoice = ""
			l.Extensions = []claims.Extension{e}
		}, "extensions[0].invoice", policy.ErrMissing},
		{"no new due date", func(l *claims.Ledger) {
			e := ext("2025-06-30 2025-04-05 notAsked")
			e.NewDueDate = calendar.Date{}
			l.Extensions = []claims.Extension{e}
		}, "extensions[0].newDueDate", policy.ErrMissing},
		{"a new due date not after the original", func(l *claims.Ledger) { l.Extensions = []claims.Extension{ext("2025-04-04 2025-04-01 notAsked")} },
			"extensions[0].newDueDate", policy.ErrInconsistent},
		{"granted before the invoice", func(l *claims.Ledger) { l.Extensions = []claims.Extension{ext("2025-06-30 2025-02-01 notAsked")} },
			"extensions[0].grantedDate", policy.ErrInconsistent},
		{"agreed without its date", func(l *claims.Ledger) { l.Extensions = []claims.Extension{ext("2025-06-30 2025-04-05 agreed")} },
			"extensions[0].insurerDate", policy.ErrMissing},
		{"a date without an answer", func(l *claims.Ledger) {
			l.Extensions = []claims.Extension{ext("2025-06-30 2025-04-05 notAsked 2025-04-06")}
		},
			"extensions[0].insurerDate", policy.ErrInconsistent},
		{"an unknown answer", func(l *claims.Ledger) {
			e := ext("2025-06-30 2025-04-05 notAsked")
			e.Insurer = 9
			l.Extensions = []claims.Extension{e}
		}, "extensions[0].insurer", policy.ErrOutOfRange},
		{"a second extension not later", func(l *claims.Ledger) {
			l.Extensions = []claims.Extension{ext("2025-06-30 2025-04-05 notAsked"), ext("2025-06-20 2025-04-06 notAsked")}
		}, "extensions[1].newDueDate", policy.ErrInconsistent},
		{"a second extension granted before the first", func(l *claims.Ledger) {
			l.Extensions = []claims.Extension{ext("2025-06-30 2025-04-05 notAsked"), ext("2025-07-20 2025-04-01 notAsked")}
		}, "extensions[1].grantedDate", policy.ErrInconsistent},
		{"answered before the invoice", func(l *claims.Ledger) {
			l.Extensions = []claims.Extension{ext("2025-06-30 2025-04-05 refused 2025-01-20")}
		},
			"extensions[0].insurerDate", policy.ErrInconsistent},
		{"a plan before its invoice", func(l *claims.Ledger) {
			p := plan("notAsked", "2025-05-10 24000")
			p.Date = d("2025-02-01")
			l.PaymentPlans = []claims.PaymentPlan{p}
		}, "paymentPlans[0].date", policy.ErrInconsistent},
		{"granted after asOf", func(l *claims.Ledger) { l.Extensions = []claims.Extension{ext("2025-09-30 2025-08-05 notAsked")} },
			"extensions[0].grantedDate", policy.ErrInconsistent},
		{"a plan without invoices", func(l *claims.Ledger) {
			p := plan("notAsked", "2025-05-10 24000")
			p.Invoices = nil
			l.PaymentPlans = []claims.PaymentPlan{p}
		}, "paymentPlans[0].invoices", policy.ErrMissing},
		{"a plan on an unknown invoice", func(l *claims.Ledger) {
			p := plan("notAsked", "2025-05-10 24000")
			p.Invoices = []string{"F2"}
			l.PaymentPlans = []claims.PaymentPlan{p}
		}, "paymentPlans[0].invoices[0]", policy.ErrInconsistent},
		{"an invoice twice in a plan", func(l *claims.Ledger) {
			p := plan("notAsked", "2025-05-10 24000")
			p.Invoices = []string{"F1", "F1"}
			l.PaymentPlans = []claims.PaymentPlan{p}
		}, "paymentPlans[0].invoices[1]", policy.ErrInconsistent},
		{"an invoice in two plans", func(l *claims.Ledger) {
			l.PaymentPlans = []claims.PaymentPlan{plan("notAsked", "2025-05-10 24000"), plan("notAsked", "2025-05-10 24000")}
		}, "paymentPlans[1].invoices[0]", policy.ErrInconsistent},
		{"a plan without instalments", func(l *claims.Ledger) { l.PaymentPlans = []claims.PaymentPlan{plan("notAsked")} },
			"paymentPlans[0].instalments", policy.ErrMissing},
		{"instalments short of the open amount", func(l *claims.Ledger) {
			l.PaymentPlans = []claims.PaymentPlan{plan("notAsked", "2025-05-10 12000", "2025-06-10 11999.99")}
		}, "paymentPlans[0].instalments", policy.ErrInconsistent},
		{"instalments beyond the open amount after a payment", func(l *claims.Ledger) {
			l.Payments = []claims.Payment{pay("2025-04-09", "1000")}
			l.PaymentPlans = []claims.PaymentPlan{plan("notAsked", "2025-05-10 12000", "2025-06-10 12000")}
		}, "paymentPlans[0].instalments", policy.ErrInconsistent},
		{"instalments out of order", func(l *claims.Ledger) {
			l.PaymentPlans = []claims.PaymentPlan{plan("notAsked", "2025-06-10 12000", "2025-05-10 12000")}
		}, "paymentPlans[0].instalments[1].date", policy.ErrInconsistent},
		{"an instalment before the plan", func(l *claims.Ledger) {
			l.PaymentPlans = []claims.PaymentPlan{plan("notAsked", "2025-04-09 12000", "2025-05-10 12000")}
		}, "paymentPlans[0].instalments[0].date", policy.ErrInconsistent},
		{"an instalment of 0", func(l *claims.Ledger) {
			l.PaymentPlans = []claims.PaymentPlan{plan("notAsked", "2025-05-10 0", "2025-06-10 24000")}
		}, "paymentPlans[0].instalments[0].amount", policy.ErrOutOfRange},
		{"an instalment in dollars", func(l *claims.Ledger) {
			p := plan("notAsked", "2025-05-10 24000")
			p.Instalments[0].Amount = policy.MustAmount("USD 24000")
			l.PaymentPlans = []claims.PaymentPlan{p}
		}, "paymentPlans[0].instalments[0].amount", policy.ErrCurrencyMismatch},
		{"a plan refused without its date", func(l *claims.Ledger) { l.PaymentPlans = []claims.PaymentPlan{plan("refused", "2025-05-10 24000")} },
			"paymentPlans[0].insurerDate", policy.ErrMissing},
		{"a plan dated after asOf", func(l *claims.Ledger) {
			p := plan("notAsked", "2025-09-10 24000")
			p.Date = d("2025-08-01")
			l.PaymentPlans = []claims.PaymentPlan{p}
		}, "paymentPlans[0].date", policy.ErrInconsistent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			terms, b := extensionBook(limits.Conditions{})
			tc.edit(&b.Ledger)
			_, err := claims.EvaluateBook(terms, b, d("2025-07-15"))
			var re *policy.RuleError
			if !errors.Is(err, tc.want) || !errors.As(err, &re) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if diff := cmp.Diff(tc.field, re.Field); diff != "" {
				t.Errorf("field (-want +got)\n%s", diff)
			}
		})
	}
}

// TestLedgerExtensionJSON: a ledger's extensions and plans read strictly,
// an unknown key and an unknown answer refused.
func TestLedgerExtensionJSON(t *testing.T) {
	tests := []struct {
		name, json string
		want       error
	}{
		{"an unknown key", `"extensions":[{"invoice":"F1","newDueDate":"2025-06-30","grantedDate":"2025-04-05","insurer":"notAsked","agreed":true}]`, policy.ErrSyntax},
		{"an unknown answer", `"extensions":[{"invoice":"F1","newDueDate":"2025-06-30","grantedDate":"2025-04-05","insurer":"maybe"}]`, policy.ErrSyntax},
		{"an unknown invoice", `"extensions":[{"invoice":"F9","newDueDate":"2025-06-30","grantedDate":"2025-04-05","insurer":"notAsked"}]`, policy.ErrInconsistent},
		{"a plan", `"paymentPlans":[{"invoices":["F1"],"date":"2025-04-10","instalments":[{"date":"2025-05-10","amount":"EUR 24000"}],"insurer":"agreed","insurerDate":"2025-04-11"}]`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := claims.Ledger{Invoices: []claims.Invoice{inv("F1", "2025-02-03", "2025-02-04", "2025-04-04", "20000", "4000")}}
			raw, err := json.Marshal(l)
			if err != nil {
				t.Fatal(err)
			}
			doc := strings.TrimSuffix(string(raw), "}") + "," + tc.json + "}"
			var got claims.Ledger
			err = json.Unmarshal([]byte(doc), &got)
			if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
}

// genReliefLedger draws a ledger with extensions and payment plans that
// pass the checks: extensions of drawn invoices to later due dates, and a
// plan over the invoices with nothing paid on its day, in two instalments.
func genReliefLedger(t *rapid.T) claims.Ledger {
	l := genLedger(t)
	l.StopDate, l.OverdueNotice = calendar.Date{}, calendar.Date{}
	if len(l.Invoices) == 0 {
		return l
	}
	for range rapid.IntRange(0, 3).Draw(t, "extensions") {
		x := l.Invoices[rapid.IntRange(0, len(l.Invoices)-1).Draw(t, "extended")]
		l.Extensions = append(l.Extensions, genExtension(t, x, x.DueDate))
	}
	for i, e := range l.Extensions { // keep each invoice's extensions in order
		for _, p := range l.Extensions[:i] {
			if p.Invoice == e.Invoice && (!e.NewDueDate.After(p.NewDueDate) || e.Granted.Before(p.Granted)) {
				l.Extensions = l.Extensions[:i]
				break
			}
		}
		if len(l.Extensions) == i {
			break
		}
	}
	if rapid.Bool().Draw(t, "plan") {
		x := l.Invoices[0]
		im := planOpen(t, l, x, x.DueDate)
		if im.IsPositive() {
			half := tenth(im)
			rest, _ := im.Sub(half)
			p := claims.PaymentPlan{Invoices: []string{x.ID}, Date: x.DueDate,
				Instalments: []claims.Instalment{{Date: x.DueDate.AddDays(rapid.IntRange(1, 60).Draw(t, "first")), Amount: half}}}
			p.Instalments = append(p.Instalments, claims.Instalment{Date: p.Instalments[0].Date.AddDays(rapid.IntRange(1, 90).Draw(t, "second")), Amount: rest})
			if !half.IsPositive() {
				p.Instalments = p.Instalments[1:]
				p.Instalments[0].Amount = im
			}
			p.Insurer, p.InsurerDate = genAnswer(t, x.DueDate)
			l.PaymentPlans = append(l.PaymentPlans, p)
		}
	}
	return l
}

// planOpen is what invoice x has open on day on (through Loss).
func planOpen(t *rapid.T, l claims.Ledger, x claims.Invoice, on calendar.Date) policy.Amount {
	terms := policy.Terms{Currency: policy.EUR}
	r, err := claims.Loss(terms, claims.Ledger{Invoices: l.Invoices, Payments: l.Payments, CreditNotes: l.CreditNotes}, on)
	if err != nil {
		t.Fatalf("Loss: %v", err)
	}
	for _, y := range r.Invoices {
		if y.ID == x.ID {
			return y.OpenGross
		}
	}
	return eur("0")
}

// genExtension draws an extension of invoice x to a due date after after.
func genExtension(t *rapid.T, x claims.Invoice, after calendar.Date) claims.Extension {
	e := claims.Extension{Invoice: x.ID, NewDueDate: after.AddDays(rapid.IntRange(1, 150).Draw(t, "extendedBy")),
		Granted: x.InvoiceDate.AddDays(rapid.IntRange(0, 90).Draw(t, "grantedAfter"))}
	e.Insurer, e.InsurerDate = genAnswer(t, e.Granted)
	return e
}

func genAnswer(t *rapid.T, from calendar.Date) (claims.Agreement, calendar.Date) {
	a := claims.Agreement(rapid.IntRange(0, 2).Draw(t, "insurer"))
	if a == claims.NotAsked {
		return a, calendar.Date{}
	}
	return a, from.AddDays(rapid.IntRange(0, 10).Draw(t, "answeredAfter"))
}

// Property: a ledger with extensions and payment plans reads back from its
// JSON form as it was.
func propReliefLedgerJSONRoundTrip(t *rapid.T) { jsontest.RoundTrip(t, genReliefLedger(t)) }

func TestPropReliefLedgerJSONRoundTrip(t *testing.T) { rapid.Check(t, propReliefLedgerJSONRoundTrip) }
func FuzzPropReliefLedgerJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propReliefLedgerJSONRoundTrip))
}

// Property: an extension within the free period (its new due date on or
// before the end of its invoice's maximum extension period) changes no
// deadline of the book: every invoice's clocks, the date of loss, the
// indemnity due date, the notice to file and the claim deadline are those
// of the book without it; so does the stop.
func propFreeExtensionChangesNoDeadline(t *rapid.T) {
	terms := genBookTerms(t)
	terms.ExtensionClaimDays = limitDays(rapid.IntRange(0, 120).Draw(t, "claimDays"))
	b, asOf := genBuyerBook(t)
	b.Ledger.Extensions, b.Ledger.PaymentPlans = nil, nil
	if len(b.Ledger.Invoices) == 0 {
		return
	}
	want := runBook(t, claims.BookOptions{}, terms, b, asOf)
	i := rapid.IntRange(0, len(b.Ledger.Invoices)-1).Draw(t, "invoice")
	x := b.Ledger.Invoices[i]
	mep := want.Invoices[i].Clocks.MEP
	if !mep.Running() || !mep.Final.After(x.DueDate) || x.InvoiceDate.After(asOf) {
		return
	}
	wantClocks := runDeadlines(t, terms, b, asOf)
	e := claims.Extension{Invoice: x.ID, NewDueDate: x.DueDate.AddDays(rapid.IntRange(1, mep.Final.DaysSince(x.DueDate)).Draw(t, "newDue")),
		Granted: x.InvoiceDate.AddDays(rapid.IntRange(0, asOf.DaysSince(x.InvoiceDate)).Draw(t, "granted"))}
	e.Insurer, e.InsurerDate = genAnswer(t, e.Granted)
	if e.InsurerDate.After(asOf) {
		e.InsurerDate = asOf
	}
	b.Ledger.Extensions = []claims.Extension{e}
	got := runBook(t, claims.BookOptions{}, terms, b, asOf)
	gotClocks := runDeadlines(t, terms, b, asOf)
	type deadlines struct {
		Clocks      []claims.Deadlines
		Loss        claims.DateOfLoss
		Due, Notice calendar.Date
		Claim       claims.Clock
		Stop        claims.Stop
	}
	read := func(bk claims.Book, clocks []claims.Deadlines) deadlines {
		return deadlines{Clocks: clocks, Loss: bk.Loss, Due: bk.IndemnityDue, Notice: bk.NoticeDeadline, Claim: bk.ExtensionClaim, Stop: bk.Stop}
	}
	if diff := cmp.Diff(read(want, wantClocks), read(got, gotClocks)); diff != "" {
		t.Fatalf("free extension %+v (-without +with)\n%s", e, diff)
	}
}

func TestPropFreeExtensionChangesNoDeadline(t *testing.T) {
	rapid.Check(t, propFreeExtensionChangesNoDeadline)
}
func FuzzPropFreeExtensionChangesNoDeadline(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propFreeExtensionChangesNoDeadline))
}

// FuzzLedgerExtensions: any JSON ledger, extensions and plans included,
// either decodes or is refused with a typed error; a decoded one read as a
// book gives a book or a typed error, never a panic.
func FuzzLedgerExtensions(f *testing.F) {
	f.Add(`{"invoices":[{"id":"F1","deliveryDate":"2025-02-03","invoiceDate":"2025-02-04","dueDate":"2025-04-04","net":"EUR 20000","tax":"EUR 4000","disputed":false}],"payments":[],"stopDate":"","extensions":[{"invoice":"F1","newDueDate":"2025-06-30","grantedDate":"2025-04-05","insurer":"agreed","insurerDate":"2025-04-20"}]}`, "2025-07-15")
	f.Add(`{"invoices":[{"id":"F1","deliveryDate":"2025-02-03","invoiceDate":"2025-02-04","dueDate":"2025-04-04","net":"EUR 20000","tax":"EUR 4000","disputed":false}],"payments":[{"date":"2025-05-10","amount":"EUR 12000"}],"stopDate":"","paymentPlans":[{"invoices":["F1"],"date":"2025-04-10","instalments":[{"date":"2025-05-10","amount":"EUR 12000"},{"date":"2025-06-10","amount":"EUR 12000"}],"insurer":"agreed","insurerDate":"2025-04-12"}]}`, "2025-07-15")
	f.Fuzz(func(t *testing.T, doc, day string) {
		var l claims.Ledger
		if err := json.Unmarshal([]byte(doc), &l); err != nil {
			var se *json.SyntaxError
			var te *json.UnmarshalTypeError
			if !errors.As(err, &se) && !errors.As(err, &te) {
				checkErr(t, "Ledger.UnmarshalJSON", err)
			}
			return
		}
		asOf, err := calendar.ParseDate(day)
		if err != nil {
			return
		}
		terms, b := extensionBook(limits.Conditions{})
		b.Ledger = l
		_, err = claims.EvaluateBook(terms, b, asOf)
		checkErr(t, "EvaluateBook", err)
		_, err = claims.BuyerClocks(terms, l, claims.Events{})
		checkErr(t, "BuyerClocks", err)
	})
}

// An extension beyond the maximum extension period, agreed by the insurer:
// cover goes on until the new due date; unpaid then, deliveries stop the
// day after and the claim is due within the policy's 90 days.
func ExampleExtension() {
	terms := policy.Terms{
		Currency: policy.EUR, Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2025, time.December, 31),
		Signature: calendar.MustDate(2024, time.December, 20), Quotites: policy.Quotites{Named: policy.MustRate("0.9")},
		DeadlineRule: calendar.FRCivil, MaxExtensionDays: policy.MustTimeLimit(calendar.Days(60)),
		OverdueNotice: policy.Notice{Days: policy.MustTimeLimit(calendar.Days(30))}, WaitingPeriod: policy.MustTimeLimit(calendar.Months(5)),
		IndemnityDays: policy.MustTimeLimit(calendar.Days(30)), ExtensionClaimDays: policy.MustTimeLimit(calendar.Days(90)),
	}
	book := claims.BuyerBook{
		History: limits.MustHistory(limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 50000"), Date: calendar.MustDate(2025, time.January, 15)}),
		Ledger: claims.Ledger{
			Invoices: []claims.Invoice{{ID: "F1", DeliveryDate: calendar.MustDate(2025, time.February, 3), InvoiceDate: calendar.MustDate(2025, time.February, 4),
				DueDate: calendar.MustDate(2025, time.April, 4), Net: policy.MustAmount("EUR 20000"), Tax: policy.MustAmount("EUR 4000")}},
			Extensions: []claims.Extension{{Invoice: "F1", NewDueDate: calendar.MustDate(2025, time.June, 30), Granted: calendar.MustDate(2025, time.April, 5),
				Insurer: claims.Agreed, InsurerDate: calendar.MustDate(2025, time.April, 20)}},
		},
	}
	for _, day := range []calendar.Date{calendar.MustDate(2025, time.June, 20), calendar.MustDate(2025, time.July, 15)} {
		bk, err := claims.EvaluateBook(terms, book, day)
		if err != nil {
			fmt.Println(err)
			return
		}
		if bk.Stop.Date.IsZero() {
			fmt.Println(day, "MEP ended", bk.Invoices[0].Clocks.MEP.Final, "no stop")
			continue
		}
		fmt.Println(day, "MEP ended", bk.Invoices[0].Clocks.MEP.Final, "stop", bk.Stop.Date, "claim by", bk.ExtensionClaim.Limit.Final)
	}
	// Output:
	// 2025-06-20 MEP ended 2025-06-03 no stop
	// 2025-07-15 MEP ended 2025-06-03 stop 2025-07-01 claim by 2025-09-29
}
