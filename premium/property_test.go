package premium_test

import (
	"errors"
	"testing"

	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// Generators draw primitives (minor units, digits) and build the domain
// values, so that rapid's logs stay readable.

func genCurrency(t *rapid.T) policy.Currency {
	return rapid.SampledFrom([]policy.Currency{policy.EUR, policy.JPY, policy.GBP}).Draw(t, "currency")
}

// genMoney is an amount of cur in whole minor units.
func genMoney(t *rapid.T, label string, cur policy.Currency) policy.Amount {
	units := rapid.OneOf(rapid.Just(int64(0)), rapid.Int64Range(0, 1000), rapid.Int64Range(0, 10_000_000_000)).Draw(t, label)
	a, err := policy.NewAmount(cur, decimal.New(units, -cur.Scale()))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// genPrice is a unit price of cur with up to three decimals more than its
// minor unit.
func genPrice(t *rapid.T, label string, cur policy.Currency) policy.Price {
	units := rapid.OneOf(rapid.Just(int64(0)), rapid.Int64Range(0, 1000), rapid.Int64Range(0, 10_000_000_000)).Draw(t, label)
	exp := -cur.Scale() - int32(rapid.IntRange(0, 3).Draw(t, label+".extraDecimals"))
	p, err := policy.NewPrice(cur, decimal.New(units, exp))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// genFraction is a rate in [0, 1] with up to 6 decimals.
func genFraction(t *rapid.T, label string) policy.Rate {
	n := rapid.OneOf(rapid.Just(int64(0)), rapid.Int64Range(0, 20_000), rapid.Int64Range(0, 1_000_000)).Draw(t, label)
	r, err := policy.NewRate(decimal.New(n, -6))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func genInput(t *rapid.T) premium.Input {
	cur := genCurrency(t)
	in := premium.Input{
		Currency:        cur,
		Minimum:         genMoney(t, "minimum", cur),
		InstalmentsPaid: genMoney(t, "instalmentsPaid", cur),
		Rounding:        rapid.SampledFrom([]policy.RoundingMode{policy.HalfAwayFromZero, policy.HalfEven, policy.Down, policy.Up}).Draw(t, "rounding"),
		Options:         premium.Options{TaxFees: rapid.Bool().Draw(t, "taxFees"), ResidualTaxGroup: "g0"},
	}
	n := rapid.IntRange(1, 4).Draw(t, "groups")
	for i := range n {
		in.Groups = append(in.Groups, premium.GroupInput{
			Group:    "g" + string(rune('0'+i)),
			Rate:     genFraction(t, "rate"),
			TaxRate:  rapid.SampledFrom([]policy.Rate{rate("0"), rate("0.09"), rate("0.2")}).Draw(t, "taxRate"),
			Turnover: genMoney(t, "turnover", cur),
		})
	}
	for range rapid.IntRange(0, 3).Draw(t, "fees") {
		in.Fees = append(in.Fees, premium.FeeInput{Name: "fee", UnitPrice: genPrice(t, "unitPrice", cur), Count: rapid.Int64Range(0, 1000).Draw(t, "count")})
	}
	return in
}

func calc(t *rapid.T, in premium.Input) premium.Result {
	r, err := premium.Calculate(in)
	if err != nil {
		t.Fatalf("Calculate: %v", err)
	}
	return r
}

func cmpAmounts(t *rapid.T, a, b policy.Amount) int {
	c, err := a.Cmp(b)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func sum(t *rapid.T, cur policy.Currency, as ...policy.Amount) policy.Amount {
	s, err := policy.Sum(cur, as...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Property: more turnover in a group never lowers that group's premium,
// the premium on turnover or the final premium.
func propNonDecreasingInTurnover(t *rapid.T) {
	in := genInput(t)
	before := calc(t, in)
	i := rapid.IntRange(0, len(in.Groups)-1).Draw(t, "group")
	more := genMoney(t, "more", in.Currency)
	in.Groups[i].Turnover, _ = in.Groups[i].Turnover.Add(more)
	after := calc(t, in)
	if cmpAmounts(t, after.Groups[i].Premium, before.Groups[i].Premium) < 0 ||
		cmpAmounts(t, after.PremiumOnTurnover, before.PremiumOnTurnover) < 0 ||
		cmpAmounts(t, after.FinalPremium, before.FinalPremium) < 0 {
		t.Fatalf("turnover +%v: premium %v → %v, final %v → %v", more, before.PremiumOnTurnover, after.PremiumOnTurnover, before.FinalPremium, after.FinalPremium)
	}
}

func TestPropNonDecreasingInTurnover(t *testing.T) { rapid.Check(t, propNonDecreasingInTurnover) }

// Property: a higher rate in a group never lowers that group's premium,
// the premium on turnover or the final premium.
func propNonDecreasingInRate(t *rapid.T) {
	in := genInput(t)
	before := calc(t, in)
	i := rapid.IntRange(0, len(in.Groups)-1).Draw(t, "group")
	higher := genFraction(t, "higher")
	if higher.Cmp(in.Groups[i].Rate) < 0 {
		higher = in.Groups[i].Rate
	}
	in.Groups[i].Rate = higher
	after := calc(t, in)
	if cmpAmounts(t, after.Groups[i].Premium, before.Groups[i].Premium) < 0 ||
		cmpAmounts(t, after.PremiumOnTurnover, before.PremiumOnTurnover) < 0 ||
		cmpAmounts(t, after.FinalPremium, before.FinalPremium) < 0 {
		t.Fatalf("rate → %v: premium %v → %v", higher, before.PremiumOnTurnover, after.PremiumOnTurnover)
	}
}

func TestPropNonDecreasingInRate(t *testing.T) { rapid.Check(t, propNonDecreasingInRate) }

// Property: the final premium is never below the minimum nor below the
// premium on turnover, and it is one of the two.
func propFinalNeverBelowMinimum(t *rapid.T) {
	r := calc(t, genInput(t))
	if cmpAmounts(t, r.FinalPremium, r.Minimum) < 0 || cmpAmounts(t, r.FinalPremium, r.PremiumOnTurnover) < 0 ||
		!(r.FinalPremium.Equal(r.Minimum) || r.FinalPremium.Equal(r.PremiumOnTurnover)) {
		t.Fatalf("final %v, minimum %v, on turnover %v", r.FinalPremium, r.Minimum, r.PremiumOnTurnover)
	}
}

func TestPropFinalNeverBelowMinimum(t *testing.T) { rapid.Check(t, propFinalNeverBelowMinimum) }

// Property: the adjustment plus the instalments paid is the final premium.
func propAdjustmentPlusInstalmentsIsFinal(t *rapid.T) {
	r := calc(t, genInput(t))
	if got := sum(t, r.Currency, r.Adjustment, r.InstalmentsPaid); !got.Equal(r.FinalPremium) {
		t.Fatalf("adjustment %v + paid %v = %v, final %v", r.Adjustment, r.InstalmentsPaid, got, r.FinalPremium)
	}
}

func TestPropAdjustmentPlusInstalmentsIsFinal(t *testing.T) {
	rapid.Check(t, propAdjustmentPlusInstalmentsIsFinal)
}

// Property: each total is the sum of its lines (premium on turnover, fees,
// total, tax, total with tax), and every line is in whole minor units.
func propTotalsAreSumsOfLines(t *rapid.T) {
	r := calc(t, genInput(t))
	cur := r.Currency
	var groups, fees, taxes []policy.Amount
	for _, g := range r.Groups {
		groups = append(groups, g.Premium)
	}
	for _, f := range r.Fees {
		fees = append(fees, f.Amount)
	}
	for _, x := range r.Taxes {
		taxes = append(taxes, x.Tax)
	}
	for _, c := range []struct {
		name      string
		got, want policy.Amount
	}{
		{"premium on turnover", r.PremiumOnTurnover, sum(t, cur, groups...)},
		{"fees", r.FeesTotal, sum(t, cur, fees...)},
		{"total", r.Total, sum(t, cur, r.FinalPremium, r.FeesTotal)},
		{"tax", r.Tax, sum(t, cur, taxes...)},
		{"total with tax", r.TotalWithTax, sum(t, cur, r.Total, r.Tax)},
	} {
		if !c.got.Equal(c.want) {
			t.Fatalf("%s = %v, sum of lines %v", c.name, c.got, c.want)
		}
		if !c.got.Round(policy.Down).Equal(c.got) {
			t.Fatalf("%s = %v is not in whole minor units", c.name, c.got)
		}
	}
}

func TestPropTotalsAreSumsOfLines(t *testing.T) { rapid.Check(t, propTotalsAreSumsOfLines) }

// Property: the tax bases add up to the tax base exactly (the final
// premium, plus the fees with TaxFees): no premium escapes the tax split.
func propTaxBasesConserveTheBase(t *rapid.T) {
	in := genInput(t)
	r := calc(t, in)
	want := r.FinalPremium
	if in.Options.TaxFees {
		want = r.Total
	}
	var bases []policy.Amount
	for _, x := range r.Taxes {
		bases = append(bases, x.Base)
	}
	if got := sum(t, r.Currency, bases...); !got.Equal(want) {
		t.Fatalf("tax bases add up to %v, want %v", got, want)
	}
}

func TestPropTaxBasesConserveTheBase(t *testing.T) { rapid.Check(t, propTaxBasesConserveTheBase) }

// Property: instalments add up to the deposit exactly and differ from one
// another by at most one minor unit.
func propInstalmentsSumToDeposit(t *rapid.T) {
	cur := genCurrency(t)
	deposit := genMoney(t, "deposit", cur)
	f := rapid.SampledFrom([]premium.Frequency{premium.Monthly, premium.Quarterly, premium.HalfYearly, premium.Yearly}).Draw(t, "frequency")
	s, err := premium.Instalments(deposit, day("2025-01-01").AddDays(rapid.IntRange(0, 3000).Draw(t, "from")), f)
	if err != nil {
		t.Fatal(err)
	}
	var amounts []policy.Amount
	for _, in := range s.Instalments {
		amounts = append(amounts, in.Amount)
	}
	if got := sum(t, cur, amounts...); !got.Equal(deposit) || len(amounts) != 12/f.Months() {
		t.Fatalf("%d instalments add up to %v, deposit %v", len(amounts), got, deposit)
	}
	unit := decimal.New(1, -cur.Scale())
	for _, a := range amounts {
		if a.Decimal().Sub(amounts[len(amounts)-1].Decimal()).Abs().Cmp(unit) > 0 {
			t.Fatalf("instalments %v differ by more than one minor unit", amounts)
		}
	}
}

func TestPropInstalmentsSumToDeposit(t *testing.T) { rapid.Check(t, propInstalmentsSumToDeposit) }

// genTiling draws the cut points of bands that tile [cuts[0], ∞), at least 2
// apart so that no count band is empty: each cut belongs to the band above
// it or (ToIncluded) to the band below.
func genTiling(t *rapid.T, label string, n int) ([]int, []bool) {
	cuts := []int{rapid.IntRange(0, 5).Draw(t, label+".start")}
	for range n - 1 {
		cuts = append(cuts, cuts[len(cuts)-1]+rapid.IntRange(2, 10).Draw(t, label+".width"))
	}
	below := make([]bool, n)
	for i := range below {
		below[i] = rapid.Bool().Draw(t, label+".cutBelongsBelow")
	}
	return cuts, below
}

// band i of a tiling: [cuts[i], cuts[i+1]) or with the cut on the other side.
func tile[T premium.Bound](cuts []int, below []bool, i int, conv func(int) T) premium.Range[T] {
	r := premium.Range[T]{From: conv(cuts[i]), FromExcluded: i > 0 && below[i]}
	if i == len(cuts)-1 {
		r.Unbounded = true
		return r
	}
	r.To, r.ToIncluded = conv(cuts[i+1]), below[i+1]
	return r
}

// Property: on a grid whose bands tile the turnover × buyers plane of each
// sector, every profile in the plane finds a band, the band found is the
// only one containing the profile, and the grid validates.
func propGridLookupTotalAndUnique(t *rapid.T) {
	tc, tb := genTiling(t, "turnover", rapid.IntRange(1, 4).Draw(t, "turnoverBands"))
	bc, bb := genTiling(t, "buyers", rapid.IntRange(1, 4).Draw(t, "buyerBands"))
	euros := func(n int) policy.Amount { return amt("EUR " + itoa(n*100000)) }
	buyers := func(n int) int { return n }
	g := premium.Grid{Currency: policy.EUR}
	for _, sector := range []string{"a", "b"} {
		for i := range tc {
			for j := range bc {
				g.Bands = append(g.Bands, premium.Band{Sector: sector, Turnover: tile(tc, tb, i, euros), Buyers: tile(bc, bb, j, buyers), Price: euros(i + j)})
			}
		}
	}
	if err := g.Validate(); err != nil {
		t.Fatalf("tiling grid refused: %v", err)
	}
	p := premium.Profile{
		Sector:   rapid.SampledFrom([]string{"a", "b"}).Draw(t, "sector"),
		Turnover: amt("EUR " + itoa(rapid.IntRange(tc[0]*100000, tc[len(tc)-1]*100000+300000).Draw(t, "turnover"))),
		Buyers:   rapid.IntRange(bc[0], bc[len(bc)-1]+3).Draw(t, "buyers"),
	}
	o, err := premium.FlatRate(g, p)
	if err != nil {
		t.Fatalf("FlatRate(%+v): %v", p, err)
	}
	containing := 0
	for i, b := range g.Bands {
		inT, _ := b.Turnover.Contains(p.Turnover)
		inB, _ := b.Buyers.Contains(p.Buyers)
		if b.Sector == p.Sector && inT && inB {
			containing++
			if i != o.Band {
				t.Fatalf("band %d also contains %+v, FlatRate chose %d", i, p, o.Band)
			}
		}
	}
	if containing != 1 {
		t.Fatalf("%d bands contain %+v", containing, p)
	}
}

func TestPropGridLookupTotalAndUnique(t *testing.T) { rapid.Check(t, propGridLookupTotalAndUnique) }

func genIntRange(t *rapid.T, label string) premium.Range[int] {
	from := rapid.IntRange(0, 20).Draw(t, label+".from")
	return premium.Range[int]{
		From: from, FromExcluded: rapid.Bool().Draw(t, label+".fromExcluded"),
		To: from + rapid.IntRange(0, 10).Draw(t, label+".width"), ToIncluded: rapid.Bool().Draw(t, label+".toIncluded"),
		Unbounded: rapid.Bool().Draw(t, label+".unbounded"),
	}
}

// Property: two bands of one sector and one turnover band are refused as
// overlapping exactly when some number of buyers lies in both.
func propOverlapIffSharedValue(t *rapid.T) {
	a, b := genIntRange(t, "a"), genIntRange(t, "b")
	grid := premium.Grid{Currency: policy.EUR, Bands: []premium.Band{
		{Turnover: money("EUR 0", ""), Buyers: a, Price: amt("EUR 1")},
		{Turnover: money("EUR 0", ""), Buyers: b, Price: amt("EUR 2")},
	}}
	err := grid.Validate()
	if errors.Is(err, policy.ErrInconsistent) {
		t.Skip("an empty band")
	}
	shared := false
	for n := 0; n <= 32; n++ {
		inA, _ := a.Contains(n)
		inB, _ := b.Contains(n)
		shared = shared || (inA && inB)
	}
	if shared != errors.Is(err, premium.ErrOverlappingBands) {
		t.Fatalf("%v and %v: shared value %v, Validate %v", a, b, shared, err)
	}
}

func TestPropOverlapIffSharedValue(t *testing.T) { rapid.Check(t, propOverlapIffSharedValue) }

// Property: an indemnity after the offer's caps is never negative, never
// above the indemnity, and never above what is left of either cap.
func propCapBounds(t *rapid.T) {
	cur := policy.EUR
	o := premium.Offer{BuyerCap: genMoney(t, "buyerCap", cur), YearCap: genMoney(t, "yearCap", cur)}
	ind, onBuyer, inYear := genMoney(t, "indemnity", cur), genMoney(t, "onBuyer", cur), genMoney(t, "inYear", cur)
	c, err := o.Cap(ind, onBuyer, inYear)
	if err != nil {
		t.Fatal(err)
	}
	leftBuyer, _ := o.BuyerCap.Sub(onBuyer)
	leftYear, _ := o.YearCap.Sub(inYear)
	if c.Indemnity.IsNegative() || cmpAmounts(t, c.Indemnity, ind) > 0 ||
		(c.Indemnity.IsPositive() && (cmpAmounts(t, c.Indemnity, leftBuyer) > 0 || cmpAmounts(t, c.Indemnity, leftYear) > 0)) {
		t.Fatalf("capped %v from %v, left %v / %v", c.Indemnity, ind, leftBuyer, leftYear)
	}
}

func TestPropCapBounds(t *testing.T) { rapid.Check(t, propCapBounds) }

// Property: a profit share is never negative and never above the premium
// of the period.
func propProfitShareBounds(t *rapid.T) {
	cur := genCurrency(t)
	terms := premium.ProfitShareTerms{Share: genFraction(t, "share"), ManagementCharge: genFraction(t, "charge"), Years: rapid.IntRange(1, 3).Draw(t, "years"), CarryForward: rapid.Bool().Draw(t, "carry")}
	var years []premium.YearAccount
	for range terms.Years {
		years = append(years, premium.YearAccount{Premium: genMoney(t, "premium", cur), IndemnitiesPaid: genMoney(t, "indemnities", cur)})
	}
	carried := policy.Zero(cur)
	if terms.CarryForward {
		carried = genMoney(t, "carried", cur).Neg()
	}
	r, err := premium.ProfitShare(terms, years, carried, policy.HalfAwayFromZero)
	if err != nil {
		t.Fatal(err)
	}
	if r.ProfitShare.IsNegative() || cmpAmounts(t, r.ProfitShare, r.Premium) > 0 || r.CarriedOut.IsPositive() {
		t.Fatalf("profit share %v, premium %v, carried out %v", r.ProfitShare, r.Premium, r.CarriedOut)
	}
}

func TestPropProfitShareBounds(t *testing.T) { rapid.Check(t, propProfitShareBounds) }

// The same properties as fuzz targets (go test -fuzz=FuzzPropX).

func FuzzPropNonDecreasingInTurnover(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propNonDecreasingInTurnover))
}
func FuzzPropNonDecreasingInRate(f *testing.F)    { f.Fuzz(rapid.MakeFuzz(propNonDecreasingInRate)) }
func FuzzPropFinalNeverBelowMinimum(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propFinalNeverBelowMinimum)) }
func FuzzPropAdjustmentPlusInstalmentsIsFinal(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propAdjustmentPlusInstalmentsIsFinal))
}
func FuzzPropTotalsAreSumsOfLines(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propTotalsAreSumsOfLines)) }
func FuzzPropTaxBasesConserveTheBase(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propTaxBasesConserveTheBase))
}
func FuzzPropInstalmentsSumToDeposit(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propInstalmentsSumToDeposit))
}
func FuzzPropGridLookupTotalAndUnique(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propGridLookupTotalAndUnique))
}
func FuzzPropOverlapIffSharedValue(f *testing.F) { f.Fuzz(rapid.MakeFuzz(propOverlapIffSharedValue)) }
func FuzzPropCapBounds(f *testing.F)             { f.Fuzz(rapid.MakeFuzz(propCapBounds)) }
func FuzzPropProfitShareBounds(f *testing.F)     { f.Fuzz(rapid.MakeFuzz(propProfitShareBounds)) }
