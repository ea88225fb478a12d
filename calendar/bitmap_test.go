package calendar

import (
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// withoutMap returns c answering through the window walk, the reference
// semantics: its table copied without the business-day map.
func withoutMap(c Calendar) Calendar {
	if c.c == nil || c.c.table == nil {
		return c
	}
	t := *c.c.table
	t.bus = nil
	return newCalendar(c.c.name, c.c.weekend, &t)
}

// outcome is the comparable form of a result: the date, or the sentinel.
func outcome(d Date, err error) string {
	if err != nil {
		if s := sentinelOf(err); s != nil {
			return s.Error()
		}
		return err.Error()
	}
	return d.String()
}

// differ returns what the fast answers (through the business-day map) and
// the reference answers (through the window walk) of c on d say
// differently, for IsBusinessDay, every roll and AddBusinessDays by each of
// ns; "" when they agree.
func differ(c, ref Calendar, d Date, ns []int) string {
	b, err := c.IsBusinessDay(d)
	rb, rerr := ref.IsBusinessDay(d)
	if b != rb || sentinelOf(err) != sentinelOf(rerr) {
		return d.String() + " IsBusinessDay: " + strconv.FormatBool(b) + ", want " + strconv.FormatBool(rb)
	}
	for _, r := range allRolls {
		got, want := outcome(Adjust(d, c, r)), outcome(Adjust(d, ref, r))
		if got != want {
			return d.String() + " Adjust " + r.String() + ": " + got + ", want " + want
		}
	}
	for _, n := range ns {
		got, want := outcome(AddBusinessDays(d, n, c)), outcome(AddBusinessDays(d, n, ref))
		if got != want {
			return d.String() + " AddBusinessDays " + strconv.Itoa(n) + ": " + got + ", want " + want
		}
	}
	return ""
}

// TestBusinessMapMatchesWalk checks the SDK's calendars with holidays on
// every day of their years, and the days around them: IsBusinessDay, every
// roll and AddBusinessDays by counts within a word, across words and
// across years give the same dates and the same errors through the map as
// through the window walk.
func TestBusinessMapMatchesWalk(t *testing.T) {
	ns := []int{1, -1, 5, -5, 63, -64, 65, -300, 3000}
	for _, c := range []Calendar{FR, FROuvrables, FRAlsaceMoselle} {
		t.Run(c.Name(), func(t *testing.T) {
			if c.busMap() == nil || c.table().weekend != c.weekend() {
				t.Fatalf("%s has no business-day map of its weekend", c)
			}
			ref := withoutMap(c)
			for d := MustDate(1999, time.December, 1); !d.After(MustDate(2200, time.January, 31)); d = d.AddDays(1) {
				if diff := differ(c, ref, d, ns); diff != "" {
					t.Fatalf("%s: %s", c, diff)
				}
			}
		})
	}
}

// Property: on a custom calendar (any weekend, up to 12 holidays, fixed or
// from Easter, bounded or not) the business-day map answers as the window
// walk does on every day of its years: IsBusinessDay, every roll, and
// AddBusinessDays by any count.
func propBusinessMapMatchesWalk(t *rapid.T) {
	c := genCalendar().Draw(t, "cal")
	if c.table() == nil {
		return
	}
	if c.busMap() == nil {
		t.Fatalf("%s: no business-day map", c)
	}
	d := genDate(1999, 2200).Draw(t, "date")
	n := rapid.OneOf(rapid.IntRange(-70, 70), rapid.IntRange(-60000, 60000)).Draw(t, "n")
	if diff := differ(c, withoutMap(c), d, []int{n}); diff != "" {
		t.Fatalf("%s: %s", c, diff)
	}
}

func TestPropBusinessMapMatchesWalk(t *testing.T) { rapid.Check(t, propBusinessMapMatchesWalk) }
func FuzzPropBusinessMapMatchesWalk(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propBusinessMapMatchesWalk))
}

// Property: DeadlineDates gives, through the business-day map, the days
// Deadline's reference gives through the window walk, forward and backward,
// under every rule Validate accepts.
func propDeadlineMapMatchesWalk(t *rapid.T) {
	r := Rule{
		Counting: Counting(rapid.IntRange(0, 1).Draw(t, "counting")),
		MonthEnd: MonthEnd(rapid.IntRange(0, 2).Draw(t, "monthEnd")),
		Calendar: rapid.SampledFrom([]Calendar{FR, FROuvrables, FRAlsaceMoselle}).Draw(t, "cal"),
		Backward: rapid.Bool().Draw(t, "backward"),
	}
	rolls := []Roll{Unadjusted, Following}
	if r.Backward {
		rolls = append(rolls, Preceding)
	}
	r.Extend = rapid.SampledFrom(rolls).Draw(t, "extend")
	anchor := genDate(1999, 2200).Draw(t, "anchor")
	p := Period{Months: rapid.IntRange(0, 30).Draw(t, "months"), Days: rapid.IntRange(0, 400).Draw(t, "days")}
	ref := r
	ref.Calendar = withoutMap(r.Calendar)
	n, f, err := DeadlineDates(anchor, p, r)
	rn, rf, rerr := DeadlineDates(anchor, p, ref)
	got := []string{outcome(n, err), outcome(f, err)}
	want := []string{outcome(rn, rerr), outcome(rf, rerr)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("DeadlineDates(%s, %v, %+v) mismatch (-want +got):\n%s", anchor, p, r, diff)
	}
}

func TestPropDeadlineMapMatchesWalk(t *testing.T) { rapid.Check(t, propDeadlineMapMatchesWalk) }
func FuzzPropDeadlineMapMatchesWalk(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propDeadlineMapMatchesWalk))
}

// TestBusinessMapDeclined checks the calendars that keep the window walk:
// a table of more than maxMapYears years, and one with a run of longRun
// non-business days, which the walk reports as a broken calendar.
func TestBusinessMapDeclined(t *testing.T) {
	var allYear []Holiday
	for m := time.January; m <= time.December; m++ {
		for d := 1; d <= DaysIn(2000, m); d++ {
			allYear = append(allYear, Holiday{Name: "closed", Month: m, Day: d, FromYear: 2010, ToYear: 2011})
		}
	}
	newCal := func(name string, hs []Holiday, from, to int) Calendar {
		c, err := NewCalendar(name, nil, hs, from, to)
		if err != nil {
			t.Fatalf("NewCalendar: %v", err)
		}
		return c
	}
	one := []Holiday{{Name: "one", Month: time.May, Day: 1}}
	tests := []struct {
		name string
		cal  Calendar
		want bool
	}{
		{"1000 years", newCal("long", one, 1000, 1999), true},
		{"1001 years", newCal("long", one, 1000, 2000), false},
		{"closed two years", newCal("closed", allYear, 2000, 2020), false},
		{"closed one year", newCal("closed", allYear[:len(allYear)-82], 2000, 2020), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.cal.busMap() != nil); diff != "" {
				t.Errorf("%s has a map mismatch (-want +got):\n%s", tt.cal, diff)
			}
		})
	}
	// The closed calendar answers through the walk: no business day found.
	closed := tests[2].cal
	if _, err := AddBusinessDays(MustDate(2009, time.December, 31), 1, closed); sentinelOf(err) != ErrInvalidArgument {
		t.Errorf("AddBusinessDays over two closed years: %v, want ErrInvalidArgument", err)
	}
}

// TestBusinessMapIndexRoundTrip checks the map's own day arithmetic on
// every day of the longest map (1000 years) and of the SDK's: the bit of a
// day is its day number less the first day's, and the day of a bit is that
// day; the days just outside are not covered.
func TestBusinessMapIndexRoundTrip(t *testing.T) {
	long, err := NewCalendar("long", nil, []Holiday{{Name: "one", Month: time.May, Day: 1}}, 1601, 2600)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []Calendar{FR, FRAlsaceMoselle, long} {
		m := c.busMap()
		if m == nil {
			t.Fatalf("%s has no map", c)
		}
		first, last := MustDate(c.table().from, time.January, 1), MustDate(c.table().to, time.December, 31)
		for _, d := range []Date{first.AddDays(-1), last.AddDays(1)} {
			if i, ok := m.index(d); ok {
				t.Fatalf("%s: index(%s) = %d, covered", c, d, i)
			}
		}
		for d := first; !d.After(last); d = d.AddDays(1) {
			i, ok := m.index(d)
			if !ok || i != d.DaysSince(first) || m.date(i) != d {
				t.Fatalf("%s: index(%s) = %d, %v; date = %s", c, d, i, ok, m.date(i))
			}
		}
	}
}
