package limits

import (
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/policy"
)

// Buyer is what CoverAt needs to know about the buyer beyond the insurer's
// decisions. Its zero value is a buyer not eligible for discretionary cover
// and without a stop date.
type Buyer struct {
	// ID is the caller's reference of the buyer (free text, for traces).
	ID string `json:"id,omitempty"`
	// Country is the buyer's country, an ISO 3166-1 alpha-2 code (see
	// policy.CountryCover); "" when not given.
	Country string `json:"country,omitempty"`
	// DiscretionaryEligible: the buyer meets the policy's conditions for
	// discretionary cover on the insured's own assessment (clause
	// CP-discretionary); EvaluateDiscretionary computes it from facts.
	DiscretionaryEligible bool `json:"discretionaryEligible"`
	// StopDate is the first day on which new deliveries are no longer
	// covered (arrêt des livraisons, Atradius glossary S); none when zero.
	StopDate calendar.Date `json:"stopDate,omitzero"`
	// StopCause is why deliveries stopped; required with a StopDate.
	StopCause StopCause `json:"stopCause,omitzero"`
}

// check refuses a stop date without a cause and a cause outside the table.
func (b Buyer) check() error {
	switch {
	case !b.StopDate.IsZero() && b.StopCause == NoStop:
		return policy.NewRuleError(policy.ErrMissing, clauseStop, "stopCause", "")
	case int(b.StopCause) >= len(stopNames):
		return policy.NewRuleError(ErrUnknownCode, clauseStop, "stopCause", b.StopCause.String())
	}
	return nil
}

// StopCause is why cover stopped for new deliveries to a buyer (Atradius'
// list of the events after which "deliveries are no longer covered":
// overdue account, insolvency, claim, country cover withdrawn). Its zero
// value, NoStop, is "no stop", refused with a stop date. Its names are those
// of conformance/FORMAT.md (claims.book "stopCause").
type StopCause uint8

const (
	// NoStop: nothing stops the cover.
	NoStop StopCause = iota
	// StopNotice: a threat-of-loss declaration (DMS, notification of
	// overdue account) was made; the buyer is in a state of default.
	StopNotice
	// StopMEP: an invoice was still unpaid at the end of its maximum
	// extension period (the buyer's payment stops cover, not the invoice's
	// cover).
	StopMEP
	// StopInsolvency: insolvency proceedings were opened against the buyer.
	StopInsolvency
	// StopClaim: a claim was filed or the debt handed over for collection.
	StopClaim
	// StopCountry: country cover was withdrawn.
	StopCountry
)

var stopNames = []string{
	NoStop: "none", StopNotice: "notice", StopMEP: "mep", StopInsolvency: "insolvency",
	StopClaim: "claim", StopCountry: "country",
}

// String returns the cause's name ("none", "notice", "mep",
// "insolvency", "claim", "country").
func (s StopCause) String() string { return enumString(stopNames, int(s), "StopCause") }

// MarshalText implements encoding.TextMarshaler.
func (s StopCause) MarshalText() ([]byte, error) {
	return enumText(stopNames, int(s), "StopCause", "stopCause")
}

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping ErrUnknownCode.
func (s *StopCause) UnmarshalText(b []byte) error {
	i, err := enumParse(stopNames, string(b), "stopCause")
	if err == nil {
		*s = StopCause(i)
	}
	return err
}

// Gap says why a delivery has no cover. Its zero value, Covered, means it
// has some.
type Gap uint8

const (
	// Covered: the delivery has cover.
	Covered Gap = iota
	// OutsidePeriod: the delivery is before the policy's effective date or
	// after its expiry.
	OutsidePeriod
	// AfterStop: the delivery is on or after the buyer's stop date.
	AfterStop
	// Refused: the named decision in force is a refusal and no temporary,
	// top-up or discretionary cover applies.
	Refused
	// NoLimit: no decision is in force and the buyer is not eligible for
	// discretionary cover, or the policy grants none.
	NoLimit
	// DiscretionaryVoided: the buyer would be eligible for discretionary
	// cover, but a decision dated on or before the delivery voids it and no
	// limit is in force.
	DiscretionaryVoided
	// Lapsed: the named limit in force lapsed before the delivery and was
	// not requested again (see Lapse); Cover.Decision is the lapsed
	// decision, its Reason ReasonLapsed.
	Lapsed
)

var gapNames = []string{
	Covered: "covered", OutsidePeriod: "outsidePeriod", AfterStop: "afterStop",
	Refused: "refused", NoLimit: "noLimit", DiscretionaryVoided: "discretionaryVoided", Lapsed: "lapsed",
}

// String returns the gap's name.
func (g Gap) String() string { return enumString(gapNames, int(g), "Gap") }

// MarshalText implements encoding.TextMarshaler.
func (g Gap) MarshalText() ([]byte, error) { return enumText(gapNames, int(g), "Gap", "gap") }

// UnmarshalText implements encoding.TextUnmarshaler; an unknown name is an
// error wrapping ErrUnknownCode.
func (g *Gap) UnmarshalText(b []byte) error {
	i, err := enumParse(gapNames, string(b), "gap")
	if err == nil {
		*g = Gap(i)
	}
	return err
}

// Layer is one layer of a delivery's cover: the named limit, a temporary
// limit, a top-up or the discretionary cover, with its own quotité.
type Layer struct {
	// Type of cover of the layer.
	Type policy.CoverType `json:"type"`
	// DecisionID is the decision that gives it ("" for discretionary cover).
	DecisionID string `json:"decisionId,omitempty"`
	// Amount of the layer.
	Amount policy.Amount `json:"amount"`
	// Quotite of the layer.
	Quotite policy.Rate `json:"quotite"`
}

// Cover is the insured cover of one delivery to one buyer: the limit that
// applies, the layers it is made of, and why.
type Cover struct {
	// Type is the kind of cover (FORMAT.md limits.coverAt rule 6): the type
	// of the named decision in force (Named for an agrément or a start
	// cover, AccordExpress), else Temporary when only temporary limits
	// apply, else TopUp when only a top-up applies, else Discretionary,
	// else NoCover.
	Type policy.CoverType `json:"type"`
	// Amount is the insured limit: the sum of the layers; 0 in the policy's
	// currency without cover.
	Amount policy.Amount `json:"amount"`
	// Quotite is the quotité of the first layer (the named limit, else the
	// temporary, top-up or discretionary one); 0 without cover. Layers with
	// different quotités are in Layers.
	Quotite policy.Rate `json:"quotite"`
	// Decision is the named decision in force (a refusal included); the
	// zero Decision when none is. Its Conditions apply to the buyer.
	Decision Decision `json:"decision,omitzero"`
	// Layers are the layers in order: named, temporary (by date), top-up,
	// or the discretionary cover alone.
	Layers []Layer `json:"layers,omitempty"`
	// Gap says why there is no cover; Covered when there is.
	Gap Gap `json:"gap"`
	// Trace lists the rules applied, with their clauses.
	Trace policy.Trace `json:"trace"`
}

// CoverAt returns the cover of a delivery made on the date delivery to a
// buyer with the decisions h, under the policy's terms. The rules, in order
// (FORMAT.md limits.coverAt; the clauses of the traces):
//
//  1. A delivery before Effective or after Expiry has no cover (the
//     delivery date decides: "risk-attaching", clause CP-period).
//  2. A delivery on or after the buyer's StopDate has no cover (CG-stop-supply).
//  3. The named decisions (agrément, accord express, start cover, refusal)
//     form one history; the one in force on the delivery day is the one with
//     the latest effective day on or before it, or the latest one applying to
//     that day, as opts.InForce says (see InForceRule, Timeline,
//     RetroactiveStart, Reduces): deliveries made during a reduction's notice
//     keep the previous amount.
//  4. Temporary limits add their amount from their start to their expiry,
//     inclusive.
//  5. Top-ups form their own history (rule 3) and add the amount of the one
//     in force, until its expiry.
//  6. Without any of these, discretionary cover (DiscretionaryMax at the
//     discretionary quotité) applies when the buyer is eligible, the policy
//     grants it, and no decision of any kind (a refusal or a temporary limit
//     included) is dated on or before the delivery: "[the DCL] expires as
//     soon as Atradius issues any decision on that buyer (including a zero
//     limit)" (Atradius glossary D); a cancelled named cover does not
//     fall back to non-named cover (assurance-credit-entreprise.fr
//     glossary, résiliation d'agrément).
//
// Errors: the terms' currency, Effective and Expiry are required, and
// Signature when RetroactivityDays is set;
// quotités are at most 1; every decision is in the policy's currency; a
// decision that gives cover needs a quotité (its own or the policy's); a
// StopDate needs a StopCause; delivery is required; opts.InForce is one of
// the rules.
func CoverAt(terms policy.Terms, h History, b Buyer, delivery calendar.Date, opts CoverOptions) (Cover, error) {
	if err := checkCover(terms, opts); err != nil {
		return Cover{}, err
	}
	if err := checkDelivery(b, delivery); err != nil {
		return Cover{}, err
	}
	es, err := timeline(terms, h, opts)
	if err != nil {
		return Cover{}, err
	}
	return coverAt(&terms, es, b, delivery, opts.InForce, !opts.OmitTrace, nil)
}

// checkDelivery refuses a delivery without a date and a buyer CoverAt
// cannot read (a stop date without its cause, an unknown cause).
func checkDelivery(b Buyer, delivery calendar.Date) error {
	if delivery.IsZero() {
		return policy.NewRuleError(policy.ErrMissing, clausePeriod, "deliveryDate", "")
	}
	return b.check()
}

// Coverage is a buyer's decisions placed once on the calendar of the
// policy (see Timeline), to read the cover of many deliveries: CoverAt for
// each of a ledger's invoices without placing the decisions again. Its
// zero value covers nothing; build it with NewCoverage.
type Coverage struct {
	terms *policy.Terms // its own copy, read only: a Coverage is copied cheaply
	es    []Entry
	opts  CoverOptions
}

// NewCoverage places the decisions h under the terms with the choices
// opts; its errors are CoverAt's of the terms, the options and the
// decisions.
func NewCoverage(terms policy.Terms, h History, opts CoverOptions) (Coverage, error) {
	if err := checkCover(terms, opts); err != nil {
		return Coverage{}, err
	}
	return newCoverage(terms, h, opts)
}

func newCoverage(terms policy.Terms, h History, opts CoverOptions) (Coverage, error) {
	es, err := timeline(terms, h, opts)
	if err != nil {
		return Coverage{}, err
	}
	return Coverage{terms: &terms, es: es, opts: opts}, nil
}

// At is CoverAt for a delivery to buyer b on the date delivery: the same
// rules, the same result, the same errors of the buyer and the date.
func (cv Coverage) At(b Buyer, delivery calendar.Date) (Cover, error) {
	if cv.placed() {
		return Cover{}, policy.NewRuleError(policy.ErrMissing, clausePeriod, "currency", "")
	}
	if err := checkDelivery(b, delivery); err != nil {
		return Cover{}, err
	}
	return cv.at(b, delivery)
}

// placed reports whether the Coverage was not built by NewCoverage (its
// zero value): it has no policy currency to read a cover in.
func (cv Coverage) placed() bool { return cv.terms == nil || cv.terms.Currency.IsZero() }

func (cv Coverage) at(b Buyer, delivery calendar.Date) (Cover, error) {
	return coverAt(cv.terms, cv.es, b, delivery, cv.opts.InForce, !cv.opts.OmitTrace, nil)
}

// AtInto is At, the cover's layers written at the end of buf when it has
// room (a batch reading the covers of many deliveries gives one buffer
// for all of them, and saves an allocation per cover): it returns the
// cover, whose Layers are its own (appending to them never writes into
// another cover's), and buf extended by them. The cover is At's.
func (cv Coverage) AtInto(b Buyer, delivery calendar.Date, buf []Layer) (Cover, []Layer, error) {
	if cv.placed() {
		return Cover{}, buf, policy.NewRuleError(policy.ErrMissing, clausePeriod, "currency", "")
	}
	if err := checkDelivery(b, delivery); err != nil {
		return Cover{}, buf, err
	}
	c, err := coverAt(cv.terms, cv.es, b, delivery, cv.opts.InForce, !cv.opts.OmitTrace, buf[len(buf):])
	if err != nil {
		return Cover{}, buf, err
	}
	n := len(c.Layers)
	if n > 0 && len(buf) < cap(buf) && &c.Layers[0] == &buf[:len(buf)+1][len(buf)] {
		buf = buf[:len(buf)+n] // written in buf
	}
	return c, buf, nil
}

// coverAt is the cover of a delivery on day t; its layers are appended to
// layers (empty, with room or not), and the cover's Layers are nil when
// there are none, capped at their length otherwise.
func coverAt(terms *policy.Terms, es []Entry, b Buyer, t calendar.Date, rule InForceRule, tr bool, layers []Layer) (c Cover, err error) {
	c = Cover{Amount: policy.Zero(terms.Currency), Layers: layers}
	defer func() {
		if len(c.Layers) == 0 {
			c.Layers = nil
		} else {
			c.Layers = c.Layers[:len(c.Layers):len(c.Layers)]
		}
	}()
	if tr {
		c.Trace = make(policy.Trace, 0, 6)
	}
	var day string
	if tr {
		day = "delivery " + t.String()
	}
	if t.Before(terms.Effective) || t.After(terms.Expiry) {
		c.Gap = OutsidePeriod
		if tr {
			c.step("policy period", day+", period "+terms.Effective.String()+" to "+terms.Expiry.String(), "outside: no cover", clausePeriod)
		}
		return c, nil
	}
	if tr {
		c.step("policy period", day+", period "+terms.Effective.String()+" to "+terms.Expiry.String(), "inside", clausePeriod)
	}
	if !b.StopDate.IsZero() {
		stop := day + ", stop " + b.StopDate.String() + " (" + b.StopCause.String() + ")"
		if !t.Before(b.StopDate) {
			c.Gap = AfterStop
			if tr {
				c.step("stop date", stop, "on or after the stop date: no cover", clauseStop)
			}
			return c, nil
		}
		if tr {
			c.step("stop date", stop, "before the stop date", clauseStop)
		}
	}

	i, gone := namedInForce(terms, es, t, rule)
	if gone >= 0 {
		c.Decision = es[gone].Decision
		c.Decision.Reason = ReasonLapsed
		if tr {
			c.step("named limit validity", describe(es[gone]), "lapsed: requested again by no later decision", clauseValidity)
		}
	}
	if i >= 0 {
		e := es[i]
		c.Decision = e.Decision
		if tr {
			c.step("named decision in force", describe(e), "in force", entryClause(e))
		}
		if e.Decision.Kind != Refusal {
			c.Type = e.Decision.Kind.coverType()
			c.Layers = append(c.Layers, Layer{Type: c.Type, DecisionID: e.Decision.ID, Amount: e.Decision.Amount, Quotite: e.Quotite})
		}
	} else {
		if tr {
			c.step("named decision in force", day, "none", clauseDecision)
		}
	}
	for _, e := range es {
		d := e.Decision
		if d.Kind != Temporary || e.Start.After(t) || d.Expiry.Before(t) {
			continue
		}
		c.Layers = append(c.Layers, Layer{Type: policy.Temporary, DecisionID: d.ID, Amount: d.Amount, Quotite: e.Quotite})
		if tr {
			c.step("temporary limit", describe(e)+", to "+d.Expiry.String(), "added", entryClause(e))
		}
	}
	if i := inForce(es, layerTopUp, t, rule, terms.ReductionNoticeDays); i >= 0 {
		e := es[i]
		d := e.Decision
		switch {
		case !d.Expiry.IsZero() && d.Expiry.Before(t):
			if tr {
				c.step("top-up", describe(e)+", to "+d.Expiry.String(), "expired", clauseTopUp)
			}
		case d.Amount.IsZero():
			if tr {
				c.step("top-up", describe(e), "withdrawn", entryClause(e))
			}
		default:
			c.Layers = append(c.Layers, Layer{Type: policy.TopUp, DecisionID: d.ID, Amount: d.Amount, Quotite: e.Quotite})
			if tr {
				c.step("top-up", describe(e), "added", entryClause(e))
			}
		}
	}

	if len(c.Layers) == 0 {
		c.Gap = discretionary(terms, es, b, t, &c, tr)
	}
	if len(c.Layers) == 0 && gone >= 0 {
		c.Gap = Lapsed
	}
	if len(c.Layers) == 0 {
		if tr {
			c.step("cover", day, "none ("+c.Gap.String()+")", clauseQuotite)
		}
		return c, nil
	}
	if c.Type == policy.NoCover {
		c.Type = c.Layers[0].Type
	}
	c.Quotite = c.Layers[0].Quotite
	for _, l := range c.Layers {
		sum, err := c.Amount.Add(l.Amount)
		if err != nil {
			return Cover{}, err
		}
		c.Amount = sum
	}
	if tr {
		c.step("cover", day, c.Type.String()+" "+c.Amount.String()+" at quotité "+c.Quotite.String(), clauseQuotite)
	}
	return c, nil
}

// step appends one step to the cover's trace (the trace is the cover's own,
// so it grows in place rather than through Trace.Add's copies).
func (c *Cover) step(rule, inputs, result string, cl policy.Clause) {
	c.Trace = append(c.Trace, policy.Step{Rule: rule, Inputs: inputs, Result: result, Clause: cl})
}

// discretionary applies rule 6 of CoverAt: it adds the discretionary layer
// or returns why there is none. A refusal in force does not itself void
// discretionary cover: a refusal dated after the delivery, in force by
// retroactivity, leaves it (FORMAT.md limits.coverAt rules 5 and 6).
func discretionary(terms *policy.Terms, es []Entry, b Buyer, t calendar.Date, c *Cover, tr bool) Gap {
	none := NoLimit
	if c.Decision.Kind == Refusal {
		none = Refused
	}
	if !b.DiscretionaryEligible {
		if tr {
			c.step("discretionary cover", "buyer not eligible", "none", clauseDiscretionary)
		}
		return none
	}
	for _, e := range es {
		if !e.Decision.Date.After(t) {
			if tr {
				c.step("discretionary cover", "decision "+e.Decision.ID+" dated "+e.Decision.Date.String(),
					"void: the insurer has decided on the buyer", clauseDiscretionary)
			}
			if none == Refused {
				return Refused
			}
			return DiscretionaryVoided
		}
	}
	q := terms.Quotites.Discretionary
	if !terms.DiscretionaryMax.IsPositive() || q.IsZero() {
		if tr {
			c.step("discretionary cover", "maximum "+terms.DiscretionaryMax.String()+", quotité "+q.String(),
				"none: the policy grants no discretionary cover", clauseDiscretionary)
		}
		return none
	}
	c.Layers = append(c.Layers, Layer{Type: policy.Discretionary, Amount: terms.DiscretionaryMax, Quotite: q})
	c.Type = policy.Discretionary
	if tr {
		c.step("discretionary cover", "eligible buyer, no decision dated on or before the delivery",
			"up to "+terms.DiscretionaryMax.String(), clauseDiscretionary)
	}
	return Covered
}

// describe writes a decision and its dates, for traces.
func describe(e Entry) string {
	d := e.Decision
	s := d.ID + " " + d.Kind.String() + " " + d.Amount.String() + " dated " + d.Date.String()
	if e.Retroactive {
		s += ", retroactive from " + e.Start.String()
	}
	if e.Reduction {
		s += ", reduction from " + e.Previous.String() + " effective " + e.Effective.String()
	}
	return s
}

// entryClause is the clause that decided when an entry applies.
func entryClause(e Entry) policy.Clause {
	switch {
	case e.Reduction:
		return clauseReduction
	case e.Retroactive:
		return clauseRetroactivity
	case e.Decision.Kind == Temporary:
		return clauseTemporary
	case e.Decision.Kind == TopUp:
		return clauseTopUp
	}
	return clauseDecision
}
