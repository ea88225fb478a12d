package calendar

import (
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// The tables of this file are checked vectors, each recomputed by hand
// with its weekday and justified by CPC art. 641–642, Code du travail
// L3133-1 and L3134-13 (holidays, Alsace-Moselle) or the Easter algorithm;
// each row names its vector number.

func TestEaster(t *testing.T) {
	tests := []struct {
		vec  string
		year int
		want string
	}{
		{"§8#1", 2024, "2024-03-31"},
		{"§8#2", 2025, "2025-04-20"},
		{"§8#3", 2026, "2026-04-05"},
		{"§8#4 earliest", 2285, "2285-03-22"},
		{"§8#5 latest", 2038, "2038-04-25"},
		{"§4.2 table", 2019, "2019-04-21"},
		{"§4.2 table", 2020, "2020-04-12"},
		{"§4.2 table", 2021, "2021-04-04"},
		{"§4.2 table", 2022, "2022-04-17"},
		{"§4.2 table", 2023, "2023-04-09"},
		{"§4.2 table", 2027, "2027-03-28"},
		{"§4.2 table", 2028, "2028-04-16"},
		{"§4.2 table", 2029, "2029-04-01"},
		{"§4.2 table", 2030, "2030-04-21"},
		{"§4.2 earliest", 1818, "1818-03-22"},
		{"§4.2 latest", 1943, "1943-04-25"},
		{"out of range", 0, ""},
		{"out of range", 10000, ""},
	}
	for _, tt := range tests {
		t.Run(tt.vec+"/"+strconv.Itoa(tt.year), func(t *testing.T) {
			got := Easter(tt.year).String()
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Easter(%d) mismatch (-want +got):\n%s", tt.year, diff)
			}
		})
	}
}

// TestMovableHolidays checks the Easter-based holidays of §4.2 and §8#6–8:
// each is listed by Calendar.Holidays and is not a business day.
func TestMovableHolidays(t *testing.T) {
	tests := []struct {
		vec  string
		cal  Calendar
		date string
	}{
		{"§8#6 Whit Monday", FR, "2025-06-09"},
		{"§8#7 Ascension", FR, "2019-05-30"},
		{"§8#8 Easter Monday", FR, "2016-03-28"},
		{"§4.2 Easter Monday", FR, "2024-04-01"},
		{"§4.2 Ascension", FR, "2024-05-09"},
		{"§4.2 Whit Monday", FR, "2024-05-20"},
		{"§4.2 Easter Monday", FR, "2027-03-29"},
		{"§4.2 Ascension", FR, "2030-05-30"},
		{"§4.2 Whit Monday", FR, "2029-05-21"},
		{"§4.2 Good Friday", FRAlsaceMoselle, "2024-03-29"},
		{"§4.2 Good Friday", FRAlsaceMoselle, "2025-04-18"},
		{"§4.2 Good Friday", FRAlsaceMoselle, "2029-03-30"},
		{"Saint-Étienne", FRAlsaceMoselle, "2025-12-26"},
		{"ouvrables share the table", FROuvrables, "2025-06-09"},
	}
	for _, tt := range tests {
		t.Run(tt.vec+"/"+tt.cal.Name()+"/"+tt.date, func(t *testing.T) {
			d := date(t, tt.date)
			ok, err := tt.cal.IsBusinessDay(d)
			if err != nil || ok {
				t.Errorf("%s.IsBusinessDay(%s) = %v, %v; want false, nil", tt.cal, tt.date, ok, err)
			}
			hs, err := tt.cal.Holidays(d.Year())
			if err != nil {
				t.Fatalf("Holidays(%d): %v", d.Year(), err)
			}
			found := false
			for _, h := range hs {
				found = found || h == d
			}
			if !found {
				t.Errorf("%s.Holidays(%d) = %v, missing %s", tt.cal, d.Year(), hs, tt.date)
			}
		})
	}
}

// TestGoodFridayNotInFR: the Alsace-Moselle days are not holidays of FR.
func TestGoodFridayNotInFR(t *testing.T) {
	for _, s := range []string{"2026-04-03", "2025-04-18", "2025-12-26"} {
		ok, err := FR.IsBusinessDay(date(t, s))
		if err != nil || !ok {
			t.Errorf("FR.IsBusinessDay(%s) = %v, %v; want true, nil", s, ok, err)
		}
	}
}

func TestHolidays2025(t *testing.T) {
	fr := []string{
		"2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
		"2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25",
	}
	am := []string{
		"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
		"2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25", "2025-12-26",
	}
	tests := []struct {
		cal  Calendar
		want []string
	}{
		{FR, fr},
		{FROuvrables, fr},
		{FRAlsaceMoselle, am},
		{MonFri, nil},
		{None, nil},
	}
	for _, tt := range tests {
		t.Run(tt.cal.Name(), func(t *testing.T) {
			hs, err := tt.cal.Holidays(2025)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hs {
				got = append(got, h.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Holidays(2025) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// countBusinessDays counts the business days of cal in [from, to] with
// IsBusinessDay, day by day.
func countBusinessDays(t *testing.T, cal Calendar, from, to Date) int {
	t.Helper()
	n := 0
	for d := from; !d.After(to); d = d.AddDays(1) {
		ok, err := cal.IsBusinessDay(d)
		if err != nil {
			t.Fatalf("IsBusinessDay(%s): %v", d, err)
		}
		if ok {
			n++
		}
	}
	return n
}

func TestBusinessDaysInMonth(t *testing.T) {
	tests := []struct {
		vec      string
		cal      Calendar
		from, to string
		want     int
	}{
		{"§8#9", FR, "2025-05-01", "2025-05-31", 19},
		{"§8#9 weekdays", MonFri, "2025-05-01", "2025-05-31", 22},
		{"§8#9 ouvrables", FROuvrables, "2025-05-01", "2025-05-31", 24},
		{"§8#9 calendar days", None, "2025-05-01", "2025-05-31", 31},
		{"December A-M", FRAlsaceMoselle, "2025-12-01", "2025-12-31", 21},
		{"December FR", FR, "2025-12-01", "2025-12-31", 22},
	}
	for _, tt := range tests {
		t.Run(tt.vec+"/"+tt.cal.Name(), func(t *testing.T) {
			got := countBusinessDays(t, tt.cal, date(t, tt.from), date(t, tt.to))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("business days of %s in [%s, %s] mismatch (-want +got):\n%s", tt.cal, tt.from, tt.to, diff)
			}
		})
	}
}

// limitView is the comparable text form of a Limit.
type limitView struct {
	Nominal, Final string
	Extended       bool
}

func viewOf(l Limit) limitView {
	return limitView{Nominal: l.Nominal.String(), Final: l.Final.String(), Extended: l.Extended}
}

func withCalendar(r Rule, c Calendar) Rule { r.Calendar = c; return r }

func TestDeadline(t *testing.T) {
	inclusivePrescription := FRPrescription
	inclusivePrescription.Counting = IncludeStart
	backward := FRCivil
	backward.Backward = true
	inclusive := StrictRule
	inclusive.Counting = IncludeStart
	backwardInclusive := Rule{Counting: IncludeStart, Backward: true}
	backwardPreceding := Rule{Extend: Preceding, Calendar: FR, Backward: true}
	tests := []struct {
		vec    string
		anchor string
		period Period
		rule   Rule
		want   limitView
	}{
		{"§8#10 invoice within 30 d", "2025-01-15", Days(30), FRCivil, limitView{"2025-02-14", "2025-02-14", false}},
		{"§8#11 DMS 30 d", "2025-04-30", Days(30), FRCivil, limitView{"2025-05-30", "2025-05-30", false}},
		{"§8#12 Saturday", "2025-05-01", Days(30), FRCivil, limitView{"2025-05-31", "2025-06-02", true}},
		{"§8#13 Saturday, strict", "2025-05-01", Days(30), StrictRule, limitView{"2025-05-31", "2025-05-31", false}},
		{"§8#14 14 July", "2025-06-14", Days(30), FRCivil, limitView{"2025-07-14", "2025-07-15", true}},
		{"§8#15 Sunday then Whit Monday", "2025-05-09", Days(30), FRCivil, limitView{"2025-06-08", "2025-06-10", true}},
		{"§8#16 Saturday then Easter Monday", "2026-03-05", Days(30), FRCivil, limitView{"2026-04-04", "2026-04-07", true}},
		{"§8#17 Christmas FR", "2025-11-25", Days(30), FRCivil, limitView{"2025-12-25", "2025-12-26", true}},
		{"§8#17 Christmas A-M", "2025-11-25", Days(30), withCalendar(FRCivil, FRAlsaceMoselle), limitView{"2025-12-25", "2025-12-29", true}},
		{"§8#19 month clamp", "2025-01-31", Months(1), StrictRule, limitView{"2025-02-28", "2025-02-28", false}},
		{"§8#21 year clamp", "2024-02-29", Period{Years: 1}, StrictRule, limitView{"2025-02-28", "2025-02-28", false}},
		{"§8#23 month then extension", "2017-02-12", Months(1), FRCivil, limitView{"2017-03-12", "2017-03-13", true}},
		{"§8#24 months then days", "2017-02-12", Period{Months: 1, Days: 15}, FRCivil, limitView{"2017-03-27", "2017-03-27", false}},
		{"§8#25 months first", "2025-01-30", Period{Months: 1, Days: 1}, StrictRule, limitView{"2025-03-01", "2025-03-01", false}},
		{"§8#26 no chaining", "2025-01-31", Months(3), StrictRule, limitView{"2025-04-30", "2025-04-30", false}},
		{"§8#27 waiting period 5 months", "2025-05-30", Months(5), FRCivil, limitView{"2025-10-30", "2025-10-30", false}},
		{"§8#28 waiting period 6 months", "2025-08-31", Months(6), FRCivil, limitView{"2026-02-28", "2026-03-02", true}},
		{"§8#29 indemnity, unadjusted", "2025-10-30", Days(30), StrictRule, limitView{"2025-11-29", "2025-11-29", false}},
		{"§8#29 indemnity, following", "2025-10-30", Days(30), FRCivil, limitView{"2025-11-29", "2025-12-01", true}},
		{"§8#30 retroactivity", "2025-01-31", Days(30), FRCivil, limitView{"2025-03-02", "2025-03-03", true}},
		{"§8#31 retroactivity, leap year", "2024-01-31", Days(30), FRCivil, limitView{"2024-03-01", "2024-03-01", false}},
		{"§8#45 MEP end", "2025-03-31", Days(60), FRCivil, limitView{"2025-05-30", "2025-05-30", false}},
		{"§8#45 transfer", "2025-05-30", Days(30), FRCivil, limitView{"2025-06-29", "2025-06-30", true}},
		{"§8#46 exclusive", "2022-01-01", Days(120), StrictRule, limitView{"2022-05-01", "2022-05-01", false}},
		{"§8#46 inclusive", "2022-01-01", Days(120), inclusive, limitView{"2022-04-30", "2022-04-30", false}},
		{"§8#47 waiting period", "2022-05-30", Days(150), StrictRule, limitView{"2022-10-27", "2022-10-27", false}},
		{"§8#48 prescription not extended", "2014-04-23", Period{Years: 2}, FRPrescription, limitView{"2016-04-23", "2016-04-23", false}},
		{"§8#49 procedural limit extended", "2014-04-23", Period{Years: 2}, FRCivil, limitView{"2016-04-23", "2016-04-25", true}},
		{"§8#50 prescription from day X inclusive", "2008-06-19", Period{Years: 5}, inclusivePrescription, limitView{"2013-06-18", "2013-06-18", false}},
		{"§8#51 prescription, event", "2022-10-21", Period{Years: 2}, FRPrescription, limitView{"2024-10-21", "2024-10-21", false}},
		{"§8#52 backward", "2024-07-31", Days(8), backward, limitView{"2024-07-22", "2024-07-22", false}},
		{"backward never extended", "2025-06-10", Days(8), backward, limitView{"2025-06-01", "2025-06-01", false}},
		{"backward months clamp", "2025-03-31", Months(1), backward, limitView{"2025-02-27", "2025-02-27", false}},
		{"backward, anchor day counted (Cass. com. 11 Jan. 2005)", "2025-06-30", Days(15), backwardInclusive, limitView{"2025-06-15", "2025-06-15", false}},
		{"backward, Saturday preceding (Cass. com. 14 March 2018)", "2027-08-02", Days(8), backwardPreceding, limitView{"2027-07-24", "2027-07-23", true}},
		{"backward, holiday preceding", "2025-07-23", Days(8), backwardPreceding, limitView{"2025-07-14", "2025-07-11", true}},
		{"backward, business day preceding", "2025-07-25", Days(8), backwardPreceding, limitView{"2025-07-16", "2025-07-16", false}},
		{"backward, Sunday following is not moved", "2025-06-09", Days(8), backward, limitView{"2025-05-31", "2025-05-31", false}},
		{"ouvrables: Saturday is a business day", "2025-05-01", Days(30), withCalendar(FRCivil, FROuvrables), limitView{"2025-05-31", "2025-05-31", false}},
		{"zero rule: calendar days", "2025-05-01", Days(30), Rule{}, limitView{"2025-05-31", "2025-05-31", false}},
		{"zero period", "2025-05-31", Period{}, FRCivil, limitView{"2025-05-31", "2025-06-02", true}},
	}
	for _, tt := range tests {
		t.Run(tt.vec, func(t *testing.T) {
			anchor := date(t, tt.anchor)
			l, err := Deadline(anchor, tt.period, tt.rule)
			if err != nil {
				t.Fatalf("Deadline(%s, %v, %s): %v", tt.anchor, tt.period, tt.rule.Name, err)
			}
			if diff := cmp.Diff(tt.want, viewOf(l)); diff != "" {
				t.Errorf("Deadline(%s, %v, %s) mismatch (-want +got):\n%s", tt.anchor, tt.period, tt.rule.Name, diff)
			}
			if l.Anchor != anchor || l.Period != tt.period || l.Rule != tt.rule {
				t.Errorf("Deadline did not carry its inputs: %+v", l)
			}
		})
	}
}

func TestLimitMet(t *testing.T) {
	l, err := Deadline(date(t, "2025-05-01"), Days(30), FRCivil) // final 2025-06-02
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		act  string
		want bool
	}{
		{"2025-05-31", true},
		{"2025-06-02", true},
		{"2025-06-03", false},
		{"", false},
	}
	for _, tt := range tests {
		var act Date
		if tt.act != "" {
			act = date(t, tt.act)
		}
		if diff := cmp.Diff(tt.want, l.Met(act)); diff != "" {
			t.Errorf("Met(%q) mismatch (-want +got):\n%s", tt.act, diff)
		}
	}
}

func TestAddMonthsMode(t *testing.T) {
	const ambiguous = "ambiguous"
	tests := []struct {
		vec  string
		in   string
		n    int
		want map[MonthEnd]string // ambiguous: ErrAmbiguousDate
	}{
		{"§8#19", "2025-01-31", 1, map[MonthEnd]string{Clamp: "2025-02-28", Overflow: "2025-03-03", Strict: ambiguous}},
		{"§8#20", "2024-01-31", 1, map[MonthEnd]string{Clamp: "2024-02-29", Overflow: "2024-03-02", Strict: ambiguous}},
		{"§8#21", "2024-02-29", 12, map[MonthEnd]string{Clamp: "2025-02-28", Overflow: "2025-03-01", Strict: ambiguous}},
		{"§8#22", "2025-03-31", -1, map[MonthEnd]string{Clamp: "2025-02-28", Overflow: "2025-03-03", Strict: ambiguous}},
		{"§5 table", "2025-03-31", 1, map[MonthEnd]string{Clamp: "2025-04-30", Overflow: "2025-05-01", Strict: ambiguous}},
		{"§5 table", "2025-08-31", 6, map[MonthEnd]string{Clamp: "2026-02-28", Overflow: "2026-03-03", Strict: ambiguous}},
		{"§8#26", "2025-01-31", 3, map[MonthEnd]string{Clamp: "2025-04-30", Overflow: "2025-05-01", Strict: ambiguous}},
		{"§8#27", "2025-05-30", 5, map[MonthEnd]string{Clamp: "2025-10-30", Overflow: "2025-10-30", Strict: "2025-10-30"}},
		{"§8#60 SD 1", "2025-04-30", 1, map[MonthEnd]string{Clamp: "2025-05-30", Overflow: "2025-05-30", Strict: "2025-05-30"}},
		{"§8#60 SD 2", "2025-04-30", 2, map[MonthEnd]string{Clamp: "2025-06-30", Overflow: "2025-06-30", Strict: "2025-06-30"}},
		{"§8#60 SD 3", "2025-04-30", 3, map[MonthEnd]string{Clamp: "2025-07-30", Overflow: "2025-07-30", Strict: "2025-07-30"}},
		{"year back", "2025-01-15", -13, map[MonthEnd]string{Clamp: "2023-12-15", Overflow: "2023-12-15", Strict: "2023-12-15"}},
		{"zero months", "2025-01-31", 0, map[MonthEnd]string{Clamp: "2025-01-31", Overflow: "2025-01-31", Strict: "2025-01-31"}},
		{"400-year leap", "2000-02-29", 1200, map[MonthEnd]string{Clamp: "2100-02-28", Overflow: "2100-03-01", Strict: ambiguous}},
	}
	for _, tt := range tests {
		for _, mode := range []MonthEnd{Clamp, Overflow, Strict} {
			t.Run(tt.vec+"/"+tt.in+"/"+mode.String(), func(t *testing.T) {
				got, err := date(t, tt.in).AddMonthsMode(tt.n, mode)
				gotS := got.String()
				if err != nil {
					if !errors.Is(err, ErrAmbiguousDate) {
						t.Fatalf("AddMonthsMode: unexpected error %v", err)
					}
					gotS = ambiguous
				}
				if diff := cmp.Diff(tt.want[mode], gotS); diff != "" {
					t.Errorf("%s.AddMonthsMode(%d, %s) mismatch (-want +got):\n%s", tt.in, tt.n, mode, diff)
				}
				if mode == Clamp {
					if diff := cmp.Diff(tt.want[mode], date(t, tt.in).AddMonths(tt.n).String()); diff != "" {
						t.Errorf("%s.AddMonths(%d) mismatch (-want +got):\n%s", tt.in, tt.n, diff)
					}
				}
			})
		}
	}
}

// TestNoChaining is §8#26: three steps of one month lose the month end.
func TestNoChaining(t *testing.T) {
	d := date(t, "2025-01-31")
	got := []string{d.AddMonths(3).String(), d.AddMonths(1).AddMonths(1).AddMonths(1).String()}
	want := []string{"2025-04-30", "2025-04-28"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("one step vs chaining mismatch (-want +got):\n%s", diff)
	}
}

// TestACTUSEndOfMonthCycle is §8#60, EOM convention: a cycle anchored on a
// month end lands on month ends.
func TestACTUSEndOfMonthCycle(t *testing.T) {
	anchor := date(t, "2025-04-30")
	var got []string
	for k := 1; k <= 3; k++ {
		got = append(got, anchor.AddMonths(k).EndOfMonth().String())
	}
	want := []string{"2025-05-31", "2025-06-30", "2025-07-31"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("EOM cycle mismatch (-want +got):\n%s", diff)
	}
}

// TestGoAddDatePitfall is §8#61: time.AddDate normalises, Overflow
// reproduces it, Clamp does not.
func TestGoAddDatePitfall(t *testing.T) {
	goDate := time.Date(2025, time.January, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format(time.DateOnly)
	over, err := date(t, "2025-01-31").AddMonthsMode(1, Overflow)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{goDate, over.String(), date(t, "2025-01-31").AddMonths(1).String()}
	want := []string{"2025-03-03", "2025-03-03", "2025-02-28"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("time.AddDate / Overflow / Clamp mismatch (-want +got):\n%s", diff)
	}
}

func TestDueDate(t *testing.T) {
	tests := []struct {
		vec  string
		term Term
		from string
		want string
	}{
		{"§8#32 net 60", Term{Kind: Net, Days: 60}, "2025-01-15", "2025-03-16"},
		{"§8#33 45 FDM A", Term{Kind: EOMPlus, Days: 45}, "2025-01-15", "2025-03-17"},
		{"§8#34 45 FDM B", Term{Kind: PlusEOM, Days: 45}, "2025-01-15", "2025-03-31"},
		{"§8#35 leap A", Term{Kind: EOMPlus, Days: 45}, "2024-01-15", "2024-03-16"},
		{"§8#35 leap B", Term{Kind: PlusEOM, Days: 45}, "2024-01-15", "2024-02-29"},
		{"§8#36 last day A", Term{Kind: EOMPlus, Days: 45}, "2025-10-31", "2025-12-15"},
		{"§8#36 last day B", Term{Kind: PlusEOM, Days: 45}, "2025-10-31", "2025-12-31"},
		{"§8#37 30 FDM A", Term{Kind: EOMPlus, Days: 30}, "2025-03-10", "2025-04-30"},
		{"§8#37 30 FDM B", Term{Kind: PlusEOM, Days: 30}, "2025-03-10", "2025-04-30"},
		{"§8#38 30 FDM A", Term{Kind: EOMPlus, Days: 30}, "2025-01-31", "2025-03-02"},
		{"§8#38 30 FDM B", Term{Kind: PlusEOM, Days: 30}, "2025-01-31", "2025-03-31"},
		{"§8#39 60 FDM le 15", Term{Kind: PlusEOMOnDay, Days: 60, OnDay: 15}, "2003-03-17", "2003-06-15"},
		{"§8#40 60 FDM le 17", Term{Kind: PlusEOMOnDay, Days: 60, OnDay: 17}, "2003-03-01", "2003-05-17"},
		{"§8#41 30 FDM le 10 B", Term{Kind: PlusEOMOnDay, Days: 30, OnDay: 10}, "2025-01-31", "2025-04-10"},
		{"§8#41 30 FDM le 10 A", Term{Kind: EOMPlusOnDay, Days: 30, OnDay: 10}, "2025-01-31", "2025-03-10"},
		{"§8#42 90 FDM A", Term{Kind: EOMPlus, Days: 90}, "2025-01-31", "2025-05-01"},
		{"§8#42 90 FDM B", Term{Kind: PlusEOM, Days: 90}, "2025-01-31", "2025-05-31"},
		{"§8#43 periodic 45", Term{Kind: Net, Days: 45}, "2025-01-31", "2025-03-17"},
		{"§8#44 default 30", Term{Kind: Net, Days: 30}, "2025-02-10", "2025-03-12"},
		{"le 31 clamps to February", Term{Kind: PlusEOMOnDay, Days: 0, OnDay: 31}, "2025-01-10", "2025-02-28"},
		{"le k passed: next month", Term{Kind: EOMPlusOnDay, Days: 20, OnDay: 10}, "2025-01-31", "2025-03-10"},
		{"le k on the day", Term{Kind: EOMPlusOnDay, Days: 10, OnDay: 10}, "2025-01-31", "2025-02-10"},
		{"zero term is cash", Term{}, "2025-01-31", "2025-01-31"},
	}
	for _, tt := range tests {
		t.Run(tt.vec, func(t *testing.T) {
			got, err := tt.term.DueDate(date(t, tt.from))
			if err != nil {
				t.Fatalf("%v.DueDate(%s): %v", tt.term, tt.from, err)
			}
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("%v.DueDate(%s) mismatch (-want +got):\n%s", tt.term, tt.from, diff)
			}
		})
	}
}

func TestWithinCap(t *testing.T) {
	cap45A := Term{Kind: EOMPlus, Days: 45}
	net60 := Term{Kind: Net, Days: 60}
	tests := []struct {
		name  string
		term  Term
		limit Term
		from  string
		want  bool
	}{
		{"45 FDM B vs 60 net", Term{Kind: PlusEOM, Days: 45}, net60, "2025-01-15", false}, // 03-31 > 03-16
		{"45 FDM A vs 60 net", cap45A, net60, "2025-01-15", false},                        // 03-17 > 03-16
		{"45 FDM B leap vs A", Term{Kind: PlusEOM, Days: 45}, cap45A, "2024-01-15", true}, // 02-29 ≤ 03-16
		{"equal", net60, net60, "2025-01-15", true},
		{"30 net vs 45 A", Term{Days: 30}, cap45A, "2025-01-15", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.term.WithinCap(date(t, tt.from), tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("WithinCap mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAdjust(t *testing.T) {
	rolls := []Roll{Unadjusted, Following, ModifiedFollowing, Preceding, ModifiedPreceding, Nearest}
	tests := []struct {
		vec  string
		cal  Calendar
		in   string
		want []string // in the order of rolls
	}{
		{"§8#53 Saturday at month end", FR, "2025-05-31", []string{"2025-05-31", "2025-06-02", "2025-05-30", "2025-05-30", "2025-05-30", "2025-05-30"}},
		{"§8#54 Sunday at month start", FR, "2025-06-01", []string{"2025-06-01", "2025-06-02", "2025-06-02", "2025-05-30", "2025-06-02", "2025-06-02"}},
		{"§8#55 mid-week holiday", FR, "2025-05-01", []string{"2025-05-01", "2025-05-02", "2025-05-02", "2025-04-30", "2025-05-02", "2025-04-30"}},
		{"§8#56 Monday holiday", FR, "2025-06-09", []string{"2025-06-09", "2025-06-10", "2025-06-10", "2025-06-06", "2025-06-06", "2025-06-10"}},
		{"§8#18 Good Friday FR", FR, "2026-04-03", []string{"2026-04-03", "2026-04-03", "2026-04-03", "2026-04-03", "2026-04-03", "2026-04-03"}},
		{"§8#18 Good Friday A-M", FRAlsaceMoselle, "2026-04-03", []string{"2026-04-03", "2026-04-07", "2026-04-07", "2026-04-02", "2026-04-02", "2026-04-02"}},
		{"§8#29 Saturday", FR, "2025-11-29", []string{"2025-11-29", "2025-12-01", "2025-11-28", "2025-11-28", "2025-11-28", "2025-11-28"}},
		{"business day unchanged", FR, "2025-06-10", []string{"2025-06-10", "2025-06-10", "2025-06-10", "2025-06-10", "2025-06-10", "2025-06-10"}},
		{"ouvrables Saturday", FROuvrables, "2025-05-31", []string{"2025-05-31", "2025-05-31", "2025-05-31", "2025-05-31", "2025-05-31", "2025-05-31"}},
		{"None keeps everything", None, "2025-05-31", []string{"2025-05-31", "2025-05-31", "2025-05-31", "2025-05-31", "2025-05-31", "2025-05-31"}},
		{"MonFri ignores holidays", MonFri, "2025-05-01", []string{"2025-05-01", "2025-05-01", "2025-05-01", "2025-05-01", "2025-05-01", "2025-05-01"}},
		{"A-M 26 December, MF stays in month", FRAlsaceMoselle, "2025-12-26", []string{"2025-12-26", "2025-12-29", "2025-12-29", "2025-12-24", "2025-12-24", "2025-12-24"}},
		{"New Year, MP", FR, "2028-01-01", []string{"2028-01-01", "2028-01-03", "2028-01-03", "2027-12-31", "2028-01-03", "2027-12-31"}},
	}
	for _, tt := range tests {
		t.Run(tt.vec, func(t *testing.T) {
			var got []string
			for _, r := range rolls {
				d, err := Adjust(date(t, tt.in), tt.cal, r)
				if err != nil {
					t.Fatalf("Adjust(%s, %s, %s): %v", tt.in, tt.cal, r, err)
				}
				got = append(got, r.String()+" "+d.String())
			}
			var want []string
			for i, r := range rolls {
				want = append(want, r.String()+" "+tt.want[i])
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Adjust(%s, %s, ·) mismatch (-want +got):\n%s", tt.in, tt.cal, diff)
			}
		})
	}
}

func TestAddBusinessDays(t *testing.T) {
	tests := []struct {
		vec  string
		from string
		n    int
		cal  Calendar
		want string
	}{
		{"§8#57 jours ouvrés", "2025-07-11", 5, FR, "2025-07-21"},
		{"§8#58 jours ouvrables", "2025-07-11", 5, FROuvrables, "2025-07-18"},
		{"§8#59 Christmas FR", "2025-12-24", 5, FR, "2026-01-02"},
		{"§8#59 Christmas A-M", "2025-12-24", 5, FRAlsaceMoselle, "2026-01-05"},
		{"backward over Christmas FR", "2026-01-02", -5, FR, "2025-12-24"},
		{"backward over Christmas A-M", "2026-01-05", -5, FRAlsaceMoselle, "2025-12-24"},
		{"backward over 14 July", "2025-07-21", -5, FR, "2025-07-11"},
		{"zero", "2025-05-31", 0, FR, "2025-05-31"},
		{"from a holiday", "2025-05-01", 1, FR, "2025-05-02"},
		{"from a Saturday", "2025-05-31", 1, FR, "2025-06-02"},
		{"from a Saturday back", "2025-05-31", -1, FR, "2025-05-30"},
		{"calendar days", "2025-12-24", 10, None, "2026-01-03"},
		{"mon-fri", "2025-12-24", 5, MonFri, "2025-12-31"},
		{"whole 2025 (251 business days)", "2024-12-31", 251, FR, "2025-12-31"},
		{"whole 2025 back", "2026-01-01", -251, FR, "2025-01-02"},
		{"long run across two years", "2024-12-31", 503, FR, "2026-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.vec, func(t *testing.T) {
			got, err := AddBusinessDays(date(t, tt.from), tt.n, tt.cal)
			if err != nil {
				t.Fatalf("AddBusinessDays(%s, %d, %s): %v", tt.from, tt.n, tt.cal, err)
			}
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("AddBusinessDays(%s, %d, %s) mismatch (-want +got):\n%s", tt.from, tt.n, tt.cal, diff)
			}
		})
	}
}

// TestAddBusinessDaysExhaustive checks AddBusinessDays from every day of
// 2000–2199 against an index into the list of the calendar's business days
// (built once with IsBusinessDay): short limits from every day, long ones
// (through the 64-day word skipping and across many years) from every 37th.
func TestAddBusinessDaysExhaustive(t *testing.T) {
	first, last := MustDate(2000, time.January, 1), MustDate(2199, time.December, 31)
	for _, c := range []Calendar{FR, FROuvrables, FRAlsaceMoselle} {
		t.Run(c.Name(), func(t *testing.T) {
			var bds []Date   // business days in order
			var before []int // before[i]: business days strictly before day i
			for d := first; !d.After(last); d = d.AddDays(1) {
				before = append(before, len(bds))
				if ok, _ := c.IsBusinessDay(d); ok {
					bds = append(bds, d)
				}
			}
			// The n-th business day after day i (n > 0) is bds[after(i)+n-1],
			// where after(i) counts those up to and including day i; before
			// it (n < 0), bds[before[i]+n].
			short := []int{1, 5, 10, -1, -5}
			long := []int{63, 64, 65, 127, 128, 129, 251, 500, 1000, 2000, -64, -65, -251, -2000}
			for i, d := 0, first; !d.After(last); i, d = i+1, d.AddDays(1) {
				ns := short
				if i%37 == 0 {
					ns = append(append([]int(nil), short...), long...)
				}
				after := before[i]
				if after < len(bds) && bds[after] == d {
					after++
				}
				for _, n := range ns {
					j := after + n - 1
					if n < 0 {
						j = before[i] + n
					}
					got, err := AddBusinessDays(d, n, c)
					if j < 0 || j >= len(bds) {
						if !errors.Is(err, ErrOutOfRange) {
							t.Fatalf("AddBusinessDays(%s, %d, %s) = %s, %v; want ErrOutOfRange", d, n, c, got, err)
						}
						continue
					}
					if err != nil || got != bds[j] {
						t.Fatalf("AddBusinessDays(%s, %d, %s) = %s, %v; want %s", d, n, c, got, err, bds[j])
					}
				}
			}
		})
	}
}

// TestDayNumberFastMatchesSlow checks the 32-bit Neri–Schneider conversions
// against the 64-bit Hinnant ones: every day of years 1–9999, and every 97th
// day of the whole range the fast path serves, both ways.
func TestDayNumberFastMatchesSlow(t *testing.T) {
	check := func(z int64) {
		d := fromDayNumber(z)
		if s := fromDayNumberSlow(z); d != s {
			t.Fatalf("fromDayNumber(%d) = %#v, slow %#v", z, d, s)
		}
		if got, slow := d.dayNumber(), d.dayNumberSlow(); got != z || slow != z {
			t.Fatalf("dayNumber(%#v) = %d, slow %d, want %d", d, got, slow, z)
		}
	}
	lo, hi := MustDate(1, time.January, 1).dayNumber(), MustDate(9999, time.December, 31).dayNumber()
	for z := lo; z <= hi; z++ {
		check(z)
	}
	for z := int64(-fastDays); z <= fastDays; z += 97 {
		check(z)
	}
	check(-fastDays)
	check(fastDays)
	// Out of the fast range, the slow path serves and still round-trips.
	for _, z := range []int64{-fastDays - 1, fastDays + 1, 1 << 33, -1 << 33} {
		if got := fromDayNumber(z).dayNumber(); got != z {
			t.Errorf("dayNumber(fromDayNumber(%d)) = %d", z, got)
		}
	}
}

// TestEasterDoyMatchesEaster: the internal Gauss computus used by the
// business-day paths agrees with Easter (Meeus/Jones/Butcher) on every year.
func TestEasterDoyMatchesEaster(t *testing.T) {
	for y := MinYear; y <= MaxYear; y++ {
		e := Easter(y)
		if got, want := easterDoy(y), dayOfYear(y, e.Month(), e.Day()); got != want {
			t.Fatalf("easterDoy(%d) = %d, Easter(%d) = %s is day %d", y, got, y, e, want)
		}
	}
}

// TestYearDayHelpers checks dateOfYearDay and weekdayOf, the conversions of
// the business-day walk, on every day of years 1–9999 and 63 days past a
// year's end.
func TestYearDayHelpers(t *testing.T) {
	for d := MustDate(1, time.January, 1); d.Year() < MaxYear || d.Month() < 12 || d.Day() < 31; d = d.AddDays(1) {
		y, doy := d.Year(), dayOfYear(d.Year(), d.Month(), d.Day())
		if got := dateOfYearDay(y, doy); got != d {
			t.Fatalf("dateOfYearDay(%d, %d) = %s, want %s", y, doy, got, d)
		}
		if got := weekdayOf(y, doy); time.Weekday(got) != d.Weekday() {
			t.Fatalf("weekdayOf(%s) = %d, want %s", d, got, d.Weekday())
		}
		if doy < 64 && y > 1 {
			if got := dateOfYearDay(y-1, daysInYear(y-1)+doy); got != d {
				t.Fatalf("dateOfYearDay(%d, %d) = %s, want %s", y-1, daysInYear(y-1)+doy, got, d)
			}
		}
	}
}
