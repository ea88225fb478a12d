package claims_test

import (
	"encoding"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

func TestEnumText(t *testing.T) {
	tests := []struct {
		v    encoding.TextMarshaler
		want string
	}{
		{claims.Pending, "pending"}, {claims.Met, "met"}, {claims.Missed, "missed"},
		{claims.NoLoss, "none"}, {claims.Insolvency, "insolvency"}, {claims.ProtractedDefault, "protractedDefault"},
		{claims.Insurable, ""}, {claims.LateInvoice, "late-invoice"}, {claims.TermTooLong, "term-too-long"},
		{claims.Disputed, "disputed"}, {claims.AfterStop, "after-stop"}, {claims.OutsidePeriod, "outside-period"},
		{claims.CappedLoss, "cappedLoss"}, {claims.WholeLoss, "wholeLoss"}, {claims.GrossIndemnity, "grossIndemnity"},
	}
	for _, tc := range tests {
		b, err := tc.v.MarshalText()
		if err != nil || string(b) != tc.want {
			t.Errorf("%#v.MarshalText() = %q, %v; want %q", tc.v, b, err, tc.want)
		}
	}
	for _, v := range []encoding.TextMarshaler{claims.ClockStatus(9), claims.Cause(9), claims.Exclusion(9), claims.ThresholdBase(9)} {
		_, err := v.MarshalText()
		checkErr(t, "MarshalText", err)
		if !errors.Is(err, policy.ErrOutOfRange) {
			t.Errorf("%#v.MarshalText() error = %v, want ErrOutOfRange", v, err)
		}
	}
}

func TestThresholdBaseRoundTrip(t *testing.T) {
	var got []claims.ThresholdBase
	for _, s := range []string{"cappedLoss", "wholeLoss", "grossIndemnity"} {
		var b claims.ThresholdBase
		if err := b.UnmarshalText([]byte(s)); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", s, err)
		}
		got = append(got, b)
	}
	if diff := cmp.Diff([]claims.ThresholdBase{claims.CappedLoss, claims.WholeLoss, claims.GrossIndemnity}, got); diff != "" {
		t.Errorf("ThresholdBase mismatch (-want +got):\n%s", diff)
	}
	_, err := claims.ParseThresholdBase("capped")
	checkErr(t, "ParseThresholdBase", err)
	if !errors.Is(err, policy.ErrSyntax) {
		t.Errorf("ParseThresholdBase(capped) error = %v, want ErrSyntax", err)
	}
}

// TestEnumsRefuseUnknownNames: every enum of the package refuses a name it
// does not have (the zero action kind has none), with policy.ErrSyntax.
func TestEnumsRefuseUnknownNames(t *testing.T) {
	var (
		ceiling claims.CeilingRule
		action  claims.ActionKind
		status  claims.ClockStatus
	)
	for _, tc := range []struct {
		name string
		u    interface{ UnmarshalText([]byte) error }
		text string
	}{
		{"ceiling", &ceiling, "openAtview"}, {"action", &action, ""}, {"action", &action, "FileNotice"}, {"status", &status, "Met"},
	} {
		if err := tc.u.UnmarshalText([]byte(tc.text)); !errors.Is(err, policy.ErrSyntax) {
			t.Errorf("%s %q: error %v, want ErrSyntax", tc.name, tc.text, err)
		}
	}
	for _, s := range []string{"", "capped"} {
		if _, err := claims.ParseThresholdBase(s); !errors.Is(err, policy.ErrSyntax) {
			t.Errorf("ParseThresholdBase(%q): error %v", s, err)
		}
		if _, err := claims.ParseDeductibleBase(s); !errors.Is(err, policy.ErrSyntax) {
			t.Errorf("ParseDeductibleBase(%q): error %v", s, err)
		}
		if _, err := claims.ParseYearAttribution(s); !errors.Is(err, policy.ErrSyntax) {
			t.Errorf("ParseYearAttribution(%q): error %v", s, err)
		}
	}
}
