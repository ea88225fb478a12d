package policy

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/creditins/creditins/calendar"
)

// TestValidateLargestValues checks that the largest value each check
// accepts is accepted: the time limits at their bounds and the last value of
// each enumeration.
func TestValidateLargestValues(t *testing.T) {
	tm := validTerms(t)
	d, m := MustTimeLimit(calendar.Days(maxDelayDays)), MustTimeLimit(calendar.Months(maxDelayMonths))
	tm.RetroactivityDays, tm.MaxInvoicingDays, tm.MaxCreditDays = d, d, d
	tm.MaxExtensionDays, tm.OverdueNotice.Days, tm.IndemnityDays = d, d, d
	tm.ReductionNoticeDays, tm.WaitingPeriod = d, m
	tm.MaxCreditDaysByGroup = []GroupLimit{{"export", d}}
	tm.OverdueNotice.Anchor = MEPEnd
	tm.WaitingPeriodAnchor = FromCollection
	tm.ClaimThreshold.Mode = Excess
	tm.MaxLiability.Base = CommercialRiskPremium
	tm.Rounding = Up
	if err := tm.Validate(); err != nil {
		t.Errorf("Validate at the largest accepted values: %v", err)
	}
}

// TestValidateOneAboveLargest checks the values just above those of
// TestValidateLargestValues, one at a time: the enums in Validate, the
// time limits in their constructor.
func TestValidateOneAboveLargest(t *testing.T) {
	for name, change := range map[string]func(*Terms){
		"overdueNotice.anchor": func(tm *Terms) { tm.OverdueNotice.Anchor = MEPEnd + 1 },
		"waitingPeriodAnchor":  func(tm *Terms) { tm.WaitingPeriodAnchor = FromCollection + 1 },
		"claimThreshold.mode":  func(tm *Terms) { tm.ClaimThreshold.Mode = Excess + 1 },
		"maxLiability.base":    func(tm *Terms) { tm.MaxLiability.Base = CommercialRiskPremium + 1 },
		"rounding":             func(tm *Terms) { tm.Rounding = Up + 1 },
	} {
		tm := validTerms(t)
		change(&tm)
		err := tm.Validate()
		checkErr(t, "Validate", err)
		if !errors.Is(err, ErrOutOfRange) {
			t.Errorf("Validate with %s one above its largest value: error %v, want one wrapping ErrOutOfRange", name, err)
		}
	}
	for _, p := range []calendar.Period{{Days: maxDelayDays + 1}, {Months: maxDelayMonths + 1}, {Years: 10, Months: 1}, {Years: 11}, {Days: -1}, {Months: -1}} {
		_, err := NewTimeLimit(p)
		checkErr(t, "NewTimeLimit", err)
		if !errors.Is(err, ErrOutOfRange) {
			t.Errorf("NewTimeLimit(%v) error %v, want one wrapping ErrOutOfRange", p, err)
		}
	}
}

func TestRoundingModeMarshalUnknown(t *testing.T) {
	got, err := Up.MarshalText()
	if diff := cmp.Diff("up", string(got)); diff != "" || err != nil {
		t.Errorf("Up.MarshalText() = %q, %v (-want +got):\n%s", got, err, diff)
	}
	for _, m := range []RoundingMode{Up + 1, Up + 2, 255} {
		if _, err := m.MarshalText(); !errors.Is(err, ErrSyntax) {
			t.Errorf("RoundingMode(%d).MarshalText(): error %v, want one wrapping ErrSyntax", m, err)
		}
	}
}

// TestCheckFractionScales checks CheckFraction at 1 and around it, written
// with every number of decimals, beyond those it compares without
// rescaling, and with a positive exponent.
func TestCheckFractionScales(t *testing.T) {
	for _, tc := range []struct {
		r       Rate
		wantErr bool
	}{
		{MustRate("1"), false}, {MustRate("1.000000"), false}, {MustRate("1.0000000"), false}, {MustRate("1.00000000000"), false},
		{MustRate("0.99999999"), false}, {MustRate("0.12345678"), false}, {MustRate("0"), false}, {MustRate("0.0000000"), false},
		{MustRate("1.0000001"), true}, {MustRate("1.000001"), true}, {MustRate("1.5"), true}, {MustRate("2"), true},
		{Rate{v: decimal.New(1, 1)}, true}, {Rate{v: decimal.New(0, 2)}, false}, {Rate{v: decimal.New(1, -1)}, false},
	} {
		err := tc.r.CheckFraction(Clause{ID: "CP-1"}, "quotite")
		checkErr(t, "CheckFraction", err)
		if (err != nil) != tc.wantErr || (err != nil && !errors.Is(err, ErrOutOfRange)) {
			t.Errorf("%s (exponent %d).CheckFraction() = %v, want an error: %v", tc.r, tc.r.v.Exponent(), err, tc.wantErr)
		}
	}
}
