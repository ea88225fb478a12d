package limits

import (
	"strconv"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// DocumentKind is the kind of a sales document that makes up exposure. Its
// zero value is "no kind", which ExposureOf refuses.
type DocumentKind uint8

const (
	// Order is a confirmed order not yet invoiced.
	Order DocumentKind = iota + 1
	// DraftInvoice is an invoice not yet issued.
	DraftInvoice
	// Invoice is an issued invoice.
	Invoice
	// CreditNote is an issued credit note not yet applied.
	CreditNote
)

var documentNames = []string{Order: "order", DraftInvoice: "draftInvoice", Invoice: "invoice", CreditNote: "creditNote"}

// String returns "order", "draftInvoice", "invoice" or "creditNote".
func (k DocumentKind) String() string { return enumString(documentNames, int(k), "DocumentKind") }

// MarshalText implements encoding.TextMarshaler.
func (k DocumentKind) MarshalText() ([]byte, error) {
	return enumText(documentNames, int(k), "DocumentKind", "documentKind")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping ErrUnknownCode.
func (k *DocumentKind) UnmarshalText(b []byte) error {
	i, err := enumParse(documentNames, string(b), "documentKind")
	if err == nil {
		*k = DocumentKind(i)
	}
	return err
}

// Document is one open sales document on a buyer, as the caller's ledger
// has it: amounts are what is still open, never negative.
type Document struct {
	// ID is the document's reference; unique among the documents.
	ID string `json:"id"`
	// Kind of document.
	Kind DocumentKind `json:"kind"`
	// Net and Tax are the open amount excluding tax and its tax: for an
	// order, the part not yet invoiced by an issued invoice; for a draft
	// invoice, its amount; for an invoice or a credit note, the part still
	// unpaid or not yet applied. Tax may be the zero Amount.
	Net policy.Amount `json:"net"`
	Tax policy.Amount `json:"tax"`
	// DueDate of an invoice (required for invoices).
	DueDate calendar.Date `json:"dueDate,omitzero"`
	// Order is, for a draft invoice, the ID of the order it invoices: its
	// amount is taken off that order, so that it is not counted twice.
	Order string `json:"order,omitempty"`
}

// ExposureOptions are the choices of ExposureOf. The zero value is the
// strict count: an invoice is overdue the day after its due date.
type ExposureOptions struct {
	// GraceDays: an invoice is overdue only once more than GraceDays have
	// passed since its due date (the "grace margin" of credit-management
	// tools); not negative.
	GraceDays int
	// OmitTrace leaves Exposure.Trace out (nil): a batch that reads the
	// buckets, not the reasons, saves its strings. The buckets are the
	// same.
	OmitTrace bool
}

// ExposureOf sorts a buyer's open documents into the buckets of Exposure at
// the date today (clause CG-exposure; the buckets of credit-management
// tools):
//
//   - amounts are Net, plus Tax when the policy covers VAT (CP-vat: cover is
//     excluding tax unless the schedule says otherwise);
//   - an invoice is Overdue when today is more than GraceDays after its due
//     date, else Open;
//   - a draft invoice is Draft, and its amount is taken off the order it
//     names (down to 0 for that order): an order and its draft invoice are
//     not counted twice (OCA credit-control #47, #60);
//   - an order is Orders for what remains of it;
//   - a credit note is Credits, which lowers the exposure.
//
// Errors: terms.Currency, today, and each document's ID (unique), kind and
// Net are required, and an invoice's due date (ErrMissing,
// ErrInconsistent); amounts are in the policy's currency and not negative
// (ErrCurrencyMismatch, ErrOutOfRange); a draft's order must be an order
// among the documents (ErrInconsistent).
func ExposureOf(terms policy.Terms, docs []Document, today calendar.Date, opts ExposureOptions) (Exposure, error) {
	cur := terms.Currency
	switch {
	case cur.IsZero():
		return Exposure{}, policy.NewRuleError(policy.ErrMissing, clauseExposure, "currency", "")
	case today.IsZero():
		return Exposure{}, policy.NewRuleError(policy.ErrMissing, clauseExposure, "today", "")
	case opts.GraceDays < 0 || opts.GraceDays > maxDays:
		return Exposure{}, policy.NewRuleError(policy.ErrOutOfRange, clauseExposure, "graceDays", strconv.Itoa(opts.GraceDays))
	}
	var buf [16]policy.Amount // a buyer's documents, mostly: on the stack
	amounts := buf[:0]
	if len(docs) > len(buf) {
		amounts = make([]policy.Amount, 0, len(docs))
	}
	var orders map[string]int // made at the first order
	ids := seenIDs{docs: docs}
	for i, d := range docs {
		if err := d.check(cur); err != nil {
			return Exposure{}, policy.PrefixField("documents["+strconv.Itoa(i)+"]", err)
		}
		if ids.seen(i) {
			return Exposure{}, docError(policy.ErrInconsistent, i, "id", d.ID)
		}
		amounts = append(amounts, d.amount(cur, terms.VATCovered))
		if d.Kind == Order {
			if orders == nil {
				orders = make(map[string]int)
			}
			orders[d.ID] = i
		}
	}
	// Drafts come off their orders before anything is summed.
	for i, d := range docs {
		if d.Order == "" {
			continue
		}
		j, ok := orders[d.Order]
		if !ok {
			return Exposure{}, docError(policy.ErrInconsistent, i, "order", d.Order+" is not an order of the documents")
		}
		rest, _ := amounts[j].Sub(amounts[i])
		if rest.IsNegative() {
			rest = policy.Zero(cur)
		}
		amounts[j] = rest
	}
	e := Exposure{Open: policy.Zero(cur), Overdue: policy.Zero(cur), Draft: policy.Zero(cur),
		Orders: policy.Zero(cur), Credits: policy.Zero(cur)}
	if len(docs) > 0 && !opts.OmitTrace { // no documents, no trace: nil, as its JSON form (omitted) reads back
		e.Trace = make(policy.Trace, 0, len(docs))
	}
	for i, d := range docs {
		bucket, name := e.bucket(d, today, opts.GraceDays, !opts.OmitTrace)
		*bucket, _ = bucket.Add(amounts[i])
		if opts.OmitTrace {
			continue
		}
		e.Trace = append(e.Trace, policy.Step{Rule: "exposure bucket",
			Inputs: d.Kind.String() + " " + d.ID + " " + amounts[i].String(), Result: name, Clause: clauseExposure})
	}
	return e, nil
}

// seenIDs finds a document whose ID an earlier one has: by a scan of the
// earlier ones in a short list (a buyer's documents), a map in a long one.
type seenIDs struct {
	docs []Document
	ids  map[string]bool
}

// seen reports whether docs[i]'s ID is that of one of docs[:i]; the calls
// go in order of i.
func (s *seenIDs) seen(i int) bool {
	const short = 16
	id := s.docs[i].ID
	if len(s.docs) <= short {
		for _, d := range s.docs[:i] {
			if d.ID == id {
				return true
			}
		}
		return false
	}
	if s.ids == nil {
		s.ids = make(map[string]bool, len(s.docs))
	}
	if s.ids[id] {
		return true
	}
	s.ids[id] = true
	return false
}

// bucket returns the bucket a document goes to, and its name when named
// (the trace's: without one, an invoice's name, with its due date, is not
// written).
func (e *Exposure) bucket(d Document, today calendar.Date, grace int, named bool) (*policy.Amount, string) {
	switch d.Kind {
	case Order:
		return &e.Orders, "orders"
	case DraftInvoice:
		return &e.Draft, "draft"
	case CreditNote:
		return &e.Credits, "credits"
	}
	overdue := today.After(d.DueDate.AddDays(grace))
	switch {
	case overdue && named:
		return &e.Overdue, "overdue (due " + d.DueDate.String() + ")"
	case overdue:
		return &e.Overdue, ""
	case named:
		return &e.Open, "open (due " + d.DueDate.String() + ")"
	}
	return &e.Open, ""
}

// check validates one document in currency cur, naming its fields: an ID,
// a kind, a Net in cur, not negative, in whole minor units, a Tax likewise
// when given, an invoice's due date, an order only on a draft.
func (d Document) check(cur policy.Currency) error {
	for _, a := range [...]struct {
		name     string
		v        policy.Amount
		optional bool
	}{{"net", d.Net, false}, {"tax", d.Tax, true}} {
		switch {
		case a.v.Currency().IsZero():
			if !a.optional {
				return policy.NewRuleError(policy.ErrMissing, clauseExposure, a.name, "")
			}
		case a.v.Currency() != cur:
			return policy.NewRuleError(policy.ErrCurrencyMismatch, clauseExposure, a.name, a.v.String())
		case a.v.IsNegative() || a.v.Validate() != nil:
			return policy.NewRuleError(policy.ErrOutOfRange, clauseExposure, a.name, a.v.String())
		}
	}
	switch {
	case d.ID == "":
		return policy.NewRuleError(policy.ErrMissing, clauseExposure, "id", "")
	case d.Kind == 0:
		return policy.NewRuleError(policy.ErrMissing, clauseExposure, "kind", "")
	case int(d.Kind) >= len(documentNames):
		return policy.NewRuleError(ErrUnknownCode, clauseExposure, "kind", d.Kind.String())
	case d.Kind == Invoice && d.DueDate.IsZero():
		return policy.NewRuleError(policy.ErrMissing, clauseExposure, "dueDate", "")
	case d.Order != "" && d.Kind != DraftInvoice:
		return policy.NewRuleError(policy.ErrInconsistent, clauseExposure, "order", d.Order+" on a "+d.Kind.String())
	}
	return nil
}

// amount is the document's amount counted in exposure, of a checked
// document.
func (d Document) amount(cur policy.Currency, vat bool) policy.Amount {
	if !vat || d.Tax.Currency().IsZero() {
		return d.Net
	}
	a, _ := d.Net.Add(d.Tax) // same currency, checked
	return a
}

func docError(err error, i int, name, value string) error {
	return policy.NewRuleError(err, clauseExposure, "documents["+strconv.Itoa(i)+"]."+name, value)
}
