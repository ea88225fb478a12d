package policy

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// TestAmountBelowMinorUnitRefused: "EUR 1000.005" and "JPY 100.5" went in
// and came out. Every way in (ParseAmount, NewAmount, UnmarshalText, JSON)
// now refuses a value finer than the currency's minor unit, and
// MarshalText refuses to write one that Mul made.
func TestAmountBelowMinorUnitRefused(t *testing.T) {
	tests := []struct {
		in      string
		wantErr error
	}{
		{"EUR 1000.005", ErrOutOfRange},
		{"JPY 100.5", ErrOutOfRange},
		{"KWD 1.0005", ErrOutOfRange},
		{"EUR 0.001", ErrOutOfRange},
		{"EUR 1000.00", nil},
		{"EUR 1000.0000", nil}, // trailing zeros are whole cents
		{"JPY 100", nil},
		{"JPY 100.000", nil},
		{"KWD 1.005", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := ParseAmount(tt.in)
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("ParseAmount error (-want +got):\n%s", diff)
			}
			checkErr(t, "ParseAmount", err)
			code, num, _ := strings.Cut(tt.in, " ")
			_, err = NewAmount(MustCurrency(code), decimal.RequireFromString(num))
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("NewAmount error (-want +got):\n%s", diff)
			}
			var a Amount
			err = json.Unmarshal([]byte(`"`+tt.in+`"`), &a)
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("json.Unmarshal error (-want +got):\n%s", diff)
			}
			_, err = unrounded(tt.in).MarshalText()
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("MarshalText error (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantErr, unrounded(tt.in).Validate(), cmpopts.EquateErrors()); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNewAmountNewRateRefuse1e30: NewAmount and NewRate accepted 1e30,
// whose text UnmarshalText then refused. The constructors and the text
// forms now share one bound (24 integer digits, 18 decimals).
func TestNewAmountNewRateRefuse1e30(t *testing.T) {
	tests := []struct {
		name    string
		d       decimal.Decimal
		wantErr error
	}{
		{"1e30", decimal.New(1, 30), ErrSyntax},
		{"24 nines", decimal.RequireFromString(strings.Repeat("9", 24)), nil},
		{"25 digits", decimal.RequireFromString("1" + strings.Repeat("0", 24)), ErrSyntax},
		{"1e-19", decimal.New(1, -19), ErrSyntax},
		{"1e-18", decimal.New(1, -18), nil},
		{"zero with an exponent", decimal.New(0, 40), nil},
		{"1e-1000000000", decimal.New(1, -1_000_000_000), ErrSyntax},
		{"1e1000000000", decimal.New(1, 1_000_000_000), ErrSyntax},
		{"1e-18 written with 25 decimals", decimal.New(10_000_000, -25), nil},
		{"0.5 written with 30 decimals", decimal.New(5, -1).Truncate(30).Mul(decimal.New(1, 0)), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, errRate := NewRate(tt.d)
			if diff := cmp.Diff(tt.wantErr, errRate, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("NewRate error (-want +got):\n%s", diff)
			}
			checkErr(t, "NewRate", errRate)
			if errRate == nil {
				if _, err := ParseRate(r.String()); err != nil {
					t.Errorf("ParseRate(%q) of an accepted rate: %v", r, err)
				}
			}
			// In KWD (3 decimals), and in a unit price, the digit bound is
			// the same.
			_, errAmount := NewAmount(MustCurrency("KWD"), tt.d)
			_, errPrice := NewPrice(EUR, tt.d)
			if diff := cmp.Diff(tt.wantErr, errPrice, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("NewPrice error (-want +got):\n%s", diff)
			}
			if tt.wantErr != nil && errAmount == nil {
				t.Errorf("NewAmount(KWD %s) accepted", tt.name)
			}
		})
	}
}

// propConstructorsMatchText: Property: NewRate and ParseRate accept the same
// values, NewPrice and ParsePrice too: a value is accepted by the
// constructor exactly when its text is accepted by the parser, and then
// both give equal values.
func propConstructorsMatchText(t *rapid.T) {
	coef := rapid.OneOf(rapid.Int64Range(-1000, 1_000_000), rapid.Int64(),
		rapid.Map(rapid.Int64Range(1, 1000), func(n int64) int64 { return n * 1_000_000_000_000 })).Draw(t, "coefficient")
	exp := int32(rapid.IntRange(-25, 15).Draw(t, "exponent"))
	d := decimal.New(coef, exp)
	text := d.String()
	r, errNew := NewRate(d)
	back, errParse := ParseRate(text)
	if (errNew == nil) != (errParse == nil) {
		t.Fatalf("NewRate(%s) error %v, ParseRate(%q) error %v", d, errNew, text, errParse)
	}
	if errNew == nil && !back.Equal(r) {
		t.Fatalf("ParseRate(%q) = %s, NewRate = %s", text, back, r)
	}
	p, errNew := NewPrice(EUR, d)
	pb, errParse := ParsePrice("EUR " + text)
	if (errNew == nil) != (errParse == nil) {
		t.Fatalf("NewPrice(%s) error %v, ParsePrice error %v", d, errNew, errParse)
	}
	if errNew == nil && !pb.Equal(p) {
		t.Fatalf("ParsePrice(%q) = %s, NewPrice = %s", text, pb, p)
	}
}

func TestPropConstructorsMatchText(t *testing.T) { rapid.Check(t, propConstructorsMatchText) }

func TestNewAmountRound(t *testing.T) {
	tests := []struct {
		cur, v  string
		m       RoundingMode
		want    string
		wantErr error
	}{
		{"EUR", "722.225", HalfAwayFromZero, "EUR 722.23", nil},
		{"EUR", "722.225", Down, "EUR 722.22", nil},
		{"JPY", "100.5", HalfEven, "JPY 100", nil},
		{"EUR", "10.50000", Up, "EUR 10.50", nil},
		{"EUR", strings.Repeat("9", 24) + ".995", HalfAwayFromZero, "", ErrSyntax},
		{"EUR", "1", RoundingMode(9), "", ErrOutOfRange},
		{"", "1", HalfAwayFromZero, "", ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.cur+" "+tt.v, func(t *testing.T) {
			var c Currency
			if tt.cur != "" {
				c = MustCurrency(tt.cur)
			}
			got, err := NewAmountRound(c, decimal.RequireFromString(tt.v), tt.m)
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Fatalf("NewAmountRound error (-want +got):\n%s", diff)
			}
			checkErr(t, "NewAmountRound", err)
			if err == nil {
				if diff := cmp.Diff(tt.want, got.String()); diff != "" {
					t.Errorf("NewAmountRound (-want +got):\n%s", diff)
				}
			}
		})
	}
	if _, err := NewAmountRound(EUR, decimal.New(1, -1_000_000_000), HalfAwayFromZero); err == nil {
		t.Error("NewAmountRound(1e-1000000000) accepted")
	}
}

func TestParsePrice(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr error
	}{
		{"EUR 0.125", "EUR 0.125", nil},
		{"EUR 2", "EUR 2.00", nil},
		{"JPY 0.5", "JPY 0.5", nil},
		{"EUR 0.000000000000000001", "EUR 0.000000000000000001", nil},
		{"EUR 0.0000000000000000001", "", ErrSyntax},
		{"EUR -0.5", "", ErrOutOfRange},
		{"EUR 1e2", "", ErrSyntax},
		{"XXX 1", "", ErrUnknownCurrency},
		{"1", "", ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePrice(tt.in)
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Fatalf("ParsePrice error (-want +got):\n%s", diff)
			}
			checkErr(t, "ParsePrice", err)
			if err == nil {
				if diff := cmp.Diff(tt.want, got.String()); diff != "" {
					t.Errorf("ParsePrice (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestPriceTimes(t *testing.T) {
	tests := []struct {
		price   string
		n       int64
		m       RoundingMode
		want    string
		wantErr error
	}{
		{"EUR 0.125", 3, HalfAwayFromZero, "EUR 0.38", nil},
		{"EUR 0.125", 3, HalfEven, "EUR 0.38", nil},
		{"EUR 0.125", 2, HalfEven, "EUR 0.25", nil},
		{"EUR 2.855", 3, HalfAwayFromZero, "EUR 8.57", nil},
		{"JPY 0.5", 3, Down, "JPY 1", nil},
		{"EUR 1", -1, HalfAwayFromZero, "", ErrOutOfRange},
		{"EUR " + strings.Repeat("9", 24), 10, HalfAwayFromZero, "", ErrSyntax},
	}
	for _, tt := range tests {
		got, err := MustPrice(tt.price).Times(tt.n, tt.m)
		if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
			t.Errorf("%s × %d error (-want +got):\n%s", tt.price, tt.n, diff)
			continue
		}
		checkErr(t, "Times", err)
		if err == nil && got.String() != tt.want {
			t.Errorf("%s × %d (%s) = %s, want %s", tt.price, tt.n, tt.m, got, tt.want)
		}
	}
	if _, err := (Price{}).Times(1, HalfAwayFromZero); err == nil {
		t.Error("Price{}.Times accepted")
	}
}

// propPriceTextRoundTrip: Property: a Price marshals to a text that
// UnmarshalText reads back equal, through JSON too.
func propPriceTextRoundTrip(t *rapid.T) {
	c := genCurrency().Draw(t, "currency")
	d := genDecimal(t, "p", c.Scale(), 6).Abs()
	p, err := NewPrice(c, d)
	if err != nil {
		t.Fatalf("NewPrice(%s %s): %v", c, d, err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back Price
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(p) {
		t.Fatalf("json round trip of %s: %s, %v", p, back, err)
	}
}

func TestPriceTextRoundTrip(t *testing.T) { rapid.Check(t, propPriceTextRoundTrip) }

// propRateProductText: Property: a product of rates marshals to a text
// that UnmarshalText reads back equal, or, beyond 18 decimals, does not
// marshal at all.
func propRateProductText(t *rapid.T) {
	r := genRate(t, "r").Mul(genRate(t, "s")).Mul(genRate(t, "u"))
	b, err := r.MarshalText()
	if r.Decimal().Exponent() < -maxFractionDigits && !r.Decimal().Truncate(maxFractionDigits).Equal(r.Decimal()) {
		if err == nil {
			t.Fatalf("MarshalText(%s) of more than 18 decimals accepted", r)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	var back Rate
	if err := back.UnmarshalText(b); err != nil || !back.Equal(r) {
		t.Fatalf("UnmarshalText(%q) = %s, %v", b, back, err)
	}
}

func TestRateProductText(t *testing.T) { rapid.Check(t, propRateProductText) }

// The properties above as fuzz targets.
func FuzzPropConstructorsMatchText(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propConstructorsMatchText)) }
