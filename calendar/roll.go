package calendar

import (
	"math/bits"
	"strconv"
	"time"
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
	if d.IsZero() {
		return Date{}, newError(ErrInvalidDate, "Adjust", "date", "")
	}
	if m := cal.busMap(); m != nil {
		i, ok := m.index(d)
		if !ok {
			return Date{}, cal.outOfRange("Adjust", d)
		}
		if r == Unadjusted {
			return d, nil
		}
		return m.adjust(cal, d, i, r)
	}
	if !cal.Covers(int(d.y)) {
		return Date{}, cal.outOfRange("Adjust", d)
	}
	wd := int(d.Weekday())
	if r == Unadjusted || cal.isBusiness(d, wd) {
		return d, nil
	}
	switch r {
	case Following:
		return cal.step(d, wd, 1)
	case Preceding:
		return cal.step(d, wd, -1)
	case ModifiedFollowing:
		f, err := cal.step(d, wd, 1)
		if err != nil || f.m == d.m {
			return f, err
		}
		return cal.step(d, wd, -1)
	case ModifiedPreceding:
		p, err := cal.step(d, wd, -1)
		if err != nil || p.m == d.m {
			return p, err
		}
		return cal.step(d, wd, 1)
	default: // Nearest
		if wd == 0 || wd == 1 {
			return cal.step(d, wd, 1)
		}
		return cal.step(d, wd, -1)
	}
}

// isBusiness reports whether d, a weekday wd, is a business day of c, whose
// table covers d's year.
func (c Calendar) isBusiness(d Date, wd int) bool {
	if c.weekend()&(1<<wd) != 0 {
		return false
	}
	t := c.table()
	return t == nil || !t.isHoliday(int(d.y), dayOfYear(int(d.y), time.Month(d.m), int(d.d)), wd)
}

// step returns the first business day strictly after d (dir 1) or before it
// (dir -1); wd is d's weekday. It tries the next days one by one, as most
// runs of non-business days are short, then reads 64 days at a time.
func (c Calendar) step(d Date, wd, dir int) (Date, error) {
	for i := 0; i < 7; i++ {
		x := d.AddDays(dir)
		if x.y != d.y && !c.yearOK(int(x.y)) {
			return Date{}, c.outOfRange("Adjust", x)
		}
		if wd += dir; wd == 7 {
			wd = 0
		} else if wd < 0 {
			wd = 6
		}
		if d = x; c.isBusiness(d, wd) {
			return d, nil
		}
	}
	return c.walk(d, 1, dir, "Adjust")
}

// AddBusinessDays returns the n-th business day of cal after d (before it
// when n < 0); d itself is not counted, and need not be a business day. n = 0
// returns d unchanged. "5 jours ouvrés" is AddBusinessDays(d, 5, FR); "5 jours
// ouvrables" uses FROuvrables. Errors as for Adjust: d's year, and every year
// the count runs through, must be covered by cal; a count whose magnitude
// exceeds the days of years 1–9999 (math.MinInt included) is an error
// wrapping ErrInvalidArgument that names the field "days".
//
// It reads the calendar 64 days at a time as a bitmap (the weekly pattern,
// minus the holidays of the table's precomputed bit masks) and counts with
// population counts: a few word operations per 64 days, no cache, no shared
// mutable state.
func AddBusinessDays(d Date, n int, cal Calendar) (Date, error) {
	if d.IsZero() {
		return Date{}, newError(ErrInvalidDate, "AddBusinessDays", "date", "")
	}
	if n == 0 {
		return d, nil
	}
	if n > maxDaySpan || n < -maxDaySpan { // -n would overflow for math.MinInt
		return Date{}, newError(ErrInvalidArgument, "AddBusinessDays", "days", strconv.Itoa(n))
	}
	if m := cal.busMap(); m != nil {
		i, ok := m.index(d)
		if !ok {
			return Date{}, cal.outOfRange("AddBusinessDays", d)
		}
		return m.addBusinessDays(cal, d, i, n, "AddBusinessDays")
	}
	if !cal.Covers(int(d.y)) {
		return Date{}, cal.outOfRange("AddBusinessDays", d)
	}
	if n < 0 {
		return cal.walk(d, -n, -1, "AddBusinessDays")
	}
	return cal.walk(d, n, 1, "AddBusinessDays")
}

// walk returns the n-th (n ≥ 1) business day of c strictly after d (dir 1)
// or strictly before it (dir -1), reading 64 days at a time.
//
// Each window of 64 days is the weekly pattern minus the holidays of at
// most two years. The part of the window nearest d is built first; the
// other year's part, and the Easter-based holidays, only when the answer
// may depend on them (Easter is the costly part).
func (c Calendar) walk(d Date, n, dir int, op string) (Date, error) {
	y := int(d.y)
	doy := dayOfYear(y, time.Month(d.m), int(d.d))
	wd := weekdayOf(y, doy)
	work := uint64(^c.weekend() & 0x7f) // bit w: weekday w is worked
	run, count := 0, dir*n              // count: for the error message, as the caller gave it
	for first := true; ; first = false {
		// The window: the 64 days after d (forward) or before it (backward),
		// starting on day sdoy of year sy, a weekday swd (64 ≡ 1 mod 7).
		sy, sdoy, swd := y, doy+1, wd+1
		if dir < 0 {
			sdoy, swd = doy-64, wd+6
		}
		swd -= 7 &^ ((swd - 7) >> 63) // swd mod 7, without a branch
		if sdoy >= daysInYear(sy) {
			sy, sdoy = sy+1, 0
		} else if sdoy < 0 {
			sy--
			sdoy += daysInYear(sy)
		}
		week := ((work>>swd | work<<(7-swd)) & 0x7f) * weekRepeat
		// Window bits below split are days of year sy, the others of sy+1.
		split := daysInYear(sy) - sdoy
		nearY, nearStart, nearMask := sy, sdoy, ^uint64(0)
		farY, farStart, farMask := sy+1, -split, uint64(0)
		if split < 64 {
			nearMask = ^(^uint64(0) << split)
			farMask = ^nearMask
			if dir < 0 {
				nearY, nearStart, farY, farStart = farY, farStart, nearY, nearStart
				nearMask, farMask = farMask, nearMask
			}
		}
		bus, ok := c.part(week&nearMask, nearY, nearStart, n, dir)
		complete := ok && farMask == 0
		if cnt := bits.OnesCount64(bus); ok && cnt < n && farMask != 0 {
			var far uint64
			far, complete = c.part(week&farMask, farY, farStart, n-cnt, dir)
			bus |= far
		}
		if cnt := bits.OnesCount64(bus); cnt < n {
			if !complete {
				return Date{}, newError(ErrOutOfRange, op, "date",
					d.String()+" + "+strconv.Itoa(count)+" business days (calendar "+c.Name()+")")
			}
			n -= cnt
			if run += 64; cnt != 0 {
				run = 0
			} else if run > maxNonBusinessRun {
				return Date{}, newError(ErrInvalidArgument, op, "calendar", c.Name()+": no business day found")
			}
		} else if dir > 0 {
			k := nthBit(bus, n)
			if nd := int(d.d) + k + 1; first && nd <= 28 {
				return Date{y: d.y, m: d.m, d: uint8(nd)}, nil // same month as d
			}
			return dateOfYearDay(sy, sdoy+k), nil
		} else {
			return dateOfYearDay(sy, sdoy+63-nthBit(bits.Reverse64(bus), n)), nil
		}
		if doy += 64 * dir; doy >= daysInYear(y) {
			doy -= daysInYear(y)
			y++
		} else if doy < 0 {
			y--
			doy += daysInYear(y)
		}
		if wd += dir; wd == 7 {
			wd = 0
		} else if wd < 0 {
			wd = 6
		}
	}
}

// part returns the business days among the window bits set in week (the
// weekly pattern, restricted to the days of year y), where window bit i is
// day start+i of year y; ok is false when c does not cover y. Of its
// Easter-based holidays, it removes those that may come before the n-th
// business day in the direction dir, or all when it has fewer than n.
func (c Calendar) part(week uint64, y, start, n, dir int) (bus uint64, ok bool) {
	if !c.yearOK(y) {
		return 0, false
	}
	t := c.table()
	if t == nil {
		return week, true
	}
	bus = week &^ t.fixed[leapIndex(y)].bitsAt(start)
	if len(t.bounded) != 0 {
		bus &^= t.boundedBits(y, start)
	}
	// Easter is computed only when a day it can move a holiday to lies in
	// the part, and then before the n-th business day (or the part has
	// fewer than n).
	if t.hasEaster {
		first, last := easterMinDoy+t.easterLo-start, easterMaxDoy+t.easterHi-start // as window bits
		if bits.TrailingZeros64(week) <= last && 63-bits.LeadingZeros64(week) >= first {
			bus = t.easterPart(bus, week, y, start, n, dir, first, last)
		}
	}
	return bus, true
}

// easterPart removes from bus the Easter-based holidays that matter, as part
// explains.
func (t *holidayTable) easterPart(bus, week uint64, y, start, n, dir, first, last int) uint64 {
	lo, hi := bits.TrailingZeros64(week), 63-bits.LeadingZeros64(week)
	if bits.OnesCount64(bus) >= n {
		if dir > 0 {
			hi = nthBit(bus, n)
		} else {
			lo = 63 - nthBit(bits.Reverse64(bus), n)
		}
	}
	if lo <= last && hi >= first {
		bus &^= t.easter.bitsAt(start - easterDoy(y) - easterBase)
	}
	return bus
}

// monthStart[leap][k] is the day of the year of the first day of month
// index k (0 = January); [leap][12] is the length of the year. It is padded
// to 16 months so that an index masked by 15 needs no bounds check.
var monthStart = [2][16]int32{
	{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
	{0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
}

// dateOfYearDay returns day doy (0 = 1 January) of year y; doy may run up
// to 63 days into the next year.
func dateOfYearDay(y, doy int) Date {
	ms := &monthStart[leapIndex(y)]
	if n := int(ms[12]); doy >= n {
		y, doy = y+1, doy-n
		ms = &monthStart[leapIndex(y)]
	}
	// Months have 28 to 31 days, so doy/32 is the month index or one less;
	// the correction is branch-free (-1 when doy reaches the next month).
	m := doy >> 5
	m -= (int(ms[m+1]) - 1 - doy) >> 63
	return Date{y: int32(y), m: uint8(m + 1), d: uint8(doy - int(ms[m]) + 1)}
}

// weekdayOf returns the weekday of day doy (0 = 1 January) of year y ≥ 1:
// 1 January of year y is day Y·365 + Y/4 − Y/100 + Y/400 after a Monday
// (1 January of year 1), with Y = y − 1, and 365 ≡ 1 mod 7.
func weekdayOf(y, doy int) int {
	yy := uint32(y - 1)
	c := yy / 100
	return int((yy + yy/4 - c + c/4 + uint32(doy) + 1) % 7)
}

// nthBit returns the index of the n-th (n ≥ 1) lowest set bit of x, which
// has at least n bits set.
func nthBit(x uint64, n int) int {
	for ; n > 1; n-- {
		x &= x - 1
	}
	return bits.TrailingZeros64(x)
}

// weekRepeat has one bit every 7: multiplying a 7-bit weekly pattern by it
// repeats the pattern over 64 bits (the copies do not overlap, so no carry).
const weekRepeat = 0x8102040810204081

// yearOK reports whether c can answer for year y.
func (c Calendar) yearOK(y int) bool { return y >= MinYear && y <= MaxYear && c.Covers(y) }

// yearMask is a set of days of a year as bits: bit i is day i (0 = 1
// January), or an offset from Easter, for i in 0–383. It is stored between
// two zero words, so that bitsAt reads any 64 bits without a branch.
type yearMask [8]uint64

// has reports whether bit i (0 ≤ i < 384) is set.
func (m *yearMask) has(i int) bool { return m[(i+64)>>6]&(1<<(i&63)) != 0 }

// set sets bit i (0 ≤ i < 384).
func (m *yearMask) set(i int) { m[(i+64)>>6] |= 1 << (i & 63) }

// bitsAt returns the 64 bits of m starting at bit start (which may be
// negative); bits outside 0–383 are 0.
func (m *yearMask) bitsAt(start int) uint64 {
	i := start + 64
	if uint(i) >= 64*7 {
		return 0
	}
	s := uint(i & 63)
	return m[i>>6]>>s | m[i>>6+1]<<(64-s)
}

func daysInYear(y int) int {
	if IsLeapYear(y) {
		return 366
	}
	return 365
}
