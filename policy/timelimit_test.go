package policy

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
)

// TestTimeLimitNotSetIsNotZeroDays is the regression test of "zero means
// different things": a limit not set and a limit of 0 days are different
// values, with different text and JSON forms.
func TestTimeLimitNotSetIsNotZeroDays(t *testing.T) {
	var none TimeLimit
	zero := MustTimeLimit(calendar.Days(0))
	if none == zero || none.Equal(zero) {
		t.Fatal("a limit not set equals a limit of 0 days")
	}
	type view struct {
		Set        bool
		Text, JSON string
	}
	got := func(l TimeLimit) view {
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		return view{l.IsSet(), l.String(), string(b)}
	}
	if diff := cmp.Diff([]view{{false, "not set", "null"}, {true, "0d", "0"}}, []view{got(none), got(zero)}); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestParseTimeLimit(t *testing.T) {
	tests := []struct {
		in   string
		want string // the limit's String, or the error's sentinel
	}{
		{"30d", "30d"}, {"0d", "0d"}, {"5m", "5m"}, {"2m15d", "2m15d"}, {"1y", "1y"}, {"1y2m3d", "1y2m3d"},
		{"10y", "10y"}, {"120m", "120m"}, {"3660d", "3660d"},
		{"", "syntax"}, {"30", "syntax"}, {"d", "syntax"}, {"-3d", "syntax"}, {"+3d", "syntax"}, {"3D", "syntax"},
		{"15d2m", "syntax"}, {"3d3d", "syntax"}, {"3 d", "syntax"}, {"3w", "syntax"}, {"123456d", "syntax"},
		{"3661d", "range"}, {"121m", "range"}, {"10y1m", "range"}, {"11y", "range"},
	}
	for _, tt := range tests {
		l, err := ParseTimeLimit(tt.in)
		checkErr(t, "ParseTimeLimit", err)
		if diff := cmp.Diff(tt.want, outcome(l, err)); diff != "" {
			t.Errorf("ParseTimeLimit(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// outcome is a limit's String, or "syntax" or "range" for an error wrapping
// ErrSyntax or ErrOutOfRange, or another error's message.
func outcome(l TimeLimit, err error) string {
	switch {
	case err == nil:
		return l.String()
	case errors.Is(err, ErrSyntax):
		return "syntax"
	case errors.Is(err, ErrOutOfRange):
		return "range"
	}
	return err.Error()
}

func TestTimeLimitJSON(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"null", "not set"}, {"0", "0d"}, {"30", "30d"}, {`"5m"`, "5m"}, {`"150d"`, "150d"}, {" 7 ", "7d"},
		{"-1", "range"}, {"-0", "range"}, {"3661", "range"}, {"99999999999999", "syntax"},
		{"1.5", "syntax"}, {"1e2", "syntax"}, {`"30"`, "syntax"}, {"true", "syntax"}, {"{}", "syntax"}, {`"\u0033d"`, "3d"},
	}
	for _, tt := range tests {
		var l TimeLimit
		err := json.Unmarshal([]byte(tt.in), &l)
		checkErr(t, "TimeLimit.UnmarshalJSON", err)
		if diff := cmp.Diff(tt.want, outcome(l, err)); diff != "" {
			t.Errorf("Unmarshal(%s) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestTimeLimitAfter(t *testing.T) {
	jan31 := calendar.MustDate(2025, 1, 31)
	tests := []struct {
		l    TimeLimit
		from calendar.Date
		want string
	}{
		{TimeLimit{}, jan31, "not set"},
		{MustTimeLimit(calendar.Days(0)), jan31, "2025-01-31"},
		{MustTimeLimit(calendar.Days(30)), jan31, "2025-03-02"},
		{MustTimeLimit(calendar.Months(1)), jan31, "2025-02-28"}, // clamped
		{MustTimeLimit(calendar.Period{Months: 1, Days: 1}), jan31, "2025-03-01"},
		{MustTimeLimit(calendar.Days(3)), calendar.Date{}, "not set"},
	}
	for _, tt := range tests {
		d, ok := tt.l.After(tt.from)
		got := "not set"
		if ok {
			got = d.String()
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%v.After(%v) (-want +got):\n%s", tt.l, tt.from, diff)
		}
	}
}

// propTimeLimitJSONRoundTrip: Property: json.Unmarshal(json.Marshal(l))
// equals l, and so does ParseTimeLimit(l.String()) for a limit that is set.
func propTimeLimitJSONRoundTrip(t *rapid.T) {
	l := genLimit(t, "limit")
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	var back TimeLimit
	if err := json.Unmarshal(b, &back); err != nil || back != l {
		t.Fatalf("Unmarshal(%s) = %v, %v; want %v", b, back, err, l)
	}
	if !l.IsSet() {
		return
	}
	if p, err := ParseTimeLimit(l.String()); err != nil || p != l {
		t.Fatalf("ParseTimeLimit(%q) = %v, %v; want %v", l.String(), p, err, l)
	}
}

func TestTimeLimitJSONRoundTrip(t *testing.T) { rapid.Check(t, propTimeLimitJSONRoundTrip) }

func FuzzTimeLimitJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propTimeLimitJSONRoundTrip)) }

// FuzzTimeLimitUnmarshalJSON: every error wraps a sentinel, and an
// accepted limit marshals back to JSON that reads as the same limit.
func FuzzTimeLimitUnmarshalJSON(f *testing.F) {
	for _, s := range []string{"null", "0", "30", `"5m"`, `"2m15d"`, "-1", "1e3", `"1y2m3d"`, `""`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var l TimeLimit
		err := l.UnmarshalJSON(b)
		checkErr(t, "TimeLimit.UnmarshalJSON", err)
		if err != nil {
			return
		}
		out, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("Marshal(%v): %v", l, err)
		}
		var back TimeLimit
		if err := back.UnmarshalJSON(out); err != nil || back != l {
			t.Fatalf("round trip of %s: %s gives %v, %v", b, out, back, err)
		}
	})
}

// FuzzParseTimeLimit: every error wraps a sentinel, and an accepted text
// is written back as it was read.
func FuzzParseTimeLimit(f *testing.F) {
	for _, s := range []string{"30d", "5m", "2m15d", "1y", "", "3d3d", "0010d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseTimeLimit(s)
		checkErr(t, "ParseTimeLimit", err)
		if err != nil {
			return
		}
		if back, err := ParseTimeLimit(l.String()); err != nil || back != l {
			t.Fatalf("ParseTimeLimit(%q) = %v, then %v, %v", s, l, back, err)
		}
	})
}

// Property: a limit keeps the period it was built with, every part up to
// its bound (a TimeLimit holds its parts in 16 bits).
func propTimeLimitKeepsItsPeriod(t *rapid.T) {
	p := calendar.Period{
		Years:  rapid.IntRange(0, 10).Draw(t, "years"),
		Months: rapid.IntRange(0, 120).Draw(t, "months"),
		Days:   rapid.IntRange(0, 3660).Draw(t, "days"),
	}
	l, err := NewTimeLimit(p)
	if p.Years*12+p.Months > 120 {
		if err == nil {
			t.Fatalf("%v accepted", p)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if got, set := l.Period(); got != p || !set {
		t.Fatalf("NewTimeLimit(%v).Period() = %v, %v", p, got, set)
	}
}

func TestTimeLimitKeepsItsPeriod(t *testing.T) { rapid.Check(t, propTimeLimitKeepsItsPeriod) }
