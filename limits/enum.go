package limits

import (
	"strconv"

	"github.com/creditins/creditins/policy"
)

// enumString returns names[i], or "Type(i)" for a value outside the table.
func enumString(names []string, i int, typ string) string {
	if i >= 0 && i < len(names) && names[i] != "" {
		return names[i]
	}
	return typ + "(" + strconv.Itoa(i) + ")"
}

// enumParse returns the index of s in names; the empty name is never
// matched. An unknown name is an error wrapping ErrUnknownCode.
func enumParse(names []string, s, field string) (int, error) {
	if s != "" {
		for i, n := range names {
			if n == s {
				return i, nil
			}
		}
	}
	return 0, policy.NewRuleError(ErrUnknownCode, policy.Clause{}, field, s)
}

// enumText is MarshalText for the enums: a value outside the table is an
// error wrapping ErrUnknownCode rather than a text that would not parse back.
func enumText(names []string, i int, typ, field string) ([]byte, error) {
	if i < 0 || i >= len(names) || names[i] == "" {
		return nil, policy.NewRuleError(ErrUnknownCode, policy.Clause{}, field, enumString(names, i, typ))
	}
	return []byte(names[i]), nil
}
