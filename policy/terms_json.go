package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/creditins/creditins/calendar"
)

// ParseTerms decodes the JSON form of Terms strictly and validates it: an
// unknown field, trailing data, or a value of the wrong JSON type is an
// error wrapping ErrSyntax; a malformed date, amount, rate, time limit or
// enum name is the error of its decoder (ErrSyntax, ErrUnknownCurrency,
// ErrOutOfRange for a negative or too long time limit, or
// calendar.ErrInvalidDate / ErrInvalidArgument, also wrapped in ErrSyntax),
// naming the field; the decoded terms must then pass Validate, whose errors
// are returned as they are. On any error the Terms are zero.
//
// The JSON form is that of encoding/json with the field tags of Terms:
// dates "YYYY-MM-DD", amounts "EUR 1234.56", rates "0.9", enums by name
// ("dueDate", "allOrNothing", "halfAwayFromZero"), time limits as
// TimeLimit writes them (null: not set; a number: days, or months for
// waitingPeriodMonths; a string: a period such as "2m15d"), DeadlineRule as
// an object whose calendar is one of calendar.Calendars by name.
// json.Marshal of valid Terms (with an SDK calendar) is accepted by
// ParseTerms and gives back equal Terms; an empty group or fee list comes
// back nil. Terms.UnmarshalJSON applies the same checks, so json.Unmarshal
// into Terms, or into a Schedule[Terms], is as strict.
func ParseTerms(data []byte) (Terms, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var in termsIn
	if err := dec.Decode(&in); err != nil {
		return Terms{}, jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Terms{}, NewRuleError(ErrSyntax, Clause{}, "terms", "data after the JSON object")
	}
	t, err := in.terms()
	if err != nil {
		return Terms{}, err
	}
	if err := t.Validate(); err != nil {
		return Terms{}, err
	}
	return t, nil
}

// UnmarshalJSON decodes and validates t as ParseTerms does; on an error t
// is unchanged.
func (t *Terms) UnmarshalJSON(b []byte) error {
	v, err := ParseTerms(b)
	if err == nil {
		*t = v
	}
	return err
}

// MarshalJSON writes t with the field tags of Terms, the waiting period as
// a number of months when it is a whole number of months.
func (t Terms) MarshalJSON() ([]byte, error) {
	w, err := monthsJSON(t.WaitingPeriod)
	if err != nil {
		return nil, err
	}
	return json.Marshal(termsOut{termsFields: termsFields(t), WaitingPeriod: w})
}

// termsFields has the fields of Terms and none of its methods, so that
// encoding/json can be applied to them from Terms' own methods.
type termsFields Terms

// termsOut is the JSON form written: the waiting period in months.
type termsOut struct {
	termsFields
	WaitingPeriod json.RawMessage `json:"waitingPeriodMonths"`
}

// termsIn is the JSON form read: the fields of Terms, with the time limits
// kept raw (the shallower fields hide those of termsFields) so that each is
// read, and its error named, by its own path.
type termsIn struct {
	termsFields
	RetroactivityDays   json.RawMessage `json:"retroactivityDays"`
	MaxInvoicingDays    json.RawMessage `json:"maxInvoicingDays"`
	MaxCreditDays       json.RawMessage `json:"maxCreditDays"`
	MaxExtensionDays    json.RawMessage `json:"maxExtensionDays"`
	WaitingPeriod       json.RawMessage `json:"waitingPeriodMonths"`
	IndemnityDays       json.RawMessage `json:"indemnityDays"`
	ReductionNoticeDays json.RawMessage `json:"reductionNoticeDays"`
	OverdueNotice       struct {
		Days   json.RawMessage `json:"days"`
		Anchor NoticeAnchor    `json:"anchor"`
	} `json:"overdueNotice"`
	MaxCreditDaysByGroup []struct {
		Group string          `json:"group"`
		Value json.RawMessage `json:"value"`
	} `json:"maxCreditDaysByGroup"`
}

// terms reads the raw time limits into the Terms; the first malformed one
// is the error, naming its field.
func (in termsIn) terms() (Terms, error) {
	t := Terms(in.termsFields)
	t.OverdueNotice.Anchor = in.OverdueNotice.Anchor
	for _, f := range []struct {
		field string
		raw   json.RawMessage
		dst   *TimeLimit
		unit  func(int) calendar.Period
	}{
		{"retroactivityDays", in.RetroactivityDays, &t.RetroactivityDays, calendar.Days},
		{"maxInvoicingDays", in.MaxInvoicingDays, &t.MaxInvoicingDays, calendar.Days},
		{"maxCreditDays", in.MaxCreditDays, &t.MaxCreditDays, calendar.Days},
		{"maxExtensionDays", in.MaxExtensionDays, &t.MaxExtensionDays, calendar.Days},
		{"overdueNotice.days", in.OverdueNotice.Days, &t.OverdueNotice.Days, calendar.Days},
		{"waitingPeriodMonths", in.WaitingPeriod, &t.WaitingPeriod, calendar.Months},
		{"indemnityDays", in.IndemnityDays, &t.IndemnityDays, calendar.Days},
		{"reductionNoticeDays", in.ReductionNoticeDays, &t.ReductionNoticeDays, calendar.Days},
	} {
		if err := readLimit(f.field, f.raw, f.dst, f.unit); err != nil {
			return Terms{}, err
		}
	}
	t.MaxCreditDaysByGroup = nil
	for i, g := range in.MaxCreditDaysByGroup {
		gl := GroupLimit{Group: g.Group}
		if err := readLimit("maxCreditDaysByGroup["+strconv.Itoa(i)+"].value", g.Value, &gl.Limit, calendar.Days); err != nil {
			return Terms{}, err
		}
		t.MaxCreditDaysByGroup = append(t.MaxCreditDaysByGroup, gl)
	}
	return t, nil
}

// readLimit reads a raw time limit into dst; an absent field (nil) is not
// set.
func readLimit(field string, raw json.RawMessage, dst *TimeLimit, unit func(int) calendar.Period) error {
	if raw == nil {
		return nil
	}
	l, err := limitFromJSON(field, raw, unit)
	if err == nil {
		*dst = l
	}
	return err
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
