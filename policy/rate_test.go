package policy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

func TestParseRateAndFraction(t *testing.T) {
	tests := []struct {
		in          string
		want        string
		wantErr     error // ParseRate
		wantFracErr error // ParseFraction
	}{
		{"0.9", "0.9", nil, nil},
		{"0.90", "0.9", nil, nil},
		{"1", "1", nil, nil},
		{"0", "0", nil, nil},
		{"0.0035", "0.0035", nil, nil},
		{"1.2", "1.2", nil, ErrOutOfRange},
		{"90%", "", ErrSyntax, ErrSyntax},
		{"-0.1", "", ErrOutOfRange, ErrOutOfRange},
		{"9e-1", "", ErrSyntax, ErrSyntax},
		{".9", "", ErrSyntax, ErrSyntax},
		{"0,9", "", ErrSyntax, ErrSyntax},
		{"", "", ErrSyntax, ErrSyntax},
		{" 0.9", "", ErrSyntax, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseRate(tt.in)
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("ParseRate(%q) error (-want +got):\n%s", tt.in, diff)
			}
			checkErr(t, "ParseRate", err)
			if err == nil {
				if diff := cmp.Diff(tt.want, got.String()); diff != "" {
					t.Errorf("ParseRate(%q) (-want +got):\n%s", tt.in, diff)
				}
			}
			_, err = ParseFraction(tt.in)
			if diff := cmp.Diff(tt.wantFracErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("ParseFraction(%q) error (-want +got):\n%s", tt.in, diff)
			}
			checkErr(t, "ParseFraction", err)
		})
	}
}

func TestRatePercentAndComplement(t *testing.T) {
	if diff := cmp.Diff("90 %", MustRate("0.9").Percent()); diff != "" {
		t.Errorf("Percent (-want +got):\n%s", diff)
	}
	c, err := MustRate("0.9").Complement()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(MustRate("0.1"), c); diff != "" {
		t.Errorf("Complement(0.9) (-want +got):\n%s", diff)
	}
	if _, err := MustRate("1.5").Complement(); err == nil {
		t.Error("Complement(1.5) gave no error")
	}
}

// propRateTextRoundTrip: Property: ParseRate(r.String()) equals r, and so
// does UnmarshalText(MarshalText(r)).
func propRateTextRoundTrip(t *rapid.T) {
	r := genRate(t, "r")
	got, err := ParseRate(r.String())
	if err != nil || !got.Equal(r) {
		t.Fatalf("ParseRate(%q) = %s, %v", r, got, err)
	}
	b, _ := r.MarshalText()
	var back Rate
	if err := back.UnmarshalText(b); err != nil || !back.Equal(r) {
		t.Fatalf("UnmarshalText(%q) = %s, %v", b, back, err)
	}
}

func TestRateTextRoundTrip(t *testing.T) { rapid.Check(t, propRateTextRoundTrip) }
