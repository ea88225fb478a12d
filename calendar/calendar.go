package calendar

import (
	"strconv"
	"time"
)

// Calendar says which days are business days: the days of the week that are
// worked, minus the holidays of its table. Calendars are data, chosen by the
// policy; the package ships None, MonFri, FR, FROuvrables and
// FRAlsaceMoselle, and NewCalendar builds others.
//
// A Calendar is a comparable value of one machine word: a pointer to its
// definition, which is never changed once built (a Rule and a Limit carry a
// Calendar, and are copied for every invoice's clocks). Its zero value is
// None: every day is a business day. A calendar with holidays covers only
// the years of its table and answers ErrOutOfRange outside them, rather than
// silently forgetting a holiday.
type Calendar struct {
	c *calendarSpec // nil: None
}

// calendarSpec is the definition of a calendar other than None, built once
// (in the package's variable initialisers or by NewCalendar) and read-only
// afterwards.
type calendarSpec struct {
	name    string
	weekend uint8 // bit w set: time.Weekday(w) is not a business day
	table   *holidayTable
	bus     *businessMap // table.bus, one load nearer; nil without a table
}

// newCalendar returns the calendar named name with the weekend days weekend
// and the holiday table t (nil: none).
func newCalendar(name string, weekend uint8, t *holidayTable) Calendar {
	s := &calendarSpec{name: name, weekend: weekend, table: t}
	if t != nil {
		s.bus = t.bus
	}
	return Calendar{s}
}

// weekend returns c's weekend days: bit w set when time.Weekday(w) is not a
// business day.
func (c Calendar) weekend() uint8 {
	if c.c == nil {
		return 0
	}
	return c.c.weekend
}

// table returns c's holiday table, or nil.
func (c Calendar) table() *holidayTable {
	if c.c == nil {
		return nil
	}
	return c.c.table
}

// Holiday is one public holiday of a calendar's table: a fixed day of the
// year (Month, Day), or a day counted from Gregorian Easter Sunday
// (FromEaster true, EasterOffset days, e.g. +1 for Easter Monday). FromYear
// and ToYear bound the years it applies to (0: no bound).
type Holiday struct {
	Name         string
	Month        time.Month
	Day          int
	FromEaster   bool
	EasterOffset int
	FromYear     int
	ToYear       int
}

type holidayTable struct {
	holidays []Holiday
	from, to int // years covered

	// Derived from holidays once, when the table is built, and never
	// changed (no cache, no shared mutable state): the holidays as bits, so
	// that a business-day question costs a few word operations.
	fixed     [2]yearMask // unbounded fixed-date holidays by day of year (0 = 1 January): [0] common, [1] leap years
	easter    yearMask    // unbounded Easter-based holidays: bit k is Easter Sunday + (k + easterBase) days
	easterLo  int         // smallest EasterOffset set in easter
	easterHi  int         // largest EasterOffset set in easter
	easterWd  uint8       // bit w: some holiday of easter falls on weekday w (Easter is a Sunday)
	hasEaster bool
	bounded   []Holiday // holidays with FromYear or ToYear, checked one by one

	// The business days of the one calendar the table belongs to, whose
	// weekend days are weekend: nil when newBusinessMap declines.
	weekend uint8
	bus     *businessMap
}

// easterBase is the smallest EasterOffset NewCalendar accepts; with the
// largest, 250, every Easter-based holiday falls in Easter's own year.
const easterBase = -80

// newHolidayTable builds the table of hs (not copied) for the years from–to,
// and the business-day map of the calendar with those holidays and the
// weekend days weekend: a table belongs to one calendar.
func newHolidayTable(hs []Holiday, from, to int, weekend uint8) *holidayTable {
	t := &holidayTable{holidays: hs, from: from, to: to, weekend: weekend}
	for _, h := range hs {
		switch {
		case h.FromYear != 0 || h.ToYear != 0:
			t.bounded = append(t.bounded, h)
		case h.FromEaster:
			t.easter.set(h.EasterOffset - easterBase)
			if !t.hasEaster || h.EasterOffset < t.easterLo {
				t.easterLo = h.EasterOffset
			}
			if !t.hasEaster || h.EasterOffset > t.easterHi {
				t.easterHi = h.EasterOffset
			}
			t.easterWd |= 1 << ((h.EasterOffset%7 + 7) % 7)
			t.hasEaster = true
		default:
			for leap, y := range [2]int{2001, 2000} {
				if h.Day <= daysIn(y, h.Month) { // 29 February only in leap years
					t.fixed[leap].set(dayOfYear(y, h.Month, h.Day))
				}
			}
		}
	}
	t.bus = newBusinessMap(t, weekend)
	return t
}

// cumDays[m-1] is the number of days before month m in a common year.
var cumDays = [12]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

// dayOfYear returns the day of the year of y-m-d, 0 for 1 January.
func dayOfYear(y int, m time.Month, d int) int {
	i := cumDays[m-1] + d - 1
	if m > time.February && IsLeapYear(y) {
		i++
	}
	return i
}

// leapIndex is 1 for a leap year, else 0.
func leapIndex(y int) int {
	if IsLeapYear(y) {
		return 1
	}
	return 0
}

// Easter Sunday is day 80 (22 March, common year) to 115 (25 April, leap
// year) of its year.
const (
	easterMinDoy = 80
	easterMaxDoy = 115
)

// easterDoy returns the day of the year of Easter Sunday of year y (y ≥ 1),
// by Gauss's algorithm with Lichtenberg's century terms and the two
// exceptions (19 and 18 April): a shorter chain of divisions than Easter's
// Meeus/Jones/Butcher, for the business-day hot paths. The two agree on every
// year 1–9999 (TestEasterDoyMatchesEaster).
func easterDoy(year int) int {
	y := uint32(year)
	k := y / 100
	p := (13 + 8*k) / 25
	q := k / 4
	m := (15 - p + k - q) % 30
	n := (4 + k - q) % 7
	d := (19*(y%19) + m) % 30
	e := (2*(y%4) + 4*(y%7) + 6*d + n) % 7
	march := 22 + d + e // day of March; 32 and beyond run into April
	if e == 6 && (d == 29 || (d == 28 && (11*m+11)%30 < 19)) {
		march -= 7 // 26 → 19 April, 25 → 18 April
	}
	doy := int(march) + 58 // 1 March is day 59 of a common year
	if IsLeapYear(year) {
		doy++
	}
	return doy
}

// isHoliday reports whether day doy (0 = 1 January) of year y, a weekday
// wd, is a holiday of the table.
func (t *holidayTable) isHoliday(y, doy, wd int) bool {
	if t.fixed[leapIndex(y)].has(doy) {
		return true
	}
	if t.easterWd&(1<<wd) != 0 && doy >= easterMinDoy+t.easterLo && doy <= easterMaxDoy+t.easterHi {
		if k := doy - easterDoy(y) - easterBase; k >= 0 && k < 384 && t.easter.has(k) {
			return true
		}
	}
	if len(t.bounded) != 0 {
		return t.boundedBits(y, doy)&1 != 0
	}
	return false
}

// boundedBits returns the holidays with validity years among the 64 days
// starting on day start of year y (start may be negative), as bits: bit i is
// day start+i. Only days of year y are reported.
func (t *holidayTable) boundedBits(y, start int) uint64 {
	var bits uint64
	var easter Date
	for _, h := range t.bounded {
		if h.FromEaster && easter.IsZero() {
			easter = Easter(y)
		}
		if hd, ok := h.in(y, easter); ok {
			if i := dayOfYear(y, hd.Month(), hd.Day()) - start; i >= 0 && i < 64 {
				bits |= 1 << i
			}
		}
	}
	return bits
}

// The holidays of Code du travail art. L3133-1 (the 11 "fêtes légales").
// Whit Monday stays listed though it may be worked as the "journée de
// solidarité" (L3133-7): the law keeps it a holiday.
var frHolidays = []Holiday{
	{Name: "Jour de l'an", Month: time.January, Day: 1},
	{Name: "Lundi de Pâques", FromEaster: true, EasterOffset: 1},
	{Name: "Fête du travail", Month: time.May, Day: 1},
	{Name: "Victoire 1945", Month: time.May, Day: 8},
	{Name: "Ascension", FromEaster: true, EasterOffset: 39},
	{Name: "Lundi de Pentecôte", FromEaster: true, EasterOffset: 50},
	{Name: "Fête nationale", Month: time.July, Day: 14},
	{Name: "Assomption", Month: time.August, Day: 15},
	{Name: "Toussaint", Month: time.November, Day: 1},
	{Name: "Armistice 1918", Month: time.November, Day: 11},
	{Name: "Noël", Month: time.December, Day: 25},
}

// Alsace-Moselle adds Good Friday and 26 December (Code du travail
// L3134-13), modelled area-wide: Good Friday is legally a holiday only in
// communes with a Protestant or mixed church, a precision out of scope.
var frAlsaceMoselleHolidays = append(append([]Holiday(nil), frHolidays...),
	Holiday{Name: "Vendredi saint", FromEaster: true, EasterOffset: -2},
	Holiday{Name: "Saint-Étienne", Month: time.December, Day: 26},
)

// The tables of the SDK's calendars, built once and never changed (each
// with its calendar's business-day map).
var (
	frTable          = newHolidayTable(frHolidays, 2000, 2199, satSun)
	frOuvrablesTable = newHolidayTable(frHolidays, 2000, 2199, sunday)
	amTable          = newHolidayTable(frAlsaceMoselleHolidays, 2000, 2199, satSun)
)

const (
	satSun = 1<<time.Saturday | 1<<time.Sunday
	sunday = 1 << time.Sunday
)

// The calendars of the SDK. Their names are those of the conformance vectors.
var (
	// None: every day is a business day ("jours calendaires").
	None = Calendar{}
	// MonFri: Monday to Friday, no holidays.
	MonFri = newCalendar("mon-fri", satSun, nil)
	// FR: Monday to Friday minus the 11 holidays of Code du travail L3133-1,
	// the "jours ouvrés"; years 2000–2199.
	FR = newCalendar("fr", satSun, frTable)
	// FROuvrables: Monday to Saturday minus the same holidays, the "jours
	// ouvrables"; years 2000–2199.
	FROuvrables = newCalendar("fr-ouvrables", sunday, frOuvrablesTable)
	// FRAlsaceMoselle: FR minus Good Friday and 26 December (L3134-13),
	// area-wide; years 2000–2199.
	FRAlsaceMoselle = newCalendar("fr-alsace-moselle", satSun, amTable)
)

// Calendars returns the calendars of the SDK, in a fixed order.
func Calendars() []Calendar {
	return []Calendar{None, MonFri, FR, FROuvrables, FRAlsaceMoselle, TARGET}
}

// CalendarByName returns the SDK calendar named s ("none", "mon-fri", "fr",
// "fr-ouvrables", "fr-alsace-moselle", "target").
func CalendarByName(s string) (Calendar, error) {
	for _, c := range Calendars() {
		if c.Name() == s {
			return c, nil
		}
	}
	return Calendar{}, newError(ErrInvalidArgument, "CalendarByName", "calendar", s)
}

// NewCalendar builds a calendar named name whose non-business days are the
// weekend days and the holidays, the latter valid for the years fromYear to
// toYear. Without holidays the years are not needed: pass 0, 0 (or a valid
// range) and the calendar covers every year. Errors wrap ErrInvalidArgument:
// an empty name, a weekend of all seven days, a year range that is empty
// (fromYear > toYear) or leaves MinYear–MaxYear, a holiday with an
// impossible day or an Easter offset outside −80–250, one that mixes the
// two forms (a Month or Day with FromEaster, an EasterOffset without), or
// one whose validity years are negative or reversed. The holidays are
// copied. Without holidays, the name "mon-fri" and the weekend days Saturday
// and Sunday give MonFri itself.
func NewCalendar(name string, weekend []time.Weekday, holidays []Holiday, fromYear, toYear int) (Calendar, error) {
	var w uint8
	for _, d := range weekend {
		if d < time.Sunday || d > time.Saturday {
			return Calendar{}, newError(ErrInvalidArgument, "NewCalendar", "weekend", strconv.Itoa(int(d)))
		}
		w |= 1 << d
	}
	if w == 0x7f {
		return Calendar{}, newError(ErrInvalidArgument, "NewCalendar", "weekend", "every day")
	}
	if name == "" {
		return Calendar{}, newError(ErrInvalidArgument, "NewCalendar", "name", "")
	}
	noYears := fromYear == 0 && toYear == 0
	if (len(holidays) != 0 || !noYears) && (fromYear < MinYear || toYear > MaxYear || fromYear > toYear) {
		return Calendar{}, newError(ErrInvalidArgument, "NewCalendar", "years",
			strconv.Itoa(fromYear)+"–"+strconv.Itoa(toYear))
	}
	if len(holidays) == 0 {
		if name == MonFri.c.name && w == MonFri.c.weekend {
			return MonFri, nil
		}
		return newCalendar(name, w, nil), nil
	}
	for i, h := range holidays {
		if field := h.invalidField(); field != "" {
			return Calendar{}, newError(ErrInvalidArgument, "NewCalendar",
				"holidays["+strconv.Itoa(i)+"]."+field, h.Name)
		}
	}
	return newCalendar(name, w, newHolidayTable(append([]Holiday(nil), holidays...), fromYear, toYear, w)), nil
}

// Name returns the calendar's name ("none" for the zero value).
func (c Calendar) Name() string {
	if c.c == nil || c.c.name == "" {
		return "none"
	}
	return c.c.name
}

// String returns the calendar's name.
func (c Calendar) String() string { return c.Name() }

// Equal reports whether c and d are the same calendar: c == d, or two
// calendars without holidays of the same name and weekend days. Two
// calendars with holidays built separately by NewCalendar are different
// calendars, even from the same arguments. go-cmp uses Equal, so that a Rule
// or a policy's terms compare without options.
//
// A Calendar is one pointer, so c == d compares definitions: two calendars
// without holidays built separately by NewCalendar from the same name and
// weekend days are Equal but not == (before Calendar was one pointer, they
// were ==). The SDK's calendars, CalendarByName's answers and MonFri as
// NewCalendar gives it are == to themselves as before.
func (c Calendar) Equal(d Calendar) bool {
	if c == d {
		return true
	}
	if c.c == nil || d.c == nil || c.c.table != nil || d.c.table != nil {
		return false
	}
	return c.c.name == d.c.name && c.c.weekend == d.c.weekend
}

// MarshalText implements encoding.TextMarshaler for the SDK's calendars; a
// custom calendar has no text form and is an error wrapping
// ErrInvalidArgument.
func (c Calendar) MarshalText() ([]byte, error) {
	if k, err := CalendarByName(c.Name()); err != nil || !k.Equal(c) {
		return nil, newError(ErrInvalidArgument, "Calendar.MarshalText", "calendar", c.Name())
	}
	return []byte(c.Name()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with CalendarByName.
func (c *Calendar) UnmarshalText(b []byte) error {
	v, err := CalendarByName(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// Covers reports whether the calendar knows its holidays in year y: always
// true for a calendar without a holiday table.
func (c Calendar) Covers(y int) bool {
	t := c.table()
	return t == nil || (y >= t.from && y <= t.to)
}

// IsBusinessDay reports whether d is a business day of c. It is an error
// wrapping ErrOutOfRange when c's holiday table does not cover d's year, and
// one wrapping ErrInvalidDate for the zero Date.
func (c Calendar) IsBusinessDay(d Date) (bool, error) {
	if d.IsZero() {
		return false, newError(ErrInvalidDate, "IsBusinessDay", "date", "")
	}
	if m := c.busMap(); m != nil {
		i, ok := m.index(d)
		if !ok {
			return false, c.outOfRange("IsBusinessDay", d)
		}
		return m.has(i), nil
	}
	if !c.Covers(int(d.y)) {
		return false, c.outOfRange("IsBusinessDay", d)
	}
	return c.isBusiness(d, int(d.Weekday())), nil
}

// busMap returns c's business-day map, or nil when c has none (no holiday
// table, or one newBusinessMap declined).
func (c Calendar) busMap() *businessMap {
	if c.c == nil {
		return nil
	}
	return c.c.bus
}

// Holidays returns the holidays of c in year y in date order, or an error
// wrapping ErrOutOfRange when c does not cover y.
func (c Calendar) Holidays(y int) ([]Date, error) {
	if y < MinYear || y > MaxYear || !c.Covers(y) {
		return nil, c.outOfRange("Holidays", Date{y: int32(y), m: 1, d: 1})
	}
	t := c.table()
	if t == nil {
		return nil, nil
	}
	var out []Date
	easter := Easter(y)
	for _, h := range t.holidays {
		if dt, ok := h.in(y, easter); ok {
			out = insertSorted(out, dt)
		}
	}
	return out, nil
}

func insertSorted(ds []Date, d Date) []Date {
	i := len(ds)
	for i > 0 && ds[i-1].After(d) {
		i--
	}
	if i > 0 && ds[i-1] == d {
		return ds
	}
	ds = append(ds, Date{})
	copy(ds[i+1:], ds[i:])
	ds[i] = d
	return ds
}

func (c Calendar) outOfRange(op string, d Date) error {
	from, to := MinYear, MaxYear // a calendar without a table covers every valid year
	if t := c.table(); t != nil {
		from, to = t.from, t.to
	}
	return newError(ErrOutOfRange, op, "date",
		d.String()+" (calendar "+c.Name()+" covers "+strconv.Itoa(from)+"–"+strconv.Itoa(to)+")")
}

// invalidField names the first field of h that NewCalendar refuses, or "".
func (h Holiday) invalidField() string {
	switch {
	case h.FromEaster && (h.EasterOffset < easterBase || h.EasterOffset > 250):
		return "easterOffset"
	case h.FromEaster && h.Month != 0:
		return "month"
	case h.FromEaster && h.Day != 0:
		return "day"
	case !h.FromEaster && h.EasterOffset != 0:
		return "easterOffset"
	case !h.FromEaster && (h.Month < time.January || h.Month > time.December):
		return "month"
	case !h.FromEaster && (h.Day < 1 || h.Day > daysIn(2000, h.Month)):
		return "day"
	case h.FromYear < 0:
		return "fromYear"
	case h.ToYear < 0, h.FromYear != 0 && h.ToYear != 0 && h.FromYear > h.ToYear:
		return "toYear"
	}
	return ""
}

// in returns the date of h in year y, given that year's Easter Sunday.
func (h Holiday) in(y int, easter Date) (Date, bool) {
	if (h.FromYear != 0 && y < h.FromYear) || (h.ToYear != 0 && y > h.ToYear) {
		return Date{}, false
	}
	if h.FromEaster {
		d := easter.AddDays(h.EasterOffset)
		return d, int(d.y) == y
	}
	if h.Day > daysIn(y, h.Month) { // 29 February in a common year
		return Date{}, false
	}
	return Date{y: int32(y), m: uint8(h.Month), d: uint8(h.Day)}, true
}

// Easter returns Gregorian Easter Sunday of year y, by the anonymous
// Gregorian algorithm (Meeus/Jones/Butcher, 1876): always a Sunday between
// 22 March and 25 April. Years outside MinYear–MaxYear give the zero Date.
func Easter(y int) Date {
	if y < MinYear || y > MaxYear {
		return Date{}
	}
	m, d := easterMonthDay(y)
	return Date{y: int32(y), m: uint8(m), d: uint8(d)}
}

// easterMonthDay is the computus of Easter: month (3 or 4) and day.
// Every intermediate value is non-negative for y ≥ 1, so the arithmetic is
// unsigned (cheaper divisions by constants).
func easterMonthDay(year int) (month, day int) {
	y := uint32(year)
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	n := h + l - 7*m + 114
	return int(n / 31), int(n%31 + 1)
}
