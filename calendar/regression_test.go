package calendar

import (
	"errors"
	"math"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// errView is the comparable form of an error of the package: its sentinel,
// field and value ("" for no error).
func errView(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if !errors.As(err, &e) {
		return "not a *calendar.Error: " + err.Error()
	}
	return e.Err.Error() + " " + e.Field + "=" + e.Value
}

// A count of business days whose magnitude no calendar can honour
// (math.MinInt used to come back as d − 1 day, with no error) is refused,
// naming the field and the value; the largest count is still answered with
// ErrOutOfRange when it leaves the calendar.
func TestAddBusinessDaysMinIntIsAnError(t *testing.T) {
	tests := []struct {
		name string
		n    int
		cal  Calendar
		want string
	}{
		{"math.MinInt", math.MinInt, FR, "calendar: invalid argument days=" + strconv.Itoa(math.MinInt)},
		{"math.MaxInt", math.MaxInt, FR, "calendar: invalid argument days=" + strconv.Itoa(math.MaxInt)},
		{"one past the bound", -maxDaySpan - 1, None, "calendar: invalid argument days=-3700001"},
		{"the bound, backward", -maxDaySpan, None, "calendar: date outside the calendar's range date=2025-06-02 + -3700000 business days (calendar none)"},
		{"the bound, forward", maxDaySpan, MonFri, "calendar: date outside the calendar's range date=2025-06-02 + 3700000 business days (calendar mon-fri)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AddBusinessDays(date(t, "2025-06-02"), tt.n, tt.cal)
			if diff := cmp.Diff(tt.want, errView(err)); diff != "" || !got.IsZero() {
				t.Errorf("AddBusinessDays(2025-06-02, %d) = %s; error mismatch (-want +got):\n%s", tt.n, got, diff)
			}
		})
	}
}

// NewCalendar refuses a reversed or impossible year range even without
// holidays (it used to accept 2030–2020 when no holiday was given); 0, 0
// stays the way to say "no years", and a calendar without holidays covers
// every year.
func TestNewCalendarReversedYearsIsAnError(t *testing.T) {
	tests := []struct {
		name     string
		from, to int
		want     string
	}{
		{"reversed", 2030, 2020, "calendar: invalid argument years=2030–2020"},
		{"year 0 to 2020", 0, 2020, "calendar: invalid argument years=0–2020"},
		{"negative", -5, -1, "calendar: invalid argument years=-5–-1"},
		{"past 9999", 2020, 10000, "calendar: invalid argument years=2020–10000"},
		{"no years", 0, 0, ""},
		{"a valid range", 2020, 2030, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewCalendar("weekends", []time.Weekday{time.Saturday, time.Sunday}, nil, tt.from, tt.to)
			if diff := cmp.Diff(tt.want, errView(err)); diff != "" {
				t.Fatalf("NewCalendar(no holidays, %d, %d) error mismatch (-want +got):\n%s", tt.from, tt.to, diff)
			}
			if err == nil && (!c.Covers(MinYear) || !c.Covers(MaxYear)) {
				t.Errorf("a calendar without holidays must cover every year")
			}
		})
	}
}

// A holiday whose fields NewCalendar would have ignored (a Month on an
// Easter-based holiday, an EasterOffset on a fixed one) or whose validity
// years can never hold (reversed, negative) is refused, naming its field.
func TestNewCalendarIgnoredHolidayFieldIsAnError(t *testing.T) {
	tests := []struct {
		name string
		h    Holiday
		want string
	}{
		{"month on an Easter holiday", Holiday{Name: "x", FromEaster: true, EasterOffset: 1, Month: time.May}, "calendar: invalid argument holidays[1].month=x"},
		{"day on an Easter holiday", Holiday{Name: "x", FromEaster: true, EasterOffset: 1, Day: 3}, "calendar: invalid argument holidays[1].day=x"},
		{"offset on a fixed holiday", Holiday{Name: "x", Month: time.May, Day: 3, EasterOffset: 1}, "calendar: invalid argument holidays[1].easterOffset=x"},
		{"offset below −80", Holiday{Name: "x", FromEaster: true, EasterOffset: -81}, "calendar: invalid argument holidays[1].easterOffset=x"},
		{"reversed years", Holiday{Name: "x", Month: time.May, Day: 3, FromYear: 2030, ToYear: 2020}, "calendar: invalid argument holidays[1].toYear=x"},
		{"negative from", Holiday{Name: "x", Month: time.May, Day: 3, FromYear: -1}, "calendar: invalid argument holidays[1].fromYear=x"},
		{"negative to", Holiday{Name: "x", Month: time.May, Day: 3, ToYear: -1}, "calendar: invalid argument holidays[1].toYear=x"},
		{"from only", Holiday{Name: "x", Month: time.May, Day: 3, FromYear: 2030}, ""},
		{"one year", Holiday{Name: "x", Month: time.May, Day: 3, FromYear: 2030, ToYear: 2030}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs := []Holiday{{Name: "new year", Month: time.January, Day: 1}, tt.h}
			_, err := NewCalendar("custom", nil, hs, 2000, 2100)
			if diff := cmp.Diff(tt.want, errView(err)); diff != "" {
				t.Errorf("NewCalendar(%+v) error mismatch (-want +got):\n%s", tt.h, diff)
			}
		})
	}
}

// A negative period is not a backward limit (it used to compute a date
// before the anchor): Deadline refuses it and names the field.
func TestDeadlineNegativePeriodIsAnError(t *testing.T) {
	back := FRCivil
	back.Backward = true
	tests := []struct {
		name string
		p    Period
		r    Rule
		want string
	}{
		{"days", Days(-5), FRCivil, "calendar: invalid argument period.days=-5"},
		{"months", Months(-1), FRCivil, "calendar: invalid argument period.months=-1"},
		{"years", Period{Years: -2}, StrictRule, "calendar: invalid argument period.years=-2"},
		{"backward days", Days(-8), back, "calendar: invalid argument period.days=-8"},
		{"months and days", Period{Months: 1, Days: math.MinInt}, back, "calendar: invalid argument period.days=" + strconv.Itoa(math.MinInt)},
		{"backward positive", Days(8), back, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := DeadlineDates(date(t, "2025-06-30"), tt.p, tt.r)
			if diff := cmp.Diff(tt.want, errView(err)); diff != "" {
				t.Errorf("DeadlineDates(2025-06-30, %v) error mismatch (-want +got):\n%s", tt.p, diff)
			}
		})
	}
}

// An OnDay on a kind that has no "le k" used to be ignored: it is refused.
func TestTermOnDayOnOtherKindsIsAnError(t *testing.T) {
	tests := []struct {
		term Term
		want string
	}{
		{Term{Kind: Net, Days: 30, OnDay: 10}, "calendar: invalid argument onDay=10"},
		{Term{Kind: EOMPlus, Days: 45, OnDay: 15}, "calendar: invalid argument onDay=15"},
		{Term{Kind: PlusEOM, Days: 45, OnDay: -1}, "calendar: invalid argument onDay=-1"},
		{Term{Kind: PlusEOMOnDay, Days: 45, OnDay: 15}, ""},
		{Term{Kind: Net, Days: 30}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.term.String(), func(t *testing.T) {
			_, err := tt.term.DueDate(date(t, "2025-01-15"))
			if diff := cmp.Diff(tt.want, errView(err)); diff != "" {
				t.Errorf("%+v.DueDate error mismatch (-want +got):\n%s", tt.term, diff)
			}
		})
	}
}
