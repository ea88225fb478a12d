package claims

import "github.com/creditins/creditins/policy"

// parseName returns the index of s in names, or an error wrapping
// policy.ErrSyntax naming the field: the UnmarshalText of the package's
// enums, so that each text form reads back.
func parseName(names []string, s, field string) (int, error) {
	for i, n := range names {
		if n == s {
			return i, nil
		}
	}
	return 0, policy.NewRuleError(policy.ErrSyntax, policy.Clause{}, field, s)
}

// UnmarshalText implements encoding.TextUnmarshaler: "pending", "met" or
// "missed", as MarshalText writes them.
func (s *ClockStatus) UnmarshalText(b []byte) error {
	i, err := parseName(statusNames[:], string(b), "status")
	if err == nil {
		*s = ClockStatus(i)
	}
	return err
}

// UnmarshalText implements encoding.TextUnmarshaler: "none", "insolvency"
// or "protractedDefault", as MarshalText writes them.
func (c *Cause) UnmarshalText(b []byte) error {
	i, err := parseName(causeNames[:], string(b), "cause")
	if err == nil {
		*c = Cause(i)
	}
	return err
}

// UnmarshalText implements encoding.TextUnmarshaler: the FORMAT.md code
// MarshalText writes ("" for Insurable, "late-invoice", …).
func (r *Exclusion) UnmarshalText(b []byte) error {
	i, err := parseName(reasonNames[:], string(b), "reason")
	if err == nil {
		*r = Exclusion(i)
	}
	return err
}
