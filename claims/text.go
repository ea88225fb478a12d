package claims

import "github.com/creditins/creditins/policy"

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
