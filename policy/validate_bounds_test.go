package policy

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// TestValidateLargestValues checks that the largest value each check
// accepts is accepted: the delays at their limits and the last value of
// each enumeration.
func TestValidateLargestValues(t *testing.T) {
	tm := validTerms(t)
	tm.RetroactivityDays, tm.MaxInvoicingDays, tm.MaxCreditDays = maxDelayDays, maxDelayDays, maxDelayDays
	tm.MaxExtensionDays, tm.OverdueNotice.Days, tm.IndemnityDays = maxDelayDays, maxDelayDays, maxDelayDays
	tm.ReductionNoticeDays, tm.WaitingPeriodMonths = maxDelayDays, maxDelayMonths
	tm.MaxCreditDaysByGroup = []GroupValue{{"export", maxDelayDays}}
	tm.OverdueNotice.Anchor = MEPEnd
	tm.WaitingPeriodAnchor = FromCollection
	tm.ClaimThreshold.Mode = Excess
	tm.Rounding = Up
	if err := tm.Validate(); err != nil {
		t.Errorf("Validate at the largest accepted values: %v", err)
	}
}

// TestValidateOneAboveLargest checks the values just above those of
// TestValidateLargestValues, one at a time.
func TestValidateOneAboveLargest(t *testing.T) {
	for name, change := range map[string]func(*Terms){
		"retroactivityDays":    func(tm *Terms) { tm.RetroactivityDays = maxDelayDays + 1 },
		"maxCreditDays":        func(tm *Terms) { tm.MaxCreditDays = maxDelayDays + 1 },
		"maxExtensionDays":     func(tm *Terms) { tm.MaxExtensionDays = maxDelayDays + 1 },
		"reductionNoticeDays":  func(tm *Terms) { tm.ReductionNoticeDays = maxDelayDays + 1 },
		"waitingPeriodMonths":  func(tm *Terms) { tm.WaitingPeriodMonths = maxDelayMonths + 1 },
		"maxCreditDaysByGroup": func(tm *Terms) { tm.MaxCreditDaysByGroup = []GroupValue{{"export", maxDelayDays + 1}} },
		"overdueNotice.anchor": func(tm *Terms) { tm.OverdueNotice.Anchor = MEPEnd + 1 },
		"waitingPeriodAnchor":  func(tm *Terms) { tm.WaitingPeriodAnchor = FromCollection + 1 },
		"claimThreshold.mode":  func(tm *Terms) { tm.ClaimThreshold.Mode = Excess + 1 },
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
