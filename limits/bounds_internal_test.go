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
// are accepted up to maxDays and refused above it (the discretionary
// rules' counts are policy's: policy.DiscretionaryConditions.Validate).
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
	}
}

// TestTermsAndOptionBounds checks the other counts and codes at their
// edges: the largest accepted value passes, the next one is refused.
func TestTermsAndOptionBounds(t *testing.T) {
	terms := policy.Terms{Currency: policy.EUR, Signature: calendar.MustDate(2024, 12, 20),
		Effective: calendar.MustDate(2025, 1, 1), Expiry: calendar.MustDate(2025, 12, 31)}
	today := calendar.MustDate(2025, 6, 1)
	cover := func(change func(*policy.Terms, *Buyer, *CoverOptions)) error {
		tm, b, o := terms, Buyer{}, CoverOptions{}
		change(&tm, &b, &o)
		_, err := CoverAt(tm, History{}, b, today, o)
		return err
	}
	exposure := func(graceDays int, kind DocumentKind) error {
		docs := []Document{{ID: "I1", Kind: kind, Net: policy.MustAmount("EUR 10"), DueDate: today}}
		_, err := ExposureOf(terms, docs, today, ExposureOptions{GraceDays: graceDays})
		return err
	}
	lastKind := DocumentKind(len(documentNames) - 1)
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"the last in-force rule", cover(func(_ *policy.Terms, _ *Buyer, o *CoverOptions) { o.InForce = InForceRule(len(inForceNames) - 1) }), nil},
		{"the next in-force rule", cover(func(_ *policy.Terms, _ *Buyer, o *CoverOptions) { o.InForce = InForceRule(len(inForceNames)) }), ErrUnknownCode},
		{"the last stop cause", cover(func(_ *policy.Terms, b *Buyer, _ *CoverOptions) {
			b.StopDate, b.StopCause = today, StopCause(len(stopNames)-1)
		}), nil},
		{"the next stop cause", cover(func(_ *policy.Terms, b *Buyer, _ *CoverOptions) {
			b.StopDate, b.StopCause = today, StopCause(len(stopNames))
		}), ErrUnknownCode},
		{"graceDays at the bound", exposure(maxDays, Invoice), nil},
		{"graceDays above it", exposure(maxDays+1, Invoice), policy.ErrOutOfRange},
		{"the last document kind", exposure(0, lastKind), nil},
		{"the next document kind", exposure(0, lastKind+1), ErrUnknownCode},
	}
	for _, tc := range tests {
		if !errors.Is(tc.err, tc.want) || (tc.want == nil) != (tc.err == nil) {
			t.Errorf("%s: error %v, want %v", tc.name, tc.err, tc.want)
		}
	}
}
