package calendar

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

func TestDateScan(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		paris = time.FixedZone("CET", 3600)
	}
	tests := []struct {
		name string
		src  any
		want string // the Date scanned, "" for the zero Date, or "error"
	}{
		{"text", "2025-02-28", "2025-02-28"},
		{"bytes", []byte("2024-02-29"), "2024-02-29"},
		{"NULL", nil, ""},
		{"midnight UTC", time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), "2025-12-31"},
		{"midnight in the session zone", time.Date(2025, 1, 1, 0, 0, 0, 0, paris), "2025-01-01"},
		{"an instant", time.Date(2025, 1, 1, 23, 0, 0, 0, time.UTC), "error"},
		{"a nanosecond past midnight", time.Date(2025, 1, 1, 0, 0, 0, 1, time.UTC), "error"},
		{"impossible day", "2025-02-30", "error"},
		{"timestamp text", "2025-02-28T00:00:00Z", "error"},
		{"empty text", "", "error"},
		{"integer", int64(20250228), "error"},
		{"float", 2025.0, "error"},
		{"bool", true, "error"},
	}
	for _, tc := range tests {
		d := MustDate(1999, time.December, 31) // left unchanged on error
		got := ""
		if err := d.Scan(tc.src); err != nil {
			if !errors.Is(err, ErrInvalidDate) {
				t.Errorf("%s: error %v does not wrap ErrInvalidDate", tc.name, err)
			}
			if d != MustDate(1999, time.December, 31) {
				t.Errorf("%s: the Date changed on error: %v", tc.name, d)
			}
			got = "error"
		} else if !d.IsZero() {
			got = d.String()
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Scan(%#v) (-want +got)\n%s", tc.name, tc.src, diff)
		}
	}
}

func TestDateValue(t *testing.T) {
	tests := []struct {
		date string // "" for the zero Date
		want any
	}{
		{"2025-02-28", time.Date(2025, 2, 28, 0, 0, 0, 0, time.UTC)},
		{"0001-01-01", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"", nil},
	}
	for _, tc := range tests {
		var d Date
		if tc.date != "" {
			var err error
			if d, err = ParseDate(tc.date); err != nil {
				t.Fatal(err)
			}
		}
		got, err := d.Value()
		if err != nil {
			t.Errorf("%q: %v", tc.date, err)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: Value (-want +got)\n%s", tc.date, diff)
		}
	}
}

// sqlDate draws a date of the package's range, or the zero Date.
func sqlDate(t *rapid.T) Date {
	if rapid.Bool().Draw(t, "zero") {
		return Date{}
	}
	y := rapid.IntRange(MinYear, MaxYear).Draw(t, "y")
	m := time.Month(rapid.IntRange(1, 12).Draw(t, "m"))
	return MustDate(y, m, rapid.IntRange(1, daysIn(y, m)).Draw(t, "d"))
}

// Property: a Date written with Value and read back with Scan is the same
// Date (the zero Date through NULL).
func TestDateSQLRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := sqlDate(t)
		v, err := d.Value()
		if err != nil {
			t.Fatal(err)
		}
		var got Date
		if err := got.Scan(v); err != nil {
			t.Fatalf("Scan(%v): %v", v, err)
		}
		if got != d {
			t.Fatalf("Value then Scan of %v gave %v", d, got)
		}
	})
}

// FuzzDateScan: Scan never panics; what it accepts from text is a date
// whose Value scans back to it and whose text is the text read.
func FuzzDateScan(f *testing.F) {
	for _, s := range []string{"2025-02-28", "2024-02-29", "2025-02-30", "", "0000-01-01", "9999-12-31", "2025-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d Date
		if err := d.Scan([]byte(s)); err != nil {
			if !errors.Is(err, ErrInvalidDate) {
				t.Fatalf("Scan(%q): %v", s, err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("Scan(%q) gave %v", s, d)
		}
		v, err := d.Value()
		if err != nil {
			t.Fatal(err)
		}
		var back Date
		if err := back.Scan(v); err != nil || back != d {
			t.Fatalf("Value of %v scans back to %v, %v", d, back, err)
		}
	})
}
