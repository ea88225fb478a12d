package policy

import (
	"database/sql/driver"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// scanResult is what a Scan gave, as text: the value's String form, or
// "error " and the sentinel's text.
func scanResult(s interface{ String() string }, err error) string {
	if err == nil {
		return s.String()
	}
	for _, e := range []error{ErrSyntax, ErrUnknownCurrency, ErrOutOfRange, ErrMissing} {
		if errors.Is(err, e) {
			return "error " + e.Error()
		}
	}
	return "error " + err.Error()
}

func TestAmountScan(t *testing.T) {
	tests := []struct {
		src  any
		want string // "0" is the zero Amount
	}{
		{"EUR 1234.56", "EUR 1234.56"},
		{[]byte("JPY 1000"), "JPY 1000"},
		{"EUR -10.5", "EUR -10.50"},
		{"USD 0.001", "error policy: value out of range"},
		{"KWD 0.001", "KWD 0.001"},
		{nil, "0"},
		{"", "error policy: malformed value"},
		{"1234.56", "error policy: malformed value"},
		{"EUR 1,234.56", "error policy: malformed value"},
		{"EUR 1e3", "error policy: malformed value"},
		{"XXY 10", "error policy: unknown currency"},
		{1234.56, "error policy: malformed value"},
		{int64(1234), "error policy: malformed value"},
	}
	for _, tc := range tests {
		a := MustAmount("CHF 7")
		err := a.Scan(tc.src)
		if err != nil && !a.Equal(MustAmount("CHF 7")) {
			t.Errorf("Scan(%#v): the Amount changed on error: %v", tc.src, a)
		}
		if diff := cmp.Diff(tc.want, scanResult(a, err)); diff != "" {
			t.Errorf("Scan(%#v) (-want +got)\n%s", tc.src, diff)
		}
	}
}

func TestRateScan(t *testing.T) {
	tests := []struct {
		src  any
		want string
	}{
		{"0.9", "0.9"},
		{[]byte("0.0035"), "0.0035"},
		{"0.900", "0.9"},
		{int64(1), "1"},
		{int64(0), "0"},
		{int64(-1), "error policy: value out of range"},
		{"-0.1", "error policy: value out of range"},
		{0.9, "error policy: malformed value"},
		{nil, "error policy: missing value"},
		{"", "error policy: malformed value"},
		{"90%", "error policy: malformed value"},
		{"9e-1", "error policy: malformed value"},
		{true, "error policy: malformed value"},
	}
	for _, tc := range tests {
		r := MustRate("0.5")
		err := r.Scan(tc.src)
		if err != nil && !r.Equal(MustRate("0.5")) {
			t.Errorf("Scan(%#v): the Rate changed on error: %v", tc.src, r)
		}
		if diff := cmp.Diff(tc.want, scanResult(r, err)); diff != "" {
			t.Errorf("Scan(%#v) (-want +got)\n%s", tc.src, diff)
		}
	}
}

func TestCurrencyScan(t *testing.T) {
	tests := []struct {
		src  any
		want string // "" is the zero Currency
	}{
		{"EUR", "EUR"},
		{[]byte("JPY"), "JPY"},
		{nil, ""},
		{"eur", "error policy: unknown currency"},
		{"XXY", "error policy: unknown currency"},
		{"", "error policy: malformed value"},
		{int64(978), "error policy: malformed value"},
	}
	for _, tc := range tests {
		c := CHF
		err := c.Scan(tc.src)
		if err != nil && c != CHF {
			t.Errorf("Scan(%#v): the Currency changed on error: %v", tc.src, c)
		}
		if diff := cmp.Diff(tc.want, scanResult(c, err)); diff != "" {
			t.Errorf("Scan(%#v) (-want +got)\n%s", tc.src, diff)
		}
	}
}

func TestSQLValues(t *testing.T) {
	value := func(v driver.Valuer) any {
		x, err := v.Value()
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	got := []any{
		value(MustAmount("EUR 1234.5")), value(Amount{}), value(MustAmount("JPY 7")),
		value(MustRate("0.90")), value(Rate{}),
		value(EUR), value(Currency{}),
	}
	want := []any{"EUR 1234.50", nil, "JPY 7", "0.9", "0", "EUR", nil}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Value (-want +got)\n%s", diff)
	}
}

// sqlCurrency draws a currency of each scale, or the zero Currency when
// zero is allowed.
func sqlCurrency(t *rapid.T, zero bool) Currency {
	codes := []Currency{EUR, USD, JPY, MustCurrency("KWD"), CHF}
	if zero {
		codes = append(codes, Currency{})
	}
	return rapid.SampledFrom(codes).Draw(t, "currency")
}

// sqlDecimal draws a decimal with up to 6 fractional digits.
func sqlDecimal(t *rapid.T, min int64) decimal.Decimal {
	return decimal.New(rapid.Int64Min(min).Draw(t, "units"), -int32(rapid.IntRange(0, 6).Draw(t, "exp")))
}

// Property: an Amount written with Value and read back with Scan is an
// equal Amount (the zero Amount through NULL).
func TestAmountSQLRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var a Amount
		if c := sqlCurrency(t, true); !c.IsZero() {
			// Money is whole minor units of its currency.
			a = FromUnits(c, rapid.Int64Min(-1<<62).Draw(t, "units"))
		}
		var got Amount
		scanBack(t, a, &got, func() bool { return got.Equal(a) })
	})
}

// Property: a Rate written with Value and read back with Scan is an equal
// Rate.
func TestRateSQLRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := Rate{v: sqlDecimal(t, 0)}
		var got Rate
		scanBack(t, r, &got, func() bool { return got.Equal(r) })
	})
}

// Property: a Currency written with Value and read back with Scan is the
// same Currency (the zero Currency through NULL).
func TestCurrencySQLRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := sqlCurrency(t, true)
		var got Currency
		scanBack(t, c, &got, func() bool { return got == c })
	})
}

// scanBack checks that the Value of got scans back into back, equal to got
// by equal.
func scanBack(t interface{ Fatalf(string, ...any) }, got driver.Valuer, back interface{ Scan(any) error }, equal func() bool) {
	v, err := got.Value()
	if err != nil {
		t.Fatalf("Value of %v: %v", got, err)
	}
	if err := back.Scan(v); err != nil || !equal() {
		t.Fatalf("Value %v scans back to %v, %v", v, back, err)
	}
}

// FuzzSQLScan: Scan of Amount, Rate and Currency never panics, every error
// wraps one of the package's sentinels, and what is accepted round-trips
// through Value.
func FuzzSQLScan(f *testing.F) {
	for _, s := range []string{"EUR 1234.56", "JPY 1", "0.9", "EUR", "", "EUR 1e3", "-0.1", "KWD 0.001"} {
		f.Add(s)
	}
	sentinel := func(t *testing.T, err error) {
		if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrUnknownCurrency) && !errors.Is(err, ErrOutOfRange) {
			t.Fatalf("error wraps no sentinel: %v", err)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a, a2 Amount
		if err := a.Scan([]byte(s)); err != nil {
			sentinel(t, err)
		} else {
			scanBack(t, a, &a2, func() bool { return a2.Equal(a) })
		}
		var r, r2 Rate
		if err := r.Scan(s); err != nil {
			sentinel(t, err)
		} else {
			scanBack(t, r, &r2, func() bool { return r2.Equal(r) })
		}
		var c, c2 Currency
		if err := c.Scan(s); err != nil {
			sentinel(t, err)
		} else {
			scanBack(t, c, &c2, func() bool { return c2 == c })
		}
	})
}
