package policy

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCurrencyTable: the table is in strictly increasing order of codes
// (ParseCurrency searches it by halves), and every code reads back to
// itself with its scale.
func TestCurrencyTable(t *testing.T) {
	for i, e := range currencies {
		if i > 0 && currencies[i-1].code >= e.code {
			t.Errorf("currencies[%d] %q after %q: not in increasing order", i, e.code, currencies[i-1].code)
		}
		c, err := ParseCurrency(e.code)
		if err != nil {
			t.Fatalf("ParseCurrency(%q): %v", e.code, err)
		}
		if c.Code() != e.code || c.Scale() != int32(e.scale) {
			t.Errorf("ParseCurrency(%q) = %s scale %d, want scale %d", e.code, c.Code(), c.Scale(), e.scale)
		}
	}
}

// TestCurrencyScales: the minor units of a currency of each scale, and the
// codes refused.
func TestCurrencyScales(t *testing.T) {
	got := map[string]any{}
	for _, code := range []string{"EUR", "JPY", "KWD", "CLF", "USD", "XPF", "ZWG", "AED", "eur", "EU", "XXX", ""} {
		c, err := ParseCurrency(code)
		if err != nil {
			got[code] = "refused"
			continue
		}
		got[code] = c.Scale()
	}
	want := map[string]any{"EUR": int32(2), "JPY": int32(0), "KWD": int32(3), "CLF": int32(4), "USD": int32(2),
		"XPF": int32(0), "ZWG": int32(2), "AED": int32(2), "eur": "refused", "EU": "refused", "XXX": "refused", "": "refused"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scales (-want +got)\n%s", diff)
	}
	if s := (Currency{}).Scale(); s != 0 || (Currency{}).Code() != "" {
		t.Errorf("the zero Currency: scale %d code %q, want 0 and \"\"", s, (Currency{}).Code())
	}
}
