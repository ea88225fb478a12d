package bookfile

import (
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// Summary is the totals of a portfolio's reports: how many buyers, how many
// in error, the open, insured and uninsured amounts of their books, the
// claims (buyers whose date of loss has come) and their indemnities, and
// the actions due by kind. Amounts are in the text form of policy.Amount
// ("EUR 1234.56"), the empty text when no buyer has any; a sum of two
// currencies is not made: Error says so.
type Summary struct {
	Buyers      int          `json:"buyers"`
	InError     int          `json:"inError"`
	OpenGross   string       `json:"openGross"`
	OpenNet     string       `json:"openNet"`
	Insured     string       `json:"insured"`
	Uninsured   string       `json:"uninsured"`
	OverLimit   string       `json:"overLimit"`
	Claims      int          `json:"claims"`
	Indemnities string       `json:"indemnities"`
	Actions     ActionCounts `json:"actions"`
	Error       string       `json:"error,omitempty"`
}

// ActionCounts counts the actions due by kind (claims.ActionKind).
type ActionCounts struct {
	FileNotice   int `json:"fileNotice"`
	FileClaim    int `json:"fileClaim"`
	CoverStopped int `json:"coverStopped"`
}

// SummaryOf is the summary of one buyer's report.
func SummaryOf(r claims.BuyerReport) Summary {
	s := Summary{Buyers: 1}
	if r.Err != nil {
		s.InError = 1
		return s
	}
	bk := r.Book
	s.OpenGross, s.OpenNet, s.Insured, s.Uninsured, s.OverLimit = text(bk.OpenGross), text(bk.OpenNet), text(bk.Insured), text(bk.Uninsured), text(bk.OverLimit)
	if !bk.Loss.Date.IsZero() {
		s.Claims, s.Indemnities = 1, text(bk.Indemnity)
	}
	for _, a := range r.Actions {
		switch a.Kind {
		case claims.FileNotice:
			s.Actions.FileNotice++
		case claims.FileClaim:
			s.Actions.FileClaim++
		case claims.CoverStopped:
			s.Actions.CoverStopped++
		}
	}
	return s
}

// text is an amount's text, "" for the zero Amount.
func text(a policy.Amount) string {
	if a.Currency().IsZero() {
		return ""
	}
	return a.String()
}

// Merge adds two summaries.
func (s Summary) Merge(t Summary) Summary {
	u := Summary{Buyers: s.Buyers + t.Buyers, InError: s.InError + t.InError, Claims: s.Claims + t.Claims,
		Actions: ActionCounts{s.Actions.FileNotice + t.Actions.FileNotice, s.Actions.FileClaim + t.Actions.FileClaim,
			s.Actions.CoverStopped + t.Actions.CoverStopped},
		Error: s.Error}
	if u.Error == "" {
		u.Error = t.Error
	}
	add := func(a, b string) string {
		switch {
		case a == "":
			return b
		case b == "":
			return a
		}
		x, err := policy.ParseAmount(a)
		var y, z policy.Amount
		if err == nil {
			y, err = policy.ParseAmount(b)
		}
		if err == nil {
			z, err = x.Add(y)
		}
		if err != nil {
			if u.Error == "" {
				u.Error = err.Error()
			}
			return a
		}
		return z.String()
	}
	u.OpenGross, u.OpenNet, u.Insured = add(s.OpenGross, t.OpenGross), add(s.OpenNet, t.OpenNet), add(s.Insured, t.Insured)
	u.Uninsured, u.OverLimit, u.Indemnities = add(s.Uninsured, t.Uninsured), add(s.OverLimit, t.OverLimit), add(s.Indemnities, t.Indemnities)
	return u
}
