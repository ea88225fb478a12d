package calendar

import (
	"errors"
	"testing"
	"time"
)

// Native fuzz targets: no input makes the package panic, every error unwraps
// to one of the sentinels, and every result that is not an error is a valid
// date obeying the operation's basic law. Run one with
//
//	go test -run=^$ -fuzz=^FuzzParseDate$ -fuzztime=20s ./calendar
//
// Crashers are kept under testdata/fuzz/<FuzzName>/ and replayed by go test.

// fuzzCalendars are the calendars a fuzz input picks from by index: the SDK's,
// a custom one without a holiday table whose Friday-to-Sunday weekend reaches
// the edges of years 1–9999, and a custom one with a short table.
func fuzzCalendars(t testing.TB) []Calendar {
	t.Helper()
	long, err := NewCalendar("fri-sun", []time.Weekday{time.Friday, time.Saturday, time.Sunday}, nil, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	short, err := NewCalendar("short", []time.Weekday{time.Sunday}, []Holiday{
		{Name: "a", Month: time.January, Day: 1},
		{Name: "b", FromEaster: true, EasterOffset: -80},
		{Name: "c", FromEaster: true, EasterOffset: 250, FromYear: 2021},
		{Name: "d", Month: time.February, Day: 29, ToYear: 2024},
	}, 2020, 2030)
	if err != nil {
		t.Fatal(err)
	}
	return append(Calendars(), long, short)
}

// fuzzDate returns the date y-m-d, or the zero Date when it does not exist
// (the only invalid Date a caller can hold).
func fuzzDate(y, m, d int) Date {
	dt, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return Date{}
	}
	return dt
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2025-01-31", "2024-02-29", "2025-02-29", "0001-01-01", "9999-12-31", "0000-01-01",
		"2025-2-3", "2025-02-30", "+2025-01-01", " 2025-01-01", "", "2025-01-01T00:00:00Z",
		"-025-01-01", "2025-+1-01", "2025-01-+1", "१२३४-01-01",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			checkErr(t, "ParseDate", err)
			if !errors.Is(err, ErrInvalidDate) || d != (Date{}) {
				t.Fatalf("ParseDate(%q) = %#v, %v; want the zero Date and ErrInvalidDate", s, d, err)
			}
			return
		}
		if !validDate(d) || d.String() != s {
			t.Fatalf("ParseDate(%q) = %#v (%s): not canonical", s, d, d)
		}
		// The same text parsed by the standard library gives the same day.
		tm, terr := time.Parse(time.DateOnly, s)
		if terr != nil || utc(d) != tm {
			t.Fatalf("ParseDate(%q) = %s, time.Parse = %v, %v", s, d, tm, terr)
		}
	})
}

func FuzzUnmarshalText(f *testing.F) {
	for _, s := range []string{"2025-01-31", "", "2025-02-30", "\x00", "9999-12-31", "2025-01-31\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := MustDate(2025, time.May, 1)
		err := d.UnmarshalText(b)
		if err != nil {
			checkErr(t, "UnmarshalText", err)
			if !errors.Is(err, ErrInvalidDate) || d != MustDate(2025, time.May, 1) {
				t.Fatalf("UnmarshalText(%q) = %#v, %v; want the date untouched and ErrInvalidDate", b, d, err)
			}
			return
		}
		out, err := d.MarshalText()
		if err != nil || string(out) != string(b) {
			t.Fatalf("UnmarshalText(%q) then MarshalText = %q, %v", b, out, err)
		}
	})
}

func FuzzDeadline(f *testing.F) {
	f.Add(2025, 5, 1, 0, 0, 30, uint8(0), uint8(0), uint8(1), uint8(2), false)   // §8#12
	f.Add(2025, 8, 31, 0, 6, 0, uint8(0), uint8(0), uint8(1), uint8(2), false)   // §8#28
	f.Add(2025, 1, 31, 0, 1, 0, uint8(0), uint8(2), uint8(0), uint8(0), false)   // strict month end
	f.Add(2024, 7, 31, 0, 0, 8, uint8(0), uint8(0), uint8(1), uint8(2), true)    // §8#52
	f.Add(2027, 8, 2, 0, 0, 8, uint8(0), uint8(0), uint8(3), uint8(2), true)     // backward, preceding
	f.Add(2025, 6, 30, 0, 0, 15, uint8(1), uint8(0), uint8(0), uint8(0), true)   // backward, anchor day counted
	f.Add(2025, 6, 30, 0, 0, -5, uint8(0), uint8(0), uint8(1), uint8(2), false)  // negative period
	f.Add(2008, 6, 19, 5, 0, 0, uint8(1), uint8(0), uint8(0), uint8(0), false)   // §8#50
	f.Add(2199, 12, 20, 0, 0, 30, uint8(0), uint8(0), uint8(1), uint8(4), false) // out of range
	f.Add(9999, 12, 31, 0, 0, 1, uint8(0), uint8(0), uint8(1), uint8(5), false)  // past 9999
	f.Add(1, 1, 1, 0, -1, 0, uint8(3), uint8(7), uint8(9), uint8(9), true)       // invalid fields
	f.Add(0, 0, 0, 0, 0, 0, uint8(0), uint8(0), uint8(0), uint8(0), false)       // zero anchor
	f.Fuzz(func(t *testing.T, y, m, d, years, months, days int, counting, monthEnd, extend, cal uint8, backward bool) {
		cals := fuzzCalendars(t)
		anchor := fuzzDate(y, m, d)
		p := Period{Years: years, Months: months, Days: days}
		r := Rule{
			Counting: Counting(counting % 4),
			MonthEnd: MonthEnd(monthEnd % 5),
			Extend:   Roll(extend % 8),
			Calendar: cals[int(cal)%len(cals)],
			Backward: backward,
		}
		l, err := Deadline(anchor, p, r)
		if err != nil {
			checkErr(t, "Deadline", err)
			return
		}
		if r.Validate() != nil || anchor.IsZero() {
			t.Fatalf("Deadline(%s, %v, %+v) accepted an invalid input", anchor, p, r)
		}
		if years < 0 || months < 0 || days < 0 {
			t.Fatalf("Deadline(%s, %v, %+v) accepted a negative period", anchor, p, r)
		}
		if !validDate(l.Nominal) || !validDate(l.Final) || l.Final.Before(l.Nominal) != (backward && l.Extended) {
			t.Fatalf("Deadline(%s, %v, %+v) = %+v", anchor, p, r, l)
		}
		if (r.Extend == Unadjusted || backward && r.Extend == Following) && (l.Final != l.Nominal || l.Extended) {
			t.Fatalf("Deadline(%s, %v, %+v) moved a limit that is not moved: %+v", anchor, p, r, l)
		}
		if backward && l.Nominal.After(anchor) {
			t.Fatalf("backward Deadline(%s, %v) = %s, after the anchor", anchor, p, l.Nominal)
		}
		if r.Extend != Unadjusted && !(backward && r.Extend == Following) {
			if ok, err := r.Calendar.IsBusinessDay(l.Final); err != nil || !ok {
				t.Fatalf("Deadline(%s, %v, %+v): Final %s is not a business day (%v)", anchor, p, r, l.Final, err)
			}
		}
	})
}

func FuzzDueDate(f *testing.F) {
	f.Add(2025, 1, 15, 0, 60, 0)  // §8#32
	f.Add(2025, 1, 15, 1, 45, 0)  // §8#33
	f.Add(2024, 1, 15, 2, 45, 0)  // §8#35
	f.Add(2003, 3, 17, 3, 60, 15) // §8#39
	f.Add(2025, 1, 31, 4, 30, 10) // §8#41
	f.Add(9999, 12, 1, 3, 3660, 31)
	f.Add(2025, 1, 15, 7, -1, 0)
	f.Fuzz(func(t *testing.T, y, m, d, kind, days, onDay int) {
		from := fuzzDate(y, m, d)
		term := Term{Kind: TermKind(uint8(kind)), Days: days, OnDay: onDay}
		due, err := term.DueDate(from)
		if err != nil {
			checkErr(t, "DueDate", err)
			return
		}
		if term.Validate() != nil || from.IsZero() {
			t.Fatalf("%+v.DueDate(%s) accepted an invalid input", term, from)
		}
		if !validDate(due) || due.Before(from) {
			t.Fatalf("%+v.DueDate(%s) = %#v", term, from, due)
		}
	})
}

func FuzzAdjust(f *testing.F) {
	f.Add(2025, 5, 31, uint8(2), uint8(1))
	f.Add(2025, 6, 1, uint8(2), uint8(4))
	f.Add(2026, 4, 3, uint8(4), uint8(1))
	f.Add(2000, 1, 1, uint8(2), uint8(3))   // Preceding into 1999
	f.Add(9999, 12, 31, uint8(5), uint8(1)) // Following past 9999
	f.Add(1, 1, 1, uint8(5), uint8(3))      // Preceding before 0001
	f.Add(2025, 5, 1, uint8(2), uint8(200))
	f.Fuzz(func(t *testing.T, y, m, d int, cal, roll uint8) {
		cals := fuzzCalendars(t)
		c := cals[int(cal)%len(cals)]
		in := fuzzDate(y, m, d)
		r := Roll(roll % 8)
		a, err := Adjust(in, c, r)
		if err != nil {
			checkErr(t, "Adjust", err)
			return
		}
		if !validDate(a) || r > Nearest {
			t.Fatalf("Adjust(%s, %s, %s) = %#v", in, c, r, a)
		}
		ok, err := c.IsBusinessDay(a)
		if err != nil || (r != Unadjusted && !ok) {
			t.Fatalf("Adjust(%s, %s, %s) = %s, business day %v, %v", in, c, r, a, ok, err)
		}
		if again, err := Adjust(a, c, r); err != nil || again != a {
			t.Fatalf("Adjust not idempotent: %s → %s → %s, %v", in, a, again, err)
		}
	})
}

func FuzzAddBusinessDays(f *testing.F) {
	f.Add(2025, 7, 11, 5, uint8(2))
	f.Add(2025, 12, 24, 5, uint8(4))
	f.Add(2199, 12, 30, 5, uint8(2))
	f.Add(2000, 1, 3, -5, uint8(3))
	f.Add(2024, 12, 31, 2000, uint8(2))
	f.Add(2026, 1, 1, -2000, uint8(4))
	f.Add(9999, 12, 30, 3, uint8(5))
	f.Add(2025, 3, 4, 1<<40, uint8(0))
	f.Fuzz(func(t *testing.T, y, m, d, n int, cal uint8) {
		cals := fuzzCalendars(t)
		c := cals[int(cal)%len(cals)]
		in := fuzzDate(y, m, d)
		if n > 1<<20 || n < -1<<20 {
			n %= 1 << 20 // keep a single call fast; the range still leaves every table
		}
		got, err := AddBusinessDays(in, n, c)
		if err != nil {
			checkErr(t, "AddBusinessDays", err)
		} else if !validDate(got) {
			t.Fatalf("AddBusinessDays(%s, %d, %s) = %#v", in, n, c, got)
		}
		if in.IsZero() || n > 5000 || n < -5000 {
			return
		}
		want, werr := modelAddBusinessDays(in, n, c)
		if (err == nil) != (werr == nil) || got != want || (err != nil && !errors.Is(err, sentinelOf(werr))) {
			t.Fatalf("AddBusinessDays(%s, %d, %s) = %s, %v; model %s, %v", in, n, c, got, err, want, werr)
		}
	})
}

func FuzzAddMonthsMode(f *testing.F) {
	f.Add(2025, 1, 31, 1, uint8(0))
	f.Add(2025, 1, 31, 1, uint8(1))
	f.Add(2025, 1, 31, 1, uint8(2))
	f.Add(2024, 2, 29, 12, uint8(2))
	f.Add(2025, 3, 31, -1, uint8(7))
	f.Add(9999, 12, 31, 1<<62, uint8(0))
	f.Fuzz(func(t *testing.T, y, m, d, n int, mode uint8) {
		in := fuzzDate(y, m, d)
		me := MonthEnd(mode % 5)
		got, err := in.AddMonthsMode(n, me)
		if err != nil {
			checkErr(t, "AddMonthsMode", err)
			if me <= Strict && !errors.Is(err, ErrAmbiguousDate) && !errors.Is(err, ErrInvalidDate) {
				t.Fatalf("AddMonthsMode(%s, %d, %s): %v", in, n, me, err)
			}
			return
		}
		if me > Strict {
			t.Fatalf("AddMonthsMode accepted mode %d", me)
		}
		if in.IsZero() || n < -119000 || n > 119000 {
			return // a result outside years 1–9999 is not a valid Date (not asserted here)
		}
		// Within the range of the Date type, the result is in the target month
		// (Clamp, Strict) or just after it (Overflow).
		target := in.Year()*12 + int(in.Month()) - 1 + n
		if target < 12*MinYear || target >= 12*(MaxYear+1) {
			return
		}
		off := got.Year()*12 + int(got.Month()) - 1 - target
		if !validDate(got) || off < 0 || off > 1 || (off == 1 && me != Overflow) {
			t.Fatalf("%s.AddMonthsMode(%d, %s) = %#v", in, n, me, got)
		}
	})
}

func FuzzNewCalendar(f *testing.F) {
	f.Add(uint8(0x41), 5, 1, false, 0, 0, 0, 2000, 2199, 2025, 5, 1)      // 1 May, Saturday-Sunday
	f.Add(uint8(0x41), 0, 0, true, 39, 0, 0, 2000, 2199, 2025, 5, 29)     // Ascension
	f.Add(uint8(0), 2, 29, false, 0, 2000, 2024, 2000, 2100, 2024, 2, 29) // bounded leap day
	f.Add(uint8(0x41), 0, 0, false, 0, 0, 0, 2030, 2020, 2025, 1, 1)      // reversed years
	f.Add(uint8(0x7f), 1, 1, false, 0, 0, 0, 2000, 2001, 2000, 1, 1)      // every day weekend
	f.Add(uint8(0), 5, 3, true, 1, 2030, 2020, 1, 9999, 2025, 1, 1)       // mixed forms, reversed validity
	f.Fuzz(func(t *testing.T, weekend uint8, month, day int, fromEaster bool, offset, hFrom, hTo, from, to, y, m, d int) {
		var wd []time.Weekday
		for w := time.Sunday; w <= time.Saturday; w++ {
			if weekend&(1<<w) != 0 {
				wd = append(wd, w)
			}
		}
		var hs []Holiday
		if month != 0 || day != 0 || fromEaster {
			hs = []Holiday{{Name: "h", Month: time.Month(month), Day: day, FromEaster: fromEaster, EasterOffset: offset, FromYear: hFrom, ToYear: hTo}}
		}
		c, err := NewCalendar("fuzz", wd, hs, from, to)
		if err != nil {
			checkErr(t, "NewCalendar", err)
			return
		}
		dt := fuzzDate(y, m, d)
		if dt.IsZero() {
			return
		}
		// The business-day map and the window walk agree on the day.
		if diff := differ(c, withoutMap(c), dt, []int{1, -1, 7, -70}); diff != "" {
			t.Fatalf("%s: %s", c, diff)
		}
	})
}
