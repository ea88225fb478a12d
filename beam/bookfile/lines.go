// Package bookfile reads and writes a portfolio of buyers' books as JSON
// Lines files, one file (or several shards) per kind of record, every line
// naming its buyer, so that a distributed engine can key each line by buyer
// and join the kinds without reading a whole book at once.
//
// The files of a book, in one folder (a kind may be split into shards whose
// names start with the kind: invoices-00001.jsonl):
//
//	buyers.jsonl       {"buyer":"B1","discretionaryEligible":false}
//	decisions.jsonl    {"buyer":"B1","id":"B1-D0","kind":"agrement","amount":"EUR 50000.00","date":"2025-01-10"}
//	invoices.jsonl     {"buyer":"B1","id":"B1-F0","deliveryDate":"2025-02-01","invoiceDate":"2025-02-03","dueDate":"2025-04-04","net":"EUR 1000.00","tax":"EUR 200.00","disputed":false}
//	payments.jsonl     {"buyer":"B1","date":"2025-04-01","amount":"EUR 1200.00"}
//	creditnotes.jsonl  {"buyer":"B1","id":"B1-F0-A","date":"2025-02-13","invoice":"B1-F0","net":"EUR 100.00","tax":"EUR 0.00"}
//	events.jsonl       {"buyer":"B1","overdueNoticeDate":"2025-05-01","insolvencyDate":"2025-06-10"}
//
// buyers.jsonl may give the buyer's "country"; events.jsonl may also give
// "politicalEventDate", "proceedings" (claims.Proceedings) and the lists
// of the ledger that name invoices rather than being records of their own:
// "extensions", "paymentPlans" and "takenBack" (claims.Extension,
// claims.PaymentPlan, claims.TakenBack), each kept in its order.
//
// Money and dates take the forms of conformance/FORMAT.md "Value forms"
// ("EUR 1234.56", "2025-02-28"); the other fields are those of
// limits.Buyer, limits.Decision, claims.Invoice, claims.Payment,
// claims.CreditNote and claims.Events, under their JSON names. A line is
// decoded strictly: an unknown field is an error. What a book holds that no
// line carries (the paid and as-of dates of its events, its ledger's own
// stop and notice dates, which the SDK derives or the run gives) is refused
// by Lines, never dropped.
//
// A buyer has exactly one line in buyers.jsonl and at most one in
// events.jsonl. The order of the lines in the files does not matter (a
// distributed read loses it): a buyer's records are put in a canonical
// order, invoices by delivery date, invoice date and ID, decisions by date,
// Seq and ID (give decisions of the same day a Seq), payments by date and
// amount, credit notes by date and ID.
package bookfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Kind is a kind of record, one file (or set of shards) per kind.
type Kind int

// The kinds of record, in the order of Group's fields.
const (
	Buyers Kind = iota
	Decisions
	Invoices
	Payments
	CreditNotes
	Events
)

// NumKinds is the number of kinds.
const NumKinds = 6

// Kinds lists every kind in order.
var Kinds = []Kind{Buyers, Decisions, Invoices, Payments, CreditNotes, Events}

var kindNames = [NumKinds]string{"buyers", "decisions", "invoices", "payments", "creditnotes", "events"}

// fieldNames are the kinds as the error fields name them (claims' names).
var fieldNames = [NumKinds]string{"buyer", "decisions", "invoices", "payments", "creditNotes", "events"}

// String returns the kind's name, the stem of its files.
func (k Kind) String() string { return kindNames[k] }

// File is the name of the kind's file when it is not sharded.
func (k Kind) File() string { return kindNames[k] + ".jsonl" }

// Glob is the pattern of the kind's files (the file or its shards) in dir.
func (k Kind) Glob(dir string) string {
	return strings.TrimSuffix(dir, "/") + "/" + kindNames[k] + "*.jsonl"
}

// BuyerLine is a line of buyers.jsonl: limits.Buyer, its ID under "buyer".
type BuyerLine struct {
	Buyer                 string           `json:"buyer"`
	Country               string           `json:"country,omitempty"`
	DiscretionaryEligible bool             `json:"discretionaryEligible"`
	StopDate              calendar.Date    `json:"stopDate,omitzero"`
	StopCause             limits.StopCause `json:"stopCause,omitzero"`
}

// DecisionLine is a line of decisions.jsonl.
type DecisionLine struct {
	Buyer string `json:"buyer"`
	limits.Decision
}

// InvoiceLine is a line of invoices.jsonl.
type InvoiceLine struct {
	Buyer string `json:"buyer"`
	claims.Invoice
}

// PaymentLine is a line of payments.jsonl.
type PaymentLine struct {
	Buyer string `json:"buyer"`
	claims.Payment
}

// CreditNoteLine is a line of creditnotes.jsonl.
type CreditNoteLine struct {
	Buyer string `json:"buyer"`
	claims.CreditNote
}

// UnmarshalJSON reads the line's buyer and the decision with the SDK's own
// strict decoding and checks (limits.Decision.UnmarshalJSON).
func (l *DecisionLine) UnmarshalJSON(b []byte) error { return splitLine(b, &l.Buyer, &l.Decision) }

// UnmarshalJSON reads the line's buyer and the invoice as the SDK does.
func (l *InvoiceLine) UnmarshalJSON(b []byte) error { return splitLine(b, &l.Buyer, &l.Invoice) }

// UnmarshalJSON reads the line's buyer and the payment as the SDK does.
func (l *PaymentLine) UnmarshalJSON(b []byte) error { return splitLine(b, &l.Buyer, &l.Payment) }

// UnmarshalJSON reads the line's buyer and the credit note as the SDK does.
func (l *CreditNoteLine) UnmarshalJSON(b []byte) error {
	return splitLine(b, &l.Buyer, &l.CreditNote)
}

// splitLine decodes a line's "buyer" into buyer and the rest of its fields
// into rec, whose own UnmarshalJSON (the SDK's strict decoding: unknown or
// miscased keys refused, the rule's checks) reads them.
func splitLine(data []byte, buyer *string, rec any) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	if raw, ok := fields["buyer"]; ok {
		if err := json.Unmarshal(raw, buyer); err != nil {
			return policy.NewRuleError(policy.ErrSyntax, policy.Clause{}, "buyer", string(raw))
		}
		delete(fields, "buyer")
	}
	rest, err := json.Marshal(fields)
	if err != nil {
		return err
	}
	return json.Unmarshal(rest, rec)
}

// EventLine is a line of events.jsonl: the buyer's events (claims.Events
// but Paid, which comes from the payments, and AsOf, the day of the run),
// and the dealings of the insured with the buyer's unpaid invoices, the
// lists of claims.Ledger that have no file of their own: the extensions
// of due dates, the payment plans and the goods taken back, each in its
// order.
type EventLine struct {
	Buyer         string               `json:"buyer"`
	OverdueNotice calendar.Date        `json:"overdueNoticeDate,omitzero"`
	Insolvency    calendar.Date        `json:"insolvencyDate,omitzero"`
	Collection    calendar.Date        `json:"collectionDate,omitzero"`
	IndemnityPaid calendar.Date        `json:"indemnityPaidDate,omitzero"`
	Political     calendar.Date        `json:"politicalEventDate,omitzero"`
	Proceedings   claims.Proceedings   `json:"proceedings,omitzero"`
	Extensions    []claims.Extension   `json:"extensions,omitempty"`
	PaymentPlans  []claims.PaymentPlan `json:"paymentPlans,omitempty"`
	TakenBack     []claims.TakenBack   `json:"takenBack,omitempty"`
}

// eventLine is the line of events.jsonl of b, and whether b has one.
func eventLine(b claims.BuyerBook) (EventLine, bool) {
	e, l := b.Events, b.Ledger
	line := EventLine{Buyer: b.Buyer.ID, OverdueNotice: e.OverdueNotice, Insolvency: e.Insolvency, Collection: e.Collection,
		IndemnityPaid: e.IndemnityPaid, Political: e.Political, Proceedings: e.Proceedings,
		Extensions: l.Extensions, PaymentPlans: l.PaymentPlans, TakenBack: l.TakenBack}
	empty := EventLine{Buyer: line.Buyer}
	return line, !reflect.DeepEqual(line, empty)
}

// setEvents puts an events line into its book.
func (e EventLine) setEvents(b *claims.BuyerBook) {
	b.Events = claims.Events{OverdueNotice: e.OverdueNotice, Insolvency: e.Insolvency, Collection: e.Collection,
		IndemnityPaid: e.IndemnityPaid, Political: e.Political, Proceedings: e.Proceedings}
	b.Ledger.Extensions, b.Ledger.PaymentPlans, b.Ledger.TakenBack = e.Extensions, e.PaymentPlans, e.TakenBack
}

// Group is one buyer's lines, by kind, as a join by buyer gives them.
type Group [NumKinds][]string

// BuyerOf returns the buyer a line is about: its "buyer" field. A line that
// is not a JSON object or has no buyer is an error wrapping policy.ErrSyntax
// or policy.ErrMissing with the field "buyer".
func BuyerOf(line string) (string, error) {
	var b struct {
		Buyer *string `json:"buyer"`
	}
	if err := json.Unmarshal([]byte(line), &b); err != nil {
		return "", policy.NewRuleError(policy.ErrSyntax, policy.Clause{}, "buyer", err.Error())
	}
	if b.Buyer == nil || *b.Buyer == "" {
		return "", policy.NewRuleError(policy.ErrMissing, policy.Clause{}, "buyer", "")
	}
	return *b.Buyer, nil
}

// decode decodes one line of kind k strictly into v. An error is a
// *policy.RuleError whose field is the record's path in the book
// ("decisions[B1-D0].kind", the record's ID when it has one, else its
// position among the buyer's lines of that kind as read, "payments[#3]")
// and whose value is the value at fault.
func decode(k Kind, i int, line string, v any) error {
	err := decodeStrict(line, v)
	if err == nil {
		return nil
	}
	where := fieldNames[k] + "[" + recordID(line, i) + "]"
	if k == Buyers || k == Events {
		where = fieldNames[k]
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return policy.NewRuleError(policy.ErrSyntax, policy.Clause{}, where+"."+jsonPath(te.Field), te.Value)
	}
	sentinel := error(policy.ErrSyntax)
	var re *policy.RuleError
	if errors.As(err, &re) && re.Field != "" {
		// The SDK's decoder names the field at fault itself.
		return policy.NewRuleError(re.Err, policy.Clause{}, where+"."+re.Field, re.Value)
	}
	if re != nil {
		sentinel = re.Err
	} else if !errors.Is(err, policy.ErrSyntax) {
		sentinel = fmt.Errorf("%w: %w", policy.ErrSyntax, err)
	}
	if name, value, ok := fieldAtFault(line, v); ok {
		return policy.NewRuleError(sentinel, policy.Clause{}, where+"."+name, value)
	}
	return policy.NewRuleError(sentinel, policy.Clause{}, where, err.Error())
}

// decodeStrict decodes one JSON object into v: no unknown field, nothing
// after it.
func decodeStrict(line string, v any) error {
	dec := json.NewDecoder(strings.NewReader(line))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("data after the JSON object")
	}
	return err
}

// fieldAtFault finds the field of a line whose value does not decode into
// a value of v's type (the decoder does not say which value an
// UnmarshalText refused): each field is decoded alone, in the order of the
// names; it returns the first that fails and its value.
func fieldAtFault(line string, v any) (name, value string, ok bool) {
	var fields map[string]json.RawMessage
	if json.Unmarshal([]byte(line), &fields) != nil {
		return "", "", false
	}
	t := reflect.TypeOf(v).Elem()
	for _, name := range slices.Sorted(maps.Keys(fields)) {
		one, err := json.Marshal(map[string]json.RawMessage{name: fields[name]})
		if err != nil || decodeStrict(string(one), reflect.New(t).Interface()) == nil {
			continue
		}
		value := string(fields[name])
		var s string
		if json.Unmarshal(fields[name], &s) == nil {
			value = s
		}
		return name, value, true
	}
	return "", "", false
}

// jsonPath drops the names of embedded structs from a decoder's field path
// ("Invoice.disputed" is "disputed"): the JSON names start in lower case.
func jsonPath(p string) string {
	parts := strings.Split(p, ".")
	for len(parts) > 1 && parts[0] != "" && unicode.IsUpper(rune(parts[0][0])) {
		parts = parts[1:]
	}
	return strings.Join(parts, ".")
}

// recordID is a line's "id" when it has one, else "#i".
func recordID(line string, i int) string {
	var r struct {
		ID string `json:"id"`
	}
	if json.Unmarshal([]byte(line), &r) == nil && r.ID != "" {
		return r.ID
	}
	return "#" + strconv.Itoa(i)
}

// encode marshals a line without the trailing newline.
func encode(v any) (string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(buf.String(), "\n"), nil
}
