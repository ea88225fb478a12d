package calendar

import (
	"errors"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// Properties of the package, one named law per function. Each law is a
// func(*rapid.T) run by a TestProp… function through rapid.Check and exposed
// as a coverage-guided fuzz target by a FuzzProp… function through
// rapid.MakeFuzz:
//
//	go test -run=^$ -fuzz=^FuzzPropAddBusinessDaysModel$ -fuzztime=20s ./calendar

// ---- generators (from primitives, so that failures print as numbers) ----

// genDate draws a valid date with a year in [lo, hi], biased towards the
// last days of the month, where month arithmetic is interesting.
func genDate(lo, hi int) *rapid.Generator[Date] {
	return rapid.Custom(func(t *rapid.T) Date {
		y := rapid.IntRange(lo, hi).Draw(t, "year")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
		last := DaysIn(y, m)
		d := rapid.OneOf(rapid.IntRange(1, last), rapid.IntRange(last-3, last)).Draw(t, "day")
		return MustDate(y, m, d)
	})
}

// genCalendar draws an SDK calendar by name, or a custom calendar built by
// NewCalendar with a random weekend and random fixed and Easter-based
// holidays (some bounded by validity years) covering 2000–2199.
func genCalendar() *rapid.Generator[Calendar] {
	return rapid.Custom(func(t *rapid.T) Calendar {
		names := []string{"none", "mon-fri", "fr", "fr-ouvrables", "fr-alsace-moselle", "custom"}
		name := rapid.SampledFrom(names).Draw(t, "calendar")
		if name != "custom" {
			c, err := CalendarByName(name)
			if err != nil {
				t.Fatalf("CalendarByName(%q): %v", name, err)
			}
			return c
		}
		wmask := rapid.IntRange(0, 0x7e).Draw(t, "weekendMask") // never all seven days
		var weekend []time.Weekday
		for w := time.Sunday; w <= time.Saturday; w++ {
			if wmask&(1<<w) != 0 {
				weekend = append(weekend, w)
			}
		}
		var hs []Holiday
		for i, n := 0, rapid.IntRange(0, 12).Draw(t, "holidays"); i < n; i++ {
			var h Holiday
			if rapid.Bool().Draw(t, "fromEaster") {
				h = Holiday{Name: "e", FromEaster: true, EasterOffset: rapid.IntRange(-80, 250).Draw(t, "offset")}
			} else {
				m := time.Month(rapid.IntRange(1, 12).Draw(t, "hmonth"))
				h = Holiday{Name: "f", Month: m, Day: rapid.IntRange(1, DaysIn(2000, m)).Draw(t, "hday")}
			}
			if rapid.Bool().Draw(t, "bounded") {
				h.FromYear = rapid.IntRange(2000, 2199).Draw(t, "fromYear")
				h.ToYear = rapid.IntRange(h.FromYear, 2199).Draw(t, "toYear")
			}
			hs = append(hs, h)
		}
		c, err := NewCalendar("custom", weekend, hs, 2000, 2199)
		if err != nil {
			t.Fatalf("NewCalendar: %v", err)
		}
		return c
	})
}

var allRolls = []Roll{Unadjusted, Following, ModifiedFollowing, Preceding, ModifiedPreceding, Nearest}

func genRoll() *rapid.Generator[Roll] { return rapid.SampledFrom(allRolls) }

func utc(d Date) time.Time { return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC) }

func mustBusiness(t *rapid.T, c Calendar, d Date) bool {
	ok, err := c.IsBusinessDay(d)
	if err != nil {
		t.Fatalf("%s.IsBusinessDay(%s): %v", c, d, err)
	}
	return ok
}

// modelAddBusinessDays is the obvious day-by-day loop AddBusinessDays must
// agree with: step one calendar day at a time and count the business days.
// As for Adjust, the start day must lie in the calendar's years (a fuzz
// input starting on 1999-12-31 under FR is kept as a seed for this).
func modelAddBusinessDays(d Date, n int, c Calendar) (Date, error) {
	if n == 0 {
		return d, nil
	}
	if _, err := c.IsBusinessDay(d); err != nil {
		return Date{}, err
	}
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if d.Year() < MinYear || d.Year() > MaxYear {
			return Date{}, ErrOutOfRange
		}
		ok, err := c.IsBusinessDay(d)
		if err != nil {
			return Date{}, err
		}
		if ok {
			n--
		}
	}
	return d, nil
}

// ---- dates ----

// Property: d.AddDays(n).DaysSince(d) == n (AddDays and DaysSince are inverse).
func propAddDaysDaysSince(t *rapid.T) {
	d := genDate(1000, 8999).Draw(t, "d")
	n := rapid.IntRange(-360000, 360000).Draw(t, "n")
	r := d.AddDays(n)
	if !validDate(r) {
		t.Fatalf("%s.AddDays(%d) = %#v is not a valid date", d, n, r)
	}
	if got := r.DaysSince(d); got != n {
		t.Fatalf("%s.AddDays(%d) = %s, DaysSince = %d", d, n, r, got)
	}
}

// Property: d.AddDays(n).DaysSince(d) == n.
func TestPropAddDaysDaysSince(t *testing.T) { rapid.Check(t, propAddDaysDaysSince) }
func FuzzPropAddDaysDaysSince(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propAddDaysDaysSince)) }

// Property: AddDays and Weekday agree with time.Time in UTC (differential).
func TestPropAddDaysMatchesTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDate(1000, 8999).Draw(t, "d")
		n := rapid.IntRange(-360000, 360000).Draw(t, "n")
		want := utc(d).AddDate(0, 0, n)
		r := d.AddDays(n)
		if r.String() != want.Format(time.DateOnly) || r.Weekday() != want.Weekday() {
			t.Fatalf("%s.AddDays(%d) = %s (%s), time gives %s (%s)", d, n, r, r.Weekday(), want.Format(time.DateOnly), want.Weekday())
		}
	})
}

// Property: Compare orders dates as DaysSince does, and Before/After agree.
func TestPropCompareMatchesDaysSince(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genDate(1, 9999).Draw(t, "a")
		b := genDate(1, 9999).Draw(t, "b")
		s := a.DaysSince(b)
		want := 0
		if s > 0 {
			want = 1
		} else if s < 0 {
			want = -1
		}
		if a.Compare(b) != want || a.Before(b) != (want < 0) || a.After(b) != (want > 0) || (a == b) != (want == 0) {
			t.Fatalf("Compare(%s, %s) = %d, DaysSince = %d", a, b, a.Compare(b), s)
		}
	})
}

// Property: ParseDate(d.String()) == d for every valid date.
func propParseStringRoundTrip(t *rapid.T) {
	d := genDate(1, 9999).Draw(t, "d")
	back, err := ParseDate(d.String())
	if err != nil || back != d {
		t.Fatalf("ParseDate(%q) = %s, %v", d.String(), back, err)
	}
}

// Property: ParseDate(d.String()) == d.
func TestPropParseStringRoundTrip(t *testing.T) { rapid.Check(t, propParseStringRoundTrip) }
func FuzzPropParseStringRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propParseStringRoundTrip)) }

// Property: UnmarshalText(MarshalText(d)) == d, including the zero Date.
func propMarshalTextRoundTrip(t *rapid.T) {
	var d Date
	if !rapid.Bool().Draw(t, "zero") {
		d = genDate(1, 9999).Draw(t, "d")
	}
	b, err := d.MarshalText()
	if err != nil {
		t.Fatalf("MarshalText(%s): %v", d, err)
	}
	var back Date
	if err := back.UnmarshalText(b); err != nil || back != d || string(b) != d.String() {
		t.Fatalf("MarshalText(%s) = %q, UnmarshalText = %s, %v", d, b, back, err)
	}
}

// Property: UnmarshalText(MarshalText(d)) == d.
func TestPropMarshalTextRoundTrip(t *testing.T) { rapid.Check(t, propMarshalTextRoundTrip) }
func FuzzPropMarshalTextRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propMarshalTextRoundTrip)) }

// ---- months ----

// Property: with Clamp, a ≤ b implies a.AddMonths(n) ≤ b.AddMonths(n) (monotonic).
func TestPropAddMonthsMonotonic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		// b is up to 800 days after a, and 2400 months after b stays within 9999.
		a := genDate(201, 9796).Draw(t, "a")
		k := rapid.IntRange(0, 800).Draw(t, "k")
		b := a.AddDays(k)
		n := rapid.IntRange(-2400, 2400).Draw(t, "n")
		ra, rb := a.AddMonths(n), b.AddMonths(n)
		if ra.After(rb) {
			t.Fatalf("%s ≤ %s but AddMonths(%d) gives %s > %s", a, b, n, ra, rb)
		}
	})
}

// Property: d.AddMonths(n) lands in the month n months after d's, on d's day
// number or, failing that, the last day of that month (Clamp).
func propAddMonthsTargetMonth(t *rapid.T) {
	d := genDate(201, 9798).Draw(t, "d")
	n := rapid.IntRange(-2400, 2400).Draw(t, "n")
	r := d.AddMonths(n)
	months := func(x Date) int { return x.Year()*12 + int(x.Month()) - 1 }
	if months(r)-months(d) != n {
		t.Fatalf("%s.AddMonths(%d) = %s, %d months away", d, n, r, months(r)-months(d))
	}
	wantDay := min(d.Day(), DaysIn(r.Year(), r.Month()))
	if r.Day() != wantDay || !validDate(r) {
		t.Fatalf("%s.AddMonths(%d) = %s, want day %d", d, n, r, wantDay)
	}
}

// Property: AddMonths always lands in the target month, clamped.
func TestPropAddMonthsTargetMonth(t *testing.T) { rapid.Check(t, propAddMonthsTargetMonth) }
func FuzzPropAddMonthsTargetMonth(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propAddMonthsTargetMonth)) }

// Property: for a day number ≤ 28, AddMonths(n) equals time.AddDate(0, n, 0)
// in UTC (metamorphic: no month end, no disagreement).
func TestPropAddMonthsMatchesTimeBelow29(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(201, 9798).Draw(t, "year")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
		d := MustDate(y, m, rapid.IntRange(1, 28).Draw(t, "day"))
		n := rapid.IntRange(-2400, 2400).Draw(t, "n")
		want := utc(d).AddDate(0, n, 0).Format(time.DateOnly)
		if got := d.AddMonths(n).String(); got != want {
			t.Fatalf("%s.AddMonths(%d) = %s, time.AddDate gives %s", d, n, got, want)
		}
	})
}

// Property: AddMonthsMode(n, Overflow) equals time.AddDate(0, n, 0) in UTC for
// every day (Overflow exists to reproduce Go's normalisation).
func TestPropOverflowMatchesTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDate(201, 9798).Draw(t, "d")
		n := rapid.IntRange(-2400, 2400).Draw(t, "n")
		got, err := d.AddMonthsMode(n, Overflow)
		if err != nil {
			t.Fatal(err)
		}
		if want := utc(d).AddDate(0, n, 0).Format(time.DateOnly); got.String() != want {
			t.Fatalf("%s.AddMonthsMode(%d, Overflow) = %s, time.AddDate gives %s", d, n, got, want)
		}
	})
}

// Property: Strict fails exactly where Clamp changes the day number, and
// otherwise agrees with Clamp.
func TestPropStrictIsClampWithoutClamping(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDate(201, 9798).Draw(t, "d")
		n := rapid.IntRange(-2400, 2400).Draw(t, "n")
		c := d.AddMonths(n)
		s, err := d.AddMonthsMode(n, Strict)
		switch {
		case c.Day() == d.Day() && (err != nil || s != c):
			t.Fatalf("%s + %d months: Strict gave %s, %v; Clamp %s", d, n, s, err, c)
		case c.Day() != d.Day() && !errors.Is(err, ErrAmbiguousDate):
			t.Fatalf("%s + %d months: Clamp moved to %s but Strict gave %s, %v", d, n, c, s, err)
		}
	})
}

// ---- Easter ----

// Property: Easter(y) is a Sunday between 22 March and 25 April.
func TestPropEasterSundayInWindow(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(MinYear, MaxYear).Draw(t, "year")
		e := Easter(y)
		lo, hi := MustDate(y, time.March, 22), MustDate(y, time.April, 25)
		if e.Weekday() != time.Sunday || e.Before(lo) || e.After(hi) {
			t.Fatalf("Easter(%d) = %s, a %s", y, e, e.Weekday())
		}
	})
}

// ---- rolls and business days ----

// Property: IsBusinessDay(d) is exactly "d's weekday is worked and d is not
// in Holidays(d's year)": the bit masks behind IsBusinessDay and
// AddBusinessDays agree with the holiday rules as Holidays lists them.
func propIsBusinessDayMatchesHolidays(t *rapid.T) {
	c := genCalendar().Draw(t, "cal")
	d := genDate(2000, 2199).Draw(t, "d")
	hs, err := c.Holidays(d.Year())
	if err != nil {
		t.Fatal(err)
	}
	want := c.weekend()&(1<<d.Weekday()) == 0
	for _, h := range hs {
		want = want && h != d
	}
	if got := mustBusiness(t, c, d); got != want {
		t.Fatalf("%s.IsBusinessDay(%s) = %v; weekday %s, holidays %v", c, d, got, d.Weekday(), hs)
	}
}

// Property: IsBusinessDay agrees with the weekend and Holidays.
func TestPropIsBusinessDayMatchesHolidays(t *testing.T) {
	rapid.Check(t, propIsBusinessDayMatchesHolidays)
}
func FuzzPropIsBusinessDayMatchesHolidays(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propIsBusinessDayMatchesHolidays))
}

// Property: Adjust is idempotent for every roll, its result is a business day
// (the input itself for Unadjusted), and a business day is left unchanged.
func propAdjustIdempotent(t *rapid.T) {
	c := genCalendar().Draw(t, "cal")
	d := genDate(2001, 2198).Draw(t, "d")
	r := genRoll().Draw(t, "roll")
	a, err := Adjust(d, c, r)
	if err != nil {
		t.Fatalf("Adjust(%s, %s, %s): %v", d, c, r, err)
	}
	aa, err := Adjust(a, c, r)
	if err != nil || aa != a {
		t.Fatalf("Adjust(Adjust(%s, %s, %s)) = %s, %v; want %s", d, c, r, aa, err, a)
	}
	isBD := mustBusiness(t, c, d)
	switch {
	case r == Unadjusted && a != d:
		t.Fatalf("Adjust(%s, %s, unadjusted) = %s", d, c, a)
	case r != Unadjusted && !mustBusiness(t, c, a):
		t.Fatalf("Adjust(%s, %s, %s) = %s is not a business day", d, c, r, a)
	case isBD && a != d:
		t.Fatalf("Adjust(%s, %s, %s) moved a business day to %s", d, c, r, a)
	}
}

// Property: Adjust(Adjust(d, c, r), c, r) == Adjust(d, c, r).
func TestPropAdjustIdempotent(t *testing.T) { rapid.Check(t, propAdjustIdempotent) }
func FuzzPropAdjustIdempotent(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propAdjustIdempotent)) }

// Property: Following and Preceding return the nearest business day on their
// side: no business day lies strictly between d and the result.
func TestPropAdjustNearestOnItsSide(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar().Draw(t, "cal")
		d := genDate(2001, 2198).Draw(t, "d")
		for _, r := range []Roll{Following, Preceding} {
			a, err := Adjust(d, c, r)
			if err != nil {
				t.Fatal(err)
			}
			step := 1
			if r == Preceding {
				step = -1
			}
			for x := d; x != a; x = x.AddDays(step) {
				if mustBusiness(t, c, x) {
					t.Fatalf("Adjust(%s, %s, %s) = %s skips business day %s", d, c, r, a, x)
				}
			}
		}
	})
}

// Property: AddBusinessDays(d, n) is a business day (n ≠ 0), and exactly |n|
// business days lie in (d, result] (forward) or [result, d) (backward).
func propAddBusinessDaysCount(t *rapid.T) {
	c := genCalendar().Draw(t, "cal")
	d := genDate(2010, 2189).Draw(t, "d")
	n := rapid.IntRange(-1000, 1000).Draw(t, "n")
	r, err := AddBusinessDays(d, n, c)
	if errors.Is(err, ErrOutOfRange) {
		return // a sparse custom calendar can run past 2199 (the model test checks errors)
	}
	if err != nil {
		t.Fatalf("AddBusinessDays(%s, %d, %s): %v", d, n, c, err)
	}
	if n == 0 {
		if r != d {
			t.Fatalf("AddBusinessDays(%s, 0) = %s", d, r)
		}
		return
	}
	if !mustBusiness(t, c, r) {
		t.Fatalf("AddBusinessDays(%s, %d, %s) = %s is not a business day", d, n, c, r)
	}
	lo, hi := d.AddDays(1), r // (d, r]
	if n < 0 {
		lo, hi = r, d.AddDays(-1) // [r, d)
	}
	count := 0
	for x := lo; !x.After(hi); x = x.AddDays(1) {
		if mustBusiness(t, c, x) {
			count++
		}
	}
	if count != max(n, -n) {
		t.Fatalf("AddBusinessDays(%s, %d, %s) = %s, but %d business days lie between", d, n, c, r, count)
	}
}

// Property: the result is a business day and |n| business days separate it from d.
func TestPropAddBusinessDaysCount(t *testing.T) { rapid.Check(t, propAddBusinessDaysCount) }
func FuzzPropAddBusinessDaysCount(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propAddBusinessDaysCount)) }

// Property: AddBusinessDays agrees with the naive day-by-day loop, for n up
// to ±2000 (about eight years, across year boundaries, through the 64-day
// word skipping of the bitmap) and up to the edges of the calendar's years,
// errors included.
func propAddBusinessDaysModel(t *rapid.T) {
	c := genCalendar().Draw(t, "cal")
	d := genDate(2000, 2199).Draw(t, "d")
	n := rapid.OneOf(
		rapid.IntRange(-2000, 2000),
		rapid.IntRange(60, 200),     // around the 64-day words
		rapid.IntRange(-10, 10),     // short limits, the common case
		rapid.IntRange(1000, 2000)). // long forward runs
		Draw(t, "n")
	got, err := AddBusinessDays(d, n, c)
	want, werr := modelAddBusinessDays(d, n, c)
	checkErr(t, "AddBusinessDays", err)
	if werr != nil || err != nil {
		if !errors.Is(err, sentinelOf(werr)) || !errors.Is(werr, ErrOutOfRange) {
			t.Fatalf("AddBusinessDays(%s, %d, %s) = %s, %v; model %s, %v", d, n, c, got, err, want, werr)
		}
		return
	}
	if got != want {
		t.Fatalf("AddBusinessDays(%s, %d, %s) = %s; model gives %s", d, n, c, got, want)
	}
}

// Property: AddBusinessDays == the day-by-day model loop.
func TestPropAddBusinessDaysModel(t *testing.T) { rapid.Check(t, propAddBusinessDaysModel) }
func FuzzPropAddBusinessDaysModel(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propAddBusinessDaysModel)) }

// Property: AddBusinessDays(AddBusinessDays(d, n), -n) is d when d is a
// business day (a walk forward and back returns to its start).
func TestPropAddBusinessDaysInverse(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar().Draw(t, "cal")
		d := genDate(2010, 2189).Draw(t, "d")
		d, err := Adjust(d, c, Following)
		if err != nil {
			t.Fatal(err)
		}
		n := rapid.IntRange(-1000, 1000).Draw(t, "n")
		r, err := AddBusinessDays(d, n, c)
		if errors.Is(err, ErrOutOfRange) {
			return // a sparse custom calendar can run past its years
		}
		if err != nil {
			t.Fatal(err)
		}
		back, err := AddBusinessDays(r, -n, c)
		if err != nil || back != d {
			t.Fatalf("AddBusinessDays(AddBusinessDays(%s, %d) = %s, %d) = %s, %v", d, n, r, -n, back, err)
		}
	})
}

// ---- deadlines ----

// Property: with Extend = Following, Deadline's Final is a business day of
// the rule's calendar, never before Nominal, and Extended says whether it
// moved; Adjust by Following of Nominal gives Final.
func propDeadlineFinal(t *rapid.T) {
	r := Rule{
		Counting: Counting(rapid.IntRange(0, 1).Draw(t, "counting")),
		MonthEnd: MonthEnd(rapid.IntRange(0, 2).Draw(t, "monthEnd")),
		Extend:   Following,
		Calendar: genCalendar().Draw(t, "cal"),
	}
	anchor := genDate(2007, 2192).Draw(t, "anchor")
	p := Period{
		Years:  rapid.IntRange(0, 3).Draw(t, "years"),
		Months: rapid.IntRange(0, 24).Draw(t, "months"),
		Days:   rapid.IntRange(0, 400).Draw(t, "days"),
	}
	l, err := Deadline(anchor, p, r)
	if err != nil {
		if r.MonthEnd == Strict && errors.Is(err, ErrAmbiguousDate) {
			return
		}
		t.Fatalf("Deadline(%s, %v, %+v): %v", anchor, p, r, err)
	}
	if l.Final.Before(l.Nominal) {
		t.Fatalf("Deadline(%s, %v): Final %s before Nominal %s", anchor, p, l.Final, l.Nominal)
	}
	if !mustBusiness(t, r.Calendar, l.Final) {
		t.Fatalf("Deadline(%s, %v, %s): Final %s is not a business day", anchor, p, r.Calendar, l.Final)
	}
	if l.Extended != (l.Final != l.Nominal) {
		t.Fatalf("Deadline(%s, %v): Extended = %v with Nominal %s, Final %s", anchor, p, l.Extended, l.Nominal, l.Final)
	}
	if a, err := Adjust(l.Nominal, r.Calendar, Following); err != nil || a != l.Final {
		t.Fatalf("Deadline(%s, %v): Final %s, Adjust(Nominal) = %s, %v", anchor, p, l.Final, a, err)
	}
}

// Property: Final is a business day, never before Nominal, when Extend is Following.
func TestPropDeadlineFinal(t *testing.T) { rapid.Check(t, propDeadlineFinal) }
func FuzzPropDeadlineFinal(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propDeadlineFinal)) }

// Property: a limit in days under ExcludeStart has Nominal = anchor + days,
// and IncludeStart is one day earlier (CPC 641 al. 1 and its inverse).
func TestPropDeadlineDaysCounting(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		anchor := genDate(1000, 8999).Draw(t, "anchor")
		n := rapid.IntRange(0, 3660).Draw(t, "days")
		ex, err1 := Deadline(anchor, Days(n), StrictRule)
		in, err2 := Deadline(anchor, Days(n), Rule{Counting: IncludeStart})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if ex.Nominal.DaysSince(anchor) != n || ex.Final != ex.Nominal || in.Nominal.DaysSince(ex.Nominal) != -1 {
			t.Fatalf("Deadline(%s, %dd): exclusive %s, inclusive %s", anchor, n, ex.Nominal, in.Nominal)
		}
	})
}

// Property: a backward limit ends on or before its anchor at anchor −
// months − days − 1 day (ExcludeStart) or anchor − months − days
// (IncludeStart); it is never moved later: under Unadjusted and Following
// Final == Nominal, under Preceding Final is the last business day on or
// before Nominal.
func TestPropDeadlineBackwardNeverLater(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := Rule{
			Counting: Counting(rapid.IntRange(0, 1).Draw(t, "counting")),
			Extend:   rapid.SampledFrom([]Roll{Unadjusted, Following, Preceding}).Draw(t, "extend"),
			Calendar: genCalendar().Draw(t, "cal"),
			Backward: true,
		}
		anchor := genDate(2003, 2199).Draw(t, "anchor")
		p := Period{Months: rapid.IntRange(0, 12).Draw(t, "months"), Days: rapid.IntRange(0, 60).Draw(t, "days")}
		l, err := Deadline(anchor, p, r)
		if err != nil {
			t.Fatal(err)
		}
		want := anchor.AddMonths(-p.Months).AddDays(-p.Days)
		if r.Counting == ExcludeStart {
			want = want.AddDays(-1)
		}
		wantFinal := want
		if r.Extend == Preceding {
			for !mustBusiness(t, r.Calendar, wantFinal) {
				wantFinal = wantFinal.AddDays(-1)
			}
		}
		if l.Nominal != want || l.Final != wantFinal || l.Extended != (wantFinal != want) || l.Nominal.After(anchor) {
			t.Fatalf("backward Deadline(%s, %v, %+v) = nominal %s final %s; want %s, %s", anchor, p, r, l.Nominal, l.Final, want, wantFinal)
		}
	})
}

// ---- payment terms ----

// Property: DueDate is never before the invoice date, for every kind.
func propDueDateNotBeforeFrom(t *rapid.T) {
	term := Term{
		Kind:  TermKind(rapid.IntRange(0, 4).Draw(t, "kind")),
		Days:  rapid.OneOf(rapid.IntRange(0, 120), rapid.IntRange(0, 3660)).Draw(t, "days"),
		OnDay: rapid.IntRange(1, 31).Draw(t, "onDay"),
	}
	if term.Kind != PlusEOMOnDay && term.Kind != EOMPlusOnDay {
		term.OnDay = 0
	}
	from := genDate(1, 9988).Draw(t, "from")
	due, err := term.DueDate(from)
	if err != nil {
		t.Fatalf("%+v.DueDate(%s): %v", term, from, err)
	}
	if due.Before(from) || !validDate(due) {
		t.Fatalf("%+v.DueDate(%s) = %s", term, from, due)
	}
}

// Property: DueDate(from) ≥ from.
func TestPropDueDateNotBeforeFrom(t *testing.T) { rapid.Check(t, propDueDateNotBeforeFrom) }
func FuzzPropDueDateNotBeforeFrom(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propDueDateNotBeforeFrom)) }

// Property: both "fin de mois" methods are at least the net term, method B
// ends a month, and the "le k" kinds land on day min(k, last day).
func TestPropDueDateShapes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		days := rapid.IntRange(0, 3660).Draw(t, "days")
		k := rapid.IntRange(1, 31).Draw(t, "onDay")
		from := genDate(1, 9988).Draw(t, "from")
		due := func(kind TermKind) Date {
			term := Term{Kind: kind, Days: days}
			if kind == PlusEOMOnDay || kind == EOMPlusOnDay {
				term.OnDay = k
			}
			d, err := term.DueDate(from)
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
		net, a, b := due(Net), due(EOMPlus), due(PlusEOM)
		if a.Before(net) || b.Before(net) || b != b.EndOfMonth() || net.DaysSince(from) != days {
			t.Fatalf("from %s, %d days: net %s, A %s, B %s", from, days, net, a, b)
		}
		for _, kind := range []TermKind{PlusEOMOnDay, EOMPlusOnDay} {
			d := due(kind)
			if d.Day() != min(k, DaysIn(d.Year(), d.Month())) {
				t.Fatalf("%s le %d from %s: %s", kind, k, from, d)
			}
		}
		if pb := due(PlusEOMOnDay); !pb.After(b) || pb.AddMonths(-1).EndOfMonth() != b {
			t.Fatalf("plusEomOnDay %s is not in the month after B %s", pb, b)
		}
		if pa := due(EOMPlusOnDay); pa.Before(a) || pa.DaysSince(a) > 31 {
			t.Fatalf("eomPlusOnDay %s is not the first day %d on or after A %s", pa, k, a)
		}
	})
}
