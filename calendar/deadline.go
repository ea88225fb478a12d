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

// Rule says how a time limit is counted and when it ends: the counting of the
// anchor day, the month-end rule, the roll that extends a last day that is
// not a business day (Unadjusted or Following only: CPC art. 642 al. 2 is
// Following applied to the last day, never Modified Following), the calendar
// of business days, and whether the limit runs backward ("at least 8 days
// before", délai à rebours). Its zero value counts calendar days with no
// extension, as StrictRule does (without the name).
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
// month-end rule, or an extension other than Unadjusted or Following.
func (r Rule) Validate() error {
	switch {
	case r.Counting > IncludeStart:
		return newError(ErrInvalidArgument, "Rule", "counting", r.Counting.String())
	case r.MonthEnd > Strict:
		return newError(ErrInvalidArgument, "Rule", "monthEnd", r.MonthEnd.String())
	case r.Extend != Unadjusted && r.Extend != Following:
		return newError(ErrInvalidArgument, "Rule", "extend", r.Extend.String())
	}
	return nil
}

// Limit is a computed time limit: Nominal is the last day by counting alone,
// Final the last day once the rule's extension is applied (the day by which
// the act must be done, until 24:00). Extended reports Final after Nominal.
// The Rule and the Anchor and Period it was computed from travel with it so
// that a result can say why. Its zero value is "no limit".
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

// Deadline computes the time limit of period p from anchor under rule r.
//
// Forward (the default): x = anchor + years + months in one step with the
// rule's month-end rule, then x + days (CPC art. 641 al. 3); Nominal is x, or
// x − 1 day with IncludeStart; Final is Nominal adjusted by the rule's Extend
// roll on its calendar (CPC art. 642 al. 2).
//
// Backward ("at least p before anchor"): Nominal = anchor − years − months −
// days − 1 day, the last day on which the act is still on time (Cass. com.
// 14 March 2018, n° 16-26.996), and Final = Nominal: a backward limit is
// never extended. Counting is ignored.
//
// Errors wrap ErrInvalidDate (zero anchor), ErrInvalidArgument (a rule that
// Validate refuses, a period beyond 10 000 years), ErrAmbiguousDate (Strict
// month-end that would clamp) or ErrOutOfRange (the calendar does not cover
// the nominal day).
func Deadline(anchor Date, p Period, r Rule) (lim Limit, err error) {
	if anchor.IsZero() {
		return Limit{}, newError(ErrInvalidDate, "Deadline", "anchor", "")
	}
	if err := r.Validate(); err != nil {
		return Limit{}, err
	}
	months := int64(p.Years)*12 + int64(p.Months)
	if months > maxPeriodMonths || months < -maxPeriodMonths ||
		p.Days > 366*10000 || p.Days < -366*10000 || p.Years > 10000 || p.Years < -10000 {
		return Limit{}, newError(ErrInvalidArgument, "Deadline", "period", p.String())
	}
	sign := 1
	if r.Backward {
		sign = -1
	}
	x := anchor
	if months != 0 {
		if x, err = anchor.AddMonthsMode(sign*int(months), r.MonthEnd); err != nil {
			return Limit{}, err
		}
	}
	x = x.AddDays(sign * p.Days)
	if r.Backward {
		x = x.AddDays(-1)
	} else if r.Counting == IncludeStart {
		x = x.AddDays(-1)
	}
	if x.IsZero() {
		return Limit{}, newError(ErrInvalidArgument, "Deadline", "period", p.String()+" from "+anchor.String())
	}
	f := x
	if !r.Backward && r.Extend != Unadjusted {
		if f, err = Adjust(x, r.Calendar, r.Extend); err != nil {
			return Limit{}, err
		}
	}
	// Filled in place: a Limit is 15 words, worth not copying twice.
	lim.Anchor, lim.Period, lim.Rule = anchor, p, r
	lim.Nominal, lim.Final, lim.Extended = x, f, f != x
	return lim, nil
}
