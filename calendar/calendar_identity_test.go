package calendar

import (
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestCalendarIdentity pins what == and Equal say of two calendars, and the
// text form each calendar of a pair has, now that a Calendar is one pointer:
// the SDK's calendars are == to themselves however obtained, two calendars
// with holidays built separately are different, and two built separately
// without holidays are Equal by name and weekend days but no longer ==.
func TestCalendarIdentity(t *testing.T) {
	satSunDays := []time.Weekday{time.Saturday, time.Sunday}
	build := func(name string, weekend []time.Weekday, hs []Holiday, from, to int) func() Calendar {
		return func() Calendar {
			c, err := NewCalendar(name, weekend, hs, from, to)
			if err != nil {
				t.Fatalf("NewCalendar(%q): %v", name, err)
			}
			return c
		}
	}
	byName := func(s string) func() Calendar {
		return func() Calendar {
			c, err := CalendarByName(s)
			if err != nil {
				t.Fatalf("CalendarByName(%q): %v", s, err)
			}
			return c
		}
	}
	preset := func(c Calendar) func() Calendar { return func() Calendar { return c } }
	frLike := build("fr", satSunDays, frHolidays, 2000, 2199)
	tests := []struct {
		name string
		a, b func() Calendar
		want string // "==, Equal; text of a; text of b"
	}{
		{"zero and None", preset(Calendar{}), preset(None), "true, true; none; none"},
		{"zero Rule's and None", preset(Rule{}.Calendar), preset(None), "true, true; none; none"},
		{"FR and by name", preset(FR), byName("fr"), "true, true; fr; fr"},
		{"TARGET and by name", preset(TARGET), byName("target"), "true, true; target; target"},
		{"None and by name", preset(None), byName("none"), "true, true; none; none"},
		{"FR and FROuvrables", preset(FR), preset(FROuvrables), "false, false; fr; fr-ouvrables"},
		{"FR and its holidays rebuilt", preset(FR), frLike, "false, false; fr; error"},
		{"holidays built twice", frLike, frLike, "false, false; error; error"},
		{"mon-fri built and MonFri", build("mon-fri", satSunDays, nil, 0, 0), preset(MonFri), "true, true; mon-fri; mon-fri"},
		{"mon-fri on Sundays only", build("mon-fri", []time.Weekday{time.Sunday}, nil, 0, 0), preset(MonFri), "false, false; error; mon-fri"},
		{"no holidays built twice", build("x", satSunDays, nil, 0, 0), build("x", satSunDays, nil, 2000, 2001), "false, true; error; error"},
		{"no holidays, other names", build("x", satSunDays, nil, 0, 0), build("y", satSunDays, nil, 0, 0), "false, false; error; error"},
		{"no holidays, other weekends", build("x", satSunDays, nil, 0, 0), build("x", nil, nil, 0, 0), "false, false; error; error"},
		{"named none and None", build("none", nil, nil, 0, 0), preset(None), "false, false; error; none"},
	}
	text := func(c Calendar) string {
		b, err := c.MarshalText()
		if err != nil {
			return "error"
		}
		return string(b)
	}
	for _, tt := range tests {
		a, b := tt.a(), tt.b()
		line := strconv.FormatBool(a == b) + ", " + strconv.FormatBool(a.Equal(b)) + "; " + text(a) + "; " + text(b)
		if diff := cmp.Diff(tt.want, line); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
		if a.Equal(b) != b.Equal(a) {
			t.Errorf("%s: Equal is not symmetric", tt.name)
		}
	}
}
