package limits_test

import (
	"fmt"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Two readings of a limit's dates: a limit decided on 17 March that
// applies from the start of its month (Allianz Trade CH), and named limits
// valid twelve months unless requested again (Crion).
func ExampleLapse() {
	terms := policy.Terms{Currency: policy.EUR,
		Effective: calendar.MustDate(2025, time.January, 1), Expiry: calendar.MustDate(2026, time.December, 31),
		Quotites: policy.Quotites{Named: policy.MustRate("0.9")}}
	terms.Premium.LimitFees.NamedLimitValidity = policy.MustTimeLimit(calendar.Months(12))
	d := limits.Decision{ID: "D1", Kind: limits.Agrement, Amount: policy.MustAmount("EUR 50000"),
		Date: calendar.MustDate(2025, time.March, 17)}
	end, _ := limits.Lapse(terms, d)
	fmt.Println("lapses on", end)
	opts := limits.CoverOptions{Retroactivity: limits.Retroactivity{Rule: limits.MonthStart}}
	for _, day := range []calendar.Date{
		calendar.MustDate(2025, time.March, 1), // the start of the month of the decision
		calendar.MustDate(2026, time.March, 16),
		calendar.MustDate(2026, time.March, 17),
	} {
		c, err := limits.CoverAt(terms, limits.MustHistory(d), limits.Buyer{}, day, opts)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day, c.Amount, c.Gap)
	}
	// Output:
	// lapses on 2026-03-17
	// 2025-03-01 EUR 50000.00 covered
	// 2026-03-16 EUR 50000.00 covered
	// 2026-03-17 EUR 0.00 lapsed
}
