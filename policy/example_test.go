package policy_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

func ExampleParseAmount() {
	loss, err := policy.ParseAmount("EUR 30000")
	if err != nil {
		fmt.Println(err)
		return
	}
	// 90 % of the loss, then a premium rate: exact until rounded.
	gross := loss.Mul(policy.MustRate("0.9"))
	fee := policy.MustAmount("EUR 905").Mul(policy.MustRate("0.005"))
	fmt.Println(gross)
	fmt.Println(fee, "→", fee.Round(policy.HalfAwayFromZero), "or", fee.Round(policy.HalfEven))

	_, err = policy.ParseAmount("EUR 1,000.00")
	fmt.Println(errors.Is(err, policy.ErrSyntax))
	// Output:
	// EUR 27000.00
	// EUR 4.525 → EUR 4.53 or EUR 4.52
	// true
}

func ExampleAllocate() {
	// A premium of EUR 1000 in three instalments: the first takes the cent
	// left over, and the total is kept exactly.
	ones := []decimal.Decimal{decimal.NewFromInt(1), decimal.NewFromInt(1), decimal.NewFromInt(1)}
	shares, err := policy.Allocate(policy.MustAmount("EUR 1000"), ones)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(shares)
	// Output:
	// [EUR 333.34 EUR 333.33 EUR 333.33]
}

func ExampleTrace_String() {
	cp6 := policy.Clause{ID: "CP-6", Source: "Conditions particulières, art. 6"}
	var tr policy.Trace
	tr = tr.Add("capped loss", "min(loss EUR 40000.00, limit EUR 30000.00)", "EUR 30000.00", cp6)
	tr = tr.Add("quotité", "EUR 30000.00 × 0.9", "EUR 27000.00", policy.Clause{ID: "CP-5"})
	fmt.Print(tr)
	// Output:
	// 1. capped loss: min(loss EUR 40000.00, limit EUR 30000.00) → EUR 30000.00 [CP-6 (Conditions particulières, art. 6)]
	// 2. quotité: EUR 30000.00 × 0.9 → EUR 27000.00 [CP-5]
}

func ExampleSimplifiedSME() {
	t := policy.SimplifiedSME(policy.SMEOffer{
		Currency:  policy.EUR,
		Signature: calendar.MustDate(2024, 12, 20),
		Effective: calendar.MustDate(2025, 1, 1),
		Expiry:    calendar.MustDate(2025, 12, 31),
	})
	q, _ := t.Quotites.For(policy.Temporary)
	fmt.Println("valid:", t.Validate() == nil)
	fmt.Println("invoicing within", t.MaxInvoicingDays, "of delivery; notice", t.OverdueNotice.Days, "after", t.OverdueNotice.Anchor)
	fmt.Println("extension up to", t.MaxExtensionDays, "after the due date; waiting period", t.WaitingPeriod, "from the", t.WaitingPeriodAnchor)
	fmt.Println("maximum credit term:", t.MaxCreditDays)
	fmt.Println("quotité", t.Quotites.Named.Percent(), "(temporary:", q.Percent()+")", "excluding tax:", !t.VATCovered)
	fmt.Println("retroactive if granted within", t.RetroactivityDays, "of", t.Signature)
	fmt.Println("accord express:", policy.StandardAccordExpress(), "deadline rule:", t.DeadlineRule.Name)

	t.Quotites.Named = policy.MustRate("1.2")
	fmt.Println(t.Validate())
	// Output:
	// valid: true
	// invoicing within 30d of delivery; notice 30d after dueDate
	// extension up to 60d after the due date; waiting period 5m from the notice
	// maximum credit term: not set
	// quotité 90 % (temporary: 90 %) excluding tax: true
	// retroactive if granted within 30d of 2024-12-20
	// accord express: EUR 10000.00 deadline rule: fr-civil
	// policy: value out of range: quotites.named="1.2" (CP-quotite)
}

func ExampleSchedule_At() {
	base := policy.SimplifiedSME(policy.SMEOffer{
		Currency:  policy.EUR,
		Signature: calendar.MustDate(2024, 12, 20),
		Effective: calendar.MustDate(2025, 1, 1),
		Expiry:    calendar.MustDate(2025, 12, 31),
	})
	relief := base
	relief.OverdueNotice.Days = policy.MustTimeLimit(calendar.Days(60)) // a temporary relief, as in 2020

	terms, err := policy.NewSchedule(
		policy.Dated[policy.Terms]{From: base.Effective, Value: base, Clause: policy.Clause{ID: "CP"}},
		policy.Dated[policy.Terms]{From: calendar.MustDate(2025, 4, 1), Value: relief, Clause: policy.Clause{ID: "Avenant-1"}},
		policy.Dated[policy.Terms]{From: calendar.MustDate(2025, 7, 1), Value: base, Clause: policy.Clause{ID: "Avenant-2"}},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range []calendar.Date{calendar.MustDate(2024, 12, 31), calendar.MustDate(2025, 3, 31), calendar.MustDate(2025, 4, 1), calendar.MustDate(2025, 9, 1)} {
		in, ok := terms.At(d)
		if !ok {
			fmt.Println(d, "no terms in force")
			continue
		}
		fmt.Println(d, in.Clause.ID, "notice days:", in.Value.OverdueNotice.Days)
	}
	// Output:
	// 2024-12-31 no terms in force
	// 2025-03-31 CP notice days: 30d
	// 2025-04-01 Avenant-1 notice days: 60d
	// 2025-09-01 Avenant-2 notice days: 30d
}

func ExampleTimeLimit() {
	delivery := calendar.MustDate(2025, 1, 31)
	for _, l := range []policy.TimeLimit{
		{}, // not set: the policy imposes no such limit
		policy.MustTimeLimit(calendar.Days(0)),
		policy.MustTimeLimit(calendar.Days(30)),
		policy.MustTimeLimit(calendar.Months(1)),
	} {
		end, ok := l.After(delivery)
		b, _ := json.Marshal(l)
		fmt.Println(l, string(b), end, ok)
	}
	var l policy.TimeLimit
	fmt.Println(json.Unmarshal([]byte("-5"), &l))
	// Output:
	// not set null  false
	// 0d 0 2025-01-31 true
	// 30d 30 2025-03-02 true
	// 1m "1m" 2025-02-28 true
	// policy: value out of range: "-5"
}
