package claims

import (
	"strconv"

	"github.com/creditins/creditins/policy"
)

// parseName returns the index of s in names, or an error wrapping
// policy.ErrSyntax naming the clause and the field: the parsing of every
// enum of the package, so that each text form reads back.
func parseName(names []string, s string, c policy.Clause, field string) (int, error) {
	for i, n := range names {
		if n == s {
			return i, nil
		}
	}
	return 0, policy.NewRuleError(policy.ErrSyntax, c, field, s)
}

// nameOf is the name of value i of an enum of type typ: names[i], or
// "typ(i)" outside the table.
func nameOf(names []string, i int, typ string) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return typ + "(" + strconv.Itoa(i) + ")"
}

// nameText is MarshalText for an enum: its name, or an error wrapping
// policy.ErrOutOfRange naming the clause and the field outside the table.
func nameText(names []string, i int, typ string, c policy.Clause, field string) ([]byte, error) {
	if i < 0 || i >= len(names) {
		return nil, outOfRange(c, field, nameOf(names, i, typ))
	}
	return []byte(names[i]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: "pending", "met" or
// "missed", as MarshalText writes them.
func (s *ClockStatus) UnmarshalText(b []byte) error {
	i, err := parseName(statusNames[:], string(b), policy.Clause{}, "status")
	if err == nil {
		*s = ClockStatus(i)
	}
	return err
}

// UnmarshalText implements encoding.TextUnmarshaler: "none", "insolvency"
// or "protractedDefault", as MarshalText writes them.
func (c *Cause) UnmarshalText(b []byte) error {
	i, err := parseName(causeNames[:], string(b), policy.Clause{}, "cause")
	if err == nil {
		*c = Cause(i)
	}
	return err
}

// UnmarshalText implements encoding.TextUnmarshaler: the FORMAT.md code
// MarshalText writes ("" for Insurable, "late-invoice", …).
func (r *Exclusion) UnmarshalText(b []byte) error {
	i, err := parseName(reasonNames[:], string(b), policy.Clause{}, "reason")
	if err == nil {
		*r = Exclusion(i)
	}
	return err
}
