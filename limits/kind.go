package limits

// Kind is the kind of a credit-limit decision (assurance-credit-entreprise.fr
// glossary, agrément; Prisma glossary, discretionary limit; the
// vocabulary of FORMAT.md limits.coverAt, extended with top-ups and start
// cover). Its zero value is "no kind", which NewHistory refuses.
//
// Kinds fall in three layers of cover: the permanent named limit
// (Agrement, AccordExpress, StartCover and Refusal form one history), the
// temporary limits added on top of it, and the top-up limits (their own
// history) above both.
type Kind uint8

const (
	// Agrement is a named limit granted by the insurer on review (agrément,
	// credit limit).
	Agrement Kind = iota + 1
	// AccordExpress is a named limit granted at once for a standard amount
	// (accord express, e.g. 10 000 €; Hogesco glossary, Coface TradeLiner).
	AccordExpress
	// Refusal is a named decision of amount 0: a refusal of a request, or
	// the cancellation or withdrawal of a limit.
	Refusal
	// Temporary is a limit added on top of the permanent one from its date
	// to its expiry, inclusive.
	Temporary
	// TopUp is cover above the insurer's limit, or on a refused buyer, at
	// its own quotité and price (Allianz Trade CAP and CAP+, Coface TopLiner,
	// Atradius Modula Cap). Top-ups form their own history: the latest in
	// force replaces the earlier ones, a top-up of 0 withdraws it, and an
	// expiry ends it.
	TopUp
	// StartCover is a named limit given at once from the buyer's rating, at
	// a lower quotité that the decision must carry (Atradius Start Cover).
	StartCover
)

var kindNames = []string{
	Agrement: "agrement", AccordExpress: "accordExpress", Refusal: "refusal",
	Temporary: "temporary", TopUp: "topUp", StartCover: "startCover",
}

// String returns the kind's name as the conformance vectors write it
// ("agrement", "accordExpress", "refusal", "temporary"), or "topUp" and
// "startCover".
func (k Kind) String() string { return enumString(kindNames, int(k), "Kind") }

// ParseKind returns the kind named s (the names of String). An unknown name
// is an error wrapping ErrUnknownCode.
func ParseKind(s string) (Kind, error) {
	i, err := enumParse(kindNames, s, "kind")
	return Kind(i), err
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	return enumText(kindNames, int(k), "Kind", "kind")
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseKind.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// layer is the layer of cover a kind belongs to.
type layer uint8

const (
	layerNone layer = iota
	layerNamed
	layerTemporary
	layerTopUp
)

func (k Kind) layer() layer {
	switch k {
	case Agrement, AccordExpress, Refusal, StartCover:
		return layerNamed
	case Temporary:
		return layerTemporary
	case TopUp:
		return layerTopUp
	}
	return layerNone
}
