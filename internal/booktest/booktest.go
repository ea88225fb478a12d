// Package booktest gives the readers and writers of buyers' books (bookfile,
// the PostgreSQL store, the Beam pipeline's JSON Lines) one book that fills
// every field of claims.BuyerBook, and the reflection check that says so:
// a round-trip test on Full, guarded by Unfilled, fails as soon as a field
// is added to the book's types without the writer storing it. It is
// internal to the module tree: not part of the SDK's API.
package booktest

import (
	"reflect"
	"slices"
	"strings"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

func date(s string) calendar.Date {
	d, err := calendar.ParseDate(s)
	if err != nil {
		panic(err) // the fixture's dates are constants
	}
	return d
}

// Full is a buyer's book in EUR in which every exported field of
// claims.BuyerBook, of its nested types from the claims and limits
// packages, and of the elements of its lists, is set in at least one
// element (Unfilled(Full()) is empty). Its history is valid
// (limits.NewHistory accepts it) and its ledger passes the checks of its
// JSON decoding (its lists name its own invoices, the payment plan's
// instalments sum to what is open on its date).
func Full() claims.BuyerBook {
	eur := policy.MustAmount
	d1 := limits.Decision{ID: "AG1", Kind: limits.Agrement, Amount: eur("EUR 50000"), Date: date("2025-01-10"),
		Quotite: policy.MustRate("0.85"), Reason: limits.ReasonOverdue,
		Conditions: limits.Conditions{InsolvencyOnly: true, MaxCreditDays: policy.MustTimeLimit(calendar.Days(90)),
			MaxExtensionDays: policy.MustTimeLimit(calendar.Period{Months: 2})}}
	d2 := limits.Decision{ID: "R1", Kind: limits.Refusal, Date: date("2025-06-01"), Seq: 1, Reason: limits.ReasonAdverseInformation}
	d3 := limits.Decision{ID: "T1", Kind: limits.Temporary, Amount: eur("EUR 5000"), Date: date("2025-06-01"),
		Seq: 2, Expiry: date("2025-09-30")}
	d4 := limits.Decision{ID: "TU1", Kind: limits.TopUp, Amount: eur("EUR 20000"), Date: date("2025-03-01"),
		Expiry: date("2025-12-31"), Price: policy.MustRate("0.0035")}
	return claims.BuyerBook{
		Buyer:   limits.Buyer{ID: "Full", Country: "FR", DiscretionaryEligible: true, StopDate: date("2025-07-01"), StopCause: limits.StopNotice},
		History: limits.MustHistory(d1, d2, d3, d4),
		Ledger: claims.Ledger{
			Invoices: []claims.Invoice{
				{ID: "I1", DeliveryDate: date("2025-02-01"), InvoiceDate: date("2025-02-02"), DueDate: date("2025-04-02"),
					Net: eur("EUR 1000"), Tax: eur("EUR 200"), Disputed: true, Group: "export", OrderDate: date("2025-01-20")},
				{ID: "I2", DeliveryDate: date("2025-02-10"), InvoiceDate: date("2025-02-10"), DueDate: date("2025-04-10"),
					Net: eur("EUR 2000"), Tax: eur("EUR 400")},
			},
			Payments: []claims.Payment{{Date: date("2025-03-01"), Amount: eur("EUR 100")}, {Date: date("2025-03-02"), Amount: eur("EUR 50")}},
			CreditNotes: []claims.CreditNote{{ID: "C1", Date: date("2025-03-05"), Invoice: "I1", Net: eur("EUR 10"), Tax: eur("EUR 2")},
				{ID: "C2", Date: date("2025-03-06"), Net: eur("EUR 5"), Tax: eur("EUR 1")}},
			StopDate:      date("2025-07-02"),
			OverdueNotice: date("2025-05-02"),
			TakenBack: []claims.TakenBack{{Date: date("2025-07-15"), Invoices: []string{"I2", "I1"},
				Invoiced: eur("EUR 300"), Resale: eur("EUR 150.50")}},
			Extensions: []claims.Extension{
				{Invoice: "I1", NewDueDate: date("2025-05-02"), Granted: date("2025-03-20"), Insurer: claims.Agreed, InsurerDate: date("2025-03-25")},
				{Invoice: "I2", NewDueDate: date("2025-04-30"), Granted: date("2025-04-01")},
			},
			PaymentPlans: []claims.PaymentPlan{{Invoices: []string{"I1", "I2"}, Date: date("2025-05-10"),
				Instalments: []claims.Instalment{{Date: date("2025-06-10"), Amount: eur("EUR 1500")}, {Date: date("2025-07-10"), Amount: eur("EUR 1932")}},
				Insurer:     claims.Refused, InsurerDate: date("2025-05-20")}},
		},
		Events: claims.Events{OverdueNotice: date("2025-05-01"), Insolvency: date("2025-06-10"), Paid: date("2025-09-01"),
			Collection: date("2025-06-20"), IndemnityPaid: date("2025-10-01"), Political: date("2025-05-15"), AsOf: date("2025-11-28"),
			Proceedings: claims.Proceedings{Published: date("2025-06-15"), Declared: date("2025-07-01"), Revendication: date("2025-07-10"),
				Admitted: date("2025-09-15"), AdmittedAmount: eur("EUR 3000"), Prejudice: eur("EUR 120")}},
	}
}

// historyType is limits.History, whose decisions are read through
// Decisions.
var historyType = reflect.TypeFor[limits.History]()

// Unfilled returns the paths ("Ledger.PaymentPlans[].InsurerDate", by Go
// field name) of the exported fields of v that are the zero value in every
// element: v's struct types from the claims and limits packages are walked
// field by field, a limits.History through its decisions, a slice through
// each of its elements; any other value (a date, an amount, a string) is a
// leaf. A field added to the book's types is reported until a fixture sets
// it.
func Unfilled(v any) []string {
	filled := map[string]bool{}
	walk("", reflect.ValueOf(v), filled)
	var out []string
	for p, ok := range filled {
		if !ok {
			out = append(out, strings.TrimPrefix(p, "."))
		}
	}
	slices.Sort(out)
	return out
}

// walk records in filled whether the value at path is set, or-ing with what
// other elements of the same list set.
func walk(path string, v reflect.Value, filled map[string]bool) {
	t := v.Type()
	switch {
	case t == historyType:
		walk(path+".decisions", reflect.ValueOf(v.Interface().(limits.History).Decisions()), filled)
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		if v.Len() == 0 {
			filled[path] = filled[path] || false
		}
		for i := range v.Len() {
			walk(path+"[]", v.Index(i), filled)
		}
	case t.Kind() == reflect.Struct && walked(t):
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				walk(path+"."+f.Name, v.Field(i), filled)
			}
		}
	default:
		filled[path] = filled[path] || !v.IsZero()
	}
}

// walked reports whether t is one of the book's own struct types, walked
// field by field rather than read as a leaf.
func walked(t reflect.Type) bool {
	switch t.PkgPath() {
	case "github.com/creditins/creditins/claims", "github.com/creditins/creditins/limits":
		return true
	}
	return false
}
