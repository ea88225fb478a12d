package calendar

import (
	"math/bits"
	"strconv"
)

// Roll is a business-day convention: what to do with a date that is not a
// business day (2006 ISDA Definitions §4.12, FpML BusinessDayConventionEnum).
// Its zero value is Unadjusted.
type Roll uint8

const (
	// Unadjusted keeps the date as it is.
	Unadjusted Roll = iota
	// Following takes the next business day. CPC art. 642 al. 2 applies it to
	// the last day of a time limit.
	Following
	// ModifiedFollowing takes the next business day unless it falls in the
	// next month, then the preceding one.
	ModifiedFollowing
	// Preceding takes the previous business day.
	Preceding
	// ModifiedPreceding takes the previous business day unless it falls in the
	// previous month, then the following one.
	ModifiedPreceding
	// Nearest is FpML NEAREST: the preceding business day, unless the date is
	// a Sunday or a Monday, then the following one.
	Nearest
)

var rollNames = [...]string{
	Unadjusted: "unadjusted", Following: "following", ModifiedFollowing: "modifiedFollowing",
	Preceding: "preceding", ModifiedPreceding: "modifiedPreceding", Nearest: "nearest",
}

// String returns the roll's name as the conformance vectors write it.
func (r Roll) String() string {
	if int(r) < len(rollNames) {
		return rollNames[r]
	}
	return "Roll(" + strconv.Itoa(int(r)) + ")"
}

// ParseRoll returns the Roll named s ("unadjusted", "following",
// "modifiedFollowing", "preceding", "modifiedPreceding", "nearest").
func ParseRoll(s string) (Roll, error) {
	for i, n := range rollNames {
		if n == s {
			return Roll(i), nil
		}
	}
	return 0, newError(ErrInvalidArgument, "ParseRoll", "roll", s)
}

// MarshalText implements encoding.TextMarshaler.
func (r Roll) MarshalText() ([]byte, error) {
	if int(r) >= len(rollNames) {
		return nil, newError(ErrInvalidArgument, "Roll.MarshalText", "roll", r.String())
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Roll) UnmarshalText(b []byte) error {
	v, err := ParseRoll(string(b))
	if err == nil {
		*r = v
	}
	return err
}

// maxNonBusinessRun bounds the search for a business day: no calendar the
// SDK accepts has a longer run of non-business days, so a longer search
// reports a broken calendar instead of looping.
const maxNonBusinessRun = 400

// Adjust moves d to a business day of cal by the roll r. A business day is
// returned unchanged by every roll. Errors: ErrInvalidArgument for an unknown
// roll, ErrOutOfRange when the search leaves the calendar's years,
// ErrInvalidDate for the zero Date.
func Adjust(d Date, cal Calendar, r Roll) (Date, error) {
	if r > Nearest {
		return Date{}, newError(ErrInvalidArgument, "Adjust", "roll", r.String())
	}
	ok, err := cal.IsBusinessDay(d)
	if err != nil || ok || r == Unadjusted {
		if err != nil {
			return Date{}, err
		}
		return d, nil
	}
	switch r {
	case Following:
		return cal.step(d, 1)
	case Preceding:
		return cal.step(d, -1)
	case ModifiedFollowing:
		f, err := cal.step(d, 1)
		if err != nil || f.m == d.m {
			return f, err
		}
		return cal.step(d, -1)
	case ModifiedPreceding:
		p, err := cal.step(d, -1)
		if err != nil || p.m == d.m {
			return p, err
		}
		return cal.step(d, 1)
	default: // Nearest
		if wd := d.Weekday(); wd == 0 || wd == 1 {
			return cal.step(d, 1)
		}
		return cal.step(d, -1)
	}
}

// step returns the first business day strictly after d (dir 1) or before it
// (dir -1).
func (c Calendar) step(d Date, dir int) (Date, error) {
	for i := 0; i < maxNonBusinessRun; i++ {
		d = d.AddDays(dir)
		if d.y < MinYear || d.y > MaxYear {
			return Date{}, c.outOfRange("Adjust", d)
		}
		ok, err := c.IsBusinessDay(d)
		if err != nil {
			return Date{}, err
		}
		if ok {
			return d, nil
		}
	}
	return Date{}, newError(ErrInvalidArgument, "Adjust", "calendar", c.Name()+": no business day found")
}

// AddBusinessDays returns the n-th business day of cal after d (before it
// when n < 0); d itself is not counted, and need not be a business day. n = 0
// returns d unchanged. "5 jours ouvrés" is AddBusinessDays(d, 5, FR); "5 jours
// ouvrables" uses FROuvrables. Errors as for Adjust.
//
// It walks a year's business days as a bitmap built from the calendar's
// tables on each call: no cache, no shared mutable state.
func AddBusinessDays(d Date, n int, cal Calendar) (Date, error) {
	if d.IsZero() {
		return Date{}, newError(ErrInvalidDate, "AddBusinessDays", "date", "")
	}
	if n == 0 {
		return d, nil
	}
	dir := 1
	if n < 0 {
		dir, n = -1, -n
	}
	y := int(d.y)
	doy := int(d.dayNumber() - yearStart(y))
	var mask yearMask
	if err := cal.fillMask(&mask, y); err != nil {
		return Date{}, err
	}
	run := 0
	for {
		doy += dir
		if doy < 0 || doy >= daysInYear(y) {
			y += dir
			if y < MinYear || y > MaxYear {
				return Date{}, newError(ErrOutOfRange, "AddBusinessDays", "date", d.String()+" + "+strconv.Itoa(dir*n)+" business days")
			}
			if err := cal.fillMask(&mask, y); err != nil {
				return Date{}, newError(ErrOutOfRange, "AddBusinessDays", "date",
					d.String()+" + "+strconv.Itoa(dir*n)+" business days (calendar "+cal.Name()+")")
			}
			doy = 0
			if dir < 0 {
				doy = daysInYear(y) - 1
			}
		}
		if mask.business(doy) {
			run = 0
			n--
			if n == 0 {
				return fromDayNumber(yearStart(y) + int64(doy)), nil
			}
			// Whole 64-day words of business days can be skipped at once.
			if dir > 0 && n > 64 && doy%64 == 63 {
				for w := doy/64 + 1; w < len(mask) && w*64+63 < daysInYear(y); w++ {
					c := bits.OnesCount64(mask[w])
					if c >= n {
						break
					}
					n -= c
					doy = w*64 + 63
				}
			}
			continue
		}
		run++
		if run > maxNonBusinessRun {
			return Date{}, newError(ErrInvalidArgument, "AddBusinessDays", "calendar", cal.Name()+": no business day found")
		}
	}
}

// yearMask has bit i set when day i of the year (0 = 1 January) is a
// business day.
type yearMask [6]uint64

func (m *yearMask) business(doy int) bool { return m[doy>>6]&(1<<(doy&63)) != 0 }

func yearStart(y int) int64 { return Date{y: int32(y), m: 1, d: 1}.dayNumber() }

func daysInYear(y int) int {
	if IsLeapYear(y) {
		return 366
	}
	return 365
}

// fillMask builds the business-day bitmap of year y.
func (c Calendar) fillMask(m *yearMask, y int) error {
	if !c.Covers(y) {
		return c.outOfRange("AddBusinessDays", Date{y: int32(y), m: 1, d: 1})
	}
	// One week's pattern, starting on 1 January's weekday, repeated.
	wd := int(Date{y: int32(y), m: 1, d: 1}.Weekday())
	var week uint64
	for i := 0; i < 7; i++ {
		if c.weekend&(1<<((wd+i)%7)) == 0 {
			week |= 1 << i
		}
	}
	for w := range m {
		// Day w*64 sits at position s of the weekly pattern: rotate the
		// pattern by s, then repeat it every 7 bits.
		s := (w * 64) % 7
		r := (week>>s | week<<(7-s)) & 0x7f
		var word uint64
		for i := 0; i < 64; i += 7 {
			word |= r << i
		}
		m[w] = word
	}
	n := daysInYear(y)
	m[n>>6] &= (1 << (n & 63)) - 1
	for w := n>>6 + 1; w < len(m); w++ {
		m[w] = 0
	}
	if c.table == nil {
		return nil
	}
	easter := Easter(y)
	start := yearStart(y)
	for _, h := range c.table.holidays {
		if hd, ok := h.in(y, easter); ok {
			i := int(hd.dayNumber() - start)
			m[i>>6] &^= 1 << (i & 63)
		}
	}
	return nil
}
