package calendar

import (
	"testing"
	"time"
)

// TestAddBusinessDaysGrid compares AddBusinessDays with the day-by-day
// model on a fixed grid, so that the edges of the 64-day windows are met on
// every run rather than by chance: every third day from October to May
// (across a year end and an Easter), steps around the window size and the
// week, both directions, on the SDK's calendars and on custom calendars
// with the edge holidays (with and without weekend, bounded and not), and
// up to the last years a calendar covers.
func TestAddBusinessDaysGrid(t *testing.T) {
	bounded := make([]Holiday, len(edgeHolidays))
	for i, h := range edgeHolidays {
		h.FromYear, h.ToYear = 2000, 2024
		bounded[i] = h
	}
	custom := func(name string, weekend []time.Weekday, hs []Holiday) Calendar {
		c, err := NewCalendar(name, weekend, hs, 2000, 2199)
		if err != nil {
			t.Fatalf("NewCalendar: %v", err)
		}
		return c
	}
	cals := []Calendar{FR, FROuvrables, FRAlsaceMoselle, MonFri, None,
		custom("edges", nil, edgeHolidays),
		custom("edges-weekend", []time.Weekday{time.Saturday, time.Sunday}, edgeHolidays),
		custom("edges-bounded", []time.Weekday{time.Sunday}, bounded),
	}
	var starts []Date
	for d := MustDate(2024, time.October, 1); d.Before(MustDate(2025, time.June, 1)); d = d.AddDays(3) {
		starts = append(starts, d)
	}
	starts = append(starts, MustDate(2000, time.January, 3), MustDate(2199, time.December, 1), MustDate(2199, time.December, 30))
	steps := []int{1, 2, 3, 5, 6, 7, 8, 27, 28, 29, 44, 45, 46, 62, 63, 64, 65, 66, 127, 128, 129, 300}
	for _, c := range cals {
		for _, d := range starts {
			for _, n := range steps {
				for _, signed := range []int{n, -n} {
					got, err := AddBusinessDays(d, signed, c)
					want, werr := modelAddBusinessDays(d, signed, c)
					if (err != nil) != (werr != nil) || got != want {
						t.Fatalf("AddBusinessDays(%s, %d, %s) = %s, %v; model %s, %v", d, signed, c, got, err, want, werr)
					}
				}
			}
		}
	}
}

// TestAdjustGrid compares Following and Preceding with the day-by-day
// model on the same grid of calendars and days, including runs of
// non-business days longer than a week.
func TestAdjustGrid(t *testing.T) {
	var hs []Holiday
	for d := 20; d <= 31; d++ { // 12 days off at the end of December
		hs = append(hs, Holiday{Name: "closed", Month: time.December, Day: d})
	}
	closed, err := NewCalendar("closed", []time.Weekday{time.Saturday, time.Sunday}, hs, 2000, 2199)
	if err != nil {
		t.Fatalf("NewCalendar: %v", err)
	}
	for _, c := range []Calendar{FR, FROuvrables, FRAlsaceMoselle, MonFri, closed} {
		for d := MustDate(2024, time.October, 1); d.Before(MustDate(2025, time.June, 1)); d = d.AddDays(1) {
			for _, r := range []Roll{Following, Preceding} {
				got, err := Adjust(d, c, r)
				if err != nil {
					t.Fatalf("Adjust(%s, %s, %s): %v", d, c, r, err)
				}
				want := d
				if ok, _ := c.IsBusinessDay(d); !ok {
					step := 1
					if r == Preceding {
						step = -1
					}
					if want, err = modelAddBusinessDays(d, step, c); err != nil {
						t.Fatalf("model: %v", err)
					}
				}
				if got != want {
					t.Fatalf("Adjust(%s, %s, %s) = %s, want %s", d, c, r, got, want)
				}
			}
		}
	}
}
