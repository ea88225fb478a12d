package premium_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
	"github.com/shopspring/decimal"
)

// Shorthands for table tests written with strings.

func amt(s string) policy.Amount { return policy.MustAmount(s) }

func rate(s string) policy.Rate { return policy.MustRate(s) }

func day(s string) calendar.Date {
	d, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// sentinels are every error a public entry point may wrap.
var sentinels = []error{
	policy.ErrSyntax, policy.ErrUnknownCurrency, policy.ErrCurrencyMismatch,
	policy.ErrOutOfRange, policy.ErrMissing, policy.ErrInconsistent,
	premium.ErrNoBand, premium.ErrOverlappingBands,
	calendar.ErrInvalidDate, calendar.ErrInvalidArgument, calendar.ErrAmbiguousDate, calendar.ErrOutOfRange,
}

// wrapsSentinel reports whether err wraps one of the exported sentinels.
func wrapsSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// checkErr fails when err is not nil and wraps no sentinel: the no-panic
// fuzz targets' one assertion beyond not crashing.
func checkErr(t *testing.T, err error) {
	t.Helper()
	if err != nil && !wrapsSentinel(err) {
		t.Fatalf("error wraps no sentinel: %v", err)
	}
}

// wantErr checks that err wraps want (nil: no error).
func wantErr(t *testing.T, err, want error) {
	t.Helper()
	switch {
	case want == nil && err != nil:
		t.Fatalf("unexpected error: %v", err)
	case want != nil && !errors.Is(err, want):
		t.Fatalf("error = %v, want one wrapping %v", err, want)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// unrounded is an amount finer than its currency's minor unit ("EUR
// 1.005"), as only Amount.Mul makes one: the input a Go caller may pass by
// mistake.
func unrounded(s string) policy.Amount {
	code, num, _ := strings.Cut(s, " ")
	d := decimal.RequireFromString(num)
	places := -d.Exponent()
	r, err := policy.NewRate(decimal.New(1, -places))
	if err != nil {
		panic(err)
	}
	return policy.MustAmount(code + " " + d.Shift(places).String()).Mul(r)
}
