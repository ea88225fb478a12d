package conformance

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/shopspring/decimal"
)

// Helpers that turn the vectors' value forms into the SDK's types. A
// required field that is missing is invalid-input.

func parseSigned(s string) (decimal.Decimal, error) {
	return decimal.NewFromString(s)
}

func missing(field string) error {
	return policy.NewRuleError(policy.ErrMissing, policy.Clause{}, field, "")
}

func date(field string, s *string) (calendar.Date, error) {
	if s == nil {
		return calendar.Date{}, missing(field)
	}
	return calendar.ParseDate(*s)
}

// optDate parses an optional date: absent or null is the zero Date.
func optDate(s *string) (calendar.Date, error) {
	if s == nil {
		return calendar.Date{}, nil
	}
	return calendar.ParseDate(*s)
}

func amount(field string, s *string) (policy.Amount, error) {
	if s == nil {
		return policy.Amount{}, missing(field)
	}
	return policy.ParseAmount(*s)
}

// nonNegative parses a required amount that must not be negative.
func nonNegative(field string, s *string) (policy.Amount, error) {
	a, err := amount(field, s)
	if err == nil && a.IsNegative() {
		err = policy.NewRuleError(policy.ErrOutOfRange, policy.Clause{}, field, *s)
	}
	return a, err
}

func fraction(field string, s *string) (policy.Rate, error) {
	if s == nil {
		return policy.Rate{}, missing(field)
	}
	return policy.ParseFraction(*s)
}

func integer(field string, n *int) (int, error) {
	if n == nil {
		return 0, missing(field)
	}
	return *n, nil
}

// limit reads a required number of days (unit calendar.Days) or months
// (calendar.Months) as a time limit set to that period: FORMAT.md's
// numbers are always that many days or months, 0 included. A negative or
// too long one is out of range, an invalid input.
func limit(field string, n *int, unit func(int) calendar.Period) (policy.TimeLimit, error) {
	if n == nil {
		return policy.TimeLimit{}, missing(field)
	}
	l, err := policy.NewTimeLimit(unit(*n))
	if err != nil {
		return policy.TimeLimit{}, policy.NewRuleError(policy.ErrOutOfRange, policy.Clause{}, field, strconv.Itoa(*n))
	}
	return l, nil
}

func dateOut(d calendar.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// rule decodes a deadline rule: a preset name or an object.
func rule(raw json.RawMessage) (calendar.Rule, error) {
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return calendar.Rule{}, missing("rule")
	}
	var name string
	if err := json.Unmarshal(raw, &name); err == nil {
		return calendar.RuleByName(name)
	}
	var o struct {
		Counting *string `json:"counting"`
		MonthEnd *string `json:"monthEnd"`
		Extend   *string `json:"extend"`
		Calendar *string `json:"calendar"`
		Backward *bool   `json:"backward"`
	}
	if err := decodeInput(raw, &o); err != nil {
		return calendar.Rule{}, err
	}
	var r calendar.Rule
	var err error
	if o.Counting != nil {
		if r.Counting, err = calendar.ParseCounting(*o.Counting); err != nil {
			return r, err
		}
	}
	if o.MonthEnd != nil {
		if r.MonthEnd, err = calendar.ParseMonthEnd(*o.MonthEnd); err != nil {
			return r, err
		}
	}
	if o.Extend == nil {
		return r, missing("rule.extend")
	}
	if r.Extend, err = calendar.ParseRoll(*o.Extend); err != nil {
		return r, err
	}
	if o.Calendar == nil {
		return r, missing("rule.calendar")
	}
	if r.Calendar, err = calendar.CalendarByName(*o.Calendar); err != nil {
		return r, err
	}
	if o.Backward != nil {
		r.Backward = *o.Backward
	}
	return r, r.Validate()
}
