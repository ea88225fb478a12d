package calendar

import "strconv"

// Counting says whether the anchor day of a time limit counts as its first
// day. Its zero value is ExcludeStart, the legal rule.
type Counting uint8

const (
	// ExcludeStart: the day of the act or event that starts the limit is not
	// counted ("le jour de l'acte ... qui le fait courir ne compte pas", CPC
	// art. 641 al. 1; Reg. 1182/71 art. 3(1); C. civ. art. 2228).
	ExcludeStart Counting = iota
	// IncludeStart: the anchor day is day 1, as some brokers' examples count.
	IncludeStart
)

var countingNames = [...]string{ExcludeStart: "excludeStart", IncludeStart: "includeStart"}

// String returns "excludeStart" or "includeStart".
func (c Counting) String() string {
	if int(c) < len(countingNames) {
		return countingNames[c]
	}
	return "Counting(" + strconv.Itoa(int(c)) + ")"
}

// ParseCounting returns the Counting named s.
func ParseCounting(s string) (Counting, error) {
	for i, n := range countingNames {
		if n == s {
			return Counting(i), nil
		}
	}
	return 0, newError(ErrInvalidArgument, "ParseCounting", "counting", s)
}

// MarshalText implements encoding.TextMarshaler.
func (c Counting) MarshalText() ([]byte, error) {
	if int(c) >= len(countingNames) {
		return nil, newError(ErrInvalidArgument, "Counting.MarshalText", "counting", c.String())
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Counting) UnmarshalText(b []byte) error {
	v, err := ParseCounting(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// Period is the length of a time limit: years and months, added first in one
// step from the anchor, then days (CPC art. 641 al. 3: "lorsqu'un délai est
// exprimé en mois et en jours, les mois sont d'abord décomptés, puis les
// jours"). Its zero value is an empty period.
type Period struct {
	Years  int `json:"years,omitempty"`
	Months int `json:"months,omitempty"`
	Days   int `json:"days,omitempty"`
}

// Days returns a period of n days.
func Days(n int) Period { return Period{Days: n} }

// Months returns a period of n months.
func Months(n int) Period { return Period{Months: n} }

// String returns a short form such as "1y2m15d", or "0d".
func (p Period) String() string {
	s := ""
	if p.Years != 0 {
		s += strconv.Itoa(p.Years) + "y"
	}
	if p.Months != 0 {
		s += strconv.Itoa(p.Months) + "m"
	}
	if p.Days != 0 || s == "" {
		s += strconv.Itoa(p.Days) + "d"
	}
	return s
}

// maxPeriodMonths bounds a period (about 10 000 years): larger ones are
// certainly a mistake and could overflow the arithmetic.
const maxPeriodMonths = 12 * 10000

// validate reports a period Deadline refuses: a negative number of years,
// months or days (a limit that runs before its anchor is a backward Rule,
// not a negative period), or one beyond about 10 000 years.
func (p Period) validate() error {
	for _, f := range [...]struct {
		name    string
		n, most int
	}{{"period.years", p.Years, 10000}, {"period.months", p.Months, maxPeriodMonths}, {"period.days", p.Days, 366 * 10000}} {
		if f.n < 0 || f.n > f.most {
			return newError(ErrInvalidArgument, "Deadline", f.name, strconv.Itoa(f.n))
		}
	}
	if p.Years*12+p.Months > maxPeriodMonths {
		return newError(ErrInvalidArgument, "Deadline", "period", p.String())
	}
	return nil
}

// Rule says how a time limit is counted and when it ends: the counting of the
// anchor day, the month-end rule, the roll applied to a last day that is not
// a business day, the calendar of business days, and whether the limit runs
// backward ("at least 8 days before", délai à rebours). A forward limit is
// extended by Unadjusted or Following only (CPC art. 642 al. 2 is Following
// applied to the last day, never Modified Following); a backward limit is
// never moved later (Cass. 2e civ. 4 February 1998: art. 642 does not apply
// to it), so Unadjusted and Following leave its last day as it is and
// Preceding moves it to the business day before. Its zero value counts
// calendar days with no extension, as StrictRule does (without the name).
type Rule struct {
	Name     string   `json:"name,omitempty"`
	Counting Counting `json:"counting"`
	MonthEnd MonthEnd `json:"monthEnd"`
	Extend   Roll     `json:"extend"`
	Calendar Calendar `json:"calendar"`
	Backward bool     `json:"backward"`
}

// The presets of the SDK, by the names of the conformance vectors.
var (
	// FRCivil: the anchor day is not counted (CPC art. 641 al. 1), months
	// clamp (641 al. 2), and a last day that is a Saturday, a Sunday or a
	// public holiday runs to the next business day of FR (CPC art. 642
	// al. 2).
	FRCivil = Rule{Name: "fr-civil", Counting: ExcludeStart, MonthEnd: Clamp, Extend: Following, Calendar: FR}
	// FRPrescription: counted as FRCivil but never extended (C. civ. art.
	// 2228–2229; Cass. 2e civ. 7 April 2016: prescription is not extended to
	// the next business day).
	FRPrescription = Rule{Name: "fr-prescription", Counting: ExcludeStart, MonthEnd: Clamp, Extend: Unadjusted, Calendar: None}
	// StrictRule ("strict"): calendar days, no extension: the contractual
	// reading where the policy says nothing of weekends.
	StrictRule = Rule{Name: "strict", Counting: ExcludeStart, MonthEnd: Clamp, Extend: Unadjusted, Calendar: None}
)

// Rules returns the preset rules, in a fixed order.
func Rules() []Rule { return []Rule{FRCivil, FRPrescription, StrictRule} }

// RuleByName returns the preset rule named s ("fr-civil",
// "fr-prescription", "strict").
func RuleByName(s string) (Rule, error) {
	for _, r := range Rules() {
		if r.Name == s {
			return r, nil
		}
	}
	return Rule{}, newError(ErrInvalidArgument, "RuleByName", "rule", s)
}

// Validate reports a rule that Deadline would refuse: an unknown counting or
// month-end rule; on a forward limit an extension other than Unadjusted or
// Following (CPC art. 642 al. 2); on a backward limit one other than
// Unadjusted, Following (both leave the last day as it is) or Preceding.
func (r Rule) Validate() error {
	if r.valid() {
		return nil
	}
	switch {
	case r.Counting > IncludeStart:
		return newError(ErrInvalidArgument, "Rule", "counting", r.Counting.String())
	case r.MonthEnd > Strict:
		return newError(ErrInvalidArgument, "Rule", "monthEnd", r.MonthEnd.String())
	}
	return newError(ErrInvalidArgument, "Rule", "extend", r.Extend.String())
}

// valid reports whether Validate accepts r.
func (r Rule) valid() bool {
	return r.Counting <= IncludeStart && r.MonthEnd <= Strict &&
		(r.Extend == Unadjusted || r.Extend == Following || r.Backward && r.Extend == Preceding)
}

// Limit is a computed time limit: Nominal is the last day by counting alone,
// Final the last day once the rule's roll is applied (the day by which the
// act must be done, until 24:00). Extended reports Final different from
// Nominal: later on a forward limit (CPC art. 642 al. 2), earlier on a
// backward limit under Preceding. The Rule and the Anchor and Period it was
// computed from travel with it so that a result can say why. Its zero value
// is "no limit".
type Limit struct {
	Anchor   Date   `json:"anchor"`
	Period   Period `json:"period"`
	Nominal  Date   `json:"nominal"`
	Final    Date   `json:"final"`
	Extended bool   `json:"extended"`
	Rule     Rule   `json:"rule"`
}

// Met reports whether an act done on day act is on time: act ≤ Final. The
// zero Date is never on time.
func (l Limit) Met(act Date) bool { return !act.IsZero() && !act.After(l.Final) }

// Deadline computes the time limit of period p from anchor under rule r,
// as DeadlineDates does, and returns it with its inputs as a Limit.
func Deadline(anchor Date, p Period, r Rule) (lim Limit, err error) {
	x, f, err := DeadlineDates(anchor, p, r)
	if err != nil {
		return Limit{}, err
	}
	// Filled in place: a Limit is 12 words, worth not copying twice.
	lim.Anchor, lim.Period, lim.Rule = anchor, p, r
	lim.Nominal, lim.Final, lim.Extended = x, f, f != x
	return lim, nil
}

// DeadlineDates returns the nominal and the final day of the time limit of
// period p from anchor under rule r: Deadline's two dates without the Limit
// around them. A Limit carries its Rule and is 12 words, returned through
// memory; two Dates and an error come back in registers, so this is the
// entry point of hot loops (a book's thousands of clocks).
//
// Forward (the default): x = anchor + years + months in one step with the
// rule's month-end rule, then x + days (CPC art. 641 al. 3); nominal is x
// under ExcludeStart (CPC art. 641 al. 1), x − 1 day under IncludeStart (the
// anchor day is day 1); final is nominal moved by the rule's Extend roll
// (Unadjusted or Following) on its calendar (CPC art. 642 al. 2).
//
// Backward ("at least p before anchor", délai à rebours): x = anchor − years
// − months in one step, then x − days. Under ExcludeStart nominal is x − 1
// day, the last day on which the act is still on time, the anchor day not
// counted (Cass. com. 14 March 2018, n° 16-26.996); under IncludeStart it is
// x, the anchor day counting, as for a meeting notice (Cass. com. 11 January
// 2005, n° 02-14118). A backward limit is never moved later (CPC art. 642
// does not apply to it: Cass. 2e civ. 4 February 1998): under Unadjusted and
// Following final is nominal; under Preceding a nominal day that is not a
// business day moves to the business day before it.
//
// Errors wrap ErrInvalidDate (zero anchor), ErrInvalidArgument (a rule that
// Validate refuses, a negative period field, a period beyond 10 000 years, a
// result outside the years 1–9999), ErrAmbiguousDate (Strict month-end that
// would clamp) or ErrOutOfRange (the calendar does not cover the day to
// move).
func DeadlineDates(anchor Date, p Period, r Rule) (nominal, final Date, err error) {
	if anchor.IsZero() {
		return Date{}, Date{}, newError(ErrInvalidDate, "Deadline", "anchor", "")
	}
	if !r.valid() {
		return Date{}, Date{}, r.Validate()
	}
	if uint(p.Years) > 10000 || uint(p.Months) > maxPeriodMonths || uint(p.Days) > 366*10000 ||
		p.Years*12+p.Months > maxPeriodMonths { // a negative field is a huge uint
		return Date{}, Date{}, p.validate()
	}
	months, days := p.Years*12+p.Months, p.Days
	if r.Backward {
		months, days = -months, -days
		if r.Counting == ExcludeStart {
			days-- // the anchor day is not counted
		}
	} else if r.Counting == IncludeStart {
		days-- // the anchor day is day 1
	}
	x := anchor
	if months != 0 {
		if x, err = anchor.AddMonthsMode(months, r.MonthEnd); err != nil {
			return Date{}, Date{}, err
		}
	}
	moved := r.Extend == Preceding || r.Extend == Following && !r.Backward // r is valid
	if m := r.Calendar.busMap(); moved && m != nil {
		// The days counted and the roll on the business-day map: the bit of
		// the last day, and a search for the next business day only when it
		// is not one. Out of the map's years the general path below answers
		// (and reports what it must).
		if i, ok := m.index(x); ok && uint(i+days) < uint(m.days) {
			i += days
			nominal = m.date(i)
			if m.has(i) {
				return nominal, nominal, nil
			}
			dir := 1
			if r.Backward {
				dir = -1
			}
			if j, ok := m.next(i, 1, dir); ok {
				return nominal, nominal.AddDays(j - i), nil
			}
		}
	}
	if x = x.AddDays(days); x.IsZero() {
		return Date{}, Date{}, newError(ErrInvalidArgument, "Deadline", "period", p.String()+" from "+anchor.String())
	}
	if !moved {
		return x, x, nil
	}
	f, err := Adjust(x, r.Calendar, r.Extend)
	if err != nil {
		return Date{}, Date{}, err
	}
	return x, f, nil
}
