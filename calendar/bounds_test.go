package calendar

import (
	"encoding"
	"strings"
	"testing"
)

// TestEnumMarshalTextBounds checks the text form of each enumeration on its
// last named value and on the first value past it.
func TestEnumMarshalTextBounds(t *testing.T) {
	for _, tc := range []struct {
		last, next encoding.TextMarshaler
	}{
		{Counting(len(countingNames) - 1), Counting(len(countingNames))},
		{MonthEnd(len(monthEndNames) - 1), MonthEnd(len(monthEndNames))},
		{Roll(len(rollNames) - 1), Roll(len(rollNames))},
		{TermKind(len(termKindNames) - 1), TermKind(len(termKindNames))},
	} {
		if _, err := tc.last.MarshalText(); err != nil {
			t.Errorf("%v.MarshalText(): %v", tc.last, err)
		}
		_, err := tc.next.MarshalText()
		if sentinelOf(err) != ErrInvalidArgument {
			t.Errorf("%v.MarshalText(): error %v, want ErrInvalidArgument", tc.next, err)
		}
	}
}

// TestDeadlinePeriodBounds checks the bounds of a period in months and
// years, forward and backward: the largest accepted period is checked
// against the dates (an invalid date for this anchor), one beyond it is an
// invalid argument, and so is a negative one (the direction is the rule's).
func TestDeadlinePeriodBounds(t *testing.T) {
	anchor := MustDate(2025, 1, 31)
	back := FRCivil
	back.Backward = true
	for _, tc := range []struct {
		p    Period
		r    Rule
		want error
	}{
		{Period{Months: maxPeriodMonths}, FRCivil, ErrInvalidDate},
		{Period{Months: maxPeriodMonths + 1}, FRCivil, ErrInvalidArgument},
		{Period{Months: maxPeriodMonths}, back, ErrInvalidDate},
		{Period{Months: maxPeriodMonths + 1}, back, ErrInvalidArgument},
		{Period{Years: 10000}, FRCivil, ErrInvalidDate},
		{Period{Years: 10001}, FRCivil, ErrInvalidArgument},
		{Period{Years: 10000}, back, ErrInvalidDate},
		{Period{Years: 10001}, back, ErrInvalidArgument},
		{Period{Years: 9999, Months: 12}, FRCivil, ErrInvalidDate},
		{Period{Years: 10000, Months: 1}, FRCivil, ErrInvalidArgument},
		{Period{Months: -1}, FRCivil, ErrInvalidArgument},
		{Period{Years: -1}, back, ErrInvalidArgument},
		{Period{Days: -1}, back, ErrInvalidArgument},
		{Period{Days: 366 * 10000}, back, ErrInvalidArgument},
		{Period{Days: 366*10000 + 1}, FRCivil, ErrInvalidArgument},
	} {
		_, err := Deadline(anchor, tc.p, tc.r)
		if sentinelOf(err) != tc.want {
			t.Errorf("Deadline(%s, %s, backward %v): error %v, want %v", anchor, tc.p, tc.r.Backward, err, tc.want)
		}
	}
}

// TestDueDateFirstAndLastYears checks due dates in year 1 and year 9999,
// the first and last years of a Date.
func TestDueDateFirstAndLastYears(t *testing.T) {
	for _, tc := range []struct{ from, want string }{
		{"0001-01-01", "0001-01-31"},
		{"9999-11-01", "9999-12-01"},
	} {
		got, err := Term{Kind: Net, Days: 30}.DueDate(date(t, tc.from))
		if err != nil || got.String() != tc.want {
			t.Errorf("30 days net from %s = %s, %v; want %s", tc.from, got, err, tc.want)
		}
	}
	if _, err := (Term{Kind: Net, Days: 31}).DueDate(date(t, "9999-12-01")); sentinelOf(err) != ErrInvalidDate {
		t.Errorf("31 days net from 9999-12-01: error %v, want ErrInvalidDate", err)
	}
}

// TestAddBusinessDaysRangeMessage checks the message of a count that runs
// past the years a calendar covers: it names the start and the signed count.
func TestAddBusinessDaysRangeMessage(t *testing.T) {
	for _, tc := range []struct {
		from string
		n    int
		want string
	}{
		{"2199-12-30", 5, "2199-12-30 + 5 business days (calendar fr)"},
		{"2000-01-03", -5, "2000-01-03 + -5 business days (calendar fr)"},
	} {
		_, err := AddBusinessDays(date(t, tc.from), tc.n, FR)
		if sentinelOf(err) != ErrOutOfRange || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("AddBusinessDays(%s, %d, FR): error %v, want ErrOutOfRange naming %q", tc.from, tc.n, err, tc.want)
		}
	}
}
