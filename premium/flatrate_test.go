package premium_test

import (
	"errors"
	"testing"

	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
	"github.com/google/go-cmp/cmp"
)

func money(from, to string) premium.Range[policy.Amount] {
	if to == "" {
		return premium.Range[policy.Amount]{From: amt(from), Unbounded: true}
	}
	return premium.Range[policy.Amount]{From: amt(from), To: amt(to)}
}

// smeGrid is an invented grid (no public one exists): two
// turnover bands × two buyer bands for one sector, one band for another.
func smeGrid() premium.Grid {
	few := premium.Range[int]{From: 1, To: 20, ToIncluded: true}
	many := premium.Range[int]{From: 20, FromExcluded: true, To: 50, ToIncluded: true}
	return premium.Grid{
		Name:     "SME offer",
		Currency: policy.EUR,
		Bands: []premium.Band{
			{Sector: "wholesale", Turnover: money("EUR 0", "EUR 1000000"), Buyers: few, Price: amt("EUR 1800"), BuyerCap: amt("EUR 50000"), YearCap: amt("EUR 150000")},
			{Sector: "wholesale", Turnover: money("EUR 0", "EUR 1000000"), Buyers: many, Price: amt("EUR 2600"), BuyerCap: amt("EUR 50000"), YearCap: amt("EUR 200000")},
			{Sector: "wholesale", Turnover: money("EUR 1000000", "EUR 5000000"), Buyers: few, Price: amt("EUR 3900"), BuyerCap: amt("EUR 80000"), YearCap: amt("EUR 300000")},
			{Sector: "wholesale", Turnover: money("EUR 1000000", "EUR 5000000"), Buyers: many, Price: amt("EUR 4900"), BuyerCap: amt("EUR 80000"), YearCap: amt("EUR 400000")},
			{Sector: "services", Turnover: money("EUR 0", ""), Buyers: premium.Range[int]{From: 0, Unbounded: true}, Price: amt("EUR 2000")},
		},
	}
}

func TestFlatRate(t *testing.T) {
	tests := []struct {
		name     string
		profile  premium.Profile
		wantBand int
		want     string
		wantErr  error
	}{
		{"small wholesaler", premium.Profile{Sector: "wholesale", Turnover: amt("EUR 800000"), Buyers: 12}, 0, "EUR 1800", nil},
		{"20 buyers is the upper bound, included", premium.Profile{Sector: "wholesale", Turnover: amt("EUR 800000"), Buyers: 20}, 0, "EUR 1800", nil},
		{"21 buyers", premium.Profile{Sector: "wholesale", Turnover: amt("EUR 800000"), Buyers: 21}, 1, "EUR 2600", nil},
		{"EUR 1000000 belongs to the upper band", premium.Profile{Sector: "wholesale", Turnover: amt("EUR 1000000"), Buyers: 12}, 2, "EUR 3900", nil},
		{"just below EUR 1000000", premium.Profile{Sector: "wholesale", Turnover: amt("EUR 999999.99"), Buyers: 50}, 1, "EUR 2600", nil},
		{"another sector, open bands", premium.Profile{Sector: "services", Turnover: amt("EUR 90000000"), Buyers: 0}, 4, "EUR 2000", nil},
		{"turnover above the grid", premium.Profile{Sector: "wholesale", Turnover: amt("EUR 5000000"), Buyers: 12}, 0, "", premium.ErrNoBand},
		{"no buyer", premium.Profile{Sector: "wholesale", Turnover: amt("EUR 10"), Buyers: 0}, 0, "", premium.ErrNoBand},
		{"unknown sector", premium.Profile{Sector: "retail", Turnover: amt("EUR 10"), Buyers: 3}, 0, "", premium.ErrNoBand},
		{"turnover in francs", premium.Profile{Sector: "wholesale", Turnover: amt("CHF 10"), Buyers: 3}, 0, "", policy.ErrCurrencyMismatch},
		{"negative buyers", premium.Profile{Sector: "wholesale", Turnover: amt("EUR 10"), Buyers: -3}, 0, "", policy.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := premium.FlatRate(smeGrid(), tt.profile)
			wantErr(t, err, tt.wantErr)
			if tt.wantErr != nil {
				return
			}
			b := smeGrid().Bands[tt.wantBand]
			want := premium.Offer{Band: tt.wantBand, Price: amt(tt.want), BuyerCap: b.BuyerCap, YearCap: b.YearCap, Trace: got.Trace}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("FlatRate() mismatch (-want +got):\n%s", diff)
			}
			if len(got.Trace) != 1 {
				t.Errorf("trace: %v", got.Trace)
			}
		})
	}
}

func TestGridValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*premium.Grid)
		want   []error // every defect is reported
	}{
		{"valid", func(*premium.Grid) {}, nil},
		{"overlapping turnover and buyers", func(g *premium.Grid) {
			g.Bands[2].Turnover = money("EUR 900000", "EUR 5000000")
		}, []error{premium.ErrOverlappingBands}},
		{"bands touching at an included bound", func(g *premium.Grid) {
			g.Bands[0].Turnover.ToIncluded = true
		}, []error{premium.ErrOverlappingBands}},
		{"overlap in another sector is fine", func(g *premium.Grid) {
			g.Bands = append(g.Bands, premium.Band{Sector: "retail", Turnover: money("EUR 0", ""), Buyers: premium.Range[int]{From: 0, Unbounded: true}, Price: amt("EUR 1")})
		}, nil},
		{"an empty band and a bound in dollars", func(g *premium.Grid) {
			g.Bands[0].Buyers = premium.Range[int]{From: 5, To: 5}
			g.Bands[1].Turnover.To = amt("USD 1000000")
		}, []error{policy.ErrInconsistent, policy.ErrCurrencyMismatch}},
		{"count bands sharing no whole number do not overlap", func(g *premium.Grid) {
			g.Bands[0].Buyers = premium.Range[int]{From: 0, To: 1}
			g.Bands[1].Buyers = premium.Range[int]{From: 0, FromExcluded: true, Unbounded: true}
		}, nil},
		{"an open count band with no whole number is empty", func(g *premium.Grid) {
			g.Bands[0].Buyers = premium.Range[int]{From: 5, FromExcluded: true, To: 6}
		}, []error{policy.ErrInconsistent}},
		{"a reversed band", func(g *premium.Grid) { g.Bands[0].Buyers = premium.Range[int]{From: 9, To: 5} }, []error{policy.ErrInconsistent}},
		{"a negative bound", func(g *premium.Grid) { g.Bands[4].Buyers.From = -1 }, []error{policy.ErrOutOfRange}},
		{"a negative price and a cap in pounds", func(g *premium.Grid) {
			g.Bands[0].Price = amt("EUR -1")
			g.Bands[1].YearCap = amt("GBP 1")
		}, []error{policy.ErrOutOfRange, policy.ErrCurrencyMismatch}},
		{"no price", func(g *premium.Grid) { g.Bands[0].Price = policy.Amount{} }, []error{policy.ErrCurrencyMismatch}},
		{"no band", func(g *premium.Grid) { g.Bands = nil }, []error{policy.ErrMissing}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := smeGrid()
			tt.change(&g)
			err := g.Validate()
			if (err == nil) != (tt.want == nil) {
				t.Fatalf("Validate() = %v, want %v", err, tt.want)
			}
			for _, w := range tt.want {
				if !errors.Is(err, w) {
					t.Errorf("Validate() = %v, want one wrapping %v", err, w)
				}
			}
			if _, ferr := premium.FlatRate(g, premium.Profile{Sector: "wholesale", Turnover: amt("EUR 1"), Buyers: 1}); tt.want != nil && ferr == nil {
				t.Error("FlatRate accepted an invalid grid")
			}
		})
	}
}

func TestRange(t *testing.T) {
	r := premium.Range[policy.Rate]{From: rate("0.3"), FromExcluded: true, To: rate("0.7"), ToIncluded: true}
	if got := r.String(); got != "(0.3, 0.7]" {
		t.Errorf("String() = %q", got)
	}
	var got []bool
	for _, x := range []string{"0.3", "0.30001", "0.7", "0.70001"} {
		in, err := r.Contains(rate(x))
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, in)
	}
	if diff := cmp.Diff([]bool{false, true, true, false}, got); diff != "" {
		t.Errorf("Contains mismatch (-want +got):\n%s", diff)
	}
	if s := money("EUR 0", "").String(); s != "[EUR 0.00, ∞)" {
		t.Errorf("String() = %q", s)
	}
	_, err := money("EUR 0", "EUR 1").Contains(amt("USD 0.5"))
	wantErr(t, err, policy.ErrCurrencyMismatch)
}

func TestOfferCap(t *testing.T) {
	o := premium.Offer{BuyerCap: amt("EUR 50000"), YearCap: amt("EUR 150000")}
	tests := []struct {
		name                       string
		offer                      premium.Offer
		indemnity, onBuyer, inYear string
		want                       string
		wantErr                    error
	}{
		{"under both caps", o, "EUR 20000", "EUR 0", "EUR 0", "EUR 20000", nil},
		{"per-buyer cap", o, "EUR 60000", "EUR 0", "EUR 0", "EUR 50000", nil},
		{"per-buyer cap partly used", o, "EUR 30000", "EUR 35000", "EUR 35000", "EUR 15000", nil},
		{"per-year cap nearly used", o, "EUR 30000", "EUR 0", "EUR 140000", "EUR 10000", nil},
		{"per-year cap exceeded already", o, "EUR 30000", "EUR 0", "EUR 160000", "EUR 0", nil},
		{"no caps", premium.Offer{}, "EUR 1000000", "", "", "EUR 1000000", nil},
		{"indemnity in dollars against euro caps", o, "USD 1", "", "", "", policy.ErrCurrencyMismatch},
		{"negative paid", o, "EUR 1", "EUR -1", "", "", policy.ErrOutOfRange},
		{"no indemnity", o, "", "", "", "", policy.ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := func(s string) policy.Amount {
				if s == "" {
					return policy.Amount{}
				}
				return amt(s)
			}
			got, err := tt.offer.Cap(opt(tt.indemnity), opt(tt.onBuyer), opt(tt.inYear))
			wantErr(t, err, tt.wantErr)
			if tt.wantErr != nil {
				return
			}
			if diff := cmp.Diff(amt(tt.want), got.Indemnity); diff != "" {
				t.Errorf("Cap() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
