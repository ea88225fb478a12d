// Package bookfile reads a portfolio of buyers' books from the bytes of
// files: a directory of CSV files with a header row and a policy.json, or
// one book.json. It parses bytes and reads no file itself: the caller
// (a command, a service, a pipeline) reads the files and hands their
// contents over, so the package keeps the SDK's rule of no I/O.
//
// # Files
//
// A directory holds policy.json (the policy's terms, as [policy.ParseTerms]
// reads them) and the CSV files below, each with a header row naming its
// columns in any order. The required columns must be there; the optional
// ones may be; any other column is an error. Money is written as in
// conformance/FORMAT.md ("EUR 1234.56"), dates as YYYY-MM-DD, booleans as
// true or false; an empty cell is "not given" for an optional column and
// an error for a required one.
//
//	file           required columns                                     optional columns
//	decisions.csv  buyer, id, kind, amount, date                        expiry, seq, quotite, insolvencyOnly, maxCreditDays, maxExtensionDays
//	invoices.csv   buyer, id, deliveryDate, invoiceDate, dueDate, net   tax, disputed, group, orderDate
//	payments.csv   buyer, date, amount                                  -
//	events.csv     buyer                                                discretionaryEligible, overdueNoticeDate, insolvencyDate, collectionDate, indemnityPaidDate, stopDate, stopCause
//
// Every file but policy.json and invoices.csv may be left out. A buyer is
// any ID found in a buyer column; events.csv has at most one row a buyer.
// The books are returned in the order of their buyer IDs.
//
// A directory has no file for the rest of a book: credit notes, goods
// taken back, extensions and payment plans, the ledger's own stop and
// notice dates, a decision's price and reason, a buyer's country, the
// paid, political-event and as-of dates and the insolvency proceedings.
// Such a book is given as book.json; a file or a column a directory does
// not have (extensions.csv, paidDate) is refused, never dropped.
//
// book.json is one object {"policy": terms, "books": [buyer books]}, each
// book as [claims.BuyerBook] writes itself in JSON.
//
// # Errors
//
// Every error is an *[Error] naming the file, the line and the column (1
// for the first), the column's name and the value, and wrapping the
// error of the SDK that refused the value (errors.Is finds its sentinel:
// [policy.ErrSyntax], [policy.ErrMissing], [policy.ErrInconsistent], …).
// The first error found is returned.
package bookfile

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Portfolio is the policy's terms and the books of its buyers.
type Portfolio struct {
	Terms policy.Terms       `json:"policy"`
	Books []claims.BuyerBook `json:"books"`
}

// Error is a value a file holds that cannot be read: in File, at Line and
// Column (both from 1; 0 when the error is about the whole file), in the
// column Field, the text Value.
type Error struct {
	File   string
	Line   int
	Column int
	Field  string
	Value  string
	Err    error
}

// Error implements the error interface: "bookfile: invoices.csv:3:6 (net
// "EUR x"): policy: malformed value …".
func (e *Error) Error() string {
	where := e.File
	if e.Line > 0 {
		where += ":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column)
	}
	if e.Field != "" {
		where += " (" + e.Field + " " + strconv.Quote(e.Value) + ")"
	}
	return "bookfile: " + where + ": " + e.Err.Error()
}

// Unwrap returns the error of the SDK behind it.
func (e *Error) Unwrap() error { return e.Err }

// ErrUnknownColumn is a header naming a column the file does not have;
// ErrMissingColumn a header without a required column; ErrUnknownFile a
// file name the directory does not have.
var (
	ErrUnknownColumn = errors.New("bookfile: unknown column")
	ErrMissingColumn = errors.New("bookfile: missing column")
	ErrUnknownFile   = errors.New("bookfile: unknown file")
)

// layout is the columns of one CSV file.
type layout struct {
	required, optional []string
}

var layouts = map[string]layout{
	"decisions.csv": {[]string{"buyer", "id", "kind", "amount", "date"},
		[]string{"expiry", "seq", "quotite", "insolvencyOnly", "maxCreditDays", "maxExtensionDays"}},
	"invoices.csv": {[]string{"buyer", "id", "deliveryDate", "invoiceDate", "dueDate", "net"}, []string{"tax", "disputed", "group", "orderDate"}},
	"payments.csv": {[]string{"buyer", "date", "amount"}, nil},
	"events.csv": {[]string{"buyer"}, []string{"discretionaryEligible", "overdueNoticeDate", "insolvencyDate", "collectionDate",
		"indemnityPaidDate", "stopDate", "stopCause"}},
}

// ParseDir reads a portfolio from the contents of a directory's files, by
// file name (see the package doc). policy.json and invoices.csv are
// required.
func ParseDir(files map[string][]byte) (Portfolio, error) {
	var p Portfolio
	for name := range files {
		if _, ok := layouts[name]; !ok && name != "policy.json" {
			return p, &Error{File: name, Err: ErrUnknownFile}
		}
	}
	data, ok := files["policy.json"]
	if !ok {
		return p, &Error{File: "policy.json", Err: policy.ErrMissing}
	}
	t, err := policy.ParseTerms(data)
	if err != nil {
		return p, &Error{File: "policy.json", Err: err}
	}
	p.Terms = t
	if _, ok := files["invoices.csv"]; !ok {
		return p, &Error{File: "invoices.csv", Err: policy.ErrMissing}
	}
	b := builder{books: map[string]*draft{}}
	for _, name := range []string{"decisions.csv", "invoices.csv", "payments.csv", "events.csv"} {
		if data, ok := files[name]; ok {
			if err := b.file(name, data); err != nil {
				return p, err
			}
		}
	}
	return b.portfolio(p.Terms)
}

// ParseJSON reads a portfolio from book.json (see the package doc).
func ParseJSON(data []byte) (Portfolio, error) {
	var raw struct {
		Policy json.RawMessage   `json:"policy"`
		Books  []json.RawMessage `json:"books"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&raw); err != nil {
		return Portfolio{}, jsonError("book.json", data, dec, err)
	}
	if dec.More() {
		return Portfolio{}, &Error{File: "book.json", Err: fmt.Errorf("%w: trailing data", policy.ErrSyntax)}
	}
	if raw.Policy == nil {
		return Portfolio{}, &Error{File: "book.json", Field: "policy", Err: policy.ErrMissing}
	}
	t, err := policy.ParseTerms(raw.Policy)
	if err != nil {
		return Portfolio{}, &Error{File: "book.json", Field: "policy", Err: err}
	}
	p := Portfolio{Terms: t, Books: make([]claims.BuyerBook, len(raw.Books))}
	for i, rb := range raw.Books {
		d := json.NewDecoder(bytes.NewReader(rb))
		d.DisallowUnknownFields()
		if err := d.Decode(&p.Books[i]); err != nil {
			return Portfolio{}, &Error{File: "book.json", Field: "books[" + strconv.Itoa(i) + "]", Err: errors.Join(policy.ErrSyntax, err)}
		}
	}
	return p, nil
}

// jsonError places a JSON decoding error at its line and column.
func jsonError(file string, data []byte, dec *json.Decoder, err error) error {
	off := dec.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset - 1 // the offset is after the byte at fault
	}
	line, col := position(data, off)
	return &Error{File: file, Line: line, Column: col, Err: errors.Join(policy.ErrSyntax, err)}
}

// position is the line and column of a byte offset.
func position(data []byte, off int64) (int, int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	return line, int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
}

// draft is a buyer's book as its rows arrive.
type draft struct {
	buyer     limits.Buyer
	decisions []limits.Decision
	decRows   []int // the line of each decision
	ledger    claims.Ledger
	events    claims.Events
	evLine    int
}

// builder gathers the rows of every file by buyer.
type builder struct {
	books map[string]*draft
}

func (b *builder) draft(id string) *draft {
	d, ok := b.books[id]
	if !ok {
		d = &draft{buyer: limits.Buyer{ID: id}}
		b.books[id] = d
	}
	return d
}

// row is one CSV row with its columns by name.
type row struct {
	file  string
	line  int
	cols  map[string]int
	cells []string
}

// cell returns the text of a column and whether it is given.
func (r row) cell(name string) (string, bool) {
	i, ok := r.cols[name]
	if !ok || r.cells[i] == "" {
		return "", false
	}
	return r.cells[i], true
}

// fail is an error at a column of the row.
func (r row) fail(name string, err error) error {
	v, _ := r.cell(name)
	col := 0
	if i, ok := r.cols[name]; ok {
		col = i + 1
	}
	return &Error{File: r.file, Line: r.line, Column: col, Field: name, Value: v, Err: err}
}

func (r row) text(name string) (string, error) {
	s, ok := r.cell(name)
	if !ok {
		return "", r.fail(name, policy.ErrMissing)
	}
	return s, nil
}

func (r row) date(name string, required bool) (calendar.Date, error) {
	s, ok := r.cell(name)
	if !ok {
		if required {
			return calendar.Date{}, r.fail(name, policy.ErrMissing)
		}
		return calendar.Date{}, nil
	}
	d, err := calendar.ParseDate(s)
	if err != nil {
		return d, r.fail(name, err)
	}
	return d, nil
}

func (r row) amount(name string, required bool) (policy.Amount, error) {
	s, ok := r.cell(name)
	if !ok {
		if required {
			return policy.Amount{}, r.fail(name, policy.ErrMissing)
		}
		return policy.Amount{}, nil
	}
	a, err := policy.ParseAmount(s)
	if err != nil {
		return a, r.fail(name, err)
	}
	return a, nil
}

func (r row) boolean(name string) (bool, error) {
	s, ok := r.cell(name)
	if !ok {
		return false, nil
	}
	switch s {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, r.fail(name, policy.ErrSyntax)
}

func (r row) integer(name string) (int, error) {
	s, ok := r.cell(name)
	if !ok {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, r.fail(name, errors.Join(policy.ErrSyntax, err))
	}
	return n, nil
}

// timeLimit reads an optional time limit in its JSON form: a number of
// days, or a period such as "2m" (policy.TimeLimit); empty is not set.
func (r row) timeLimit(name string) (policy.TimeLimit, error) {
	s, ok := r.cell(name)
	if !ok {
		return policy.TimeLimit{}, nil
	}
	if strings.Trim(s, "0123456789-") != "" {
		s = strconv.Quote(s)
	}
	var l policy.TimeLimit
	if err := l.UnmarshalJSON([]byte(s)); err != nil {
		return l, r.fail(name, err)
	}
	return l, nil
}

// file reads the rows of one CSV file.
func (b *builder) file(name string, data []byte) error {
	l := layouts[name]
	cr := csv.NewReader(bytes.NewReader(data))
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		return csvError(name, err)
	}
	cols := make(map[string]int, len(header))
	for i, h := range header {
		if !slices.Contains(l.required, h) && !slices.Contains(l.optional, h) {
			return &Error{File: name, Line: 1, Column: i + 1, Field: "header", Value: h, Err: ErrUnknownColumn}
		}
		if _, dup := cols[h]; dup {
			return &Error{File: name, Line: 1, Column: i + 1, Field: "header", Value: h, Err: fmt.Errorf("%w: listed twice", policy.ErrInconsistent)}
		}
		cols[h] = i
	}
	for _, c := range l.required {
		if _, ok := cols[c]; !ok {
			return &Error{File: name, Line: 1, Field: "header", Value: c, Err: ErrMissingColumn}
		}
	}
	for {
		cells, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		r := row{file: name, line: line, cols: cols, cells: cells}
		if err := b.add(r); err != nil {
			return err
		}
	}
}

// csvError places an error of the CSV reader.
func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &Error{File: name, Line: pe.Line, Column: pe.Column, Err: errors.Join(policy.ErrSyntax, pe.Err)}
	}
	return &Error{File: name, Err: errors.Join(policy.ErrSyntax, err)}
}

// add reads one row into its buyer's draft.
func (b *builder) add(r row) error {
	buyer, err := r.text("buyer")
	if err != nil {
		return err
	}
	d := b.draft(buyer)
	switch r.file {
	case "decisions.csv":
		return d.decision(r)
	case "invoices.csv":
		return d.invoice(r)
	case "payments.csv":
		p := claims.Payment{}
		if p.Date, err = r.date("date", true); err != nil {
			return err
		}
		if p.Amount, err = r.amount("amount", true); err != nil {
			return err
		}
		d.ledger.Payments = append(d.ledger.Payments, p)
		return nil
	}
	return d.eventRow(r)
}

func (d *draft) decision(r row) error {
	var x limits.Decision
	var err error
	if x.ID, err = r.text("id"); err != nil {
		return err
	}
	k, err := r.text("kind")
	if err != nil {
		return err
	}
	if x.Kind, err = limits.ParseKind(k); err != nil {
		return r.fail("kind", err)
	}
	if x.Amount, err = r.amount("amount", x.Kind != limits.Refusal); err != nil {
		return err
	}
	if x.Date, err = r.date("date", true); err != nil {
		return err
	}
	if x.Expiry, err = r.date("expiry", false); err != nil {
		return err
	}
	if x.Seq, err = r.integer("seq"); err != nil {
		return err
	}
	if s, ok := r.cell("quotite"); ok {
		if x.Quotite, err = policy.ParseFraction(s); err != nil {
			return r.fail("quotite", err)
		}
	}
	if x.Conditions.InsolvencyOnly, err = r.boolean("insolvencyOnly"); err != nil {
		return err
	}
	if x.Conditions.MaxCreditDays, err = r.timeLimit("maxCreditDays"); err != nil {
		return err
	}
	if x.Conditions.MaxExtensionDays, err = r.timeLimit("maxExtensionDays"); err != nil {
		return err
	}
	d.decisions = append(d.decisions, x)
	d.decRows = append(d.decRows, r.line)
	return nil
}

func (d *draft) invoice(r row) error {
	var x claims.Invoice
	var err error
	if x.ID, err = r.text("id"); err != nil {
		return err
	}
	for _, c := range []struct {
		name string
		to   *calendar.Date
	}{{"deliveryDate", &x.DeliveryDate}, {"invoiceDate", &x.InvoiceDate}, {"dueDate", &x.DueDate}} {
		if *c.to, err = r.date(c.name, true); err != nil {
			return err
		}
	}
	if x.OrderDate, err = r.date("orderDate", false); err != nil {
		return err
	}
	if x.Net, err = r.amount("net", true); err != nil {
		return err
	}
	if x.Tax, err = r.amount("tax", false); err != nil {
		return err
	}
	if x.Tax.Currency().IsZero() {
		x.Tax = policy.Zero(x.Net.Currency())
	}
	if x.Disputed, err = r.boolean("disputed"); err != nil {
		return err
	}
	x.Group, _ = r.cell("group")
	d.ledger.Invoices = append(d.ledger.Invoices, x)
	return nil
}

func (d *draft) eventRow(r row) error {
	if d.evLine != 0 {
		return r.fail("buyer", fmt.Errorf("%w: a second row for the buyer (the first on line %d)", policy.ErrInconsistent, d.evLine))
	}
	d.evLine = r.line
	var err error
	if d.buyer.DiscretionaryEligible, err = r.boolean("discretionaryEligible"); err != nil {
		return err
	}
	for _, c := range []struct {
		name string
		to   *calendar.Date
	}{{"overdueNoticeDate", &d.events.OverdueNotice}, {"insolvencyDate", &d.events.Insolvency},
		{"collectionDate", &d.events.Collection}, {"indemnityPaidDate", &d.events.IndemnityPaid}, {"stopDate", &d.buyer.StopDate}} {
		if *c.to, err = r.date(c.name, false); err != nil {
			return err
		}
	}
	if s, ok := r.cell("stopCause"); ok {
		if err := d.buyer.StopCause.UnmarshalText([]byte(s)); err != nil {
			return r.fail("stopCause", err)
		}
	}
	return nil
}

// portfolio checks each buyer's decisions as a history and returns the
// books in the order of their buyer IDs. A decision the history refuses is
// placed on its row of decisions.csv.
func (b *builder) portfolio(t policy.Terms) (Portfolio, error) {
	p := Portfolio{Terms: t}
	ids := make([]string, 0, len(b.books))
	for id := range b.books {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		d := b.books[id]
		h, err := limits.NewHistory(d.decisions...)
		if err != nil {
			return Portfolio{}, historyError(d, err)
		}
		p.Books = append(p.Books, claims.BuyerBook{Buyer: d.buyer, History: h, Ledger: d.ledger, Events: d.events})
	}
	return p, nil
}

// historyError places an error of limits.NewHistory, whose field starts
// "decisions[i].", on the line of decision i.
func historyError(d *draft, err error) error {
	e := &Error{File: "decisions.csv", Err: err}
	var re *policy.RuleError
	if errors.As(err, &re) {
		e.Field, e.Value = re.Field, re.Value
		var i int
		if _, scanErr := fmt.Sscanf(re.Field, "decisions[%d]", &i); scanErr == nil && i >= 0 && i < len(d.decRows) {
			e.Line = d.decRows[i]
		}
	}
	return e
}
