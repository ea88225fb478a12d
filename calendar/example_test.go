package calendar_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/creditins/creditins/calendar"
)

// The threat-of-loss notice (DMS) is due 30 days after the due date of an
// unpaid invoice. Under the French civil rule the due date itself is not
// counted (CPC art. 641) and a last day that is a Saturday, a Sunday or a
// holiday runs to the next business day (CPC art. 642).
func ExampleDeadline() {
	due := calendar.MustDate(2025, time.May, 1)
	l, err := calendar.Deadline(due, calendar.Days(30), calendar.FRCivil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("nominal:", l.Nominal, l.Nominal.Weekday())
	fmt.Println("final:  ", l.Final, l.Final.Weekday())
	fmt.Println("extended:", l.Extended)
	fmt.Println("notice sent on Monday 2 June is on time:", l.Met(calendar.MustDate(2025, time.June, 2)))

	// The same limit read strictly, in calendar days, is not extended.
	s, _ := calendar.Deadline(due, calendar.Days(30), calendar.StrictRule)
	fmt.Println("strict: ", s.Final)
	// Output:
	// nominal: 2025-05-31 Saturday
	// final:   2025-06-02 Monday
	// extended: true
	// notice sent on Monday 2 June is on time: true
	// strict:  2025-05-31
}

// A notice due "at least 8 days before" a meeting on Monday 2 August 2027
// runs backward (délai à rebours): the meeting day is not counted, so the
// last day on time is Saturday 24 July (Cass. com. 14 March 2018, n°
// 16-26.996); a backward limit is never moved later, and Preceding moves it
// to Friday 23 July. DeadlineDates returns the two days alone.
func ExampleDeadlineDates_backward() {
	meeting := calendar.MustDate(2027, time.August, 2)
	r := calendar.Rule{Counting: calendar.ExcludeStart, Extend: calendar.Preceding, Calendar: calendar.FR, Backward: true}
	nominal, final, err := calendar.DeadlineDates(meeting, calendar.Days(8), r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("nominal:", nominal, nominal.Weekday())
	fmt.Println("final:  ", final, final.Weekday())

	// A negative period is not a backward limit.
	_, _, err = calendar.DeadlineDates(meeting, calendar.Days(-8), calendar.FRCivil)
	fmt.Println(errors.Is(err, calendar.ErrInvalidArgument), err)
	// Output:
	// nominal: 2027-07-24 Saturday
	// final:   2027-07-23 Friday
	// true calendar: invalid argument in Deadline: period.days="-8"
}

// "45 jours fin de mois" has two lawful readings, which the DGCCRF both
// accepts: method A, end of the invoice month then 45 days; method B, 45
// days then the end of that month. They differ, and B is not always later.
func ExampleTerm_DueDate() {
	a := calendar.Term{Kind: calendar.EOMPlus, Days: 45}
	b := calendar.Term{Kind: calendar.PlusEOM, Days: 45}
	for _, inv := range []calendar.Date{
		calendar.MustDate(2025, time.January, 15),
		calendar.MustDate(2024, time.January, 15), // 15 January + 45 days = 29 February
	} {
		da, _ := a.DueDate(inv)
		db, _ := b.DueDate(inv)
		fmt.Printf("invoice %s: %s → %s, %s → %s\n", inv, a, da, b, db)
	}
	// Output:
	// invoice 2025-01-15: 45 jours fin de mois (A) → 2025-03-17, 45 jours fin de mois (B) → 2025-03-31
	// invoice 2024-01-15: 45 jours fin de mois (A) → 2024-03-16, 45 jours fin de mois (B) → 2024-02-29
}

// Five business days ("5 jours ouvrés") from Christmas Eve: Alsace-Moselle
// also rests on 26 December (Code du travail L3134-13).
func ExampleAddBusinessDays() {
	eve := calendar.MustDate(2025, time.December, 24)
	for _, c := range []calendar.Calendar{calendar.FR, calendar.FRAlsaceMoselle} {
		d, err := calendar.AddBusinessDays(eve, 5, c)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-17s %s %s\n", c, d, d.Weekday())
	}
	// A holiday calendar only knows the years of its table.
	_, err := calendar.AddBusinessDays(calendar.MustDate(2199, time.December, 30), 5, calendar.FR)
	fmt.Println(errors.Is(err, calendar.ErrOutOfRange))
	// Output:
	// fr                2026-01-02 Friday
	// fr-alsace-moselle 2026-01-05 Monday
	// true
}

// One month after 31 January is the last day of February in law (CPC art.
// 641 al. 2); time.AddDate normalises 31 February to 3 March.
func ExampleDate_AddMonths() {
	d := calendar.MustDate(2025, time.January, 31)
	t := time.Date(2025, time.January, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println("AddMonths(1):   ", d.AddMonths(1))
	fmt.Println("time.AddDate:   ", t.AddDate(0, 1, 0).Format(time.DateOnly))
	over, _ := d.AddMonthsMode(1, calendar.Overflow)
	fmt.Println("Overflow mode:  ", over)
	_, err := d.AddMonthsMode(1, calendar.Strict)
	fmt.Println("Strict mode:    ", err)
	fmt.Println("AddMonths(3):   ", d.AddMonths(3), "(not", d.AddMonths(1).AddMonths(1).AddMonths(1).String()+")")
	// Output:
	// AddMonths(1):    2025-02-28
	// time.AddDate:    2025-03-03
	// Overflow mode:   2025-03-03
	// Strict mode:     calendar: ambiguous date in AddMonthsMode: date="2025-01-31 + 1 months"
	// AddMonths(3):    2025-04-30 (not 2025-04-28)
}

// Business-day conventions on a Saturday that ends May 2025.
func ExampleAdjust() {
	sat := calendar.MustDate(2025, time.May, 31)
	for _, r := range []calendar.Roll{calendar.Following, calendar.ModifiedFollowing, calendar.Preceding} {
		d, _ := calendar.Adjust(sat, calendar.FR, r)
		fmt.Println(r, d)
	}
	// Output:
	// following 2025-06-02
	// modifiedFollowing 2025-05-30
	// preceding 2025-05-30
}

func ExampleParseDate() {
	for _, s := range []string{"2025-02-28", "2025-02-30", "2025-2-3"} {
		d, err := calendar.ParseDate(s)
		fmt.Printf("%q %q %v\n", s, d, errors.Is(err, calendar.ErrInvalidDate))
	}
	// Output:
	// "2025-02-28" "2025-02-28" false
	// "2025-02-30" "" true
	// "2025-2-3" "" true
}
