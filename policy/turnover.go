package policy

// BuyerKind is what a buyer is, as the exclusions of the insurable
// turnover read it. Its zero value is Company.
type BuyerKind uint8

const (
	// Company: a private-sector business, outside the insured's group.
	Company BuyerKind = iota
	// RelatedCompany: a company of the insured's own group (affiliated or
	// associated company).
	RelatedCompany
	// PublicBuyer: a public body (State, local authority, public
	// undertaking).
	PublicBuyer
	// PrivateIndividual: a consumer, a member of the public.
	PrivateIndividual
)

var buyerKindNames = [...]string{Company: "company", RelatedCompany: "related", PublicBuyer: "public", PrivateIndividual: "individual"}

// String returns "company", "related", "public" or "individual".
func (k BuyerKind) String() string { return enumName(buyerKindNames[:], "BuyerKind", uint8(k)) }

// ParseBuyerKind returns the kind named s, or an error wrapping ErrSyntax.
func ParseBuyerKind(s string) (BuyerKind, error) {
	v, err := enumParse(buyerKindNames[:], "buyerKind", s)
	return BuyerKind(v), err
}

// Valid reports whether k is one of the kinds.
func (k BuyerKind) Valid() bool { return int(k) < len(buyerKindNames) }

// MarshalText implements encoding.TextMarshaler.
func (k BuyerKind) MarshalText() ([]byte, error) {
	return enumText(buyerKindNames[:], "BuyerKind", "buyerKind", uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseBuyerKind.
func (k *BuyerKind) UnmarshalText(b []byte) error {
	v, err := ParseBuyerKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// PaymentKind is how a sale is paid, as the exclusions of the insurable
// turnover read it. Its zero value is OnCredit.
type PaymentKind uint8

const (
	// OnCredit: on open account, payable at a term.
	OnCredit PaymentKind = iota
	// CashSale: paid on or before delivery (cash, card, prepayment).
	CashSale
	// LetterOfCredit: secured by a documentary letter of credit or a bank
	// guarantee.
	LetterOfCredit
)

var paymentKindNames = [...]string{OnCredit: "credit", CashSale: "cash", LetterOfCredit: "letterOfCredit"}

// String returns "credit", "cash" or "letterOfCredit".
func (k PaymentKind) String() string {
	return enumName(paymentKindNames[:], "PaymentKind", uint8(k))
}

// ParsePaymentKind returns the kind named s, or an error wrapping
// ErrSyntax.
func ParsePaymentKind(s string) (PaymentKind, error) {
	v, err := enumParse(paymentKindNames[:], "paymentKind", s)
	return PaymentKind(v), err
}

// Valid reports whether k is one of the kinds.
func (k PaymentKind) Valid() bool { return int(k) < len(paymentKindNames) }

// MarshalText implements encoding.TextMarshaler.
func (k PaymentKind) MarshalText() ([]byte, error) {
	return enumText(paymentKindNames[:], "PaymentKind", "paymentKind", uint8(k))
}

// UnmarshalText implements encoding.TextUnmarshaler with ParsePaymentKind.
func (k *PaymentKind) UnmarshalText(b []byte) error {
	v, err := ParsePaymentKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// TurnoverExclusions are the sales the policy leaves out of the insurable
// turnover (clause CP-insurable-turnover): "insurable turnover is
// calculated by subtracting from the total sales: cash sales, sales
// against bank letters of guarantee, sales to public companies, sales to
// individuals, sales to group/affiliated companies" (a Turkish broker's
// FAQ, finance-insurance.com.tr); "sales to local authority, nationalised
// undertakings, associated or group companies" (Prophet Group, whole
// turnover insurance); "any sales directly with local authorities,
// government departments, members of the public and cash and credit card
// sales" (P&H Credit, whole turnover). Wordings list different sets, so
// each is a term; the zero value excludes nothing.
type TurnoverExclusions struct {
	RelatedCompanies    bool `json:"relatedCompanies,omitempty"`
	PublicBuyers        bool `json:"publicBuyers,omitempty"`
	PrivateIndividuals  bool `json:"privateIndividuals,omitempty"`
	CashSales           bool `json:"cashSales,omitempty"`
	LetterOfCreditSales bool `json:"letterOfCreditSales,omitempty"`
}

// IsZero reports whether x excludes nothing.
func (x TurnoverExclusions) IsZero() bool { return x == TurnoverExclusions{} }

// ExcludesBuyer reports whether the policy leaves the sales to a buyer of
// kind k out of the insurable turnover.
func (x TurnoverExclusions) ExcludesBuyer(k BuyerKind) bool {
	switch k {
	case RelatedCompany:
		return x.RelatedCompanies
	case PublicBuyer:
		return x.PublicBuyers
	case PrivateIndividual:
		return x.PrivateIndividuals
	}
	return false
}

// ExcludesPayment reports whether the policy leaves the sales paid as k
// out of the insurable turnover.
func (x TurnoverExclusions) ExcludesPayment(k PaymentKind) bool {
	switch k {
	case CashSale:
		return x.CashSales
	case LetterOfCredit:
		return x.LetterOfCreditSales
	}
	return false
}
