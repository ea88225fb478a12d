package policy

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/creditins/creditins/calendar"
)

// textEnum is what the enum tests need of NoticeAnchor, WaitingAnchor,
// ThresholdMode and CoverType.
type textEnum interface {
	String() string
	MarshalText() ([]byte, error)
}

func TestEnumText(t *testing.T) {
	tests := []struct {
		values []textEnum
		names  []string
		parse  func(string) (textEnum, error)
		bad    textEnum
	}{
		{
			[]textEnum{DueDate, MaxCreditEnd, MEPEnd},
			[]string{"dueDate", "maxCreditEnd", "mepEnd"},
			func(s string) (textEnum, error) { return ParseNoticeAnchor(s) },
			NoticeAnchor(3),
		},
		{
			[]textEnum{FromNotice, FromDueDate, FromCollection},
			[]string{"notice", "dueDate", "collection"},
			func(s string) (textEnum, error) { return ParseWaitingAnchor(s) },
			WaitingAnchor(3),
		},
		{
			[]textEnum{AllOrNothing, Excess},
			[]string{"allOrNothing", "excess"},
			func(s string) (textEnum, error) { return ParseThresholdMode(s) },
			ThresholdMode(2),
		},
		{
			[]textEnum{NoCover, Named, AccordExpress, Discretionary, Temporary, TopUp},
			[]string{"none", "named", "accordExpress", "discretionary", "temporary", "topUp"},
			func(s string) (textEnum, error) { return ParseCoverType(s) },
			CoverType(6),
		},
	}
	for _, tt := range tests {
		var got, marshalled []string
		for _, v := range tt.values {
			got = append(got, v.String())
			b, err := v.MarshalText()
			if err != nil {
				t.Fatal(err)
			}
			marshalled = append(marshalled, string(b))
			back, err := tt.parse(string(b))
			if err != nil || back != v {
				t.Errorf("Parse(%q) = %v, %v; want %v", b, back, err, v)
			}
		}
		if diff := cmp.Diff(tt.names, got); diff != "" {
			t.Errorf("String (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(tt.names, marshalled); diff != "" {
			t.Errorf("MarshalText (-want +got):\n%s", diff)
		}
		for _, s := range []string{"", strings.ToUpper(tt.names[0]), tt.names[0] + " ", "unknown"} {
			_, err := tt.parse(s)
			if !errors.Is(err, ErrSyntax) {
				t.Errorf("Parse(%q) error = %v, want ErrSyntax", s, err)
			}
			checkErr(t, "Parse", err)
		}
		if _, err := tt.bad.MarshalText(); !errors.Is(err, ErrSyntax) {
			t.Errorf("%s.MarshalText() error = %v, want ErrSyntax", tt.bad, err)
		}
	}
}

func TestEnumUnmarshalText(t *testing.T) {
	var a NoticeAnchor
	var m ThresholdMode
	var c CoverType
	for _, err := range []error{a.UnmarshalText([]byte("mepEnd")), m.UnmarshalText([]byte("excess")), c.UnmarshalText([]byte("topUp"))} {
		if err != nil {
			t.Fatal(err)
		}
	}
	if a != MEPEnd || m != Excess || c != TopUp {
		t.Errorf("got %v %v %v", a, m, c)
	}
	// A failed UnmarshalText leaves the value as it was.
	if err := a.UnmarshalText([]byte("MEPEnd")); !errors.Is(err, ErrSyntax) || a != MEPEnd {
		t.Errorf("UnmarshalText(MEPEnd) = %v, %v", a, err)
	}
}

func TestQuotitesFor(t *testing.T) {
	withOwn := Quotites{
		Named: MustRate("0.9"), AccordExpress: MustRate("0.85"), Discretionary: MustRate("0.6"),
		Temporary: MustRate("0.8"), TopUp: MustRate("0.5"), Political: MustRate("0.95"),
	}
	namedOnly := Quotites{Named: MustRate("0.9")}
	tests := []struct {
		q       Quotites
		cover   CoverType
		want    string
		wantErr error
	}{
		{withOwn, NoCover, "0", nil},
		{withOwn, Named, "0.9", nil},
		{withOwn, AccordExpress, "0.85", nil},
		{withOwn, Discretionary, "0.6", nil},
		{withOwn, Temporary, "0.8", nil},
		{withOwn, TopUp, "0.5", nil},
		{namedOnly, AccordExpress, "0.9", nil}, // falls back to Named
		{namedOnly, Temporary, "0.9", nil},     // falls back to Named
		{namedOnly, Discretionary, "0", nil},   // not granted: no fallback
		{namedOnly, TopUp, "0", nil},
		{namedOnly, CoverType(6), "", ErrOutOfRange},
	}
	for _, tt := range tests {
		got, err := tt.q.For(tt.cover)
		if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
			t.Errorf("For(%s) error (-want +got):\n%s", tt.cover, diff)
		}
		checkErr(t, "For", err)
		if err == nil {
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("For(%s) (-want +got):\n%s", tt.cover, diff)
			}
		}
	}
}

// validTerms are complete terms that pass Validate: the base the table of
// TestValidate breaks one field at a time.
func validTerms(t *testing.T) Terms {
	return WholeTurnover(WholeTurnoverOffer{
		Currency: EUR, NonQualifyingLoss: MustAmount("EUR 500"),
		Signature: date(t, "2024-12-20"), Effective: date(t, "2025-01-01"), Expiry: date(t, "2025-12-31"),
	})
}

func TestPresetsValidate(t *testing.T) {
	sig, eff, exp := date(t, "2024-12-20"), date(t, "2025-01-01"), date(t, "2025-12-31")
	for name, tm := range map[string]Terms{
		"SimplifiedSME EUR": SimplifiedSME(SMEOffer{Currency: EUR, Signature: sig, Effective: eff, Expiry: exp}),
		"SimplifiedSME JPY": SimplifiedSME(SMEOffer{Currency: JPY, Signature: sig, Effective: eff, Expiry: exp}),
		"WholeTurnover EUR": WholeTurnover(WholeTurnoverOffer{Currency: EUR, NonQualifyingLoss: MustAmount("EUR 500"), Signature: sig, Effective: eff, Expiry: exp}),
		"WholeTurnover GBP": WholeTurnover(WholeTurnoverOffer{Currency: GBP, NonQualifyingLoss: MustAmount("GBP 250"), Signature: sig, Effective: eff, Expiry: exp}),
	} {
		if err := tm.Validate(); err != nil {
			t.Errorf("%s.Validate() = %v", name, err)
		}
	}
	if diff := cmp.Diff("EUR 10000.00", StandardAccordExpress().String()); diff != "" {
		t.Errorf("StandardAccordExpress (-want +got):\n%s", diff)
	}
}

// TestPresetSimplifiedSME pins the offer's figures, each of which the
// preset's doc comment sources.
func TestPresetSimplifiedSME(t *testing.T) {
	sig, eff, exp := date(t, "2024-12-20"), date(t, "2025-01-01"), date(t, "2025-12-31")
	d := func(n int) TimeLimit { return MustTimeLimit(calendar.Days(n)) }
	want := Terms{
		Currency: EUR, Signature: sig, Effective: eff, Expiry: exp,
		RetroactivityDays: d(30), DeadlineRule: calendar.FRCivil, MaxInvoicingDays: d(30),
		MaxExtensionDays: d(60), OverdueNotice: Notice{Days: d(30), Anchor: DueDate},
		WaitingPeriod: MustTimeLimit(calendar.Months(5)), IndemnityDays: d(30),
		Quotites: Quotites{Named: MustRate("0.9"), AccordExpress: MustRate("0.90")},
	}
	if diff := cmp.Diff(want, SimplifiedSME(SMEOffer{Currency: EUR, Signature: sig, Effective: eff, Expiry: exp})); diff != "" {
		t.Errorf("SimplifiedSME (-want +got):\n%s", diff)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Terms)
		want   []string // error messages, sorted
	}{
		{"valid", func(*Terms) {}, nil},
		{"one-day policy", func(tm *Terms) { tm.Expiry = tm.Effective }, nil},
		{"signature after effective", func(tm *Terms) { tm.Signature = date(t, "2025-01-15") }, nil},
		{"missing currency and dates", func(tm *Terms) {
			tm.Currency, tm.Signature, tm.Effective, tm.Expiry = Currency{}, calendar.Date{}, calendar.Date{}, calendar.Date{}
		}, []string{
			`policy: missing value: currency="" (CP-currency)`,
			`policy: missing value: effectiveDate="" (CP-policy-period)`,
			`policy: missing value: expiryDate="" (CP-policy-period)`,
			`policy: missing value: signatureDate="" (CP-policy-period)`,
		}},
		{"expiry before effective", func(tm *Terms) { tm.Expiry = date(t, "2024-12-31") }, []string{
			`policy: inconsistent values: expiryDate="2024-12-31 before effectiveDate 2025-01-01" (CP-policy-period)`,
		}},
		{"signature after expiry", func(tm *Terms) { tm.Signature = date(t, "2026-01-01") }, []string{
			`policy: inconsistent values: signatureDate="2026-01-01 after expiryDate 2025-12-31" (CP-policy-period)`,
		}},
		{"limits a rule needs not set", func(tm *Terms) {
			tm.WaitingPeriod, tm.IndemnityDays = TimeLimit{}, TimeLimit{}
		}, []string{
			`policy: missing value: indemnityDays="not set" (CP-indemnity-delay)`,
			`policy: missing value: waitingPeriodMonths="not set" (CP-waiting-period)`,
		}},
		{"optional limits not set", func(tm *Terms) {
			tm.MaxInvoicingDays, tm.MaxExtensionDays, tm.OverdueNotice.Days, tm.RetroactivityDays = TimeLimit{}, TimeLimit{}, TimeLimit{}, TimeLimit{}
		}, nil},
		{"limits of zero days", func(tm *Terms) {
			zero := MustTimeLimit(calendar.Days(0))
			tm.MaxInvoicingDays, tm.MaxExtensionDays, tm.OverdueNotice.Days, tm.IndemnityDays, tm.WaitingPeriod = zero, zero, zero, zero, zero
		}, nil},
		{"quotités above 1", func(tm *Terms) {
			tm.Quotites.Named, tm.Quotites.Political = MustRate("1.2"), MustRate("1.0001")
		}, []string{
			`policy: value out of range: quotites.named="1.2" (CP-quotite)`,
			`policy: value out of range: quotites.political="1.0001" (CP-quotite)`,
		}},
		{"foreign and negative amounts", func(tm *Terms) {
			tm.Deductible = MustAmount("USD 100")
			tm.AggregateFirstLoss = MustAmount("EUR -1")
			tm.ClaimThreshold.Amount = MustAmount("GBP -5")
		}, []string{
			`policy: currency mismatch: claimThreshold.amount="GBP -5.00" (CP-deductibles)`,
			`policy: currency mismatch: deductible="USD 100.00" (CP-deductibles)`,
			`policy: value out of range: aggregateFirstLoss="EUR -1.00" (CP-deductibles)`,
			`policy: value out of range: claimThreshold.amount="GBP -5.00" (CP-deductibles)`,
		}},
		{"unknown enums", func(tm *Terms) {
			tm.OverdueNotice.Anchor, tm.ClaimThreshold.Mode, tm.Rounding = 3, 2, 4
		}, []string{
			`policy: value out of range: claimThreshold.mode="ThresholdMode(2)" (CP-deductibles)`,
			`policy: value out of range: overdueNotice.anchor="NoticeAnchor(3)" (CP-overdue-notice)`,
			`policy: value out of range: rounding="RoundingMode(4)"`,
		}},
		{"notice anchored at a missing max credit end", func(tm *Terms) {
			tm.OverdueNotice.Anchor, tm.MaxCreditDays = MaxCreditEnd, TimeLimit{}
		}, []string{
			`policy: inconsistent values: overdueNotice.anchor="maxCreditEnd with maxCreditDays not set" (CP-overdue-notice)`,
		}},
		{"notice anchored at a missing MEP end", func(tm *Terms) {
			tm.OverdueNotice.Anchor, tm.MaxExtensionDays = MEPEnd, TimeLimit{}
		}, []string{
			`policy: inconsistent values: overdueNotice.anchor="mepEnd with maxExtensionDays not set" (CP-overdue-notice)`,
		}},
		{"notice anchored at a max credit end of zero days", func(tm *Terms) {
			tm.OverdueNotice.Anchor, tm.MaxCreditDays = MaxCreditEnd, MustTimeLimit(calendar.Days(0))
		}, nil},
		{"bad deadline rule", func(tm *Terms) { tm.DeadlineRule.Extend = calendar.ModifiedFollowing }, []string{
			`calendar: invalid argument in Rule: extend="modifiedFollowing": deadlineRule="fr-civil" (CPC-641)`,
		}},
		{"groups: empty, duplicate, not set", func(tm *Terms) {
			d := func(n int) TimeLimit { return MustTimeLimit(calendar.Days(n)) }
			tm.MaxCreditDaysByGroup = []GroupLimit{{"export", d(180)}, {" Export", d(90)}, {"", d(30)}, {"EU", TimeLimit{}}}
		}, []string{
			`policy: inconsistent values: maxCreditDaysByGroup.group="export" (CP-max-credit-term)`,
			`policy: missing value: maxCreditDaysByGroup.group="" (CP-max-credit-term)`,
			`policy: missing value: maxCreditDaysByGroup[EU].value="not set" (CP-max-credit-term)`,
		}},
		{"premium rates and fees", func(tm *Terms) {
			tm.Premium = PremiumTerms{
				Rates:   []GroupRate{{"domestic", MustRate("0.003"), MustRate("0.09")}, {"domestic", MustRate("1.5"), MustRate("0")}},
				Minimum: MustAmount("CHF 1000"),
				Fees:    []Fee{{"", MustPrice("EUR 10")}, {"study", Price{cur: EUR, v: MustRate("1").v.Neg()}}},
			}
		}, []string{
			`policy: currency mismatch: premium.minimum="CHF 1000.00" (CP-premium)`,
			`policy: inconsistent values: premium.rates.group="domestic" (CP-premium)`,
			`policy: missing value: premium.fees.name="" (CP-premium)`,
			`policy: value out of range: premium.fees[study].unitPrice="EUR -1.00" (CP-premium)`,
			`policy: value out of range: premium.rates[domestic].rate="1.5" (CP-premium)`,
		}},
		{"max liability both ways, negative multiple", func(tm *Terms) {
			tm.MaxLiability = MaxLiability{Amount: MustAmount("EUR 1000000"), PremiumMultiple: -30}
		}, []string{
			`policy: inconsistent values: maxLiability="EUR 1000000.00 and premiumMultiple -30" (CP-maximum-liability)`,
			`policy: value out of range: maxLiability.premiumMultiple="-30" (CP-maximum-liability)`,
		}},
		{"discretionary maximum without quotité", func(tm *Terms) { tm.DiscretionaryMax = MustAmount("EUR 10000") }, []string{
			`policy: inconsistent values: discretionaryMax="EUR 10000.00 with quotites.discretionary 0" (CP-discretionary)`,
		}},
		{"loss payee without date", func(tm *Terms) { tm.LossPayee = LossPayee{Name: "Factor SA"} }, []string{
			`policy: missing value: lossPayee.from="" (CP-loss-payee)`,
		}},
		{"loss payee without name", func(tm *Terms) { tm.LossPayee = LossPayee{From: date(t, "2025-03-01")} }, []string{
			`policy: missing value: lossPayee.name="" (CP-loss-payee)`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := validTerms(t)
			tt.change(&tm)
			err := tm.Validate()
			checkErr(t, "Validate", err)
			if diff := cmp.Diff(tt.want, errorStrings(err)); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidateSentinels checks the sentinels behind the messages above on
// one Terms with a problem of each kind.
func TestValidateSentinels(t *testing.T) {
	tm := validTerms(t)
	tm.Currency = Currency{}
	tm.Expiry = date(t, "2024-01-01")
	tm.Quotites.Named = MustRate("2")
	tm.DeadlineRule.Counting = 5
	err := tm.Validate()
	for _, s := range []error{ErrMissing, ErrInconsistent, ErrOutOfRange, calendar.ErrInvalidArgument} {
		if !errors.Is(err, s) {
			t.Errorf("Validate error %v does not wrap %v", err, s)
		}
	}
	var re *RuleError
	if !errors.As(err, &re) || re.Field != "currency" || re.Clause.ID != "CP-currency" {
		t.Errorf("first RuleError = %+v, want the currency's", re)
	}
}

func TestMaxCreditDaysFor(t *testing.T) {
	tm := validTerms(t)
	tm.MaxCreditDaysByGroup = append(tm.MaxCreditDaysByGroup, GroupLimit{"EU", MustTimeLimit(calendar.Days(150))})
	var got []string
	for _, g := range []string{"export", "Export ", "EU", "domestic", ""} {
		got = append(got, tm.MaxCreditDaysFor(g).String())
	}
	tm.MaxCreditDays = TimeLimit{}
	got = append(got, tm.MaxCreditDaysFor("domestic").String())
	if diff := cmp.Diff([]string{"180d", "180d", "150d", "120d", "120d", "not set"}, got); diff != "" {
		t.Errorf("MaxCreditDaysFor (-want +got):\n%s", diff)
	}
}

func TestParseTerms(t *testing.T) {
	tm := validTerms(t)
	b, err := json.Marshal(tm)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseTerms(b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(tm, got); diff != "" {
		t.Errorf("ParseTerms(Marshal) (-want +got):\n%s", diff)
	}
	// The JSON form names every field as the vectors do.
	for _, field := range []string{`"currency":"EUR"`, `"signatureDate":"2024-12-20"`, `"overdueNotice":{"days":30,"anchor":"dueDate"}`,
		`"claimThreshold":{"amount":"EUR 500.00","mode":"allOrNothing"}`, `"calendar":"fr"`, `"rounding":"halfAwayFromZero"`, `"named":"0.9"`} {
		if !strings.Contains(string(b), field) {
			t.Errorf("JSON %s lacks %s", b, field)
		}
	}

	valid := string(b)
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"unknown field", strings.Replace(valid, `"currency"`, `"curency":"EUR","currency"`, 1), ErrSyntax},
		{"trailing data", valid + ` {}`, ErrSyntax},
		{"not JSON", `{"currency":`, ErrSyntax},
		{"wrong type", strings.Replace(valid, `"currency":"EUR"`, `"currency":12`, 1), ErrSyntax},
		{"days as a string without unit", strings.Replace(valid, `"maxCreditDays":120`, `"maxCreditDays":"120"`, 1), ErrSyntax},
		{"negative days", strings.Replace(valid, `"maxCreditDays":120`, `"maxCreditDays":-1`, 1), ErrOutOfRange},
		{"fractional days", strings.Replace(valid, `"maxCreditDays":120`, `"maxCreditDays":1.5`, 1), ErrSyntax},
		{"negative notice days", strings.Replace(valid, `"days":30`, `"days":-30`, 1), ErrOutOfRange},
		{"absurd waiting period", strings.Replace(valid, `"waitingPeriodMonths":5`, `"waitingPeriodMonths":121`, 1), ErrOutOfRange},
		{"waiting period null", strings.Replace(valid, `"waitingPeriodMonths":5`, `"waitingPeriodMonths":null`, 1), ErrMissing},
		{"unknown nested field", strings.Replace(valid, `"anchor":"dueDate"`, `"anchor":"dueDate","day":1`, 1), ErrSyntax},
		{"bad amount", strings.Replace(valid, `"EUR 500.00"`, `"EUR 5e2"`, 1), ErrSyntax},
		{"unknown currency", strings.Replace(valid, `"currency":"EUR"`, `"currency":"EUX"`, 1), ErrUnknownCurrency},
		{"bad date", strings.Replace(valid, `"2025-01-01"`, `"2025-02-30"`, 1), calendar.ErrInvalidDate},
		{"bad anchor", strings.Replace(valid, `"dueDate"`, `"DueDate"`, 1), ErrSyntax},
		{"bad calendar", strings.Replace(valid, `"calendar":"fr"`, `"calendar":"FR"`, 1), calendar.ErrInvalidArgument},
		{"invalid terms", strings.Replace(valid, `"named":"0.9"`, `"named":"1.9"`, 1), ErrOutOfRange},
		{"null", `null`, ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseTerms([]byte(tt.in))
			if !errors.Is(err, tt.want) {
				t.Fatalf("ParseTerms error = %v, want %v", err, tt.want)
			}
			checkErr(t, "ParseTerms", err)
			if diff := cmp.Diff(Terms{}, got); diff != "" {
				t.Errorf("ParseTerms gave non-zero Terms on error:\n%s", diff)
			}
		})
	}
}

// propTermsJSONRoundTrip: Property: json.Unmarshal(json.Marshal(t)) equals
// t (cmp.Diff with no options) when t is valid, and fails with exactly
// Validate's problems when it is not.
func propTermsJSONRoundTrip(t *rapid.T) {
	tm := genTerms(t)
	if rapid.Bool().Draw(t, "fromValid") {
		tm = genValidTerms(t)
	}
	b, err := json.Marshal(tm)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	var back Terms
	err = json.Unmarshal(b, &back)
	if diff := cmp.Diff(errorStrings(tm.Validate()), errorStrings(err)); diff != "" {
		t.Fatalf("Unmarshal(%s) errors (-Validate +Unmarshal):\n%s", b, diff)
	}
	if err != nil {
		return
	}
	if diff := cmp.Diff(tm, back); diff != "" {
		t.Fatalf("JSON round trip of %s (-want +got):\n%s", b, diff)
	}
}

func TestTermsJSONRoundTrip(t *testing.T) { rapid.Check(t, propTermsJSONRoundTrip) }

// genValidTerms draws terms that pass Validate: the whole-turnover preset
// with every time limit drawn (those a rule needs always set).
func genValidTerms(t *rapid.T) Terms {
	tm := WholeTurnover(WholeTurnoverOffer{
		Currency: EUR, NonQualifyingLoss: MustAmount("EUR 500"), Signature: calendar.MustDate(2024, 12, 20),
		Effective: calendar.MustDate(2025, 1, 1), Expiry: calendar.MustDate(2025, 12, 31),
	})
	tm.RetroactivityDays = genLimit(t, "retroactivityDays")
	tm.MaxInvoicingDays = genLimit(t, "maxInvoicingDays")
	tm.MaxExtensionDays = genLimit(t, "maxExtensionDays")
	tm.OverdueNotice.Days = genLimit(t, "notice.days")
	tm.ReductionNoticeDays = genLimit(t, "reductionNoticeDays")
	set := func(label string) TimeLimit {
		for {
			if l := genLimit(t, label); l.IsSet() {
				return l
			}
		}
	}
	tm.MaxCreditDays = set("maxCreditDays")
	tm.MaxCreditDaysByGroup[0].Limit = set("export")
	tm.WaitingPeriod = set("waitingPeriod")
	tm.IndemnityDays = set("indemnityDays")
	if tm.MaxExtensionDays.IsSet() {
		tm.OverdueNotice.Anchor = NoticeAnchor(rapid.IntRange(0, 2).Draw(t, "notice.anchor"))
	}
	return tm
}

// TestScheduleOfTermsStrict is the regression test of json.Unmarshal into
// a Schedule[Terms] skipping ParseTerms' checks: a quotité of 1.7,
// negative days and an unknown field are refused, naming the field.
func TestScheduleOfTermsStrict(t *testing.T) {
	var s Schedule[Terms]
	sched, err := NewSchedule(Dated[Terms]{From: date(t, "2025-01-01"), Value: validTerms(t), Clause: Clause{ID: "CP"}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(sched)
	if err != nil {
		t.Fatal(err)
	}
	valid := string(b)
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("Unmarshal of a valid schedule: %v", err)
	}
	if diff := cmp.Diff(sched.Items(), s.Items()); diff != "" {
		t.Errorf("schedule round trip (-want +got):\n%s", diff)
	}
	tests := []struct {
		name, in string
		want     error
		field    string
	}{
		{"quotité of 1.7", strings.Replace(valid, `"named":"0.9"`, `"named":"1.7"`, 1), ErrOutOfRange, "quotites.named"},
		{"negative days", strings.Replace(valid, `"maxInvoicingDays":30`, `"maxInvoicingDays":-3`, 1), ErrOutOfRange, "maxInvoicingDays"},
		{"negative group days", strings.Replace(valid, `"value":180`, `"value":-180`, 1), ErrOutOfRange, "maxCreditDaysByGroup[0].value"},
		{"unknown field in the terms", strings.Replace(valid, `"currency":"EUR"`, `"currency":"EUR","quotite":"0.9"`, 1), ErrSyntax, ""},
		{"unknown field in the item", strings.Replace(valid, `"from":`, `"since":"2025-01-01","from":`, 1), ErrSyntax, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got Schedule[Terms]
			err := json.Unmarshal([]byte(tt.in), &got)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Unmarshal error = %v, want %v", err, tt.want)
			}
			checkErr(t, "Unmarshal", err)
			var re *RuleError
			if tt.field != "" && (!errors.As(err, &re) || re.Field != tt.field) {
				t.Errorf("Unmarshal error %v does not name %s", err, tt.field)
			}
		})
	}
}

// propValidateOrderIndependent: Property: permuting the country groups,
// premium rates and fees of Terms does not change the set of problems
// Validate reports.
func propValidateOrderIndependent(t *rapid.T) {
	tm := genTerms(t)
	perm := tm
	perm.MaxCreditDaysByGroup = rapid.Permutation(tm.MaxCreditDaysByGroup).Draw(t, "groups")
	perm.Premium.Rates = rapid.Permutation(tm.Premium.Rates).Draw(t, "rates")
	perm.Premium.Fees = rapid.Permutation(tm.Premium.Fees).Draw(t, "fees")
	want, got := errorStrings(tm.Validate()), errorStrings(perm.Validate())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Validate after permutation (-want +got):\n%s", diff)
	}
}

func TestValidateOrderIndependent(t *testing.T) { rapid.Check(t, propValidateOrderIndependent) }

// TestAnchorsValid: Valid is exactly "marshals": the names tables decide.
func TestAnchorsValid(t *testing.T) {
	for v := range 8 {
		n, w := NoticeAnchor(v), WaitingAnchor(v)
		_, errN := n.MarshalText()
		_, errW := w.MarshalText()
		if n.Valid() != (errN == nil) || w.Valid() != (errW == nil) {
			t.Errorf("anchor %d: Valid %v/%v, MarshalText errors %v/%v", v, n.Valid(), w.Valid(), errN, errW)
		}
	}
}
