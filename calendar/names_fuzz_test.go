package calendar

import "testing"

// FuzzParseNames feeds any text to the parsers of the calendar's names: no
// panic, an error wraps a sentinel, and a name that parses writes a name
// that parses back to the same value.
func FuzzParseNames(f *testing.F) {
	for _, s := range []string{"fr", "mon-fri", "fr-civil", "strict", "following", "modifiedPreceding", "calendarDays", "clamp", "net", "", "FR", "fr ", "\x00"} {
		f.Add(s)
	}
	parsers := []struct {
		name  string
		parse func(string) (string, error)
	}{
		{"CalendarByName", func(s string) (string, error) { c, err := CalendarByName(s); return c.Name(), err }},
		{"RuleByName", func(s string) (string, error) { r, err := RuleByName(s); return r.Name, err }},
		{"ParseCounting", func(s string) (string, error) { v, err := ParseCounting(s); return v.String(), err }},
		{"ParseMonthEnd", func(s string) (string, error) { v, err := ParseMonthEnd(s); return v.String(), err }},
		{"ParseRoll", func(s string) (string, error) { v, err := ParseRoll(s); return v.String(), err }},
		{"ParseTermKind", func(s string) (string, error) { v, err := ParseTermKind(s); return v.String(), err }},
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
