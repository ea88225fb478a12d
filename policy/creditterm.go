package policy

// CreditTermStart is the day the maximum credit term (Terms.MaxCreditDays,
// clause CP-max-credit-term) is counted from. The wordings differ:
//
//   - from the invoice: "once the seller issues an invoice, the terms of
//     payment kick in" and the credit term is the payment time limit
//     stated on the invoice (Allianz Trade, understanding trade credit
//     insurance glossary); the Atradius glossary counts the maximum credit
//     period from the invoice date;
//   - from the delivery: the credit term is "the period after delivery or
//     shipment of goods or after rendering of services at the expiry of
//     which invoices are due to be paid" (Aman Union glossary, credit
//     term).
//
// So it is a term of the policy. Its zero value is CreditFromInvoice.
type CreditTermStart uint8

const (
	// CreditFromInvoice: the maximum credit term runs from the invoice
	// date.
	CreditFromInvoice CreditTermStart = iota
	// CreditFromDelivery: it runs from the delivery date (the shipment, or
	// the rendering of the service).
	CreditFromDelivery
)

var creditTermStartNames = [...]string{CreditFromInvoice: "invoiceDate", CreditFromDelivery: "deliveryDate"}

// String returns "invoiceDate" or "deliveryDate" ("CreditTermStart(7)" for
// a value outside the enum).
func (s CreditTermStart) String() string {
	return enumName(creditTermStartNames[:], "CreditTermStart", uint8(s))
}

// ParseCreditTermStart returns the start named s ("invoiceDate",
// "deliveryDate"), or an error wrapping ErrSyntax.
func ParseCreditTermStart(s string) (CreditTermStart, error) {
	v, err := enumParse(creditTermStartNames[:], "maxCreditFrom", s)
	return CreditTermStart(v), err
}

// Valid reports whether s is one of the starts.
func (s CreditTermStart) Valid() bool { return int(s) < len(creditTermStartNames) }

// MarshalText implements encoding.TextMarshaler.
func (s CreditTermStart) MarshalText() ([]byte, error) {
	return enumText(creditTermStartNames[:], "CreditTermStart", "maxCreditFrom", uint8(s))
}

// UnmarshalText implements encoding.TextUnmarshaler with
// ParseCreditTermStart.
func (s *CreditTermStart) UnmarshalText(b []byte) error {
	v, err := ParseCreditTermStart(string(b))
	if err == nil {
		*s = v
	}
	return err
}
