package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// ParseTerms decodes the JSON form of Terms strictly and validates it: an
// unknown field, trailing data, or a value of the wrong JSON type is an
// error wrapping ErrSyntax; a malformed date, amount, rate or enum name is
// the error of its UnmarshalText (ErrSyntax, ErrUnknownCurrency, or
// calendar.ErrInvalidDate / ErrInvalidArgument, also wrapped in ErrSyntax);
// the decoded terms must then pass Validate, whose errors are returned as
// they are. On any error the Terms are zero.
//
// The JSON form is that of encoding/json with the field tags of Terms:
// dates "YYYY-MM-DD", amounts "EUR 1234.56", rates "0.9", enums by name
// ("dueDate", "allOrNothing", "halfAwayFromZero"), DeadlineRule as an
// object whose calendar is one of calendar.Calendars by name. json.Marshal
// of valid Terms (with an SDK calendar) is accepted by ParseTerms and gives
// back equal Terms; an empty group or fee list comes back nil.
func ParseTerms(data []byte) (Terms, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var t Terms
	if err := dec.Decode(&t); err != nil {
		return Terms{}, jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Terms{}, NewRuleError(ErrSyntax, Clause{}, "terms", "data after the JSON object")
	}
	if err := t.Validate(); err != nil {
		return Terms{}, err
	}
	return t, nil
}

// jsonError keeps a *RuleError of an UnmarshalText as it is and wraps any
// other decoding error in ErrSyntax, keeping its chain (calendar's
// sentinels).
func jsonError(err error) error {
	var re *RuleError
	if errors.As(err, &re) {
		return err
	}
	return NewRuleError(fmt.Errorf("%w: %w", ErrSyntax, err), Clause{}, "", "")
}
