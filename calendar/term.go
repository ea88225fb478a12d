package calendar

import "strconv"

// TermKind is the way a payment term ("conditions de règlement") turns an
// invoice date into a due date. Its zero value is Net.
type TermKind uint8

const (
	// Net: from + Days ("n jours", "n jours date de facture").
	Net TermKind = iota
	// EOMPlus: EOM(from) + Days, "n jours fin de mois" counted from the end
	// of the month (method A: "date de facture + fin du mois + n jours").
	EOMPlus
	// PlusEOM: EOM(from + Days), "n jours fin de mois" counted from the
	// invoice date (method B: "date de facture + n jours + fin du mois").
	// The DGCCRF accepts both methods for the 45-day cap of L441-10.
	PlusEOM
	// PlusEOMOnDay: day OnDay of the month after EOM(from + Days), clamped to
	// that month's last day ("n jours fin de mois le k", Sage's reading:
	// 60 j FDM le 15 from 2003-03-17 is 2003-06-15).
	PlusEOMOnDay
	// EOMPlusOnDay: the first date D ≥ EOM(from) + Days whose day number is
	// min(OnDay, last day of D's month): the other reading of "le k".
	EOMPlusOnDay
)

var termKindNames = [...]string{
	Net: "net", EOMPlus: "eomPlus", PlusEOM: "plusEom", PlusEOMOnDay: "plusEomOnDay", EOMPlusOnDay: "eomPlusOnDay",
}

// String returns the kind's name as the conformance vectors write it.
func (k TermKind) String() string {
	if int(k) < len(termKindNames) {
		return termKindNames[k]
	}
	return "TermKind(" + strconv.Itoa(int(k)) + ")"
}

// ParseTermKind returns the TermKind named s.
func ParseTermKind(s string) (TermKind, error) {
	for i, n := range termKindNames {
		if n == s {
			return TermKind(i), nil
		}
	}
	return 0, newError(ErrInvalidArgument, "ParseTermKind", "kind", s)
}

// MarshalText implements encoding.TextMarshaler.
func (k TermKind) MarshalText() ([]byte, error) {
	if int(k) >= len(termKindNames) {
		return nil, newError(ErrInvalidArgument, "TermKind.MarshalText", "kind", k.String())
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *TermKind) UnmarshalText(b []byte) error {
	v, err := ParseTermKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// Term is a payment term: a kind, a number of days and, for the "le k"
// kinds, the day of the month. Its zero value is "net 0 days" (cash).
type Term struct {
	Kind  TermKind `json:"kind"`
	Days  int      `json:"days"`
	OnDay int      `json:"onDay,omitempty"`
}

// maxTermDays bounds a payment term: no lawful term comes near it.
const maxTermDays = 3660

// Validate reports a term DueDate would refuse: an unknown kind, days
// outside 0–3660, for the "le k" kinds an OnDay outside 1–31, and for the
// other kinds an OnDay other than 0 (a day of the month they would ignore).
func (t Term) Validate() error {
	onDayKind := t.Kind == PlusEOMOnDay || t.Kind == EOMPlusOnDay
	switch {
	case t.Kind > EOMPlusOnDay:
		return newError(ErrInvalidArgument, "Term", "kind", t.Kind.String())
	case t.Days < 0 || t.Days > maxTermDays:
		return newError(ErrInvalidArgument, "Term", "days", strconv.Itoa(t.Days))
	case onDayKind && (t.OnDay < 1 || t.OnDay > 31), !onDayKind && t.OnDay != 0:
		return newError(ErrInvalidArgument, "Term", "onDay", strconv.Itoa(t.OnDay))
	}
	return nil
}

// String describes the term in French, e.g. "45 jours fin de mois (A)".
func (t Term) String() string {
	n := strconv.Itoa(t.Days) + " jours"
	switch t.Kind {
	case Net:
		return n
	case EOMPlus:
		return n + " fin de mois (A)"
	case PlusEOM:
		return n + " fin de mois (B)"
	case PlusEOMOnDay:
		return n + " fin de mois le " + strconv.Itoa(t.OnDay) + " (B)"
	case EOMPlusOnDay:
		return n + " fin de mois le " + strconv.Itoa(t.OnDay) + " (A)"
	}
	return t.Kind.String()
}

// DueDate returns the due date of an invoice dated from under the term t.
// Due dates are not moved off weekends: L441-10 sets none, and a contract
// that does applies Adjust itself.
func (t Term) DueDate(from Date) (Date, error) {
	if from.IsZero() {
		return Date{}, newError(ErrInvalidDate, "DueDate", "from", "")
	}
	if err := t.Validate(); err != nil {
		return Date{}, err
	}
	var d Date
	switch t.Kind {
	case Net:
		d = from.AddDays(t.Days)
	case EOMPlus:
		d = from.EndOfMonth().AddDays(t.Days)
	case PlusEOM:
		d = from.AddDays(t.Days).EndOfMonth()
	case PlusEOMOnDay:
		next := from.AddDays(t.Days).EndOfMonth().AddDays(1)
		d = Date{y: next.y, m: next.m, d: uint8(min(t.OnDay, daysIn(int(next.y), next.Month())))}
	case EOMPlusOnDay:
		x := from.EndOfMonth().AddDays(t.Days)
		k := min(t.OnDay, daysIn(int(x.y), x.Month()))
		if int(x.d) <= k {
			d = Date{y: x.y, m: x.m, d: uint8(k)}
		} else {
			next := x.EndOfMonth().AddDays(1)
			d = Date{y: next.y, m: next.m, d: uint8(min(t.OnDay, daysIn(int(next.y), next.Month())))}
		}
	}
	if d.y < MinYear || d.y > MaxYear { // a step left the years 1–9999
		return Date{}, newError(ErrInvalidDate, "DueDate", "from", from.String()+" + "+t.String())
	}
	return d, nil
}

// WithinCap reports whether the due date under t of an invoice dated from is
// on or before its due date under the cap: the statutory maximum of Code de
// commerce L441-10 I (60 days net, or 45 days end of month) or the policy's
// maximum credit term.
func (t Term) WithinCap(from Date, limit Term) (bool, error) {
	due, err := t.DueDate(from)
	if err != nil {
		return false, err
	}
	capDue, err := limit.DueDate(from)
	if err != nil {
		return false, err
	}
	return !due.After(capDue), nil
}
