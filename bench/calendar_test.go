package bench

import (
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/aa"
	"github.com/rickar/cal/v2/fr"
)

// The rickar/cal calendars are set up with the holidays of Code du travail
// L3133-1 only: rickar's fr.Holidays is exactly those 11 days (checked by
// TestRickarFrIsL3133_1), with no "observed" substitutions, and Alsace-Moselle
// adds aa.GoodFriday and aa.ChristmasDay2 as calendar.FRAlsaceMoselle does.
//
// Every time.Time given to rickar/cal is midnight UTC. rickar computes its
// holidays in cal.DefaultLoc (time.Local), but IsHoliday compares year,
// month and day only, so the host's zone does not change the answers; this
// module does not touch rickar's package variables.

func rickarFR() *cal.BusinessCalendar {
	c := cal.NewBusinessCalendar()
	c.Name = "fr"
	c.AddHoliday(fr.Holidays...)
	return c
}

func rickarAM() *cal.BusinessCalendar {
	c := rickarFR()
	c.Name = "fr-alsace-moselle"
	c.AddHoliday(
		aa.GoodFriday.Clone(&cal.Holiday{Name: "Vendredi saint", Type: cal.ObservancePublic}),
		aa.ChristmasDay2.Clone(&cal.Holiday{Name: "Saint-Étienne", Type: cal.ObservancePublic}),
	)
	return c
}

func toTime(d calendar.Date) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

func TestRickarFrIsL3133_1(t *testing.T) {
	want := map[string]bool{
		"Nouvel an": true, "Lundi de Pâques": true, "Fête du Travail": true, "Fête de la Victoire": true,
		"Ascension": true, "Lundi de Pentecôte": true, "Fête Nationale": true, "Assomption": true,
		"Toussaint": true, "Armistice de 1918": true, "Noël": true,
	}
	if len(fr.Holidays) != len(want) {
		t.Fatalf("rickar fr.Holidays has %d days, want the 11 of L3133-1", len(fr.Holidays))
	}
	for _, h := range fr.Holidays {
		if !want[h.Name] {
			t.Errorf("rickar fr.Holidays has %q, not a day of L3133-1", h.Name)
		}
		if h.Observed != nil || h.StartYear != 0 || h.EndYear != 0 {
			t.Errorf("rickar %q has observed days or validity years", h.Name)
		}
	}
	// The holidays themselves agree, year by year.
	for y := 2000; y <= 2199; y++ {
		hs, err := calendar.FR.Holidays(y)
		if err != nil {
			t.Fatal(err)
		}
		distinct := map[calendar.Date]bool{} // Ascension is 1 May in 2008, 2160
		for _, h := range fr.Holidays {
			act, _ := h.Calc(y)
			if act.IsZero() {
				continue
			}
			ay, am, ad := act.Date()
			d, err := calendar.NewDate(ay, am, ad)
			if err != nil || !contains(hs, d) {
				t.Errorf("%d: rickar %s on %s, not in calendar.FR", y, h.Name, d)
			}
			distinct[d] = true
		}
		if len(distinct) != len(hs) {
			t.Errorf("%d: rickar has %d holiday dates, calendar.FR %d", y, len(distinct), len(hs))
		}
	}
}

func contains(ds []calendar.Date, d calendar.Date) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

// TestAddBusinessDaysMatchesRickar checks calendar.AddBusinessDays(d, ±5)
// against rickar/cal's WorkdaysFrom(d, ±5) for every day of 2000–2199, on FR
// and on Alsace-Moselle. Where the result would leave 2000–2199 the SDK
// reports ErrOutOfRange instead of guessing.
func TestAddBusinessDaysMatchesRickar(t *testing.T) {
	first := calendar.MustDate(2000, time.January, 1)
	last := calendar.MustDate(2199, time.December, 31)
	for _, tc := range []struct {
		sdk    calendar.Calendar
		rickar *cal.BusinessCalendar
	}{
		{calendar.FR, rickarFR()},
		{calendar.FRAlsaceMoselle, rickarAM()},
	} {
		t.Run(tc.sdk.Name(), func(t *testing.T) {
			days, outside := 0, 0
			for d := first; !d.After(last); d = d.AddDays(1) {
				for _, n := range []int{5, -5} {
					got, err := calendar.AddBusinessDays(d, n, tc.sdk)
					want := tc.rickar.WorkdaysFrom(toTime(d), n)
					if want.Year() < 2000 || want.Year() > 2199 {
						outside++
						if !errors.Is(err, calendar.ErrOutOfRange) {
							t.Fatalf("AddBusinessDays(%s, %d) = %s, %v; rickar %s outside 2000–2199, want ErrOutOfRange",
								d, n, got, err, want.Format(time.DateOnly))
						}
						continue
					}
					if err != nil || toTime(got) != want {
						t.Fatalf("AddBusinessDays(%s, %d, %s) = %s, %v; rickar WorkdaysFrom gives %s",
							d, n, tc.sdk, got, err, want.Format(time.DateOnly))
					}
				}
				days++
			}
			if days != 73049 || outside == 0 {
				t.Fatalf("checked %d days (%d outside the table), want 73049 days", days, outside)
			}
		})
	}
}

// The benchmarks run over the same 4096 precomputed days spread over
// 2000–2198, as calendar.Date and as midnight-UTC time.Time.
const nDates = 4096

var (
	sdkDates  [nDates]calendar.Date
	timeDates [nDates]time.Time
)

func init() {
	start := calendar.MustDate(2000, time.January, 1)
	x := uint32(2463534242)
	for i := range sdkDates {
		x ^= x << 13 // xorshift32: a fixed, reproducible spread of days
		x ^= x >> 17
		x ^= x << 5
		sdkDates[i] = start.AddDays(int(x % 72000))
		timeDates[i] = toTime(sdkDates[i])
	}
}

var sinkInt int

// cpuClock measures the CPU time of the benchmark's own thread.
type cpuClock struct {
	start time.Duration
	ok    bool
}

func startCPU() cpuClock {
	runtime.LockOSThread()
	t, ok := threadCPU()
	return cpuClock{t, ok}
}

// report adds the metric cpu-ns/op for n iterations.
func (c cpuClock) report(b *testing.B, n int) {
	t, ok := threadCPU()
	runtime.UnlockOSThread()
	if c.ok && ok && n > 0 {
		b.ReportMetric(float64(t-c.start)/float64(n), "cpu-ns/op")
	}
}

func BenchmarkAddBusinessDays(b *testing.B) {
	b.Run("sdk", func(b *testing.B) {
		sum := 0
		i := 0
		clk := startCPU()
		for b.Loop() {
			d, err := calendar.AddBusinessDays(sdkDates[i&(nDates-1)], 5, calendar.FR)
			if err != nil {
				b.Fatal(err)
			}
			sum += d.Day()
			i++
		}
		clk.report(b, i)
		sinkInt = sum
	})
	b.Run("rickar", func(b *testing.B) {
		c := rickarFR()
		sum := 0
		i := 0
		clk := startCPU()
		for b.Loop() {
			sum += int(c.WorkdaysFrom(timeDates[i&(nDates-1)], 5).Unix())
			i++
		}
		clk.report(b, i)
		sinkInt = sum
	})
	b.Run("rickar-cached", func(b *testing.B) {
		c := rickarFR()
		c.Cacheable = true // rickar's own memo of IsHoliday, per calendar
		sum := 0
		i := 0
		clk := startCPU()
		for b.Loop() {
			sum += int(c.WorkdaysFrom(timeDates[i&(nDates-1)], 5).Unix())
			i++
		}
		clk.report(b, i)
		sinkInt = sum
	})
}

// BenchmarkDeadline30FRCivil measures the fastest public way to get a
// deadline's final day: calendar.DeadlineDates, which returns the nominal
// and the final day alone. It consumes the final day and whether it moved.
func BenchmarkDeadline30FRCivil(b *testing.B) {
	sum := 0
	i := 0
	clk := startCPU()
	for b.Loop() {
		nominal, final, err := calendar.DeadlineDates(sdkDates[i&(nDates-1)], calendar.Days(30), calendar.FRCivil)
		if err != nil {
			b.Fatal(err)
		}
		sum += final.Day()
		if final != nominal {
			sum++
		}
		i++
	}
	clk.report(b, i)
	sinkInt = sum
}

// BenchmarkDeadline30FRCivilLimit is the same deadline as a calendar.Limit
// (calendar.Deadline), which carries its inputs and its Rule: what a result
// that must say why costs.
func BenchmarkDeadline30FRCivilLimit(b *testing.B) {
	sum := 0
	i := 0
	clk := startCPU()
	for b.Loop() {
		l, err := calendar.Deadline(sdkDates[i&(nDates-1)], calendar.Days(30), calendar.FRCivil)
		if err != nil {
			b.Fatal(err)
		}
		sum += l.Final.Day()
		if l.Extended {
			sum++
		}
		i++
	}
	clk.report(b, i)
	sinkInt = sum
}

func BenchmarkTimeAddDate30d(b *testing.B) {
	sum := 0
	i := 0
	clk := startCPU()
	for b.Loop() {
		sum += int(timeDates[i&(nDates-1)].AddDate(0, 0, 30).Unix())
		i++
	}
	clk.report(b, i)
	sinkInt = sum
}

func BenchmarkAddMonths(b *testing.B) {
	sum := 0
	i := 0
	clk := startCPU()
	for b.Loop() {
		sum += sdkDates[i&(nDates-1)].AddMonths(1).Day()
		i++
	}
	clk.report(b, i)
	sinkInt = sum
}

func BenchmarkTimeAddDate1Month(b *testing.B) {
	sum := 0
	i := 0
	clk := startCPU()
	for b.Loop() {
		sum += int(timeDates[i&(nDates-1)].AddDate(0, 1, 0).Unix())
		i++
	}
	clk.report(b, i)
	sinkInt = sum
}

// deadlineShape has Deadline's signature and does no date arithmetic: it
// returns its inputs as a Limit. BenchmarkDeadlineCallShape measures what
// any function of that shape costs a caller (arguments and a 15-word result
// through memory, the Rule copied in and out): the floor under
// BenchmarkDeadline30FRCivil.
//
//go:noinline
func deadlineShape(anchor calendar.Date, p calendar.Period, r calendar.Rule) (calendar.Limit, error) {
	return calendar.Limit{Anchor: anchor, Period: p, Nominal: anchor, Final: anchor, Rule: r}, nil
}

func BenchmarkDeadlineCallShape(b *testing.B) {
	sum := 0
	i := 0
	clk := startCPU()
	for b.Loop() {
		l, err := deadlineShape(sdkDates[i&(nDates-1)], calendar.Days(30), calendar.FRCivil)
		if err != nil {
			b.Fatal(err)
		}
		sum += l.Final.Day()
		if l.Extended {
			sum++
		}
		i++
	}
	clk.report(b, i)
	sinkInt = sum
}
