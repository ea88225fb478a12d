package policy

import (
	"errors"
	"fmt"

	"github.com/creditins/creditins/internal/strictjson"
)

// DecodeJSON decodes the JSON form of an input into the value v points to,
// strictly: a key that is not exactly the JSON name of a field (an unknown
// field such as "netAmount", or "NET" for "net": case counts), a value of
// the wrong JSON type, a key given twice in one object and data after the
// value are errors wrapping
// ErrSyntax; an amount, a rate, a date or an enum name that its own parser
// refuses is that parser's error. Every error is a *RuleError whose Field
// is the path of the value at fault from the decoded value
// ("invoices[2].net") and whose Value is the value. The rule packages'
// UnmarshalJSON methods use it; it is exported for integrators decoding
// lists of inputs ([]claims.Invoice) the same way.
func DecodeJSON(data []byte, v any) error {
	err := strictjson.Decode(data, v)
	if err == nil {
		return nil
	}
	var se *strictjson.Error
	if !errors.As(err, &se) {
		return NewRuleError(fmt.Errorf("%w: %w", ErrSyntax, err), Clause{}, "", "")
	}
	var re *RuleError
	if errors.As(se.Err, &re) {
		field := se.Path
		if se.Nested {
			field = strictjson.JoinPath(se.Path, re.Field)
		}
		value := re.Value
		if value == "" && !se.Nested {
			value = se.Value
		}
		return &RuleError{Clause: re.Clause, Field: field, Value: value, Err: re.Err}
	}
	// The decoder's own errors, or another package's (calendar's, for a
	// date), kept in the chain.
	return NewRuleError(fmt.Errorf("%w: %w", ErrSyntax, se.Err), Clause{}, se.Path, se.Value)
}

// PrefixField returns err with path prefixed to its field when it is a
// *RuleError ("net" at "invoices[2]" becomes "invoices[2].net"), as is
// otherwise: the rule packages name the fields of a list's elements with
// it.
func PrefixField(path string, err error) error {
	var re *RuleError
	if errors.As(err, &re) {
		c := *re
		c.Field = strictjson.JoinPath(path, re.Field)
		return &c
	}
	return err
}

// UnmarshalStrict is the UnmarshalJSON of an input type T of the rule
// packages: it decodes data with DecodeJSON into a new T (T's own
// UnmarshalJSON is not called again for the value itself), runs check on
// it when check is not nil, and only then stores it in *dst, so that *dst
// is unchanged on any error.
func UnmarshalStrict[T any](data []byte, dst *T, check func(T) error) error {
	var v T
	if err := DecodeJSON(data, &v); err != nil {
		return err
	}
	if check != nil {
		if err := check(v); err != nil {
			return err
		}
	}
	*dst = v
	return nil
}
