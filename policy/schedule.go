package policy

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"

	"github.com/creditins/creditins/calendar"
)

// Dated is a value in force from a date: the original terms of a contract
// or one of its amendments (avenants). Clause names the text that made it
// (the policy itself, "Avenant n° 3"), so that a result can cite it. The
// value is in force from From inclusive until the From of the next value of
// its Schedule, exclusive.
//
// Its zero value has no date and is refused by NewSchedule.
type Dated[T any] struct {
	From   calendar.Date `json:"from"`
	Value  T             `json:"value"`
	Clause Clause        `json:"clause"`
}

// Schedule is a validated set of dated values, ordered by date, at most one
// a day: the history of a contract's terms (Schedule[Terms]), of a rate, of
// a threshold. Amendments are new dated values, never mutations; a rule asks
// At its date for the value in force (an amendment, avenant, changes the
// terms from its date).
//
// Its zero value is the empty schedule: At finds nothing in it. A Schedule
// is immutable: NewSchedule and Amend copy their input.
type Schedule[T any] struct {
	items []Dated[T]
}

// NewSchedule returns the schedule of items, sorted by date. A zero From is
// an error wrapping ErrMissing, two items from the same day an error
// wrapping ErrInconsistent (which of the two applies would be a guess); both
// name the item's clause.
func NewSchedule[T any](items ...Dated[T]) (Schedule[T], error) {
	out := slices.Clone(items)
	for _, it := range out {
		if it.From.IsZero() {
			return Schedule[T]{}, NewRuleError(ErrMissing, it.Clause, "from", "")
		}
	}
	slices.SortStableFunc(out, func(a, b Dated[T]) int { return a.From.Compare(b.From) })
	for i := 1; i < len(out); i++ {
		if out[i].From == out[i-1].From {
			return Schedule[T]{}, NewRuleError(ErrInconsistent, out[i].Clause, "from", out[i].From.String())
		}
	}
	return Schedule[T]{items: out}, nil
}

// Amend returns a new schedule with the item added, under the rules of
// NewSchedule; s itself is unchanged.
func (s Schedule[T]) Amend(item Dated[T]) (Schedule[T], error) {
	return NewSchedule(append(slices.Clone(s.items), item)...)
}

// At returns the value in force on d: the item with the latest From on or
// before d. It reports false when d is before the first item (or the
// schedule is empty, or d is the zero Date).
func (s Schedule[T]) At(d calendar.Date) (Dated[T], bool) {
	// i is the number of items whose From is on or before d.
	i, _ := slices.BinarySearchFunc(s.items, d, func(it Dated[T], d calendar.Date) int {
		if it.From.After(d) {
			return 1
		}
		return -1
	})
	if i == 0 || d.IsZero() {
		return Dated[T]{}, false
	}
	return s.items[i-1], true
}

// Equal reports whether s and o hold the same dated values: the same days
// and clauses, and values equal by their own Equal method when T has one
// (Amount, Rate), else by reflect.DeepEqual, under which amounts
// inside a value must be written alike (EUR 10 and EUR 10.00 differ). go-cmp
// calls it, so schedules compare without options.
func (s Schedule[T]) Equal(o Schedule[T]) bool {
	return slices.EqualFunc(s.items, o.items, func(a, b Dated[T]) bool {
		return a.From == b.From && a.Clause == b.Clause && valueEqual(a.Value, b.Value)
	})
}

// valueEqual is a.Equal(b) when T has that method, else reflect.DeepEqual.
func valueEqual[T any](a, b T) bool {
	if e, ok := any(a).(interface{ Equal(T) bool }); ok {
		return e.Equal(b)
	}
	return reflect.DeepEqual(a, b)
}

// Items returns a copy of the items, in date order.
func (s Schedule[T]) Items() []Dated[T] { return slices.Clone(s.items) }

// Len returns the number of items.
func (s Schedule[T]) Len() int { return len(s.items) }

// MarshalJSON writes the items as a JSON array, in date order.
func (s Schedule[T]) MarshalJSON() ([]byte, error) {
	if s.items == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(s.items)
}

// UnmarshalJSON reads a JSON array of items strictly (an unknown field of
// an item, or of a struct value without its own decoder, is an error) and
// validates it with NewSchedule; null gives the empty schedule. A value
// with its own decoder applies it, and a value with a Validate method is
// validated even when absent: Terms are checked as ParseTerms does. A
// decoding error wraps ErrSyntax (an error of a value's own decoder is kept
// as it is).
func (s *Schedule[T]) UnmarshalJSON(b []byte) error {
	var items []Dated[T]
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&items); err != nil {
		return jsonError(err)
	}
	// An item without its value gets none of the value's checks from the
	// decoder: a value that validates itself (Terms) is validated here.
	for _, it := range items {
		if v, ok := any(it.Value).(interface{ Validate() error }); ok {
			if err := v.Validate(); err != nil {
				return err
			}
		}
	}
	v, err := NewSchedule(items...)
	if err == nil {
		*s = v
	}
	return err
}
