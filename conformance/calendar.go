package conformance

import (
	"encoding/json"
	"time"

	"github.com/creditins/creditins/calendar"
)

// calendarEasterInput is the JSON input of calendar.easter (FORMAT.md).
type calendarEasterInput struct {
	Year *int `json:"year"`
}

func calendarEaster(raw json.RawMessage) (any, error) {
	var in calendarEasterInput
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

// calendarIsBusinessDayInput is the JSON input of calendar.isBusinessDay (FORMAT.md).
type calendarIsBusinessDayInput struct {
	Date     *string `json:"date"`
	Calendar *string `json:"calendar"`
}

func calendarIsBusinessDay(raw json.RawMessage) (any, error) {
	var in calendarIsBusinessDayInput
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

// calendarAddMonthsInput is the JSON input of calendar.addMonths (FORMAT.md).
type calendarAddMonthsInput struct {
	Date     *string `json:"date"`
	Months   *int    `json:"months"`
	MonthEnd *string `json:"monthEnd"`
}

func calendarAddMonths(raw json.RawMessage) (any, error) {
	var in calendarAddMonthsInput
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

// calendarAdjustInput is the JSON input of calendar.adjust (FORMAT.md).
type calendarAdjustInput struct {
	Date     *string `json:"date"`
	Calendar *string `json:"calendar"`
	Roll     *string `json:"roll"`
}

func calendarAdjust(raw json.RawMessage) (any, error) {
	var in calendarAdjustInput
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

// calendarAddBusinessDaysInput is the JSON input of calendar.addBusinessDays (FORMAT.md).
type calendarAddBusinessDaysInput struct {
	Date     *string `json:"date"`
	Days     *int    `json:"days"`
	Calendar *string `json:"calendar"`
}

func calendarAddBusinessDays(raw json.RawMessage) (any, error) {
	var in calendarAddBusinessDaysInput
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

// calendarDeadlineInput is the JSON input of calendar.deadline (FORMAT.md).
type calendarDeadlineInput struct {
	Anchor *string          `json:"anchor"`
	Period *calendar.Period `json:"period"`
	Rule   json.RawMessage  `json:"rule"`
}

func calendarDeadline(raw json.RawMessage) (any, error) {
	var in calendarDeadlineInput
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

// calendarDueDateInput is the JSON input of calendar.dueDate (FORMAT.md).
type calendarDueDateInput struct {
	From *string `json:"from"`
	Term *struct {
		Kind  *string `json:"kind"`
		Days  *int    `json:"days"`
		OnDay int     `json:"onDay"`
	} `json:"term"`
}

func calendarDueDate(raw json.RawMessage) (any, error) {
	var in calendarDueDateInput
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
