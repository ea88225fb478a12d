package policy

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
)

func TestSchedule(t *testing.T) {
	orig := Dated[int]{From: date(t, "2025-01-01"), Value: 30, Clause: Clause{ID: "CP-7"}}
	amend := Dated[int]{From: date(t, "2025-07-01"), Value: 60, Clause: Clause{ID: "Avenant-1"}}
	s, err := NewSchedule(amend, orig) // any order
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		at     string
		want   int
		wantOK bool
	}{
		{"2024-12-31", 0, false},
		{"2025-01-01", 30, true},
		{"2025-06-30", 30, true},
		{"2025-07-01", 60, true},
		{"2030-01-01", 60, true},
	}
	for _, tt := range tests {
		got, ok := s.At(date(t, tt.at))
		if ok != tt.wantOK || got.Value != tt.want {
			t.Errorf("At(%s) = %d, %v; want %d, %v", tt.at, got.Value, ok, tt.want, tt.wantOK)
		}
	}
	if _, ok := s.At(calendar.Date{}); ok {
		t.Error("At(zero Date) found a value")
	}
	if diff := cmp.Diff([]Dated[int]{orig, amend}, s.Items()); diff != "" {
		t.Errorf("Items (-want +got):\n%s", diff)
	}

	// Amend leaves the receiver unchanged.
	later := Dated[int]{From: date(t, "2026-01-01"), Value: 90}
	s2, err := s.Amend(later)
	if err != nil || s2.Len() != 3 || s.Len() != 2 {
		t.Fatalf("Amend: len %d (was %d), %v", s2.Len(), s.Len(), err)
	}

	if _, err := s.Amend(Dated[int]{From: date(t, "2025-07-01"), Value: 1, Clause: Clause{ID: "Avenant-2"}}); !errors.Is(err, ErrInconsistent) {
		t.Errorf("two values on 2025-07-01: error = %v, want ErrInconsistent", err)
	} else if diff := cmp.Diff(`policy: inconsistent values: from="2025-07-01" (Avenant-2)`, err.Error()); diff != "" {
		t.Errorf("error message (-want +got):\n%s", diff)
	}
	if _, err := NewSchedule(Dated[int]{Value: 1}); !errors.Is(err, ErrMissing) {
		t.Errorf("zero From: error = %v, want ErrMissing", err)
	}

	var empty Schedule[Terms]
	if _, ok := empty.At(date(t, "2025-01-01")); ok || empty.Len() != 0 {
		t.Error("the zero Schedule is not empty")
	}
}

func TestScheduleJSON(t *testing.T) {
	tm := SimplifiedSME(SMEOffer{Currency: EUR, Signature: date(t, "2024-12-20"), Effective: date(t, "2025-01-01"), Expiry: date(t, "2025-12-31")})
	amended := tm
	amended.OverdueNotice.Days = MustTimeLimit(calendar.Days(60))
	s, err := NewSchedule(
		Dated[Terms]{From: tm.Effective, Value: tm, Clause: Clause{ID: "CP", Source: "Conditions particulières"}},
		Dated[Terms]{From: date(t, "2025-04-01"), Value: amended, Clause: Clause{ID: "Avenant-1"}},
	)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back Schedule[Terms]
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s.Items(), back.Items()); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	dup := []byte(`[{"from":"2025-01-01","value":1,"clause":{"id":"a"}},{"from":"2025-01-01","value":2,"clause":{"id":"b"}}]`)
	var bad Schedule[int]
	if err := json.Unmarshal(dup, &bad); !errors.Is(err, ErrInconsistent) {
		t.Errorf("Unmarshal of two values on one day: error = %v, want ErrInconsistent", err)
	}
	if b, _ := json.Marshal(Schedule[int]{}); string(b) != "[]" {
		t.Errorf("Marshal(empty) = %s, want []", b)
	}
}

// propScheduleAt: Property: Schedule.At(d) returns the item with the latest
// From on or before d, as a linear scan of the items finds it, and reports
// false exactly when there is none.
func propScheduleAt(t *rapid.T) {
	offsets := rapid.SliceOfNDistinct(rapid.IntRange(-60, 60), 0, 12, func(i int) int { return i }).Draw(t, "offsets")
	items := make([]Dated[int], len(offsets))
	for i, o := range offsets {
		items[i] = Dated[int]{From: epoch.AddDays(o), Value: i}
	}
	s, err := NewSchedule(items...)
	if err != nil {
		t.Fatal(err)
	}
	d := epoch.AddDays(rapid.IntRange(-70, 70).Draw(t, "at"))
	var want Dated[int]
	found := false
	for _, it := range items { // the model: a linear scan
		if !it.From.After(d) && (!found || it.From.After(want.From)) {
			want, found = it, true
		}
	}
	got, ok := s.At(d)
	if ok != found || got != want {
		t.Fatalf("At(%s) = %+v, %v; linear scan gives %+v, %v", d, got, ok, want, found)
	}
}

func TestScheduleAt(t *testing.T) { rapid.Check(t, propScheduleAt) }

// TestScheduleEqual: Equal compares days, clauses and values (amounts by
// value), and lets go-cmp compare schedules without options.
func TestScheduleEqual(t *testing.T) {
	day := func(s string) calendar.Date { return date(t, s) }
	build := func(items ...Dated[Amount]) Schedule[Amount] {
		s, err := NewSchedule(items...)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	base := build(Dated[Amount]{From: day("2025-01-01"), Value: MustAmount("EUR 10"), Clause: Clause{ID: "CP"}},
		Dated[Amount]{From: day("2025-04-01"), Value: MustAmount("EUR 20"), Clause: Clause{ID: "Avenant-1"}})
	tests := []struct {
		name  string
		other Schedule[Amount]
		want  bool
	}{
		{"the same items given in another order", build(Dated[Amount]{From: day("2025-04-01"), Value: MustAmount("EUR 20"), Clause: Clause{ID: "Avenant-1"}},
			Dated[Amount]{From: day("2025-01-01"), Value: MustAmount("EUR 10"), Clause: Clause{ID: "CP"}}), true},
		{"an amount written with its decimals", build(Dated[Amount]{From: day("2025-01-01"), Value: MustAmount("EUR 10.00"), Clause: Clause{ID: "CP"}},
			Dated[Amount]{From: day("2025-04-01"), Value: MustAmount("EUR 20"), Clause: Clause{ID: "Avenant-1"}}), true},
		{"another value", build(Dated[Amount]{From: day("2025-01-01"), Value: MustAmount("EUR 11"), Clause: Clause{ID: "CP"}},
			Dated[Amount]{From: day("2025-04-01"), Value: MustAmount("EUR 20"), Clause: Clause{ID: "Avenant-1"}}), false},
		{"another day", build(Dated[Amount]{From: day("2025-01-02"), Value: MustAmount("EUR 10"), Clause: Clause{ID: "CP"}},
			Dated[Amount]{From: day("2025-04-01"), Value: MustAmount("EUR 20"), Clause: Clause{ID: "Avenant-1"}}), false},
		{"another clause", build(Dated[Amount]{From: day("2025-01-01"), Value: MustAmount("EUR 10"), Clause: Clause{ID: "CP", Source: "x"}},
			Dated[Amount]{From: day("2025-04-01"), Value: MustAmount("EUR 20"), Clause: Clause{ID: "Avenant-1"}}), false},
		{"one item fewer", build(Dated[Amount]{From: day("2025-01-01"), Value: MustAmount("EUR 10"), Clause: Clause{ID: "CP"}}), false},
		{"the empty schedule", Schedule[Amount]{}, false},
	}
	for _, tc := range tests {
		if got := base.Equal(tc.other); got != tc.want {
			t.Errorf("%s: Equal = %v, want %v", tc.name, got, tc.want)
		}
		if got := cmp.Diff(base, tc.other) == ""; got != tc.want {
			t.Errorf("%s: cmp.Diff reports equal = %v, want %v", tc.name, got, tc.want)
		}
	}
	// A value type without Equal compares with reflect.DeepEqual.
	a, b := Schedule[int]{}, Schedule[int]{}
	if !a.Equal(b) {
		t.Error("two empty schedules differ")
	}
}
