package calendar

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr error
	}{
		{in: "2025-01-31", want: "2025-01-31"},
		{in: "2024-02-29", want: "2024-02-29"},
		{in: "0001-01-01", want: "0001-01-01"},
		{in: "9999-12-31", want: "9999-12-31"},
		{in: "2000-02-29", want: "2000-02-29"},
		{in: "2025-2-3", wantErr: ErrInvalidDate},
		{in: "2025-02-30", wantErr: ErrInvalidDate},
		{in: "2025-02-29", wantErr: ErrInvalidDate},
		{in: "1900-02-29", wantErr: ErrInvalidDate},
		{in: "+2025-01-01", wantErr: ErrInvalidDate},
		{in: " 2025-01-01", wantErr: ErrInvalidDate},
		{in: "2025-01-01 ", wantErr: ErrInvalidDate},
		{in: "2025-01-01T00:00:00Z", wantErr: ErrInvalidDate},
		{in: "2025/01/01", wantErr: ErrInvalidDate},
		{in: "20250101", wantErr: ErrInvalidDate},
		{in: "2025-13-01", wantErr: ErrInvalidDate},
		{in: "2025-00-10", wantErr: ErrInvalidDate},
		{in: "2025-01-00", wantErr: ErrInvalidDate},
		{in: "2025-04-31", wantErr: ErrInvalidDate},
		{in: "0000-01-01", wantErr: ErrInvalidDate},
		{in: "-025-01-01", wantErr: ErrInvalidDate},
		{in: "2025-+1-01", wantErr: ErrInvalidDate},
		{in: "2025-01-+1", wantErr: ErrInvalidDate},
		{in: "２０２５-01-01", wantErr: ErrInvalidDate},
		{in: "", wantErr: ErrInvalidDate},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Fatalf("ParseDate(%q) error mismatch (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("ParseDate(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "calendar: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestNewDate(t *testing.T) {
	tests := []struct {
		y       int
		m       time.Month
		d       int
		want    string
		wantErr error
	}{
		{2025, time.January, 31, "2025-01-31", nil},
		{2024, time.February, 29, "2024-02-29", nil},
		{2025, time.February, 29, "", ErrInvalidDate},
		{0, time.January, 1, "", ErrInvalidDate},
		{10000, time.January, 1, "", ErrInvalidDate},
		{2025, 13, 1, "", ErrInvalidDate},
		{2025, 0, 1, "", ErrInvalidDate},
		{2025, time.January, 0, "", ErrInvalidDate},
		{2025, time.January, 32, "", ErrInvalidDate},
		{-1, time.January, 1, "", ErrInvalidDate},
	}
	for _, tt := range tests {
		got, err := NewDate(tt.y, tt.m, tt.d)
		if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
			t.Errorf("NewDate(%d, %d, %d) error mismatch (-want +got):\n%s", tt.y, tt.m, tt.d, diff)
		}
		if diff := cmp.Diff(tt.want, got.String()); diff != "" {
			t.Errorf("NewDate(%d, %d, %d) mismatch (-want +got):\n%s", tt.y, tt.m, tt.d, diff)
		}
	}
}

func TestMustDatePanicsOnInvalidLiteral(t *testing.T) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok || !errors.Is(err, ErrInvalidDate) {
			t.Errorf("MustDate(2025, 2, 30) panicked with %v, want an error wrapping ErrInvalidDate", r)
		}
	}()
	MustDate(2025, time.February, 30)
}

func TestDateOf(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	// 23:30 UTC on 31 December is already 1 January in Paris.
	inst := time.Date(2025, time.December, 31, 23, 30, 0, 0, time.UTC)
	tests := []struct {
		loc     *time.Location
		want    string
		wantErr error
	}{
		{time.UTC, "2025-12-31", nil},
		{paris, "2026-01-01", nil},
		{time.FixedZone("UTC-5", -5*3600), "2025-12-31", nil},
		{nil, "", ErrInvalidArgument},
	}
	for _, tt := range tests {
		got, err := DateOf(inst, tt.loc)
		if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
			t.Errorf("DateOf(%v) error mismatch (-want +got):\n%s", tt.loc, diff)
		}
		if diff := cmp.Diff(tt.want, got.String()); diff != "" {
			t.Errorf("DateOf(%v) mismatch (-want +got):\n%s", tt.loc, diff)
		}
	}
}

// TestErrors lists one call per documented error path and the sentinel it
// must unwrap to.
func TestErrors(t *testing.T) {
	d := func(s string) Date { return date(t, s) }
	ambiguousRule := StrictRule
	ambiguousRule.MonthEnd = Strict
	weekendCal, err := NewCalendar("fri-sat-sun", []time.Weekday{time.Friday, time.Saturday, time.Sunday}, nil, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	custom, err := NewCalendar("custom", nil, []Holiday{{Name: "x", Month: time.March, Day: 3}}, 2020, 2030)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		call func() error
		want error
	}{
		// ErrOutOfRange: a holiday calendar outside its years.
		{"FR 1999-12-31", func() error { _, err := FR.IsBusinessDay(d("1999-12-31")); return err }, ErrOutOfRange},
		{"FR 2200-01-01", func() error { _, err := FR.IsBusinessDay(d("2200-01-01")); return err }, ErrOutOfRange},
		{"A-M 1999", func() error { _, err := FRAlsaceMoselle.Holidays(1999); return err }, ErrOutOfRange},
		{"ouvrables 2200", func() error { _, err := FROuvrables.Holidays(2200); return err }, ErrOutOfRange},
		{"None year 0", func() error { _, err := None.Holidays(0); return err }, ErrOutOfRange},
		{"custom no table year 10000", func() error { _, err := weekendCal.Holidays(10000); return err }, ErrOutOfRange},
		{"custom 2031", func() error { _, err := custom.IsBusinessDay(d("2031-01-01")); return err }, ErrOutOfRange},
		{"AddBusinessDays 2199-12-30 +5", func() error { _, err := AddBusinessDays(d("2199-12-30"), 5, FR); return err }, ErrOutOfRange},
		{"AddBusinessDays 2000-01-03 -5", func() error { _, err := AddBusinessDays(d("2000-01-03"), -5, FR); return err }, ErrOutOfRange},
		{"AddBusinessDays start 1999", func() error { _, err := AddBusinessDays(d("1999-06-01"), 5, FR); return err }, ErrOutOfRange},
		{"AddBusinessDays None past 9999", func() error { _, err := AddBusinessDays(d("9999-12-30"), 2, None); return err }, ErrOutOfRange},
		{"AddBusinessDays None before 0001", func() error { _, err := AddBusinessDays(d("0001-01-02"), -2, None); return err }, ErrOutOfRange},
		{"Adjust preceding into 1999", func() error { _, err := Adjust(d("2000-01-01"), FR, Preceding); return err }, ErrOutOfRange},
		{"Adjust following past 9999", func() error { _, err := Adjust(d("9999-12-31"), weekendCal, Following); return err }, ErrOutOfRange},
		{"Deadline into 2200", func() error { _, err := Deadline(d("2199-12-20"), Days(30), FRCivil); return err }, ErrOutOfRange},
		// ErrInvalidDate: the zero Date and impossible results.
		{"IsBusinessDay zero", func() error { _, err := FR.IsBusinessDay(Date{}); return err }, ErrInvalidDate},
		{"Adjust zero", func() error { _, err := Adjust(Date{}, FR, Following); return err }, ErrInvalidDate},
		{"AddBusinessDays zero", func() error { _, err := AddBusinessDays(Date{}, 5, FR); return err }, ErrInvalidDate},
		{"Deadline zero anchor", func() error { _, err := Deadline(Date{}, Days(30), FRCivil); return err }, ErrInvalidDate},
		{"DueDate zero", func() error { _, err := Term{Days: 30}.DueDate(Date{}); return err }, ErrInvalidDate},
		{"DueDate past 9999", func() error { _, err := Term{Days: 60}.DueDate(d("9999-12-01")); return err }, ErrInvalidDate},
		{"DueDate le k past 9999", func() error {
			_, err := Term{Kind: PlusEOMOnDay, Days: 1, OnDay: 5}.DueDate(d("9999-12-01"))
			return err
		}, ErrInvalidDate},
		{"UnmarshalText", func() error { var x Date; return x.UnmarshalText([]byte("2025-02-30")) }, ErrInvalidDate},
		// ErrAmbiguousDate: Strict month end that would clamp.
		{"AddMonthsMode strict", func() error { _, err := d("2025-01-31").AddMonthsMode(1, Strict); return err }, ErrAmbiguousDate},
		{"Deadline strict month end", func() error { _, err := Deadline(d("2025-01-31"), Months(1), ambiguousRule); return err }, ErrAmbiguousDate},
		// ErrInvalidArgument: values outside the enums, bad ranges.
		{"AddMonthsMode mode 3", func() error { _, err := d("2025-01-31").AddMonthsMode(1, MonthEnd(3)); return err }, ErrInvalidArgument},
		{"Adjust roll 6", func() error { _, err := Adjust(d("2025-05-31"), FR, Roll(6)); return err }, ErrInvalidArgument},
		{"Deadline modified following", func() error {
			_, err := Deadline(d("2025-05-01"), Days(30), Rule{Extend: ModifiedFollowing, Calendar: FR})
			return err
		}, ErrInvalidArgument},
		{"Deadline forward preceding", func() error {
			_, err := Deadline(d("2025-05-01"), Days(30), Rule{Extend: Preceding, Calendar: FR})
			return err
		}, ErrInvalidArgument},
		{"Deadline backward modified preceding", func() error {
			_, err := Deadline(d("2025-05-01"), Days(30), Rule{Extend: ModifiedPreceding, Calendar: FR, Backward: true})
			return err
		}, ErrInvalidArgument},
		{"Deadline backward nearest", func() error {
			_, err := Deadline(d("2025-05-01"), Days(30), Rule{Extend: Nearest, Calendar: FR, Backward: true})
			return err
		}, ErrInvalidArgument},
		{"Deadline negative days", func() error { _, err := Deadline(d("2025-06-30"), Days(-5), FRCivil); return err }, ErrInvalidArgument},
		{"Deadline negative months", func() error { _, err := Deadline(d("2025-06-30"), Months(-1), FRCivil); return err }, ErrInvalidArgument},
		{"Deadline backward preceding out of range", func() error {
			_, err := Deadline(d("2000-01-05"), Days(8), Rule{Extend: Preceding, Calendar: FR, Backward: true})
			return err
		}, ErrOutOfRange},
		{"Deadline counting 2", func() error { _, err := Deadline(d("2025-05-01"), Days(30), Rule{Counting: 2}); return err }, ErrInvalidArgument},
		{"Deadline month end 3", func() error { _, err := Deadline(d("2025-05-01"), Days(30), Rule{MonthEnd: 3}); return err }, ErrInvalidArgument},
		{"Deadline period years", func() error { _, err := Deadline(d("2025-05-01"), Period{Years: 10001}, FRCivil); return err }, ErrInvalidArgument},
		{"Deadline period days", func() error { _, err := Deadline(d("2025-05-01"), Days(1<<40), FRCivil); return err }, ErrInvalidArgument},
		{"Deadline period months", func() error { _, err := Deadline(d("2025-05-01"), Months(-1<<40), FRCivil); return err }, ErrInvalidArgument},
		{"Deadline past 9999", func() error { _, err := Deadline(d("9999-12-01"), Days(60), StrictRule); return err }, ErrInvalidArgument},
		{"Deadline before 0001", func() error { _, err := Deadline(d("0001-01-05"), Days(8), Rule{Backward: true}); return err }, ErrInvalidArgument},
		{"DateOf nil", func() error { _, err := DateOf(time.Time{}, nil); return err }, ErrInvalidArgument},
		{"Term kind 5", func() error { _, err := Term{Kind: 5, Days: 30}.DueDate(d("2025-01-15")); return err }, ErrInvalidArgument},
		{"Term negative days", func() error { _, err := Term{Days: -1}.DueDate(d("2025-01-15")); return err }, ErrInvalidArgument},
		{"Term days 3661", func() error { _, err := Term{Days: 3661}.DueDate(d("2025-01-15")); return err }, ErrInvalidArgument},
		{"Term on day 0", func() error { _, err := Term{Kind: PlusEOMOnDay, Days: 30}.DueDate(d("2025-01-15")); return err }, ErrInvalidArgument},
		{"Term on day 32", func() error {
			_, err := Term{Kind: EOMPlusOnDay, Days: 30, OnDay: 32}.DueDate(d("2025-01-15"))
			return err
		}, ErrInvalidArgument},
		{"WithinCap bad cap", func() error { _, err := Term{Days: 30}.WithinCap(d("2025-01-15"), Term{Days: -5}); return err }, ErrInvalidArgument},
		{"CalendarByName", func() error { _, err := CalendarByName("FR"); return err }, ErrInvalidArgument},
		{"RuleByName", func() error { _, err := RuleByName("cpc"); return err }, ErrInvalidArgument},
		{"ParseRoll", func() error { _, err := ParseRoll("Following"); return err }, ErrInvalidArgument},
		{"ParseMonthEnd", func() error { _, err := ParseMonthEnd("Clamp"); return err }, ErrInvalidArgument},
		{"ParseCounting", func() error { _, err := ParseCounting(""); return err }, ErrInvalidArgument},
		{"ParseTermKind", func() error { _, err := ParseTermKind("eom"); return err }, ErrInvalidArgument},
		{"Roll.MarshalText", func() error { _, err := Roll(9).MarshalText(); return err }, ErrInvalidArgument},
		{"MonthEnd.MarshalText", func() error { _, err := MonthEnd(9).MarshalText(); return err }, ErrInvalidArgument},
		{"Counting.MarshalText", func() error { _, err := Counting(9).MarshalText(); return err }, ErrInvalidArgument},
		{"TermKind.MarshalText", func() error { _, err := TermKind(9).MarshalText(); return err }, ErrInvalidArgument},
		{"Calendar.MarshalText custom", func() error { _, err := custom.MarshalText(); return err }, ErrInvalidArgument},
		{"Calendar.UnmarshalText", func() error { var c Calendar; return c.UnmarshalText([]byte("de")) }, ErrInvalidArgument},
		{"Roll.UnmarshalText", func() error { var r Roll; return r.UnmarshalText([]byte("x")) }, ErrInvalidArgument},
		{"NewCalendar seven-day weekend", func() error {
			_, err := NewCalendar("x", []time.Weekday{0, 1, 2, 3, 4, 5, 6}, nil, 0, 0)
			return err
		}, ErrInvalidArgument},
		{"NewCalendar weekday 7", func() error { _, err := NewCalendar("x", []time.Weekday{7}, nil, 0, 0); return err }, ErrInvalidArgument},
		{"NewCalendar no name", func() error { _, err := NewCalendar("", nil, nil, 0, 0); return err }, ErrInvalidArgument},
		{"NewCalendar bad years", func() error {
			_, err := NewCalendar("x", nil, []Holiday{{Month: 1, Day: 1}}, 2030, 2020)
			return err
		}, ErrInvalidArgument},
		{"NewCalendar 30 February", func() error {
			_, err := NewCalendar("x", nil, []Holiday{{Month: 2, Day: 30}}, 2020, 2030)
			return err
		}, ErrInvalidArgument},
		{"NewCalendar Easter offset", func() error {
			_, err := NewCalendar("x", nil, []Holiday{{FromEaster: true, EasterOffset: 300}}, 2020, 2030)
			return err
		}, ErrInvalidArgument},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panic: %v", r)
					}
				}()
				err = tt.call()
			}()
			if diff := cmp.Diff(tt.want, err, cmpopts.EquateErrors()); diff != "" {
				t.Fatalf("error mismatch (-want +got):\n%s", diff)
			}
			checkErr(t, tt.name, err)
			if !strings.HasPrefix(err.Error(), "calendar: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestErrorText(t *testing.T) {
	_, err := ParseDate("2025-02-30")
	want := `calendar: invalid date in ParseDate: date="2025-02-30"`
	if diff := cmp.Diff(want, err.Error()); diff != "" {
		t.Errorf("error text mismatch (-want +got):\n%s", diff)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%T is not *Error", err)
	}
	got := []string{e.Op, e.Field, e.Value}
	if diff := cmp.Diff([]string{"ParseDate", "date", "2025-02-30"}, got); diff != "" {
		t.Errorf("Error fields mismatch (-want +got):\n%s", diff)
	}
}

// TestZeroValues pins the documented meaning of every zero value.
func TestZeroValues(t *testing.T) {
	var z Date
	d := date(t, "2025-05-01")
	mt, err := z.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	var u Date = d
	if err := u.UnmarshalText(nil); err != nil {
		t.Fatal(err)
	}
	am, err := z.AddMonthsMode(1, Strict)
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		String, AddDays, AddMonths, AddMonthsStrict, AddYears, EndOfMonth, MarshalText, UnmarshalEmpty string
		IsZero, BeforeAnyDate                                                                          bool
		DaysSince, DaysSinceZero, Year, Day                                                            int
		Weekday                                                                                        time.Weekday
	}
	got := view{
		String: z.String(), AddDays: z.AddDays(5).String(), AddMonths: z.AddMonths(1).String(),
		AddMonthsStrict: am.String(), AddYears: z.AddYears(1).String(), EndOfMonth: z.EndOfMonth().String(),
		MarshalText: string(mt), UnmarshalEmpty: u.String(),
		IsZero: z.IsZero(), BeforeAnyDate: z.Before(date(t, "0001-01-01")) && z.Compare(d) == -1,
		DaysSince: z.DaysSince(d), DaysSinceZero: d.DaysSince(z), Year: z.Year(), Day: z.Day(),
		Weekday: z.Weekday(),
	}
	want := view{IsZero: true, BeforeAnyDate: true, Weekday: time.Sunday}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero Date mismatch (-want +got):\n%s", diff)
	}

	// The zero Calendar is None: every day is a business day, any year.
	if (Calendar{}) != None {
		t.Errorf("Calendar{} != None")
	}
	if diff := cmp.Diff("none", Calendar{}.Name()); diff != "" {
		t.Errorf("Calendar{}.Name() mismatch (-want +got):\n%s", diff)
	}
	for _, s := range []string{"0001-01-01", "2025-05-31", "2025-12-25", "9999-12-31"} {
		ok, err := Calendar{}.IsBusinessDay(date(t, s))
		if err != nil || !ok {
			t.Errorf("Calendar{}.IsBusinessDay(%s) = %v, %v; want true, nil", s, ok, err)
		}
	}

	// The zero Rule counts calendar days, excludes the anchor, clamps and
	// never extends, as StrictRule does.
	for _, tc := range []struct {
		anchor string
		p      Period
	}{{"2025-05-01", Days(30)}, {"2025-01-31", Months(1)}, {"2025-06-14", Days(30)}} {
		l0, err0 := Deadline(date(t, tc.anchor), tc.p, Rule{})
		ls, errs := Deadline(date(t, tc.anchor), tc.p, StrictRule)
		if err0 != nil || errs != nil {
			t.Fatal(err0, errs)
		}
		if diff := cmp.Diff(viewOf(ls), viewOf(l0)); diff != "" {
			t.Errorf("Deadline(%s, %v, Rule{}) differs from StrictRule (-strict +zero):\n%s", tc.anchor, tc.p, diff)
		}
	}

	// Zero enums are the strict or legal defaults.
	gotEnums := []string{Roll(0).String(), MonthEnd(0).String(), Counting(0).String(), TermKind(0).String(), Period{}.String(), Term{}.String()}
	wantEnums := []string{"unadjusted", "clamp", "excludeStart", "net", "0d", "0 jours"}
	if diff := cmp.Diff(wantEnums, gotEnums); diff != "" {
		t.Errorf("zero enums mismatch (-want +got):\n%s", diff)
	}
	if (Limit{}).Met(d) {
		t.Errorf("the zero Limit is met by %s", d)
	}
	if (Limit{}).Met(Date{}) {
		t.Errorf("the zero Limit is met by the zero Date")
	}
}

// TestEnumText: every enum value round-trips through its text form, and
// values past the last one print as Type(n).
func TestEnumText(t *testing.T) {
	var got []string
	for r := Roll(0); r <= Nearest; r++ {
		b, err := r.MarshalText()
		var back Roll
		if err == nil {
			err = back.UnmarshalText(b)
		}
		if err != nil || back != r {
			t.Errorf("Roll %d: %q, %v, back %d", r, b, err, back)
		}
		got = append(got, string(b))
	}
	for m := MonthEnd(0); m <= Strict; m++ {
		b, err := m.MarshalText()
		var back MonthEnd
		if err == nil {
			err = back.UnmarshalText(b)
		}
		if err != nil || back != m {
			t.Errorf("MonthEnd %d: %q, %v, back %d", m, b, err, back)
		}
		got = append(got, string(b))
	}
	for c := Counting(0); c <= IncludeStart; c++ {
		b, err := c.MarshalText()
		var back Counting
		if err == nil {
			err = back.UnmarshalText(b)
		}
		if err != nil || back != c {
			t.Errorf("Counting %d: %q, %v, back %d", c, b, err, back)
		}
		got = append(got, string(b))
	}
	for k := TermKind(0); k <= EOMPlusOnDay; k++ {
		b, err := k.MarshalText()
		var back TermKind
		if err == nil {
			err = back.UnmarshalText(b)
		}
		if err != nil || back != k {
			t.Errorf("TermKind %d: %q, %v, back %d", k, b, err, back)
		}
		got = append(got, string(b))
	}
	for _, c := range Calendars() {
		b, err := c.MarshalText()
		var back Calendar
		if err == nil {
			err = back.UnmarshalText(b)
		}
		if err != nil || back != c {
			t.Errorf("Calendar %s: %q, %v, back %v", c, b, err, back)
		}
		got = append(got, string(b))
	}
	for _, r := range Rules() {
		back, err := RuleByName(r.Name)
		if err != nil || back != r {
			t.Errorf("Rule %s: %v, back %v", r.Name, err, back)
		}
		got = append(got, r.Name)
	}
	got = append(got, Roll(6).String(), MonthEnd(3).String(), Counting(2).String(), TermKind(5).String())
	want := []string{
		"unadjusted", "following", "modifiedFollowing", "preceding", "modifiedPreceding", "nearest",
		"clamp", "overflow", "strict",
		"excludeStart", "includeStart",
		"net", "eomPlus", "plusEom", "plusEomOnDay", "eomPlusOnDay",
		"none", "mon-fri", "fr", "fr-ouvrables", "fr-alsace-moselle", "target",
		"fr-civil", "fr-prescription", "strict",
		"Roll(6)", "MonthEnd(3)", "Counting(2)", "TermKind(5)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("enum text mismatch (-want +got):\n%s", diff)
	}
}

func TestTermString(t *testing.T) {
	got := []string{
		Term{Days: 60}.String(),
		Term{Kind: EOMPlus, Days: 45}.String(),
		Term{Kind: PlusEOM, Days: 45}.String(),
		Term{Kind: PlusEOMOnDay, Days: 60, OnDay: 15}.String(),
		Term{Kind: EOMPlusOnDay, Days: 30, OnDay: 10}.String(),
		Period{Years: 1, Months: 2, Days: 15}.String(),
	}
	want := []string{
		"60 jours", "45 jours fin de mois (A)", "45 jours fin de mois (B)",
		"60 jours fin de mois le 15 (B)", "30 jours fin de mois le 10 (A)", "1y2m15d",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Term/Period String mismatch (-want +got):\n%s", diff)
	}
}

// TestCustomCalendar builds a calendar with NewCalendar and checks it behaves
// as its data says, including validity years of a holiday.
func TestCustomCalendar(t *testing.T) {
	c, err := NewCalendar("test", []time.Weekday{time.Sunday}, []Holiday{
		{Name: "fixed", Month: time.March, Day: 3},
		{Name: "leap", Month: time.February, Day: 29},
		{Name: "from 2026", Month: time.June, Day: 1, FromYear: 2026},
		{Name: "Easter Tuesday", FromEaster: true, EasterOffset: 2},
	}, 2020, 2030)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, y := range []int{2024, 2025, 2026} {
		hs, err := c.Holidays(y)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			got = append(got, h.String())
		}
	}
	want := []string{
		"2024-02-29", "2024-03-03", "2024-04-02",
		"2025-03-03", "2025-04-22",
		"2026-03-03", "2026-04-07", "2026-06-01",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("custom Holidays mismatch (-want +got):\n%s", diff)
	}
	// 2025-06-01 is a Sunday; 2026-06-01 is a Monday holiday.
	var bd []bool
	for _, s := range []string{"2025-06-02", "2026-06-01", "2026-06-06", "2026-06-07"} {
		ok, err := c.IsBusinessDay(date(t, s))
		if err != nil {
			t.Fatal(err)
		}
		bd = append(bd, ok)
	}
	if diff := cmp.Diff([]bool{true, false, true, false}, bd); diff != "" {
		t.Errorf("custom IsBusinessDay mismatch (-want +got):\n%s", diff)
	}
	next, err := AddBusinessDays(date(t, "2026-05-30"), 2, c) // Sat 30 → Sun 31 skipped, Mon 1 holiday
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("2026-06-03", next.String()); diff != "" {
		t.Errorf("custom AddBusinessDays mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("test", c.Name()); diff != "" {
		t.Errorf("Name mismatch (-want +got):\n%s", diff)
	}
}
