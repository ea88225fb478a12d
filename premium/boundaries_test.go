package premium_test

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// genMoneyRange draws a turnover band with whole-euro bounds from 0 to 15,
// each bound open or closed.
func genMoneyRange(t *rapid.T, label string) premium.Range[policy.Amount] {
	from := rapid.IntRange(0, 10).Draw(t, label+".from")
	to := from + rapid.IntRange(0, 5).Draw(t, label+".width")
	return premium.Range[policy.Amount]{
		From: amt("EUR " + strconv.Itoa(from)), FromExcluded: rapid.Bool().Draw(t, label+".fromExcluded"),
		To: amt("EUR " + strconv.Itoa(to)), ToIncluded: rapid.Bool().Draw(t, label+".toIncluded"),
		Unbounded: rapid.Bool().Draw(t, label+".unbounded"),
	}
}

// Property: two bands of one sector and one buyers band are refused as
// overlapping exactly when some turnover lies in both. The bounds are whole
// euros, so two bands that share a value share a whole or half euro.
func propMoneyOverlapIffSharedValue(t *rapid.T) {
	a, b := genMoneyRange(t, "a"), genMoneyRange(t, "b")
	buyers := premium.Range[int]{From: 0, Unbounded: true}
	grid := premium.Grid{Currency: policy.EUR, Bands: []premium.Band{
		{Turnover: a, Buyers: buyers, Price: amt("EUR 1")},
		{Turnover: b, Buyers: buyers, Price: amt("EUR 2")},
	}}
	err := grid.Validate()
	if errors.Is(err, policy.ErrInconsistent) {
		t.Skip("an empty band")
	}
	shared := false
	for half := 0; half <= 2*16; half++ {
		x := amt("EUR " + strconv.Itoa(half/2) + []string{".0", ".5"}[half%2])
		inA, _ := a.Contains(x)
		inB, _ := b.Contains(x)
		shared = shared || (inA && inB)
	}
	if shared != errors.Is(err, premium.ErrOverlappingBands) {
		t.Fatalf("%v and %v: shared value %v, Validate %v", a, b, shared, err)
	}
}

func TestPropMoneyOverlapIffSharedValue(t *testing.T) {
	rapid.Check(t, propMoneyOverlapIffSharedValue)
}

func FuzzPropMoneyOverlapIffSharedValue(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propMoneyOverlapIffSharedValue))
}

// TestBandsTouching checks bands that meet at one bound, where only the
// openness of the bounds decides whether they overlap.
func TestBandsTouching(t *testing.T) {
	r := func(from string, fromExcluded bool, to string, toIncluded bool) premium.Range[policy.Amount] {
		return premium.Range[policy.Amount]{From: amt("EUR " + from), FromExcluded: fromExcluded, To: amt("EUR " + to), ToIncluded: toIncluded}
	}
	tests := []struct {
		name string
		a, b premium.Range[policy.Amount]
		want error
	}{
		{"(5, 10] and [5, 5]", r("5", true, "10", true), r("5", false, "5", true), nil},
		{"[5, 10] and [5, 5]", r("5", false, "10", true), r("5", false, "5", true), premium.ErrOverlappingBands},
		{"[0, 5) and [5, 5]", r("0", false, "5", false), r("5", false, "5", true), nil},
		{"[0, 5] and [5, 5]", r("0", false, "5", true), r("5", false, "5", true), premium.ErrOverlappingBands},
		{"[0, 5) and [0, 5]", r("0", false, "5", false), r("0", false, "5", true), premium.ErrOverlappingBands},
		{"[5, 5] and [0, 5)", r("5", false, "5", true), r("0", false, "5", false), nil},
	}
	buyers := premium.Range[int]{From: 0, Unbounded: true}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			grid := premium.Grid{Currency: policy.EUR, Bands: []premium.Band{
				{Turnover: tc.a, Buyers: buyers, Price: amt("EUR 1")},
				{Turnover: tc.b, Buyers: buyers, Price: amt("EUR 2")},
			}}
			wantErr(t, grid.Validate(), tc.want)
		})
	}
}

// TestDeclarationPeriodsBound checks the bound of DeclarationPeriods at
// its edge: 1200 periods are accepted, 1201 refused ("more than 1200
// periods"), counting the periods that the dates actually give.
func TestDeclarationPeriodsBound(t *testing.T) {
	tests := []struct {
		from, to string
		f        premium.Frequency
		want     int
		wantErr  error
	}{
		{"2000-01-01", "2099-12-31", premium.Monthly, 1200, nil},
		{"2000-01-01", "2100-01-01", premium.Monthly, 0, policy.ErrOutOfRange},
		// 1201 calendar months, but the 1201st period would start on
		// 2100-01-31, after the end: 1200 periods.
		{"2000-01-31", "2100-01-30", premium.Monthly, 1200, nil},
		{"2000-01-31", "2100-01-31", premium.Monthly, 0, policy.ErrOutOfRange},
		{"2000-01-01", "2299-12-31", premium.Quarterly, 1200, nil},
		{"2000-01-01", "2300-01-01", premium.Quarterly, 0, policy.ErrOutOfRange},
	}
	for _, tc := range tests {
		ps, err := premium.DeclarationPeriods(day(tc.from), day(tc.to), tc.f, premium.Due{}, calendar.FRCivil)
		checkErr(t, err)
		if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) || len(ps) != tc.want {
			t.Errorf("DeclarationPeriods(%s, %s, %v) = %d periods, error %v; want %d, %v", tc.from, tc.to, tc.f, len(ps), err, tc.want, tc.wantErr)
		}
	}
}

// TestInstalmentsLastYear checks the last schedules that fit before the end
// of year 9999 and the first that do not.
func TestInstalmentsLastYear(t *testing.T) {
	tests := []struct {
		from    string
		f       premium.Frequency
		last    string
		wantErr error
	}{
		{"9999-01-01", premium.Monthly, "9999-12-01", nil},
		{"9999-02-01", premium.Monthly, "", policy.ErrOutOfRange},
		{"9999-03-31", premium.Quarterly, "9999-12-31", nil},
		{"9999-04-01", premium.Quarterly, "", policy.ErrOutOfRange},
		{"9999-12-31", premium.Yearly, "9999-12-31", nil},
	}
	for _, tc := range tests {
		s, err := premium.Instalments(amt("EUR 1200"), day(tc.from), tc.f)
		checkErr(t, err)
		last := ""
		if n := len(s.Instalments); n > 0 {
			last = s.Instalments[n-1].Due.String()
		}
		if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil) != (err == nil) || last != tc.last {
			t.Errorf("Instalments(%s, %v): last due %q, error %v; want %q, %v", tc.from, tc.f, last, err, tc.last, tc.wantErr)
		}
	}
}

// TestCountsAtTheirBounds checks the largest counts each entry point
// accepts and the next ones.
func TestCountsAtTheirBounds(t *testing.T) {
	annual := func(fees ...premium.FeeCount) error {
		turnover := append(quarters(premium.Domestic, "EUR 1000000"), quarters(premium.Export, "EUR 500000")...)
		_, err := premium.Annual(frenchTerms(), premium.Declarations{Turnover: turnover, Fees: fees}, premium.Options{})
		return err
	}
	topUp := func(months, minMonths int) error {
		_, err := premium.TopUpPremium(amt("EUR 1000"), rate("0.01"), months, minMonths, policy.HalfAwayFromZero)
		return err
	}
	deadline := func(days int) error {
		_, err := premium.DeclarationDeadline(day("2025-03-31"), premium.Due{Days: days}, calendar.FRCivil)
		return err
	}
	liability := func(multiple int64) error {
		terms := frenchTerms()
		terms.MaxLiability = policy.MaxLiability{PremiumMultiple: multiple}
		_, err := premium.MaxLiability(terms, amt("EUR 1000"))
		return err
	}
	tests := []struct {
		name string
		err  error
		want error
	}{
		{"a fee count of 0", annual(premium.FeeCount{Name: "monitoring", Count: 0}), nil},
		{"fee counts adding up to 2^53", annual(premium.FeeCount{Name: "monitoring", Count: 1<<53 - 1}, premium.FeeCount{Name: "monitoring", Count: 1}), nil},
		{"fee counts adding up to 2^53 + 1", annual(premium.FeeCount{Name: "monitoring", Count: 1 << 53}, premium.FeeCount{Name: "monitoring", Count: 1}), policy.ErrOutOfRange},
		{"a top-up of 1200 months", topUp(1200, 0), nil},
		{"a top-up of 1201 months", topUp(1201, 0), policy.ErrOutOfRange},
		{"a minimum of 1200 months", topUp(1, 1200), nil},
		{"a minimum of 1201 months", topUp(1, 1201), policy.ErrOutOfRange},
		{"a top-up of 0 months", topUp(0, 0), policy.ErrOutOfRange},
		{"declarations due 3660 days after the period", deadline(3660), nil},
		{"declarations due 3661 days after the period", deadline(3661), policy.ErrOutOfRange},
		{"a premium multiple of 0", liability(0), nil},
		{"a negative premium multiple", liability(-1), policy.ErrOutOfRange},
	}
	for _, tc := range tests {
		checkErr(t, tc.err)
		if !errors.Is(tc.err, tc.want) || (tc.want == nil) != (tc.err == nil) {
			t.Errorf("%s: error %v, want %v", tc.name, tc.err, tc.want)
		}
	}
}

// TestErrorFields checks the paths that errors give to the fields of list
// elements: "list[i].field", or "list[i]" for the element itself.
func TestErrorFields(t *testing.T) {
	overlapping := premium.Grid{Currency: policy.EUR, Bands: []premium.Band{
		{Turnover: money("EUR 0", ""), Buyers: premium.Range[int]{From: 0, Unbounded: true}, Price: amt("EUR 1")},
		{Turnover: money("EUR 0", ""), Buyers: premium.Range[int]{From: 0, Unbounded: true}, Price: amt("EUR 2")},
	}}
	_, unpriced := premium.Annual(frenchTerms(), premium.Declarations{Fees: []premium.FeeCount{{Name: "collection", Count: 1}}}, premium.Options{})
	var got []string
	for _, err := range []error{overlapping.Validate(), unpriced} {
		var re *policy.RuleError
		if !errors.As(err, &re) {
			t.Fatalf("error %v is no *policy.RuleError", err)
		}
		got = append(got, re.Field)
	}
	if diff := cmp.Diff([]string{"bands[1]", "fees[0].name"}, got); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
}

// TestTraceCounts checks the counted nouns of the traces: "1 group",
// "2 groups", and the numbering of instalments.
func TestTraceCounts(t *testing.T) {
	one := premium.Input{Currency: policy.EUR, Minimum: amt("EUR 0"), InstalmentsPaid: amt("EUR 0"),
		Groups: []premium.GroupInput{{Group: "domestic", Rate: rate("0.01"), Turnover: amt("EUR 1000")}},
		Fees:   []premium.FeeInput{{Name: "monitoring", UnitPrice: policy.MustPrice("EUR 2"), Count: 3}}}
	two := one
	two.Groups = append(append([]premium.GroupInput(nil), one.Groups...), premium.GroupInput{Group: "export", Rate: rate("0.02"), Turnover: amt("EUR 500")})
	var got []string
	for _, in := range []premium.Input{one, two} {
		res, err := premium.Calculate(in)
		if err != nil {
			t.Fatalf("Calculate: %v", err)
		}
		for _, s := range res.Trace {
			if s.Rule == "premium on turnover" || s.Rule == "fees" {
				got = append(got, s.Inputs)
			}
		}
	}
	s, err := premium.Instalments(amt("EUR 1000"), day("2025-01-01"), premium.HalfYearly)
	if err != nil {
		t.Fatalf("Instalments: %v", err)
	}
	for _, step := range s.Trace {
		got = append(got, step.Rule)
	}
	want := []string{"sum of 1 group", "sum of 1 fee", "sum of 2 groups", "sum of 1 fee", "instalment 1 of 2", "instalment 2 of 2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("trace (-want +got):\n%s", diff)
	}
}
