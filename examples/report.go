package examples

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// report collects a story's text and writes it in one piece, each line
// without trailing spaces (so that the testable Examples compare exactly).
// Tables are plain text aligned by text/tabwriter.
type report struct {
	buf bytes.Buffer
}

// title writes a heading underlined with '='.
func (r *report) title(s string) {
	fmt.Fprintf(&r.buf, "%s\n%s\n", s, strings.Repeat("=", len([]rune(s))))
}

// section writes a blank line and a heading underlined with '-'.
func (r *report) section(s string) {
	fmt.Fprintf(&r.buf, "\n%s\n%s\n", s, strings.Repeat("-", len([]rune(s))))
}

// line writes one line, its arguments separated by spaces as fmt.Sprintln
// does.
func (r *report) line(a ...any) {
	fmt.Fprintln(&r.buf, a...)
}

// linef writes one formatted line.
func (r *report) linef(format string, a ...any) {
	fmt.Fprintf(&r.buf, format+"\n", a...)
}

// table writes rows aligned in columns, the first row being the header,
// underlined.
func (r *report) table(rows [][]string) {
	if len(rows) == 0 {
		return
	}
	tw := tabwriter.NewWriter(&r.buf, 0, 0, 2, ' ', 0)
	under := make([]string, len(rows[0]))
	for i, h := range rows[0] {
		under[i] = strings.Repeat("-", len([]rune(h)))
	}
	all := append([][]string{rows[0], under}, rows[1:]...)
	for _, row := range all {
		fmt.Fprintln(tw, "  "+strings.Join(row, "\t"))
	}
	tw.Flush()
}

// trace writes a policy.Trace indented, one numbered step a line, without
// the long source text of the clauses (their IDs are kept).
func (r *report) trace(t policy.Trace) {
	short := make(policy.Trace, len(t))
	for i, s := range t {
		s.Clause.Source = ""
		short[i] = s
	}
	for _, l := range strings.Split(strings.TrimRight(short.String(), "\n"), "\n") {
		r.line("  " + strings.TrimSpace(l))
	}
}

// flush writes the report to w, each line stripped of trailing spaces.
func (r *report) flush(w io.Writer) error {
	lines := strings.Split(strings.TrimRight(r.buf.String(), "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	_, err := io.WriteString(w, strings.Join(lines, "\n")+"\n")
	return err
}

// date is calendar.MustDate for the stories' literal dates.
func date(y int, m time.Month, d int) calendar.Date { return calendar.MustDate(y, m, d) }

// eur is policy.MustAmount for the stories' literal euro amounts.
func eur(v string) policy.Amount { return policy.MustAmount("EUR " + v) }

// day writes a date with its weekday, "2025-06-08 Sun".
func day(d calendar.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String() + " " + d.Weekday().String()[:3]
}

// money writes an amount, the zero Amount (a refusal's) as 0 in currency c.
func money(c policy.Currency, a policy.Amount) string {
	if a.Currency().IsZero() {
		return policy.Zero(c).String()
	}
	return a.String()
}

// quotite writes the quotité of a cover, "-" when there is none.
func quotite(c limits.Cover) string {
	if c.Gap != limits.Covered {
		return "-"
	}
	return c.Quotite.Percent()
}

// itoa writes a count.
func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// joinGroups writes a list of country groups, "domestic, export".
func joinGroups(groups []string) string { return strings.Join(groups, ", ") }

// yesNo writes a boolean for a table.
func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// kindName writes a decision kind with its French name.
func kindName(k limits.Kind) string {
	switch k {
	case limits.Agrement:
		return "agrément"
	case limits.AccordExpress:
		return "accord express"
	case limits.Refusal:
		return "refusal"
	}
	return k.String()
}

// coverName writes a type of cover for people.
func coverName(t policy.CoverType) string {
	switch t {
	case policy.Named:
		return "agrément"
	case policy.AccordExpress:
		return "accord express"
	case policy.Discretionary:
		return "discretionary"
	case policy.NoCover:
		return "none"
	}
	return t.String()
}
