package calendar

import (
	"math/bits"
	"strconv"
)

// businessMap is the business days of one calendar (a holiday table and a
// weekend) over all the years of its table, one bit a day: bit i is the
// i-th day from 1 January of the table's first year, set when it is a
// business day. It is built once, with the table, from the same bit masks
// the window walk reads, and never changed: the business-day questions of
// Adjust, AddBusinessDays, IsBusinessDay and DeadlineDates become a bit
// index (two table loads), a word load and a few bit operations. The French
// calendars' maps are about 9 KB each.
//
// Bits past the last day of the table's last year are 0, so a search that
// runs off either end reports the range left.
type businessMap struct {
	from  int      // the first year
	days  int      // the days covered
	years []int32  // years[k]: the bit of 1 January of year from+k; the last one is days
	wyear []uint16 // wyear[w]: the year (as k) of bit 64·w
	words []uint64 // the bits
}

// Calendars whose tables cover more years than maxMapYears keep the window
// walk: a map of years 1–9999 would take 450 KB. longRun is the shortest run
// of non-business days after which the walk reports a broken calendar
// (maxNonBusinessRun, rounded up to its 64-day windows): a calendar with such
// a run keeps the walk too, so that both give the same answers and errors.
const (
	maxMapYears = 1000
	longRun     = (maxNonBusinessRun/64 + 1) * 64
)

// newBusinessMap returns the map of the table t with the weekend days
// weekend, or nil when t is too long or has a run of longRun non-business
// days (see maxMapYears).
func newBusinessMap(t *holidayTable, weekend uint8) *businessMap {
	if t.to-t.from+1 > maxMapYears {
		return nil
	}
	m := &businessMap{from: t.from, years: make([]int32, 0, t.to-t.from+2)}
	for y := t.from; y <= t.to; y++ {
		m.years = append(m.years, int32(m.days))
		m.days += daysInYear(y)
	}
	m.years = append(m.years, int32(m.days))
	m.words = make([]uint64, (m.days+63)/64)
	m.wyear = make([]uint16, len(m.words))
	k := 0
	for w := range m.wyear {
		for int(m.years[k+1]) <= 64*w {
			k++
		}
		m.wyear[w] = uint16(k)
	}
	work := uint64(^weekend & 0x7f) // bit w: weekday w is worked
	c := Calendar{&calendarSpec{weekend: weekend, table: t}}
	pos := 0 // bit of 1 January of year y
	for y := t.from; y <= t.to; y++ {
		n := daysInYear(y)
		for start := 0; start < n; start += 64 {
			swd := weekdayOf(y, start)
			week := ((work>>swd | work<<(7-swd)) & 0x7f) * weekRepeat
			if n-start < 64 {
				week &= ^(^uint64(0) << (n - start))
			}
			bus, _ := c.part(week, y, start, 65, 1) // 65: every holiday of the part
			m.or(pos+start, bus)
		}
		pos += n
	}
	if m.longestRun() >= longRun {
		return nil
	}
	return m
}

// or sets the bits of v at bits i to i+63 of m.
func (m *businessMap) or(i int, v uint64) {
	w, s := i>>6, uint(i&63)
	m.words[w] |= v << s
	if s != 0 && w+1 < len(m.words) {
		m.words[w+1] |= v >> (64 - s)
	}
}

// longestRun returns the longest run of non-business days of m, those at
// either end included.
func (m *businessMap) longestRun() int {
	longest, run := 0, 0
	for _, w := range m.words {
		if w == 0 {
			run += 64
			continue
		}
		longest = max(longest, run+bits.TrailingZeros64(w))
		run = bits.LeadingZeros64(w)
	}
	return max(longest, run-(64*len(m.words)-m.days)) // the padding is not days
}

// index returns the bit of d (a valid date), and whether m covers it.
func (m *businessMap) index(d Date) (int, bool) {
	k := int(d.y) - m.from
	if uint(k) >= uint(len(m.years)-1) {
		return 0, false
	}
	start := m.years[k]
	leap := m.years[k+1] - start - 365
	return int(start + monthStart[leap&1][(d.m-1)&15] + int32(d.d) - 1), true
}

// has reports whether bit i (0 ≤ i < m.days) is set.
func (m *businessMap) has(i int) bool { return m.words[i>>6]&(1<<(i&63)) != 0 }

// date returns the day of bit i (0 ≤ i < m.days): the year of its word, or
// the next one, then the month as dateOfYearDay finds it.
func (m *businessMap) date(i int) Date {
	k := int(m.wyear[i>>6])
	next := m.years[k+1]
	if int32(i) >= next {
		k++
		next = m.years[k+1]
	}
	start := m.years[k]
	ms := &monthStart[(next-start-365)&1]
	doy := int32(i) - start
	mi := doy >> 5
	mi -= (ms[(mi+1)&15] - 1 - doy) >> 31
	return Date{y: int32(m.from + k), m: uint8(mi + 1), d: uint8(doy - ms[mi&15] + 1)}
}

// next returns the bit of the n-th (n ≥ 1) business day strictly after bit i
// (dir 1) or strictly before it (dir -1); ok is false when it lies outside m.
func (m *businessMap) next(i, n, dir int) (j int, ok bool) {
	w := i >> 6
	if dir > 0 {
		word := m.words[w] & (^uint64(1) << (i & 63))
		for {
			if c := bits.OnesCount64(word); n > c {
				n -= c
			} else {
				return w<<6 + nthBit(word, n), true
			}
			if w++; w == len(m.words) {
				return 0, false
			}
			word = m.words[w]
		}
	}
	word := m.words[w] & (1<<(i&63) - 1)
	for {
		if c := bits.OnesCount64(word); n > c {
			n -= c
		} else {
			return w<<6 + 63 - nthBit(bits.Reverse64(word), n), true
		}
		if w--; w < 0 {
			return 0, false
		}
		word = m.words[w]
	}
}

// addBusinessDays is AddBusinessDays on m: d is covered, n ≠ 0.
func (m *businessMap) addBusinessDays(c Calendar, d Date, i, n int, op string) (Date, error) {
	dir, k := 1, n
	if n < 0 {
		dir, k = -1, -n
	}
	j, ok := m.next(i, k, dir)
	if !ok {
		return Date{}, newError(ErrOutOfRange, op, "date",
			d.String()+" + "+strconv.Itoa(n)+" business days (calendar "+c.Name()+")")
	}
	return m.date(j), nil
}

// adjust is Adjust on m: d, bit i, is covered and r is a roll other than
// Unadjusted. It follows Adjust's reference (step) case by case.
func (m *businessMap) adjust(c Calendar, d Date, i int, r Roll) (Date, error) {
	if m.has(i) {
		return d, nil
	}
	switch r {
	case Following:
		return m.addBusinessDays(c, d, i, 1, "Adjust")
	case Preceding:
		return m.addBusinessDays(c, d, i, -1, "Adjust")
	case ModifiedFollowing:
		f, err := m.addBusinessDays(c, d, i, 1, "Adjust")
		if err != nil || f.m == d.m {
			return f, err
		}
		return m.addBusinessDays(c, d, i, -1, "Adjust")
	case ModifiedPreceding:
		p, err := m.addBusinessDays(c, d, i, -1, "Adjust")
		if err != nil || p.m == d.m {
			return p, err
		}
		return m.addBusinessDays(c, d, i, 1, "Adjust")
	default: // Nearest
		if wd := d.Weekday(); wd == 0 || wd == 1 {
			return m.addBusinessDays(c, d, i, 1, "Adjust")
		}
		return m.addBusinessDays(c, d, i, -1, "Adjust")
	}
}
