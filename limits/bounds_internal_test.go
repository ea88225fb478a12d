package limits

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// TestEnumOutsideTable checks the text forms at the edges of a table of
// names: before its first entry, on an unnamed entry, on its last entry and
// just past it.
func TestEnumOutsideTable(t *testing.T) {
	type form struct {
		String, Text string
		Err          bool
	}
	names := []string{"", "a", "b"}
	want := []form{{"T(-1)", "", true}, {"T(0)", "", true}, {"a", "a", false}, {"b", "b", false}, {"T(3)", "", true}}
	var got []form
	for i := -1; i <= len(names); i++ {
		b, err := enumText(names, i, "T", "t")
		if err != nil && !errors.Is(err, ErrUnknownCode) {
			t.Fatalf("enumText(%d): error %v does not wrap ErrUnknownCode", i, err)
		}
		got = append(got, form{enumString(names, i, "T"), string(b), err != nil})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("text forms (-want +got):\n%s", diff)
	}
}

// TestDayCountBounds checks that the day and month counts of the options
// are accepted up to maxDays and refused above it.
func TestDayCountBounds(t *testing.T) {
	terms := policy.Terms{Currency: policy.EUR, Effective: calendar.MustDate(2025, 1, 1), Expiry: calendar.MustDate(2025, 12, 31)}
	today := calendar.MustDate(2025, 6, 1)
	for _, n := range []int{maxDays, maxDays + 1, -1} {
		var want error
		if n > maxDays || n < 0 {
			want = policy.ErrOutOfRange
		}
		_, err := Alerts(terms, History{}, Buyer{}, Exposure{}, today, AlertOptions{ExpiryNoticeDays: n})
		if !errors.Is(err, want) || (want == nil) != (err == nil) {
			t.Errorf("Alerts with ExpiryNoticeDays %d: error %v, want %v", n, err, want)
		}
		for _, r := range []DiscretionaryRule{
			{Name: "purchases", MinPurchases: n, WindowMonths: 12},
			{Name: "window", WindowMonths: n},
			{Name: "report", ReportMaxAgeMonths: n},
			{Name: "losses", NoLossMonths: n},
		} {
			_, err := DiscretionaryConditions{AnyOf: []DiscretionaryRule{r}}.Evaluate(BuyerFacts{}, today)
			if !errors.Is(err, want) || (want == nil) != (err == nil) {
				t.Errorf("Evaluate with %s %d: error %v, want %v", r.Name, n, err, want)
			}
		}
	}
}
