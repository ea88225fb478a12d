package calendar

import (
	"strconv"
	"time"
)

// Date is a civil date of the proleptic Gregorian calendar: a year, a month
// and a day, with no time of day and no time zone. Every French and EU time
// limit counts whole days and ends at 24:00 on its last day (CPC art. 642
// al. 1; Reg. 1182/71 art. 3(2)), so the SDK works on civil dates only.
//
// Date is a small comparable value: two dates are the same day exactly when
// they are ==. Its zero value means "no date": IsZero reports it, String
// prints "", and arithmetic on it returns the zero Date. Valid dates have
// years 1 to 9999.
type Date struct {
	y int32
	m uint8
	d uint8
}

// MinYear and MaxYear bound the years a Date can be built or parsed with.
const (
	MinYear = 1
	MaxYear = 9999
)

// NewDate returns the date y-m-d, or an error wrapping ErrInvalidDate when the
// day does not exist (2025-02-30) or the year is outside MinYear–MaxYear.
func NewDate(y int, m time.Month, d int) (Date, error) {
	if y < MinYear || y > MaxYear || m < time.January || m > time.December || d < 1 || d > daysIn(y, m) {
		return Date{}, newError(ErrInvalidDate, "NewDate", "date",
			strconv.Itoa(y)+"-"+strconv.Itoa(int(m))+"-"+strconv.Itoa(d))
	}
	return Date{y: int32(y), m: uint8(m), d: uint8(d)}, nil
}

// MustDate is NewDate for constants and tests: it panics on an invalid date.
// It is the only function of the package that panics, and only on a literal
// the programmer wrote.
func MustDate(y int, m time.Month, d int) Date {
	dt, err := NewDate(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

// ParseDate parses the form YYYY-MM-DD (exactly four digits, two, two: ISO
// 8601 calendar date, extended format). Anything else, or an impossible day,
// is an error wrapping ErrInvalidDate.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, newError(ErrInvalidDate, "ParseDate", "date", s)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, newError(ErrInvalidDate, "ParseDate", "date", s)
	}
	dt, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return Date{}, newError(ErrInvalidDate, "ParseDate", "date", s)
	}
	return dt, nil
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// DateOf returns the civil date of the instant t in the location loc. The
// location is explicit on purpose: the SDK never reads time.Local. A nil loc
// is an error wrapping ErrInvalidArgument.
func DateOf(t time.Time, loc *time.Location) (Date, error) {
	if loc == nil {
		return Date{}, newError(ErrInvalidArgument, "DateOf", "loc", "nil")
	}
	y, m, d := t.In(loc).Date()
	return NewDate(y, m, d)
}

// Year returns the year (0 for the zero Date).
func (d Date) Year() int { return int(d.y) }

// Month returns the month (0 for the zero Date).
func (d Date) Month() time.Month { return time.Month(d.m) }

// Day returns the day of the month (0 for the zero Date).
func (d Date) Day() int { return int(d.d) }

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d == Date{} }

// String returns YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y := int(d.y)
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	if y < 1000 {
		b = append(b, '0')
	}
	if y < 100 {
		b = append(b, '0')
	}
	if y < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '-', byte('0'+d.m/10), byte('0'+d.m%10), '-', byte('0'+d.d/10), byte('0'+d.d%10))
	return b
}

// MarshalText implements encoding.TextMarshaler: YYYY-MM-DD, and the empty
// text for the zero Date (JSON "" then means "no date").
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseDate; the empty
// text gives the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	dt, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = dt
	return nil
}

// Compare returns -1 if d is before e, 0 if they are the same day, +1 if d is
// after e. The zero Date sorts before every date.
func (d Date) Compare(e Date) int {
	switch {
	case d.y != e.y:
		return cmpInt(int(d.y), int(e.y))
	case d.m != e.m:
		return cmpInt(int(d.m), int(e.m))
	default:
		return cmpInt(int(d.d), int(e.d))
	}
}

func cmpInt(a, b int) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Equal reports whether d and e are the same day, as d == e does. go-cmp
// uses it, so that structs holding dates compare without options.
func (d Date) Equal(e Date) bool { return d == e }

// Weekday returns the day of the week (Sunday for the zero Date, which has no
// meaningful weekday).
func (d Date) Weekday() time.Weekday {
	if d.IsZero() {
		return time.Sunday
	}
	if d.y >= -fastYears && d.y <= fastYears {
		// rataDieRaw counts from a Wednesday (day number −neriK, with
		// neriK ≡ 1 mod 7 before the Thursday 1970-01-01).
		return time.Weekday((rataDieRaw(uint32(d.y), uint32(d.m), uint32(d.d)) + 3) % 7)
	}
	return time.Weekday(mod(d.dayNumber()+4, 7)) // 1970-01-01 was a Thursday
}

// AddDays returns the date n calendar days after d (before it when n < 0).
// The zero Date stays the zero Date, and so does a result outside the years
// MinYear–MaxYear: arithmetic never wraps around nor invents a date, and
// every operation given the zero Date reports ErrInvalidDate.
func (d Date) AddDays(n int) Date {
	if d.IsZero() || n == 0 {
		return d
	}
	if n > maxDaySpan || n < -maxDaySpan {
		return Date{}
	}
	// Fast path: stay within the month.
	nd := int(d.d) + n
	if nd >= 1 && nd <= 28 {
		return Date{y: d.y, m: d.m, d: uint8(nd)}
	}
	// A few months away: walk month by month, cheaper than two conversions.
	if n >= -93 && n <= 93 {
		y, m := int(d.y), time.Month(d.m)
		for nd > 28 {
			l := daysIn(y, m)
			if nd <= l {
				break
			}
			nd -= l
			if m++; m > time.December {
				m, y = time.January, y+1
			}
		}
		for nd < 1 {
			if m--; m < time.January {
				m, y = time.December, y-1
			}
			nd += daysIn(y, m)
		}
		return inRange(Date{y: int32(y), m: uint8(m), d: uint8(nd)})
	}
	return inRange(fromDayNumber(d.dayNumber() + int64(n)))
}

// maxDaySpan exceeds the days between 0001-01-01 and 9999-12-31: a larger
// step always leaves the range.
const maxDaySpan = 3_700_000

// inRange returns d, or the zero Date when d's year is outside
// MinYear–MaxYear.
func inRange(d Date) Date {
	if d.y < MinYear || d.y > MaxYear {
		return Date{}
	}
	return d
}

// DaysSince returns the number of calendar days from e to d: positive when d
// is after e. It is 0 when either date is the zero Date.
func (d Date) DaysSince(e Date) int {
	if d.IsZero() || e.IsZero() {
		return 0
	}
	return int(d.dayNumber() - e.dayNumber())
}

// EndOfMonth returns the last day of d's month (EOM(d) in the payment-term
// rules). The zero Date stays the zero Date.
func (d Date) EndOfMonth() Date {
	if d.IsZero() {
		return d
	}
	return Date{y: d.y, m: d.m, d: uint8(daysIn(int(d.y), time.Month(d.m)))}
}

// IsLeapYear reports whether year y of the Gregorian calendar has 366 days.
func IsLeapYear(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysIn returns the number of days of month m of year y (0 for a month
// outside 1–12).
func DaysIn(y int, m time.Month) int {
	if m < time.January || m > time.December {
		return 0
	}
	return daysIn(y, m)
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if IsLeapYear(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	default:
		return 31
	}
}

func mod(a, b int64) int64 {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}

// dayNumber returns the days since 1970-01-01.
func (d Date) dayNumber() int64 {
	if d.y >= -fastYears && d.y <= fastYears {
		return int64(rataDie(uint32(d.y), uint32(d.m), uint32(d.d)))
	}
	return d.dayNumberSlow()
}

// fastYears bounds the years the 32-bit algorithms below handle exactly;
// arithmetic that leaves them (AddDays with an absurd n) takes the 64-bit
// algorithms.
const (
	fastYears    = 30000
	fastDays     = 365 * fastYears
	neriShift    = 82 // 400-year cycles added so that the arithmetic is unsigned
	neriK        = 719468 + 146097*neriShift
	neriL        = 400 * neriShift
	neriMulYear  = 2939745
	neriMulMonth = 2141
)

// rataDie is days_from_civil by C. Neri and L. Schneider, "Euclidean affine
// functions and their application to calendar algorithms" (2023), on
// unsigned 32-bit arithmetic; y is the year as two's complement.
func rataDie(y, m, d uint32) int32 { return int32(rataDieRaw(y, m, d) - neriK) }

// rataDieRaw is rataDie before the shift: the day number plus neriK, never
// negative.
func rataDieRaw(y, m, d uint32) uint32 {
	j := uint32(0)
	if m <= 2 {
		j = 1
	}
	yy := y + neriL - j
	mm := m + 12*j
	c := yy / 100
	return 1461*yy/4 - c + c/4 + (979*mm-2919)/32 + d - 1
}

// dayNumberSlow is days_from_civil by H. Hinnant ("chrono-compatible
// low-level date algorithms") on 64 bits, for any year.
func (d Date) dayNumberSlow() int64 {
	y := int64(d.y)
	m := int64(d.m)
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + int64(d.d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDayNumber is the inverse of dayNumber (civil_from_days).
func fromDayNumber(z int64) Date {
	if z < -fastDays || z > fastDays {
		return fromDayNumberSlow(z)
	}
	// Neri–Schneider, as rataDie.
	nu := uint32(z + neriK)
	n1 := 4*nu + 3
	c := n1 / 146097
	nc := n1 % 146097 / 4
	p2 := uint64(neriMulYear) * uint64(4*nc+3)
	zy := uint32(p2 >> 32)
	ny := uint32(p2) / neriMulYear / 4
	n3 := neriMulMonth*ny + 197913
	m := n3 >> 16
	day := n3 & 0xffff / neriMulMonth
	y := 100*c + zy - neriL
	if ny >= 306 {
		y++
		m -= 12
	}
	return Date{y: int32(y), m: uint8(m), d: uint8(day + 1)}
}

// fromDayNumberSlow is civil_from_days by H. Hinnant, on 64 bits.
func fromDayNumberSlow(z int64) Date {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return Date{y: int32(y), m: uint8(m), d: uint8(day)}
}
