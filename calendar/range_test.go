package calendar

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestArithmeticLeavingTheRange checks that arithmetic past 0001-01-01 or
// 9999-12-31 gives the zero Date ("no date"), never a wrapped or invented
// date.
func TestArithmeticLeavingTheRange(t *testing.T) {
	last := MustDate(9999, time.December, 31)
	first := MustDate(1, time.January, 1)
	tests := []struct {
		name string
		got  Date
		want string
	}{
		{"last day + 1", last.AddDays(1), ""},
		{"first day - 1", first.AddDays(-1), ""},
		{"last day + 0", last.AddDays(0), "9999-12-31"},
		{"first day + 1", first.AddDays(1), "0001-01-02"},
		{"max int days", first.AddDays(math.MaxInt), ""},
		{"min int days", last.AddDays(math.MinInt), ""},
		{"just within, from the first day", first.AddDays(3652058), "9999-12-31"},
		{"one day too far", first.AddDays(3652059), ""},
		{"last month + 1", MustDate(9999, time.December, 1).AddMonths(1), ""},
		{"first month - 1", MustDate(1, time.January, 31).AddMonths(-1), ""},
		{"max int months", first.AddMonths(math.MaxInt), ""},
		{"max int years", first.AddYears(math.MaxInt), ""},
		{"years to the last year", first.AddYears(9998), "9999-01-01"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.got.String()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	if _, err := last.AddMonthsMode(1, Overflow); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("AddMonthsMode(9999-12-31, 1, Overflow) error = %v, want ErrInvalidDate", err)
	}
	if _, err := last.AddMonthsMode(1, Clamp); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("AddMonthsMode(9999-12-31, 1, Clamp) error = %v, want ErrInvalidDate", err)
	}
}
