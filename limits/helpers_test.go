package limits_test

import (
	"errors"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// day parses a YYYY-MM-DD literal of a test; "" is the zero Date.
func day(s string) calendar.Date {
	if s == "" {
		return calendar.Date{}
	}
	d, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// eur is an amount in euros from a literal of a test.
func eur(s string) policy.Amount { return policy.MustAmount("EUR " + s) }

// vectorTerms are the terms of the public limits.coverAt vectors: a 2025
// policy signed on 20 December 2024, 30 days of retroactivity, quotités
// 0.9 named and 0.6 discretionary, discretionary cover up to 10 000 €; plus
// a top-up quotité of 0.5.
func vectorTerms() policy.Terms {
	return policy.Terms{
		Currency:          policy.EUR,
		Signature:         day("2024-12-20"),
		Effective:         day("2025-01-01"),
		Expiry:            day("2025-12-31"),
		RetroactivityDays: limitDays(30),
		Quotites: policy.Quotites{Named: policy.MustRate("0.9"), Discretionary: policy.MustRate("0.6"),
			TopUp: policy.MustRate("0.5")},
		DiscretionaryMax: eur("10000"),
	}
}

// dec is a decision from literals: amount in euros ("" for the zero
// Amount), dates as YYYY-MM-DD ("" for none).
func dec(id string, k limits.Kind, amount, date, expiry string) limits.Decision {
	d := limits.Decision{ID: id, Kind: k, Date: day(date), Expiry: day(expiry)}
	if amount != "" {
		d.Amount = eur(amount)
	}
	return d
}

// wantErr checks that err wraps the sentinel want (nil: no error).
func wantErr(t *testing.T, name string, err, want error) {
	t.Helper()
	switch {
	case want == nil && err != nil:
		t.Errorf("%s: unexpected error %v", name, err)
	case want != nil && !errors.Is(err, want):
		t.Errorf("%s: error %v, want one wrapping %v", name, err, want)
	}
}

// sentinels are the errors every error of the package must wrap one of.
var sentinels = []error{policy.ErrMissing, policy.ErrOutOfRange, policy.ErrInconsistent,
	policy.ErrCurrencyMismatch, policy.ErrSyntax, policy.ErrUnknownCurrency, limits.ErrUnknownCode}

func wrapsSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// limitDays is the time limit of n days.
func limitDays(n int) policy.TimeLimit { return policy.MustTimeLimit(calendar.Days(n)) }

// limitOrNone is the time limit of n days, or none when n is negative.
func limitOrNone(n int) policy.TimeLimit {
	if n < 0 {
		return policy.TimeLimit{}
	}
	return limitDays(n)
}

// daysOf is the number of days of a limit set in days (0 when not set).
func daysOf(l policy.TimeLimit) int {
	p, _ := l.Period()
	return p.Days
}
