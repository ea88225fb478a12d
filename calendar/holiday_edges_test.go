package calendar

import (
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// edgeHolidays are holidays at the edges of the holiday tables: the last
// day of a month, 29 February, Easter itself and the extreme Easter
// offsets that NewCalendar accepts.
var edgeHolidays = []Holiday{
	{Name: "31 Dec", Month: time.December, Day: 31},
	{Name: "29 Feb", Month: time.February, Day: 29},
	{Name: "30 Apr", Month: time.April, Day: 30},
	{Name: "Easter", FromEaster: true},
	{Name: "Easter - 80", FromEaster: true, EasterOffset: -80},
	{Name: "Easter + 250", FromEaster: true, EasterOffset: 250},
}

// TestHolidayTableEdges checks IsBusinessDay on a calendar with no weekend
// and edgeHolidays, unbounded and bounded by validity years (1900–3000, so
// that 1818 and 3784 lie outside), on the days of those holidays and around
// them, in years where Easter falls on its earliest day (22 March 1818, a
// common year) and its latest day of a leap year (25 April 3784).
func TestHolidayTableEdges(t *testing.T) {
	bounded := make([]Holiday, len(edgeHolidays))
	for i, h := range edgeHolidays {
		h.FromYear, h.ToYear = 1900, 3000
		bounded[i] = h
	}
	days := []string{
		"2023-12-30", "2023-12-31", "2024-01-01", "2023-02-28", "2023-03-01", "2024-02-28", "2024-02-29", "2024-03-01",
		"2025-04-29", "2025-04-30", "2025-05-01",
		"1818-03-21", "1818-03-22", "1818-03-23", "3784-04-24", "3784-04-25", "3784-04-26",
	}
	for _, y := range []int{1818, 2025, 3784} {
		e := Easter(y)
		for _, off := range []int{-81, -80, -79, 249, 250, 251} {
			days = append(days, e.AddDays(off).String())
		}
	}
	// Easter 3784 + 250 days is 31 December, also a fixed holiday of
	// edgeHolidays: the Easter-based ones alone show it on its own.
	easterOnly := edgeHolidays[3:]
	for name, hs := range map[string][]Holiday{"unbounded": edgeHolidays, "bounded": bounded, "Easter only": easterOnly} {
		c, err := NewCalendar("edges", nil, hs, MinYear, MaxYear)
		if err != nil {
			t.Fatalf("NewCalendar: %v", err)
		}
		var want, got []string
		for _, s := range days {
			d := date(t, s)
			bd, err := c.IsBusinessDay(d)
			if err != nil {
				t.Fatalf("IsBusinessDay(%s): %v", d, err)
			}
			want = append(want, s+" "+map[bool]string{true: "holiday", false: "business"}[listedHoliday(t, c, d)])
			got = append(got, s+" "+map[bool]string{true: "business", false: "holiday"}[bd])
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: IsBusinessDay disagrees with Holidays (-want +got):\n%s", name, diff)
		}
		// AddBusinessDays, which reads the tables 64 days at a time,
		// agrees with a day-by-day walk over Holidays.
		for _, s := range days {
			d := date(t, s)
			for _, n := range []int{1, -1, 3, -3} {
				got, err := AddBusinessDays(d, n, c)
				if err != nil {
					t.Fatalf("AddBusinessDays(%s, %d): %v", d, n, err)
				}
				if want := walkBusinessDays(t, c, d, n); got != want {
					t.Errorf("%s: AddBusinessDays(%s, %d) = %s, want %s", name, d, n, got, want)
				}
			}
		}
	}
}

// walkBusinessDays moves n business days from d one day at a time, a day
// being a business day when Holidays of its year does not list it (the
// calendars of these tests have no weekend).
func walkBusinessDays(t *testing.T, c Calendar, d Date, n int) Date {
	t.Helper()
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		if d = d.AddDays(step); !listedHoliday(t, c, d) {
			n--
		}
	}
	return d
}

// listedHoliday reports whether Holidays lists d for its year.
func listedHoliday(t *testing.T, c Calendar, d Date) bool {
	t.Helper()
	hol, err := c.Holidays(d.Year())
	if err != nil {
		t.Fatalf("Holidays(%d): %v", d.Year(), err)
	}
	for _, h := range hol {
		if h == d {
			return true
		}
	}
	return false
}

// TestHolidayTableEdgesKnownDays pins the holidays of TestHolidayTableEdges
// that do not depend on Easter, so that the model (Holidays) is checked too.
func TestHolidayTableEdgesKnownDays(t *testing.T) {
	c, err := NewCalendar("edges", nil, edgeHolidays, MinYear, MaxYear)
	if err != nil {
		t.Fatalf("NewCalendar: %v", err)
	}
	var got []string
	for _, s := range []string{"2023-12-31", "2024-02-29", "2025-04-30", "1818-03-22", "3784-04-25", "2023-12-30", "2023-02-28", "2023-03-01"} {
		bd, err := c.IsBusinessDay(date(t, s))
		if err != nil {
			t.Fatalf("IsBusinessDay(%s): %v", s, err)
		}
		got = append(got, s+map[bool]string{true: " business", false: " holiday"}[bd])
	}
	want := []string{"2023-12-31 holiday", "2024-02-29 holiday", "2025-04-30 holiday", "1818-03-22 holiday", "3784-04-25 holiday",
		"2023-12-30 business", "2023-02-28 business", "2023-03-01 business"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("IsBusinessDay (-want +got):\n%s", diff)
	}
}

// TestLongRunWithoutBusinessDay checks AddBusinessDays across 90 days
// without a business day (every day of January to March a holiday): longer
// than the 64 days read at a time, shorter than the run that means "no
// business day at all".
func TestLongRunWithoutBusinessDay(t *testing.T) {
	var hs []Holiday
	for m := time.January; m <= time.March; m++ {
		for d := 1; d <= DaysIn(2001, m); d++ {
			hs = append(hs, Holiday{Name: "closed", Month: m, Day: d})
		}
	}
	c, err := NewCalendar("closed-q1", nil, hs, 2000, 2100)
	if err != nil {
		t.Fatalf("NewCalendar: %v", err)
	}
	var got []string
	for _, tc := range []struct {
		from string
		n    int
	}{{"2024-12-31", 1}, {"2025-04-01", -1}, {"2025-01-15", 2}, {"2025-03-31", -1}} {
		d, err := AddBusinessDays(date(t, tc.from), tc.n, c)
		if err != nil {
			t.Fatalf("AddBusinessDays(%s, %d): %v", tc.from, tc.n, err)
		}
		got = append(got, d.String())
	}
	if diff := cmp.Diff([]string{"2025-04-01", "2024-12-31", "2025-04-02", "2024-12-31"}, got); diff != "" {
		t.Errorf("AddBusinessDays (-want +got):\n%s", diff)
	}
}

// TestAddMonthsBeforeYearOne checks month arithmetic that ends before year
// 1, where the month index is negative: an error, never a date.
func TestAddMonthsBeforeYearOne(t *testing.T) {
	for _, n := range []int{-1, -12, -13, -25} {
		got, err := date(t, "0001-01-31").AddMonthsMode(n, Clamp)
		if sentinelOf(err) != ErrInvalidDate || !got.IsZero() {
			t.Errorf("0001-01-31 + %d months = %s, %v; want the zero Date and ErrInvalidDate", n, got, err)
		}
	}
}

func TestEqualMethods(t *testing.T) {
	d := date(t, "2025-03-01")
	got := []bool{d.Equal(d), d.Equal(d.AddDays(1)), FR.Equal(FR), FR.Equal(MonFri)}
	if diff := cmp.Diff([]bool{true, false, true, false}, got); diff != "" {
		t.Errorf("Equal (-want +got):\n%s", diff)
	}
}

// TestBoundedHolidayYears pins a holiday valid from 1900 to 3000 on the
// first and last years of its validity and the years just outside them,
// with the expected days written out (TestHolidayTableEdges takes Holidays
// as its model, so it cannot see a mistake the two share).
func TestBoundedHolidayYears(t *testing.T) {
	hs := []Holiday{
		{Name: "31 Dec", Month: time.December, Day: 31, FromYear: 1900, ToYear: 3000},
		{Name: "Easter Monday", FromEaster: true, EasterOffset: 1, FromYear: 1900, ToYear: 3000},
	}
	c, err := NewCalendar("bounded", nil, hs, MinYear, MaxYear)
	if err != nil {
		t.Fatalf("NewCalendar: %v", err)
	}
	var got []string
	for _, y := range []int{1899, 1900, 3000, 3001} {
		for _, d := range []Date{MustDate(y, time.December, 31), Easter(y).AddDays(1)} {
			bd, err := c.IsBusinessDay(d)
			if err != nil {
				t.Fatalf("IsBusinessDay(%s): %v", d, err)
			}
			hol, err := c.Holidays(y)
			if err != nil {
				t.Fatalf("Holidays(%d): %v", y, err)
			}
			got = append(got, d.String()+map[bool]string{true: " business", false: " holiday"}[bd]+" "+strconv.Itoa(len(hol)))
		}
	}
	want := []string{
		"1899-12-31 business 0", "1899-04-03 business 0",
		"1900-12-31 holiday 2", "1900-04-16 holiday 2",
		"3000-12-31 holiday 2", "3000-04-14 holiday 2",
		"3001-12-31 business 0", "3001-04-06 business 0",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestCalendarYearBounds checks the year bounds of Holidays and NewCalendar:
// a calendar without a holiday table answers for year 1 and year 9999, a
// holiday table may cover a single year.
func TestCalendarYearBounds(t *testing.T) {
	for _, y := range []int{MinYear, MaxYear} {
		if hol, err := None.Holidays(y); err != nil || len(hol) != 0 {
			t.Errorf("None.Holidays(%d) = %v, %v; want none and no error", y, hol, err)
		}
	}
	for _, y := range []int{MinYear - 1, MaxYear + 1} {
		if _, err := None.Holidays(y); sentinelOf(err) != ErrOutOfRange {
			t.Errorf("None.Holidays(%d): error %v, want ErrOutOfRange", y, err)
		}
	}
	one := []Holiday{{Name: "New Year", Month: time.January, Day: 1}}
	c, err := NewCalendar("2025 only", nil, one, 2025, 2025)
	if err != nil {
		t.Fatalf("NewCalendar for one year: %v", err)
	}
	if bd, err := c.IsBusinessDay(MustDate(2025, time.January, 1)); err != nil || bd {
		t.Errorf("IsBusinessDay(2025-01-01) = %v, %v; want a holiday", bd, err)
	}
	if _, err := NewCalendar("backwards", nil, one, 2026, 2025); sentinelOf(err) != ErrInvalidArgument {
		t.Errorf("NewCalendar from 2026 to 2025: error %v, want ErrInvalidArgument", err)
	}
}

// TestDateStringYearPadding checks the zero padding of the year at each
// number of digits.
func TestDateStringYearPadding(t *testing.T) {
	var got []string
	for _, y := range []int{1, 9, 10, 99, 100, 999, 1000, 9999} {
		got = append(got, MustDate(y, time.March, 4).String())
	}
	want := []string{"0001-03-04", "0009-03-04", "0010-03-04", "0099-03-04", "0100-03-04", "0999-03-04", "1000-03-04", "9999-03-04"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("String (-want +got):\n%s", diff)
	}
}
