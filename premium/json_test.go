package premium_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/policy"
	"github.com/creditins/creditins/premium"
)

// errView is what the JSON tests compare of an error: its sentinel, its
// field (the path in the JSON value) and its value.
type errView struct {
	Sentinel     string
	Field, Value string
}

func viewErr(err error) errView {
	if err == nil {
		return errView{}
	}
	v := errView{Sentinel: "none"}
	for _, s := range sentinels {
		if errors.Is(err, s) {
			v.Sentinel = s.Error()
			break
		}
	}
	var re *policy.RuleError
	if errors.As(err, &re) {
		v.Field, v.Value = re.Field, re.Value
	}
	return v
}

func syntaxAt(field string) errView {
	return errView{policy.ErrSyntax.Error(), field, field[lastDot(field)+1:]}
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// TestPremiumInputsJSON: each input type of the package refuses an unknown
// key ("turnoverAmount" for "turnover": the turnover left at zero in
// silence) and a key in the wrong case ("Turnover" is not "turnover"),
// naming it by its path, and passes the checks of the function that takes
// it; a valid value is read.
func TestPremiumInputsJSON(t *testing.T) {
	outOfRange := policy.ErrOutOfRange.Error()
	tests := []struct {
		name string
		v    json.Unmarshaler
		in   string
		want errView
	}{
		{"Input turnoverAmount", new(premium.Input), `{"currency":"EUR","groups":[{"group":"d","rate":"0.01","taxRate":"0","turnoverAmount":"EUR 1.00"}]}`, syntaxAt("groups[0].turnoverAmount")},
		{"Input Currency", new(premium.Input), `{"Currency":"EUR"}`, syntaxAt("Currency")},
		{"Input a rate above 1", new(premium.Input), `{"currency":"EUR","groups":[{"group":"d","rate":"1.5","taxRate":"0","turnover":"EUR 1.00"}]}`,
			errView{outOfRange, "groups[0].rate", "1.5"}},
		{"Input a turnover of another currency", new(premium.Input), `{"currency":"EUR","groups":[{"group":"d","rate":"0.01","taxRate":"0","turnover":"USD 1.00"}]}`,
			errView{policy.ErrCurrencyMismatch.Error(), "groups[0].turnover", "USD 1.00 (expected EUR)"}},
		{"Input no currency", new(premium.Input), `{}`, errView{policy.ErrMissing.Error(), "currency", ""}},
		{"Input valid", new(premium.Input), `{"currency":"EUR","groups":[{"group":"d","rate":"0.01","taxRate":"0","turnover":"EUR 1.00"}],"minimumPremium":"EUR 10.00"}`, errView{}},
		{"GroupInput turnoverAmount", new(premium.GroupInput), `{"group":"d","turnoverAmount":"EUR 1.00"}`, syntaxAt("turnoverAmount")},
		{"GroupInput Rate", new(premium.GroupInput), `{"group":"d","Rate":"0.01"}`, syntaxAt("Rate")},
		{"GroupInput a negative turnover", new(premium.GroupInput), `{"group":"d","turnover":"EUR -1.00"}`, errView{outOfRange, "turnover", "EUR -1.00"}},
		{"FeeInput turnoverAmount", new(premium.FeeInput), `{"name":"f","turnoverAmount":"x"}`, syntaxAt("turnoverAmount")},
		{"FeeInput Count", new(premium.FeeInput), `{"name":"f","Count":1}`, syntaxAt("Count")},
		{"FeeInput a negative count", new(premium.FeeInput), `{"name":"f","unitPrice":"EUR 0.125","count":-1}`, errView{outOfRange, "count", "-1"}},
		{"Options turnoverAmount", new(premium.Options), `{"turnoverAmount":true}`, syntaxAt("turnoverAmount")},
		{"Options TaxFees", new(premium.Options), `{"TaxFees":true}`, syntaxAt("TaxFees")},
		{"Declarations turnoverAmount", new(premium.Declarations), `{"turnoverAmount":[]}`, syntaxAt("turnoverAmount")},
		{"Declarations Turnover", new(premium.Declarations), `{"Turnover":[]}`, syntaxAt("Turnover")},
		{"Declarations an element's unknown key", new(premium.Declarations), `{"turnover":[{"group":"d","amount":"EUR 1.00","amnt":"x"}]}`, syntaxAt("turnover[0].amnt")},
		{"Declarations a period ending before it starts", new(premium.Declarations),
			`{"turnover":[{"group":"d","from":"2025-02-01","to":"2025-01-31","amount":"EUR 1.00"}]}`,
			errView{policy.ErrInconsistent.Error(), "turnover[0].to", "2025-01-31 before 2025-02-01"}},
		{"Declarations two periods overlapping", new(premium.Declarations),
			`{"turnover":[{"group":"d","from":"2025-01-01","to":"2025-03-31","amount":"EUR 1.00"},{"group":"d","from":"2025-03-01","to":"2025-06-30","amount":"EUR 1.00"}]}`,
			errView{policy.ErrInconsistent.Error(), "turnover[1].from", "d 2025-03-01..2025-06-30 overlaps 2025-01-01..2025-03-31"}},
		{"Declarations two currencies", new(premium.Declarations),
			`{"turnover":[{"group":"d","amount":"EUR 1.00"}],"instalmentsPaid":"USD 1.00"}`,
			errView{policy.ErrCurrencyMismatch.Error(), "instalmentsPaid", "USD 1.00 (expected EUR)"}},
		{"Declarations a negative count", new(premium.Declarations), `{"turnover":[],"fees":[{"name":"f","count":-2}]}`, errView{outOfRange, "fees[0].count", "-2"}},
		{"Declarations valid", new(premium.Declarations),
			`{"turnover":[{"group":"d","from":"2025-01-01","to":"2025-03-31","amount":"EUR 1.00"},{"group":"e","from":"2025-01-01","to":"2025-03-31","amount":"EUR 1.00"}],"charges":[{"name":"top-up","amount":"EUR 250.00"}],"instalmentsPaid":"EUR 5.00"}`, errView{}},
		{"Declaration turnoverAmount", new(premium.Declaration), `{"group":"d","turnoverAmount":"EUR 1.00"}`, syntaxAt("turnoverAmount")},
		{"Declaration Amount", new(premium.Declaration), `{"group":"d","Amount":"EUR 1.00"}`, syntaxAt("Amount")},
		{"Declaration one date only", new(premium.Declaration), `{"group":"d","from":"2025-01-01","amount":"EUR 1.00"}`, errView{policy.ErrMissing.Error(), "to", ""}},
		{"FeeCount turnoverAmount", new(premium.FeeCount), `{"name":"f","turnoverAmount":1}`, syntaxAt("turnoverAmount")},
		{"FeeCount Name", new(premium.FeeCount), `{"Name":"f"}`, syntaxAt("Name")},
		{"Charge turnoverAmount", new(premium.Charge), `{"name":"c","turnoverAmount":"EUR 1.00"}`, syntaxAt("turnoverAmount")},
		{"Charge AMOUNT", new(premium.Charge), `{"name":"c","AMOUNT":"EUR 1.00"}`, syntaxAt("AMOUNT")},
		{"Charge a negative amount", new(premium.Charge), `{"name":"c","amount":"EUR -1.00"}`, errView{outOfRange, "amount", "EUR -1.00"}},
		{"Due turnoverAmount", new(premium.Due), `{"turnoverAmount":1}`, syntaxAt("turnoverAmount")},
		{"Due Days", new(premium.Due), `{"Days":30}`, syntaxAt("Days")},
		{"Due both", new(premium.Due), `{"days":30,"dayOfNextMonth":20}`, errView{policy.ErrInconsistent.Error(), "", "both dayOfNextMonth and days"}},
		{"Due a day 32", new(premium.Due), `{"dayOfNextMonth":32}`, errView{outOfRange, "dayOfNextMonth", "32"}},
		{"Grid turnoverAmount", new(premium.Grid), `{"currency":"EUR","bands":[{"sector":"s","turnoverAmount":"x"}]}`, syntaxAt("bands[0].turnoverAmount")},
		{"Grid Bands", new(premium.Grid), `{"currency":"EUR","Bands":[]}`, syntaxAt("Bands")},
		{"Grid no band", new(premium.Grid), `{"currency":"EUR","bands":[]}`, errView{policy.ErrMissing.Error(), "bands", ""}},
		{"Band turnoverAmount", new(premium.Band), `{"turnoverAmount":"x"}`, syntaxAt("turnoverAmount")},
		{"Band a range's FROM", new(premium.Band), `{"buyers":{"FROM":1}}`, syntaxAt("buyers.FROM")},
		{"Profile turnoverAmount", new(premium.Profile), `{"sector":"s","turnoverAmount":"EUR 1.00"}`, syntaxAt("turnoverAmount")},
		{"Profile Buyers", new(premium.Profile), `{"sector":"s","Buyers":3}`, syntaxAt("Buyers")},
		{"Profile negative buyers", new(premium.Profile), `{"sector":"s","turnover":"EUR 1.00","buyers":-3}`, errView{outOfRange, "buyers", "-3"}},
		{"BonusMalusStep turnoverAmount", new(premium.BonusMalusStep), `{"turnoverAmount":"0.1"}`, syntaxAt("turnoverAmount")},
		{"BonusMalusStep Bonus", new(premium.BonusMalusStep), `{"Bonus":"0.1"}`, syntaxAt("Bonus")},
		{"BonusMalusStep both", new(premium.BonusMalusStep), `{"lossRatio":{"from":"0","to":"0.3"},"bonus":"0.1","malus":"0.1"}`,
			errView{policy.ErrInconsistent.Error(), "", "both a bonus and a malus"}},
		{"ProfitShareTerms turnoverAmount", new(premium.ProfitShareTerms), `{"years":1,"turnoverAmount":"x"}`, syntaxAt("turnoverAmount")},
		{"ProfitShareTerms Years", new(premium.ProfitShareTerms), `{"Years":1}`, syntaxAt("Years")},
		{"ProfitShareTerms 4 years", new(premium.ProfitShareTerms), `{"share":"0.4","managementCharge":"0.3","years":4}`, errView{outOfRange, "years", "4"}},
		{"YearAccount turnoverAmount", new(premium.YearAccount), `{"premium":"EUR 1.00","turnoverAmount":"x"}`, syntaxAt("turnoverAmount")},
		{"YearAccount Premium", new(premium.YearAccount), `{"Premium":"EUR 1.00"}`, syntaxAt("Premium")},
		{"YearAccount two currencies", new(premium.YearAccount), `{"premium":"EUR 1.00","indemnitiesPaid":"USD 1.00"}`,
			errView{policy.ErrCurrencyMismatch.Error(), "indemnitiesPaid", "USD 1.00 (expected EUR)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.in), tt.v)
			if diff := cmp.Diff(tt.want, viewErr(err)); diff != "" {
				t.Errorf("error %v (-want +got):\n%s", err, diff)
			}
		})
	}
}

// TestRangeJSONRefusesUnknownField: a range read alone is strict too.
func TestRangeJSONRefusesUnknownField(t *testing.T) {
	var r premium.Range[int]
	err := json.Unmarshal([]byte(`{"from":1,"To":2}`), &r)
	if diff := cmp.Diff(syntaxAt("To"), viewErr(err)); diff != "" {
		t.Errorf("error %v (-want +got):\n%s", err, diff)
	}
}
