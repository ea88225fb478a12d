package policy

import "strconv"

// Text forms of the enums of Terms, as the conformance vectors spell them
// (FORMAT.md: "dueDate", "allOrNothing", ...). Parsing is exact and case
// sensitive; an unknown name is an error wrapping ErrSyntax, and so is
// marshalling a value outside the enum.

var noticeAnchorNames = [...]string{DueDate: "dueDate", MaxCreditEnd: "maxCreditEnd", MEPEnd: "mepEnd"}

var waitingAnchorNames = [...]string{FromNotice: "notice", FromDueDate: "dueDate", FromCollection: "collection"}

var thresholdModeNames = [...]string{AllOrNothing: "allOrNothing", Excess: "excess"}

var coverTypeNames = [...]string{
	NoCover:       "none",
	Named:         "named",
	AccordExpress: "accordExpress",
	Discretionary: "discretionary",
	Temporary:     "temporary",
	TopUp:         "topUp",
}

// enumName returns names[v], or "Type(v)" for a value outside the enum.
func enumName(names []string, typ string, v uint8) string {
	if int(v) < len(names) {
		return names[v]
	}
	return typ + "(" + strconv.Itoa(int(v)) + ")"
}

// enumParse returns the index of s in names, or an error wrapping ErrSyntax
// naming field.
func enumParse(names []string, field, s string) (uint8, error) {
	for i, n := range names {
		if n == s {
			return uint8(i), nil
		}
	}
	return 0, NewRuleError(ErrSyntax, Clause{}, field, s)
}

// enumText is MarshalText for a value of an enum.
func enumText(names []string, typ, field string, v uint8) ([]byte, error) {
	if int(v) >= len(names) {
		return nil, NewRuleError(ErrSyntax, Clause{}, field, enumName(names, typ, v))
	}
	return []byte(names[v]), nil
}

// String returns "dueDate", "maxCreditEnd" or "mepEnd"
// ("NoticeAnchor(7)" for a value outside the enum).
func (a NoticeAnchor) String() string {
	return enumName(noticeAnchorNames[:], "NoticeAnchor", uint8(a))
}

// ParseNoticeAnchor returns the anchor named s ("dueDate", "maxCreditEnd",
// "mepEnd"), or an error wrapping ErrSyntax.
func ParseNoticeAnchor(s string) (NoticeAnchor, error) {
	v, err := enumParse(noticeAnchorNames[:], "noticeAnchor", s)
	return NoticeAnchor(v), err
}

// Valid reports whether a is one of the anchors (its table of names
// decides).
func (a NoticeAnchor) Valid() bool { return int(a) < len(noticeAnchorNames) }

// MarshalText implements encoding.TextMarshaler.
func (a NoticeAnchor) MarshalText() ([]byte, error) {
	return enumText(noticeAnchorNames[:], "NoticeAnchor", "noticeAnchor", uint8(a))
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseNoticeAnchor.
func (a *NoticeAnchor) UnmarshalText(b []byte) error {
	v, err := ParseNoticeAnchor(string(b))
	if err == nil {
		*a = v
	}
	return err
}

// String returns "notice", "dueDate" or "collection" ("WaitingAnchor(7)"
// for a value outside the enum).
func (a WaitingAnchor) String() string {
	return enumName(waitingAnchorNames[:], "WaitingAnchor", uint8(a))
}

// ParseWaitingAnchor returns the anchor named s ("notice", "dueDate",
// "collection"), or an error wrapping ErrSyntax.
func ParseWaitingAnchor(s string) (WaitingAnchor, error) {
	v, err := enumParse(waitingAnchorNames[:], "waitingAnchor", s)
	return WaitingAnchor(v), err
}

// Valid reports whether a is one of the anchors (its table of names
// decides).
func (a WaitingAnchor) Valid() bool { return int(a) < len(waitingAnchorNames) }

// MarshalText implements encoding.TextMarshaler.
func (a WaitingAnchor) MarshalText() ([]byte, error) {
	return enumText(waitingAnchorNames[:], "WaitingAnchor", "waitingAnchor", uint8(a))
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseWaitingAnchor.
func (a *WaitingAnchor) UnmarshalText(b []byte) error {
	v, err := ParseWaitingAnchor(string(b))
	if err == nil {
		*a = v
	}
	return err
}

// String returns "allOrNothing" or "excess" ("ThresholdMode(7)" for a value
// outside the enum).
func (m ThresholdMode) String() string {
	return enumName(thresholdModeNames[:], "ThresholdMode", uint8(m))
}

// ParseThresholdMode returns the mode named s ("allOrNothing", "excess"),
// or an error wrapping ErrSyntax.
func ParseThresholdMode(s string) (ThresholdMode, error) {
	v, err := enumParse(thresholdModeNames[:], "thresholdMode", s)
	return ThresholdMode(v), err
}

// MarshalText implements encoding.TextMarshaler.
func (m ThresholdMode) MarshalText() ([]byte, error) {
	return enumText(thresholdModeNames[:], "ThresholdMode", "thresholdMode", uint8(m))
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseThresholdMode.
func (m *ThresholdMode) UnmarshalText(b []byte) error {
	v, err := ParseThresholdMode(string(b))
	if err == nil {
		*m = v
	}
	return err
}

// String returns "none", "named", "accordExpress", "discretionary",
// "temporary" or "topUp" ("CoverType(9)" for a value outside
// the enum).
func (t CoverType) String() string {
	return enumName(coverTypeNames[:], "CoverType", uint8(t))
}

// ParseCoverType returns the cover type named s (see String), or an error
// wrapping ErrSyntax.
func ParseCoverType(s string) (CoverType, error) {
	v, err := enumParse(coverTypeNames[:], "coverType", s)
	return CoverType(v), err
}

// MarshalText implements encoding.TextMarshaler.
func (t CoverType) MarshalText() ([]byte, error) {
	return enumText(coverTypeNames[:], "CoverType", "coverType", uint8(t))
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseCoverType.
func (t *CoverType) UnmarshalText(b []byte) error {
	v, err := ParseCoverType(string(b))
	if err == nil {
		*t = v
	}
	return err
}

// For returns the quotité of cover type t: the rate of its field, with
// the documented fallbacks: AccordExpress and Temporary take the Named rate
// when their own is zero (an accord express and a temporary limit are named
// limits, and the vectors give a single "named" quotité); NoCover is 0. A
// value outside the enum is an error wrapping ErrOutOfRange.
//
//	Quotites{Named: 0.9}.For(Temporary)     = 0.9
//	Quotites{Named: 0.9}.For(Discretionary) = 0 (not granted)
func (q Quotites) For(t CoverType) (Rate, error) {
	switch t {
	case NoCover:
		return Rate{}, nil
	case Named:
		return q.Named, nil
	case AccordExpress:
		return orNamed(q.AccordExpress, q.Named), nil
	case Temporary:
		return orNamed(q.Temporary, q.Named), nil
	case Discretionary:
		return q.Discretionary, nil
	case TopUp:
		return q.TopUp, nil
	}
	return Rate{}, NewRuleError(ErrOutOfRange, clauseQuotites, "coverType", t.String())
}

func orNamed(r, named Rate) Rate {
	if r.IsZero() {
		return named
	}
	return r
}

var liabilityBaseNames = [...]string{PremiumPaid: "premiumPaid", PremiumEarned: "premiumEarned", CommercialRiskPremium: "commercialRiskPremium"}

// String returns "premiumPaid", "premiumEarned" or "commercialRiskPremium"
// ("LiabilityBase(7)" for a value outside the enum).
func (b LiabilityBase) String() string {
	return enumName(liabilityBaseNames[:], "LiabilityBase", uint8(b))
}

// ParseLiabilityBase returns the base named s (see String), or an error
// wrapping ErrSyntax.
func ParseLiabilityBase(s string) (LiabilityBase, error) {
	v, err := enumParse(liabilityBaseNames[:], "maxLiability.base", s)
	return LiabilityBase(v), err
}

// MarshalText implements encoding.TextMarshaler.
func (b LiabilityBase) MarshalText() ([]byte, error) {
	return enumText(liabilityBaseNames[:], "LiabilityBase", "maxLiability.base", uint8(b))
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseLiabilityBase.
func (b *LiabilityBase) UnmarshalText(text []byte) error {
	v, err := ParseLiabilityBase(string(text))
	if err == nil {
		*b = v
	}
	return err
}
