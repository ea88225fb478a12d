package policy

import (
	"errors"
	"testing"

	"github.com/creditins/creditins/internal/jsontest"

	"github.com/creditins/creditins/calendar"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

var testCountries = []string{"FR", "DE", "US", "AR", "BR", "fr", "D", ""}

// genCountryGroup draws a country group that marshals to JSON but need not
// be valid (duplicate or malformed countries, no countries, rates above 1).
func genCountryGroup(t *rapid.T) CountryGroup {
	g := CountryGroup{
		Name:                   rapid.SampledFrom(testGroups).Draw(t, "cg.name"),
		Others:                 rapid.Bool().Draw(t, "cg.others"),
		WaitingPeriod:          genLimit(t, "cg.waitingPeriod"),
		PoliticalWaitingPeriod: genLimit(t, "cg.politicalWaitingPeriod"),
	}
	for range rapid.IntRange(0, 3).Draw(t, "cg.countries") {
		g.Countries = append(g.Countries, rapid.SampledFrom(testCountries).Draw(t, "cg.country"))
	}
	if rapid.Bool().Draw(t, "cg.quotites") {
		g.Quotites = Quotites{Named: genRate(t, "cg.q.named"), Discretionary: genRate(t, "cg.q.discretionary"), Political: genRate(t, "cg.q.political")}
	}
	return g
}

func genTurnoverExclusions(t *rapid.T) TurnoverExclusions {
	return TurnoverExclusions{
		RelatedCompanies: rapid.Bool().Draw(t, "x.related"), PublicBuyers: rapid.Bool().Draw(t, "x.public"),
		PrivateIndividuals: rapid.Bool().Draw(t, "x.individuals"), CashSales: rapid.Bool().Draw(t, "x.cash"),
		LetterOfCreditSales: rapid.Bool().Draw(t, "x.lc"),
	}
}

func groupTerms() Terms {
	return Terms{
		Currency: MustCurrency("EUR"), MaxCreditDays: MustTimeLimit(calendar.Days(120)),
		WaitingPeriod: MustTimeLimit(calendar.Months(5)),
		Quotites:      Quotites{Named: MustRate("0.9"), Political: MustRate("0.9")},
		Countries:     []CountryCover{{Country: "AR", PoliticalWaitingPeriod: MustTimeLimit(calendar.Months(4))}},
		CountryGroups: []CountryGroup{
			{Name: "export", Countries: []string{"DE", "US", "AR"}, WaitingPeriod: MustTimeLimit(calendar.Months(3)),
				PoliticalWaitingPeriod: MustTimeLimit(calendar.Months(6)), Quotites: Quotites{Named: MustRate("0.85"), Political: MustRate("0.8")}},
			{Name: "world", Others: true},
		},
		MaxCreditDaysByGroup: []GroupLimit{{Group: "Export", Limit: MustTimeLimit(calendar.Days(180))}},
		Premium:              PremiumTerms{Rates: []GroupRate{{Group: "export", Rate: MustRate("0.003")}, {Group: "world", Rate: MustRate("0.004")}}},
	}
}

func TestForCountry(t *testing.T) {
	type view struct {
		Group, MaxCredit, Waiting, Named, Political, PoliticalWaiting string
	}
	for _, tc := range []struct {
		country string
		want    view
	}{
		{"DE", view{"export", "180d", "3m", "0.85", "0.8", "6m"}},
		{"AR", view{"export", "180d", "3m", "0.85", "0.8", "4m"}}, // the country's own schedule prevails
		{"BR", view{"world", "120d", "5m", "0.9", "0.9", "not set"}},
		{"", view{"", "120d", "5m", "0.9", "0.9", "not set"}},
	} {
		got, g, err := groupTerms().ForCountry(tc.country)
		if err != nil {
			t.Fatalf("ForCountry(%q): %v", tc.country, err)
		}
		cc, _ := got.Country(tc.country)
		v := view{g, got.MaxCreditDays.String(), got.WaitingPeriod.String(), got.Quotites.Named.String(), got.Quotites.Political.String(), cc.PoliticalWaitingPeriod.String()}
		if diff := cmp.Diff(tc.want, v); diff != "" {
			t.Errorf("ForCountry(%q) (-want +got):\n%s", tc.country, diff)
		}
	}
}

func TestValidateCountryGroups(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(*Terms)
		want  error
		field string
	}{
		{"valid", func(*Terms) {}, nil, ""},
		{"no name", func(t *Terms) { t.CountryGroups[0].Name = " " }, ErrMissing, "countryGroups[0].name"},
		{"named twice", func(t *Terms) { t.CountryGroups[1].Name = "EXPORT" }, ErrInconsistent, "countryGroups[1].name"},
		{"country in two groups", func(t *Terms) { t.CountryGroups[1].Countries = []string{"US"} }, ErrInconsistent, "countryGroups[1].countries[0]"},
		{"malformed country", func(t *Terms) { t.CountryGroups[0].Countries[1] = "usa" }, ErrSyntax, "countryGroups[0].countries[1]"},
		{"no countries", func(t *Terms) { t.CountryGroups[1].Others = false }, ErrMissing, "countryGroups[1].countries"},
		{"two others", func(t *Terms) { t.CountryGroups[0].Others = true }, ErrInconsistent, "countryGroups[1].others"},
		{"quotité above 1", func(t *Terms) { t.CountryGroups[0].Quotites.Named = MustRate("1.5") }, ErrOutOfRange, "countryGroups[0].quotites.named"},
		{"political period without quotité", func(t *Terms) { t.CountryGroups[0].Quotites.Political = Rate{} }, ErrInconsistent, "countryGroups[0].politicalWaitingPeriod"},
		{"unknown credit group", func(t *Terms) { t.MaxCreditDaysByGroup[0].Group = "asia" }, ErrInconsistent, "maxCreditDaysByGroup[asia].group"},
		{"unknown rate group", func(t *Terms) { t.Premium.Rates[1].Group = "asia" }, ErrInconsistent, "premium.rates[asia].group"},
	} {
		terms := groupTerms()
		tc.edit(&terms)
		err := terms.ValidateCountryGroups()
		var field string
		var re *RuleError
		if errors.As(err, &re) {
			field = re.Field
		}
		if !errors.Is(err, tc.want) && !(tc.want == nil && err == nil) || field != tc.field {
			t.Errorf("%s: ValidateCountryGroups() = %v, want %v naming %q", tc.name, err, tc.want, tc.field)
		}
		if tc.want != nil && !errors.Is(terms.Validate(), tc.want) {
			t.Errorf("%s: Validate() does not report %v", tc.name, tc.want)
		}
	}
}

// Property: a country that no group lists, under terms with no group of
// the other countries, gets the general terms unchanged.
func propUngroupedCountryKeepsGeneralTerms(t *rapid.T) {
	terms := groupTerms()
	terms.CountryGroups = terms.CountryGroups[:1]
	terms.Premium.Rates = terms.Premium.Rates[:1]
	terms.CountryGroups[0].WaitingPeriod = genLimit(t, "waiting")
	terms.MaxCreditDays = genLimit(t, "maxCredit")
	c := rapid.SampledFrom([]string{"FR", "BR", "JP", ""}).Draw(t, "country")
	got, g, err := terms.ForCountry(c)
	if err != nil {
		t.Fatalf("ForCountry(%q): %v", c, err)
	}
	if g != "" {
		t.Fatalf("ForCountry(%q) group %q", c, g)
	}
	if diff := cmp.Diff(terms, got, cmp.AllowUnexported(TimeLimit{})); diff != "" {
		t.Fatalf("ForCountry(%q) changed the terms (-want +got):\n%s", c, diff)
	}
}

func TestPropUngroupedCountryKeepsGeneralTerms(t *testing.T) {
	rapid.Check(t, propUngroupedCountryKeepsGeneralTerms)
}
func FuzzPropUngroupedCountryKeepsGeneralTerms(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propUngroupedCountryKeepsGeneralTerms))
}

// Property: a country group, the turnover exclusions and the start of the
// credit term read back equal from their JSON.
func propCountryGroupJSONRoundTrip(t *rapid.T) {
	jsontest.RoundTrip(t, genCountryGroup(t))
	jsontest.RoundTrip(t, genTurnoverExclusions(t))
	jsontest.RoundTrip(t, enumOf[CreditTermStart](t, "start", creditTermStartNames[:]))
	jsontest.RoundTrip(t, enumOf[BuyerKind](t, "buyerKind", buyerKindNames[:]))
	jsontest.RoundTrip(t, enumOf[PaymentKind](t, "payment", paymentKindNames[:]))
}

func TestPropCountryGroupJSONRoundTrip(t *testing.T) { rapid.Check(t, propCountryGroupJSONRoundTrip) }
func FuzzPropCountryGroupJSONRoundTrip(f *testing.F) {
	f.Fuzz(rapid.MakeFuzz(propCountryGroupJSONRoundTrip))
}

// FuzzForCountry feeds any country code to ForCountry of valid terms: no
// panic, and the group it names is the one GroupOf gives.
func FuzzForCountry(f *testing.F) {
	for _, s := range []string{"DE", "AR", "BR", "", "de", "\x00\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, c string) {
		terms := groupTerms()
		_, g, err := terms.ForCountry(c)
		if err != nil {
			t.Fatalf("ForCountry(%q): %v", c, err)
		}
		want, _ := terms.GroupOf(c)
		if g != want.Name {
			t.Fatalf("ForCountry(%q) group %q, GroupOf %q", c, g, want.Name)
		}
	})
}
