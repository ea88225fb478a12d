package policy

import (
	"errors"
	"fmt"
)

// ErrSyntax reports text that is not in the documented form: an amount
// with an exponent or a thousands separator, a rate written with "%", more
// than 18 fractional digits, a value of absurd size.
var ErrSyntax = errors.New("policy: malformed value")

// ErrUnknownCurrency reports a currency code that is not an active ISO 4217
// code.
var ErrUnknownCurrency = errors.New("policy: unknown currency")

// ErrCurrencyMismatch reports two amounts of different currencies combined,
// or an amount whose currency is not the policy's.
var ErrCurrencyMismatch = errors.New("policy: currency mismatch")

// ErrOutOfRange reports a value outside the range its clause allows: a
// quotité above 1, a negative amount or delay, a date outside the policy
// period.
var ErrOutOfRange = errors.New("policy: value out of range")

// ErrMissing reports a required value that is absent: a zero date, an empty
// currency, a missing rate.
var ErrMissing = errors.New("policy: missing value")

// ErrInconsistent reports values that cannot hold together: an expiry before
// the effective date, two amendments effective the same day, two exceptions
// of a rule that both apply.
var ErrInconsistent = errors.New("policy: inconsistent values")

// RuleError is the typed error of the rule packages: the clause whose rule
// was being applied, the field at fault and its value. It unwraps to a
// sentinel of this package (or of calendar), so that callers test it with
// errors.Is.
type RuleError struct {
	Clause Clause // the clause being applied; may be zero for plain parsing
	Field  string // the input field, e.g. "quotite.named"
	Value  string // the offending value as text
	Err    error  // the sentinel
}

// Error implements the error interface: "policy: value out of range:
// quotite.named="1.2" (CP-5)".
func (e *RuleError) Error() string {
	msg := e.Err.Error()
	switch {
	case e.Field != "":
		msg += fmt.Sprintf(": %s=%q", e.Field, e.Value)
	case e.Value != "":
		msg += fmt.Sprintf(": %q", e.Value)
	}
	if e.Clause.ID != "" {
		msg += " (" + e.Clause.ID + ")"
	}
	return msg
}

// Unwrap returns the sentinel.
func (e *RuleError) Unwrap() error { return e.Err }

// NewRuleError returns a *RuleError; rule packages use it to report the
// field, the value and the clause of a failure.
func NewRuleError(err error, clause Clause, field, value string) error {
	return &RuleError{Clause: clause, Field: field, Value: value, Err: err}
}

// AtPath returns err with its field named from the caller's input: a
// *RuleError's Field becomes "path: field" (the sentinel, the clause and
// the value kept), so that an error of a rule applied to one item of a
// larger input names the item ("ledger.invoices[1].net: rates"). Another
// error is returned as it is.
func AtPath(path string, err error) error {
	var re *RuleError
	if errors.As(err, &re) {
		return NewRuleError(re.Err, re.Clause, path+": "+re.Field, re.Value)
	}
	return err
}
