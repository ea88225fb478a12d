package policy

import "testing"

// FuzzParseNames feeds any text to the parsers of the terms' names: no
// panic, an error wraps a sentinel, and a name that parses writes a name
// that parses back to the same value.
func FuzzParseNames(f *testing.F) {
	for _, s := range []string{"named", "accordExpress", "dueDate", "mepEnd", "halfEven", "up", "allOrNothing", "excess", "EUR", "", "Named", "\x00"} {
		f.Add(s)
	}
	parsers := []struct {
		name  string
		parse func(string) (string, error)
	}{
		{"ParseCoverType", func(s string) (string, error) { v, err := ParseCoverType(s); return v.String(), err }},
		{"ParseNoticeAnchor", func(s string) (string, error) { v, err := ParseNoticeAnchor(s); return v.String(), err }},
		{"ParseWaitingAnchor", func(s string) (string, error) { v, err := ParseWaitingAnchor(s); return v.String(), err }},
		{"ParseRoundingMode", func(s string) (string, error) { v, err := ParseRoundingMode(s); return v.String(), err }},
		{"ParseThresholdMode", func(s string) (string, error) { v, err := ParseThresholdMode(s); return v.String(), err }},
		{"ParseCreditTermStart", func(s string) (string, error) { v, err := ParseCreditTermStart(s); return v.String(), err }},
		{"ParseBuyerKind", func(s string) (string, error) { v, err := ParseBuyerKind(s); return v.String(), err }},
		{"ParsePaymentKind", func(s string) (string, error) { v, err := ParsePaymentKind(s); return v.String(), err }},
		{"ParseCurrency", func(s string) (string, error) { v, err := ParseCurrency(s); return v.Code(), err }},
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range parsers {
			name, err := p.parse(s)
			if err != nil {
				checkErr(t, p.name, err)
				continue
			}
			if again, err := p.parse(name); err != nil || again != name {
				t.Fatalf("%s(%q) gives %q, which parses as %q, %v", p.name, s, name, again, err)
			}
		}
	})
}
