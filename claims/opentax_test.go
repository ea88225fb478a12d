package claims

import (
	"testing"

	"github.com/creditins/creditins/policy"
	"github.com/google/go-cmp/cmp"
)

// TestOpenTax: the tax part of an open amount is gross less net, the
// invoice's own tax when they match, whatever the amounts' precision.
func TestOpenTax(t *testing.T) {
	tests := []struct {
		name, gross, net, tax, want string
	}{
		{"open in full", "EUR 1200.00", "EUR 1000.00", "EUR 200.00", "EUR 200.00"},
		{"half paid", "EUR 600.00", "EUR 500.00", "EUR 200.00", "EUR 100.00"},
		{"no tax", "EUR 1000.00", "EUR 1000.00", "EUR 0.00", "EUR 0.00"},
		{"beyond 15 digits", "EUR 123456789012345678.00", "EUR 100000000000000000.00", "EUR 23456789012345678.00", "EUR 23456789012345678.00"},
	}
	for _, tt := range tests {
		gross := policy.MustAmount(tt.gross)
		got := openTax(policy.EUR, gross.Decimal(), policy.MustAmount(tt.net), policy.MustAmount(tt.tax))
		if diff := cmp.Diff(tt.want, got.String()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}
