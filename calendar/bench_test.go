package calendar

import (
	"testing"
	"time"
)

// In-package benchmarks, for profiling; the comparisons with time.AddDate
// and rickar/cal live in the separate module bench/.

const nBenchDates = 4096

func benchDates() (ds [nBenchDates]Date, ts [nBenchDates]time.Time) {
	start := MustDate(2000, time.January, 1)
	x := uint32(2463534242)
	for i := range ds {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		ds[i] = start.AddDays(int(x % 72000))
		ts[i] = time.Date(ds[i].Year(), ds[i].Month(), ds[i].Day(), 0, 0, 0, 0, time.UTC)
	}
	return ds, ts
}

var (
	benchSinkDate  Date
	benchSinkLimit Limit
	benchSinkBool  bool
)

func BenchmarkAddBusinessDays5FR(b *testing.B) {
	ds, _ := benchDates()
	i := 0
	for b.Loop() {
		r, err := AddBusinessDays(ds[i%nBenchDates], 5, FR)
		if err != nil {
			b.Fatal(err)
		}
		benchSinkDate = r
		i++
	}
}

func BenchmarkAddBusinessDays2000FR(b *testing.B) {
	ds, _ := benchDates()
	i := 0
	for b.Loop() {
		d := ds[i%nBenchDates]
		if d.Year() > 2190 {
			d = d.AddYears(-10)
		}
		r, err := AddBusinessDays(d, 2000, FR)
		if err != nil {
			b.Fatal(err)
		}
		benchSinkDate = r
		i++
	}
}

func BenchmarkIsBusinessDayFR(b *testing.B) {
	ds, _ := benchDates()
	i := 0
	for b.Loop() {
		ok, _ := FR.IsBusinessDay(ds[i%nBenchDates])
		benchSinkBool = ok
		i++
	}
}

func BenchmarkDeadline30FRCivil(b *testing.B) {
	ds, _ := benchDates()
	i := 0
	for b.Loop() {
		l, err := Deadline(ds[i%nBenchDates], Days(30), FRCivil)
		if err != nil {
			b.Fatal(err)
		}
		benchSinkLimit = l
		i++
	}
}

func BenchmarkAddMonths(b *testing.B) {
	ds, _ := benchDates()
	i := 0
	for b.Loop() {
		benchSinkDate = ds[i%nBenchDates].AddMonths(1)
		i++
	}
}

func BenchmarkTimeAddDate30d(b *testing.B) {
	_, ts := benchDates()
	i := 0
	var r time.Time
	for b.Loop() {
		r = ts[i%nBenchDates].AddDate(0, 0, 30)
		i++
	}
	benchSinkBool = r.IsZero()
}

func BenchmarkTimeAddDate1Month(b *testing.B) {
	_, ts := benchDates()
	i := 0
	var r time.Time
	for b.Loop() {
		r = ts[i%nBenchDates].AddDate(0, 1, 0)
		i++
	}
	benchSinkBool = r.IsZero()
}

func BenchmarkDeadlineDates30FRCivil(b *testing.B) {
	ds, _ := benchDates()
	i := 0
	for b.Loop() {
		_, f, err := DeadlineDates(ds[i%nBenchDates], Days(30), FRCivil)
		if err != nil {
			b.Fatal(err)
		}
		benchSinkDate = f
		i++
	}
}
