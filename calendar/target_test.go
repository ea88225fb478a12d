package calendar

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTARGETClosingDays checks the ECB's publication calendar on the
// closing days of 2025 and on their neighbours.
func TestTARGETClosingDays(t *testing.T) {
	for _, tc := range []struct {
		date string
		want bool
	}{
		{"2025-01-01", false}, {"2025-01-02", true},
		{"2025-04-18", false}, {"2025-04-21", false}, {"2025-04-22", true},
		{"2025-05-01", false}, {"2025-05-02", true},
		{"2025-12-24", true}, {"2025-12-25", false}, {"2025-12-26", false},
		{"2025-08-29", true}, {"2025-08-30", false}, {"2025-08-31", false},
		{"2025-07-14", true}, // a French holiday, not a TARGET one
	} {
		got, err := TARGET.IsBusinessDay(date(t, tc.date))
		if err != nil {
			t.Fatalf("%s: %v", tc.date, err)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.date, diff)
		}
	}
	if c, err := CalendarByName("target"); err != nil || !c.Equal(TARGET) {
		t.Errorf("CalendarByName(target) = %v, %v", c, err)
	}
}
