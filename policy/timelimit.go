package policy

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/creditins/creditins/calendar"
)

// TimeLimit is a contractual time limit of the particular conditions: a
// [calendar.Period] the policy sets (30 days, 5 months, 2 months and 15
// days), or no limit at all.
//
// Its zero value is "not set": the policy imposes no such limit (the rule
// of the package doc, # Not set). A limit of zero days is a different
// value, NewTimeLimit(calendar.Days(0)): the act is due the same day as its
// anchor. A TimeLimit that is set always holds a period whose parts are not
// negative and at most ten years (120 months, 3660 days): the constructors
// and decoders refuse anything else, so the rules that read one need not
// check it again.
//
// Text and JSON forms: a set limit is written as calendar.Period.String
// writes it ("30d", "5m", "2m15d", "1y"); in JSON a whole number of days is
// a number (30), any other period the string, and a limit not set is null.
// Reading JSON, null (or an absent field) is not set, a number is that many
// days, a string is a period as [ParseTimeLimit] reads it. Terms reads its
// waitingPeriodMonths field as a number of months (FORMAT.md
// claims.deadlines).
//
// TimeLimit is comparable with ==: two limits are equal when both are not
// set, or both are set to the same years, months and days ("12m" and "1y"
// differ, as the contract's wording does).
type TimeLimit struct {
	// The period's parts: at most 10 years, 120 months, 3660 days (see
	// newTimeLimit), held in 16 bits each so that a limit takes 8 bytes.
	years, months, days int16
	set                 bool
}

// period is the limit's period.
func (l TimeLimit) period() calendar.Period {
	return calendar.Period{Years: int(l.years), Months: int(l.months), Days: int(l.days)}
}

// Bounds of a time limit: ten years. A longer limit is certainly a typing
// error (the longest delay in the public wordings is the 9 months of older
// French waiting periods) and would approach the bounds of calendar's
// arithmetic.
const (
	maxDelayDays   = 3660
	maxDelayMonths = 120
)

// NewTimeLimit returns the limit of period p, set. A negative part, or more
// than 120 months (years counted as 12) or 3660 days, is an error wrapping
// ErrOutOfRange naming the field "timeLimit".
func NewTimeLimit(p calendar.Period) (TimeLimit, error) {
	return newTimeLimit("timeLimit", p)
}

func newTimeLimit(field string, p calendar.Period) (TimeLimit, error) {
	// Each part is bounded before they are summed, so the sum cannot
	// overflow.
	if p.Years < 0 || p.Months < 0 || p.Days < 0 || p.Years > maxDelayMonths/12 ||
		p.Months > maxDelayMonths || p.Years*12+p.Months > maxDelayMonths || p.Days > maxDelayDays {
		return TimeLimit{}, NewRuleError(ErrOutOfRange, Clause{}, field, p.String())
	}
	return TimeLimit{years: int16(p.Years), months: int16(p.Months), days: int16(p.Days), set: true}, nil
}

// MustTimeLimit is NewTimeLimit for a literal the programmer wrote; it
// panics on an error.
func MustTimeLimit(p calendar.Period) TimeLimit {
	l, err := NewTimeLimit(p)
	if err != nil {
		panic(err)
	}
	return l
}

// ParseTimeLimit reads the text form of a set limit: one to three parts,
// years "y", months "m", days "d", in that order, each a decimal number
// without sign ("30d", "5m", "2m15d", "1y"), as calendar.Period.String
// writes it. Anything else is an error wrapping ErrSyntax, a part out of
// bounds one wrapping ErrOutOfRange; both name the field "timeLimit".
func ParseTimeLimit(s string) (TimeLimit, error) {
	return parseTimeLimit("timeLimit", s)
}

func parseTimeLimit(field, s string) (TimeLimit, error) {
	var p calendar.Period
	rest, last := s, -1
	for rest != "" {
		i := 0
		for i < len(rest) && i < 5 && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == 0 || i == len(rest) {
			return TimeLimit{}, NewRuleError(ErrSyntax, Clause{}, field, s)
		}
		n, _ := strconv.Atoi(rest[:i]) // at most 5 digits
		unit := bytes.IndexByte([]byte("ymd"), rest[i])
		if unit <= last {
			return TimeLimit{}, NewRuleError(ErrSyntax, Clause{}, field, s)
		}
		last = unit
		switch unit {
		case 0:
			p.Years = n
		case 1:
			p.Months = n
		case 2:
			p.Days = n
		}
		rest = rest[i+1:]
	}
	if last < 0 {
		return TimeLimit{}, NewRuleError(ErrSyntax, Clause{}, field, s)
	}
	l, err := newTimeLimit(field, p)
	if err != nil {
		return TimeLimit{}, NewRuleError(ErrOutOfRange, Clause{}, field, s)
	}
	return l, nil
}

// IsSet reports whether the policy sets the limit.
func (l TimeLimit) IsSet() bool { return l.set }

// Period returns the period of the limit and true, or the zero Period and
// false when the limit is not set.
func (l TimeLimit) Period() (calendar.Period, bool) { return l.period(), l.set }

// Equal reports whether l and o are the same limit (see TimeLimit); go-cmp
// calls it.
func (l TimeLimit) Equal(o TimeLimit) bool { return l == o }

// String returns the period ("30d", "5m", "0d") or "not set".
func (l TimeLimit) String() string {
	if !l.set {
		return "not set"
	}
	return l.period().String()
}

// After returns the last day of the limit counted from anchor in plain
// calendar arithmetic (years and months first, clamped at month end, then
// days; nothing moved for a weekend or a holiday) and true, or the zero Date
// and false when the limit is not set or anchor is the zero Date.
func (l TimeLimit) After(anchor calendar.Date) (calendar.Date, bool) {
	if !l.set || anchor.IsZero() {
		return calendar.Date{}, false
	}
	d := anchor.AddMonths(int(l.years)*12 + int(l.months)).AddDays(int(l.days))
	return d, !d.IsZero()
}

// MarshalJSON writes null when the limit is not set, a number for a whole
// number of days, else the text form ("5m").
func (l TimeLimit) MarshalJSON() ([]byte, error) {
	switch {
	case !l.set:
		return []byte("null"), nil
	case l.years == 0 && l.months == 0:
		return []byte(strconv.Itoa(int(l.days))), nil
	}
	return json.Marshal(l.period().String())
}

// UnmarshalJSON reads null (not set), a number of days, or a string in the
// form of ParseTimeLimit. Errors wrap ErrSyntax (a fraction, an exponent,
// another JSON type, a malformed string) or ErrOutOfRange (a negative or too
// large number) and name no field of their own, so that the path of the
// field holding the limit names it ("conditions.maxCreditDays").
func (l *TimeLimit) UnmarshalJSON(b []byte) error {
	v, err := limitFromJSON("", b, calendar.Days)
	if err == nil {
		*l = v
	}
	return err
}

// limitFromJSON reads the JSON form of a limit for field, a number being
// unit(n).
func limitFromJSON(field string, b []byte, unit func(int) calendar.Period) (TimeLimit, error) {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		return TimeLimit{}, nil
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return TimeLimit{}, NewRuleError(ErrSyntax, Clause{}, field, string(b))
		}
		return parseTimeLimit(field, s)
	}
	s := string(b)
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || len(digits) > 12 || strings.Trim(digits, "0123456789") != "" {
		return TimeLimit{}, NewRuleError(ErrSyntax, Clause{}, field, s)
	}
	n, err := strconv.Atoi(digits)
	if err != nil {
		return TimeLimit{}, NewRuleError(ErrSyntax, Clause{}, field, s)
	}
	if len(digits) < len(s) {
		return TimeLimit{}, NewRuleError(ErrOutOfRange, Clause{}, field, s)
	}
	l, err := newTimeLimit(field, unit(n))
	if err != nil {
		return TimeLimit{}, NewRuleError(ErrOutOfRange, Clause{}, field, s)
	}
	return l, nil
}

// monthsJSON is the JSON form of a limit counted in months (Terms'
// waitingPeriodMonths): a whole number of months is a number, any other
// period its text form ("150d"), a limit not set null.
func monthsJSON(l TimeLimit) ([]byte, error) {
	if l.set && l.years == 0 && l.days == 0 {
		return []byte(strconv.Itoa(int(l.months))), nil
	}
	if l.set {
		return json.Marshal(l.period().String())
	}
	return []byte("null"), nil
}
