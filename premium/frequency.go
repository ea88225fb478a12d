package premium

import "github.com/creditins/creditins/policy"

// Frequency is how often turnover is declared or a provisional premium is
// invoiced: every 1, 3, 6 or 12 months of the insurance year (monthly
// declarations (Coface TradeLiner), month-end outstanding
// (Allianz Trade CH balance notification), minimum premium invoiced
// quarterly or half-yearly (Allianz Trade CH)). Its zero value is Monthly.
type Frequency uint8

const (
	// Monthly: every month.
	Monthly Frequency = iota
	// Quarterly: every 3 months.
	Quarterly
	// HalfYearly: every 6 months.
	HalfYearly
	// Yearly: once a year.
	Yearly
)

var frequencyNames = [...]string{Monthly: "monthly", Quarterly: "quarterly", HalfYearly: "halfYearly", Yearly: "yearly"}
var frequencyMonths = [...]int{Monthly: 1, Quarterly: 3, HalfYearly: 6, Yearly: 12}

// Months returns the length of one period in months (1, 3, 6 or 12), or 0
// for a value that is not a Frequency.
func (f Frequency) Months() int {
	if int(f) < len(frequencyMonths) {
		return frequencyMonths[f]
	}
	return 0
}

// String returns the frequency's name ("quarterly").
func (f Frequency) String() string {
	if int(f) < len(frequencyNames) {
		return frequencyNames[f]
	}
	return "Frequency(" + itoa(int(f)) + ")"
}

// ParseFrequency returns the Frequency named s ("monthly", "quarterly",
// "halfYearly", "yearly"); another name is an error wrapping
// policy.ErrSyntax.
func ParseFrequency(s string) (Frequency, error) {
	for i, n := range frequencyNames {
		if n == s {
			return Frequency(i), nil
		}
	}
	return 0, policy.NewRuleError(policy.ErrSyntax, clauseDeclaration, "frequency", s)
}

// MarshalText implements encoding.TextMarshaler.
func (f Frequency) MarshalText() ([]byte, error) {
	if f.Months() == 0 {
		return nil, policy.NewRuleError(policy.ErrSyntax, clauseDeclaration, "frequency", f.String())
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseFrequency.
func (f *Frequency) UnmarshalText(b []byte) error {
	v, err := ParseFrequency(string(b))
	if err == nil {
		*f = v
	}
	return err
}

// checkFrequency reports a value that is not a Frequency.
func checkFrequency(f Frequency) error {
	if f.Months() == 0 {
		return policy.NewRuleError(policy.ErrOutOfRange, clauseDeclaration, "frequency", f.String())
	}
	return nil
}
