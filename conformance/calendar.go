package conformance

import (
	"encoding/json"
	"time"

	"github.com/creditins/creditins/calendar"
)

func calendarEaster(raw json.RawMessage) (any, error) {
	var in struct {
		Year *int `json:"year"`
	}
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	y, err := integer("year", in.Year)
	if err != nil {
		return nil, err
	}
	if _, err := calendar.NewDate(y, time.January, 1); err != nil {
		return nil, err
	}
	return map[string]any{"date": calendar.Easter(y).String()}, nil
}

func calendarIsBusinessDay(raw json.RawMessage) (any, error) {
	var in struct {
		Date     *string `json:"date"`
		Calendar *string `json:"calendar"`
	}
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	d, err := date("date", in.Date)
	if err != nil {
		return nil, err
	}
	cal, err := calendarOf(in.Calendar)
	if err != nil {
		return nil, err
	}
	ok, err := cal.IsBusinessDay(d)
	if err != nil {
		return nil, err
	}
	return map[string]any{"businessDay": ok}, nil
}

func calendarOf(s *string) (calendar.Calendar, error) {
	if s == nil {
		return calendar.Calendar{}, missing("calendar")
	}
	return calendar.CalendarByName(*s)
}

func calendarAddMonths(raw json.RawMessage) (any, error) {
	var in struct {
		Date     *string `json:"date"`
		Months   *int    `json:"months"`
		MonthEnd *string `json:"monthEnd"`
	}
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	d, err := date("date", in.Date)
	if err != nil {
		return nil, err
	}
	n, err := integer("months", in.Months)
	if err != nil {
		return nil, err
	}
	mode := calendar.Clamp
	if in.MonthEnd != nil {
		if mode, err = calendar.ParseMonthEnd(*in.MonthEnd); err != nil {
			return nil, err
		}
	}
	r, err := d.AddMonthsMode(n, mode)
	if err != nil {
		return nil, err
	}
	return map[string]any{"date": r.String()}, nil
}

func calendarAdjust(raw json.RawMessage) (any, error) {
	var in struct {
		Date     *string `json:"date"`
		Calendar *string `json:"calendar"`
		Roll     *string `json:"roll"`
	}
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	d, err := date("date", in.Date)
	if err != nil {
		return nil, err
	}
	cal, err := calendarOf(in.Calendar)
	if err != nil {
		return nil, err
	}
	if in.Roll == nil {
		return nil, missing("roll")
	}
	roll, err := calendar.ParseRoll(*in.Roll)
	if err != nil {
		return nil, err
	}
	r, err := calendar.Adjust(d, cal, roll)
	if err != nil {
		return nil, err
	}
	return map[string]any{"date": r.String()}, nil
}

func calendarAddBusinessDays(raw json.RawMessage) (any, error) {
	var in struct {
		Date     *string `json:"date"`
		Days     *int    `json:"days"`
		Calendar *string `json:"calendar"`
	}
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	d, err := date("date", in.Date)
	if err != nil {
		return nil, err
	}
	n, err := integer("days", in.Days)
	if err != nil {
		return nil, err
	}
	cal, err := calendarOf(in.Calendar)
	if err != nil {
		return nil, err
	}
	r, err := calendar.AddBusinessDays(d, n, cal)
	if err != nil {
		return nil, err
	}
	return map[string]any{"date": r.String()}, nil
}

func calendarDeadline(raw json.RawMessage) (any, error) {
	var in struct {
		Anchor *string          `json:"anchor"`
		Period *calendar.Period `json:"period"`
		Rule   json.RawMessage  `json:"rule"`
	}
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	a, err := date("anchor", in.Anchor)
	if err != nil {
		return nil, err
	}
	if in.Period == nil {
		return nil, missing("period")
	}
	r, err := rule(in.Rule)
	if err != nil {
		return nil, err
	}
	nominal, final, err := calendar.DeadlineDates(a, *in.Period, r)
	if err != nil {
		return nil, err
	}
	return map[string]any{"nominal": nominal.String(), "final": final.String()}, nil
}

func calendarDueDate(raw json.RawMessage) (any, error) {
	var in struct {
		From *string `json:"from"`
		Term *struct {
			Kind  *string `json:"kind"`
			Days  *int    `json:"days"`
			OnDay int     `json:"onDay"`
		} `json:"term"`
	}
	if err := decodeInput(raw, &in); err != nil {
		return nil, err
	}
	from, err := date("from", in.From)
	if err != nil {
		return nil, err
	}
	if in.Term == nil || in.Term.Kind == nil {
		return nil, missing("term.kind")
	}
	kind, err := calendar.ParseTermKind(*in.Term.Kind)
	if err != nil {
		return nil, err
	}
	days, err := integer("term.days", in.Term.Days)
	if err != nil {
		return nil, err
	}
	due, err := calendar.Term{Kind: kind, Days: days, OnDay: in.Term.OnDay}.DueDate(from)
	if err != nil {
		return nil, err
	}
	return map[string]any{"date": due.String()}, nil
}
