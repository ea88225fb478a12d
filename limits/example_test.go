package limits_test

import (
	"fmt"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// The simplified SME offer: limits given within 30 days of signature are
// retroactive to the effective date. An agrément of 50 000 € and a
// temporary limit of 20 000 € for the spring peak.
func ExampleCoverAt() {
	terms := policy.SimplifiedSME(policy.SMEOffer{Currency: policy.EUR, Signature: calendar.MustDate(2024, time.December, 20), Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2025, time.December, 31)})
	h := limits.MustHistory(
		limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 50000"),
			Date: calendar.MustDate(2025, time.January, 15)},
		limits.Decision{ID: "T1", Kind: limits.Temporary, Amount: policy.MustAmount("EUR 20000"),
			Date: calendar.MustDate(2025, time.March, 1), Expiry: calendar.MustDate(2025, time.April, 30)},
	)
	for _, d := range []calendar.Date{
		calendar.MustDate(2025, time.January, 5), // before D1, covered by retroactivity
		calendar.MustDate(2025, time.March, 10),  // D1 + T1
		calendar.MustDate(2025, time.May, 2),     // T1 has expired
	} {
		c, err := limits.CoverAt(terms, h, limits.Buyer{}, d, limits.CoverOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(d, c.Type, c.Amount, "at", c.Quotite.Percent())
	}
	// Output:
	// 2025-01-05 named EUR 50000.00 at 90 %
	// 2025-03-10 named EUR 70000.00 at 90 %
	// 2025-05-02 named EUR 50000.00 at 90 %
}

// A reduction notified on 1 June with 30 days' notice (Atradius's rule):
// deliveries until 30 June keep the former 50 000 €; the trace says why.
func ExampleCoverAt_reduction() {
	terms := policy.Terms{
		Currency:  policy.EUR,
		Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2025, time.December, 31),
		ReductionNoticeDays: limitDays(30),
		Quotites:            policy.Quotites{Named: policy.MustRate("0.9")},
	}
	h := limits.MustHistory(
		limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 50000"),
			Date: calendar.MustDate(2025, time.January, 15)},
		limits.Decision{ID: "D2", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 20000"),
			Date: calendar.MustDate(2025, time.June, 1), Reason: limits.ReasonAdverseInformation},
	)
	c, _ := limits.CoverAt(terms, h, limits.Buyer{}, calendar.MustDate(2025, time.June, 30), limits.CoverOptions{})
	fmt.Println(c.Decision.ID, c.Amount)
	c, _ = limits.CoverAt(terms, h, limits.Buyer{}, calendar.MustDate(2025, time.July, 1), limits.CoverOptions{})
	fmt.Println(c.Decision.ID, c.Amount)
	fmt.Println(c.Trace[1].Inputs)
	fmt.Println(c.Trace[1].Clause.ID)
	// Output:
	// D1 EUR 50000.00
	// D2 EUR 20000.00
	// D2 agrement EUR 20000.00 dated 2025-06-01, reduction from EUR 50000.00 effective 2025-07-01
	// CP-reduction-notice
}

// Discretionary cover for an eligible buyer until the insurer decides on
// it: a refusal voids it, even for an amount the insured could have
// covered on its own.
func ExampleCoverAt_discretionary() {
	terms := policy.Terms{
		Currency:  policy.EUR,
		Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2025, time.December, 31),
		Quotites:         policy.Quotites{Named: policy.MustRate("0.9"), Discretionary: policy.MustRate("0.6")},
		DiscretionaryMax: policy.MustAmount("EUR 10000"),
	}
	h := limits.MustHistory(limits.Decision{ID: "R1", Kind: limits.Refusal,
		Date: calendar.MustDate(2025, time.March, 1), Reason: limits.ReasonLimitFull})
	buyer := limits.Buyer{DiscretionaryEligible: true}
	for _, d := range []calendar.Date{calendar.MustDate(2025, time.February, 20), calendar.MustDate(2025, time.March, 10)} {
		c, _ := limits.CoverAt(terms, h, buyer, d, limits.CoverOptions{})
		fmt.Println(d, c.Type, c.Amount, c.Gap)
	}
	// Output:
	// 2025-02-20 discretionary EUR 10000.00 covered
	// 2025-03-10 none EUR 0.00 refused
}

// An order of 13 000 € on a buyer insured for 50 000 €, checked at order
// time with the conformance vectors' warning ratio of 80 %.
func ExampleHeadroom() {
	e := limits.Exposure{
		Open:    policy.MustAmount("EUR 30000"),
		Overdue: policy.MustAmount("EUR 5000"),
		Draft:   policy.MustAmount("EUR 2000"),
		Orders:  policy.MustAmount("EUR 1000"),
		Credits: policy.MustAmount("EUR 500"),
	}
	opts := limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}
	p, _ := limits.Headroom(policy.MustAmount("EUR 50000"), e, policy.MustAmount("EUR 13000"), opts)
	fmt.Println(p.Status, "exposure", p.Exposure, "insured", p.Insured, "uninsured", p.Uninsured)
	// A credit note on a buyer above its limit is never "over".
	above := limits.Exposure{Open: policy.MustAmount("EUR 52000")}
	p, _ = limits.Headroom(policy.MustAmount("EUR 50000"), above, policy.MustAmount("EUR -1000"), opts)
	fmt.Println(p.Status, "exposure", p.Exposure, "uninsured", p.Uninsured)
	// Output:
	// over exposure EUR 50500.00 insured EUR 50000.00 uninsured EUR 500.00
	// warn exposure EUR 51000.00 uninsured EUR 1000.00
}

// The alerts of a buyer on 10 June: the exposure approaches the insured
// amount, the temporary limit ends in 10 days, a reduction is coming.
func ExampleAlerts() {
	terms := policy.Terms{
		Currency:  policy.EUR,
		Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2025, time.December, 31),
		ReductionNoticeDays: limitDays(30),
		Quotites:            policy.Quotites{Named: policy.MustRate("0.9")},
	}
	h := limits.MustHistory(
		limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 50000"),
			Date: calendar.MustDate(2025, time.January, 15)},
		limits.Decision{ID: "T1", Kind: limits.Temporary, Amount: policy.MustAmount("EUR 20000"),
			Date: calendar.MustDate(2025, time.May, 1), Expiry: calendar.MustDate(2025, time.June, 20)},
		limits.Decision{ID: "D2", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 30000"),
			Date: calendar.MustDate(2025, time.June, 1)},
	)
	e := limits.Exposure{Open: policy.MustAmount("EUR 60000")}
	alerts, _ := limits.Alerts(terms, h, limits.Buyer{}, e, calendar.MustDate(2025, time.June, 10),
		limits.AlertOptions{Headroom: limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}, ExpiryNoticeDays: 15})
	for _, a := range alerts {
		fmt.Println(a.Date, a.Kind, "-", a.Message)
	}
	// Output:
	// 2025-06-10 approaching - exposure EUR 60000.00 approaches the insured amount EUR 70000.00, headroom EUR 10000.00
	// 2025-06-20 limitExpiring - temporary T1 of EUR 20000.00 ends on 2025-06-20
	// 2025-07-01 reductionAhead - agrement D2 lowers the limit from EUR 50000.00 to EUR 30000.00 for deliveries from 2025-07-01
}

// Atradius's discretionary credit limit by credit report: the report must
// be at most 12 months old.
func ExampleEvaluateDiscretionary() {
	conds := limits.DiscretionaryConditions{AnyOf: []limits.DiscretionaryRule{limits.AtradiusDCLByReport()}}
	facts := limits.BuyerFacts{ReportDate: calendar.MustDate(2024, time.May, 15)}
	el, _ := limits.EvaluateDiscretionary(conds, facts, calendar.MustDate(2025, time.June, 1))
	fmt.Println(el.Eligible, el.Reasons)
	// Output:
	// false [Atradius DCL by credit report: credit report of 2024-05-15 older than 12 months]
}

// An EDIFACT RECECO answer mapped to a decision kind, and an insurer's
// word.
func ExampleDecisionKind() {
	req, _ := limits.RequestFromEDIFACT4505("3")   // increase
	resp, _ := limits.ResponseFromEDIFACT4507("5") // partly approved
	k, ok := limits.DecisionKind(req, resp)
	fmt.Println(req, resp, "→", k, ok)
	w, _ := limits.LookupWord("Coface", "CAP Plus")
	fmt.Println(w.Word, "→", w.Kind, w.Cover)
	// Output:
	// increase partlyApproved → agrement true
	// CAP Plus → topUp topUp
}
