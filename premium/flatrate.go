package premium

import (
	"errors"

	"github.com/creditins/creditins/policy"
)

// Band is one line of a flat-rate price table: the sector, the turnover
// band and the number-of-buyers band it prices, the yearly price, and the
// indemnity caps that come with the offer.
type Band struct {
	// Sector is compared exactly; "" is a sector name like any other (a
	// grid that ignores sectors leaves it empty everywhere).
	Sector   string               `json:"sector"`
	Turnover Range[policy.Amount] `json:"turnover"`
	Buyers   Range[int]           `json:"buyers"`
	// Price is the yearly price covering fees and premium (the simplified SME
	// offer: "le
	// prix annuel global inclut les frais et la prime").
	Price policy.Amount `json:"price"`
	// BuyerCap is the most indemnified per buyer and YearCap per insurance
	// year (Allianz Trade Simplicity: "a maximum per customer and a
	// maximum per year, both from the price table"); the zero Amount means
	// no cap.
	BuyerCap policy.Amount `json:"buyerCap"`
	YearCap  policy.Amount `json:"yearCap"`
}

// Grid is a flat-rate price table as data (no public grid was found, so
// the caller supplies it). Its zero value
// has no currency and is refused.
type Grid struct {
	Name     string          `json:"name"`
	Currency policy.Currency `json:"currency"`
	// Source is where the table comes from (the offer's particular
	// conditions); traces cite it.
	Source policy.Clause `json:"source"`
	Bands  []Band        `json:"bands"`
}

// Validate reports every defect of the grid at once (errors.Join): no
// currency or no band (policy.ErrMissing), an amount of another currency
// (policy.ErrCurrencyMismatch), a negative bound, price or cap
// (policy.ErrOutOfRange), an empty band (policy.ErrInconsistent), and two
// bands of one sector whose turnover bands and buyer bands both overlap
// (ErrOverlappingBands): a grid must price every profile at most once.
func (g Grid) Validate() error {
	if g.Currency.IsZero() {
		return policy.NewRuleError(policy.ErrMissing, g.clause(), "currency", "")
	}
	if len(g.Bands) == 0 {
		return policy.NewRuleError(policy.ErrMissing, g.clause(), "bands", "")
	}
	var errs []error
	type parsed struct{ turnover, buyers interval }
	ok := make([]*parsed, len(g.Bands))
	for i, b := range g.Bands {
		before := len(errs)
		t, err := b.Turnover.validate(g.clause(), field("bands", i, "turnover"), g.Currency)
		errs = appendErr(errs, err)
		n, err := b.Buyers.validate(g.clause(), field("bands", i, "buyers"), policy.Currency{})
		errs = appendErr(errs, err)
		errs = appendErr(errs, checkMoney(g.clause(), field("bands", i, "price"), b.Price, g.Currency))
		for _, c := range []struct {
			name string
			v    policy.Amount
		}{{"buyerCap", b.BuyerCap}, {"yearCap", b.YearCap}} {
			if !c.v.Currency().IsZero() {
				errs = appendErr(errs, checkMoney(g.clause(), field("bands", i, c.name), c.v, g.Currency))
			}
		}
		if len(errs) == before {
			ok[i] = &parsed{t, n}
		}
	}
	for i := range g.Bands {
		for j := i + 1; j < len(g.Bands); j++ {
			a, b := ok[i], ok[j]
			if a == nil || b == nil || g.Bands[i].Sector != g.Bands[j].Sector {
				continue
			}
			if overlaps(a.turnover, b.turnover) && overlaps(a.buyers, b.buyers) {
				errs = append(errs, policy.NewRuleError(ErrOverlappingBands, g.clause(), field("bands", j, ""),
					"overlaps bands["+itoa(i)+"] (sector "+quote(g.Bands[i].Sector)+")"))
			}
		}
	}
	return errors.Join(errs...)
}

func appendErr(errs []error, err error) []error {
	if err != nil {
		return append(errs, err)
	}
	return errs
}

func quote(s string) string { return "\"" + s + "\"" }

// clause is the grid's own source when it states one.
func (g Grid) clause() policy.Clause {
	if g.Source.IsZero() {
		return clauseFlatRate
	}
	return g.Source
}

// Profile is what a flat-rate offer is priced on (the simplified SME
// offer: "le secteur
// d'activité, le chiffre d'affaires et le nombre d'acheteurs à couvrir").
type Profile struct {
	Sector   string        `json:"sector"`
	Turnover policy.Amount `json:"turnover"`
	Buyers   int           `json:"buyers"`
}

// check reports a turnover of another currency than cur, negative or finer
// than the minor unit, and a negative number of buyers.
func (p Profile) check(c policy.Clause, cur policy.Currency) error {
	if err := checkMoney(c, "turnover", p.Turnover, cur); err != nil {
		return err
	}
	if p.Buyers < 0 {
		return policy.NewRuleError(policy.ErrOutOfRange, c, "buyers", itoa(p.Buyers))
	}
	return nil
}

// Offer is the band of a grid that prices a profile: the yearly price and
// the caps.
type Offer struct {
	Band     int           `json:"band"`
	Price    policy.Amount `json:"price"`
	BuyerCap policy.Amount `json:"buyerCap"`
	YearCap  policy.Amount `json:"yearCap"`
	Trace    policy.Trace  `json:"trace"`
}

// FlatRate looks up the yearly price of a flat-rate SME offer (the
// simplified SME offer: "une tarification forfaitaire; le prix annuel
// global inclut les frais et la prime"): the one band of the grid whose sector is
// the profile's and whose turnover and buyer bands contain the profile's
// turnover and number of buyers. The grid is validated first, so that the
// band found is the only one.
//
// Errors: those of Grid.Validate; a profile turnover of another currency
// (policy.ErrCurrencyMismatch), a negative turnover or number of buyers
// (policy.ErrOutOfRange); no band covering the profile (ErrNoBand, naming
// the profile: the offer does not price it, and no nearest band is taken).
func FlatRate(g Grid, p Profile) (Offer, error) {
	if err := g.Validate(); err != nil {
		return Offer{}, err
	}
	if err := p.check(g.clause(), g.Currency); err != nil {
		return Offer{}, policy.PrefixField("profile", err)
	}
	for i, b := range g.Bands {
		if b.Sector != p.Sector {
			continue
		}
		inTurnover, err := b.Turnover.Contains(p.Turnover)
		if err != nil {
			return Offer{}, err
		}
		inBuyers, err := b.Buyers.Contains(p.Buyers)
		if err != nil {
			return Offer{}, err
		}
		if inTurnover && inBuyers {
			tr := policy.Trace{}.Add("flat-rate price",
				"sector "+quote(p.Sector)+", turnover "+p.Turnover.String()+" in "+b.Turnover.String()+", "+itoa(p.Buyers)+" buyers in "+b.Buyers.String(),
				b.Price.String()+" a year, fees and premium included (band "+itoa(i)+")", g.clause())
			return Offer{Band: i, Price: b.Price, BuyerCap: b.BuyerCap, YearCap: b.YearCap, Trace: tr}, nil
		}
	}
	return Offer{}, policy.NewRuleError(ErrNoBand, g.clause(), "profile",
		"sector "+quote(p.Sector)+", turnover "+p.Turnover.String()+", "+itoa(p.Buyers)+" buyers (grid "+quote(g.Name)+")")
}

// Capped is an indemnity after the caps of a flat-rate offer.
type Capped struct {
	Indemnity policy.Amount `json:"indemnity"`
	Trace     policy.Trace  `json:"trace"`
}

// Cap applies the offer's per-buyer and per-year caps to an indemnity
// (Allianz Trade Simplicity: "a maximum per customer and a maximum per
// year"): the indemnity, but no more than what is left
// of BuyerCap after paidOnBuyer (already indemnified on this buyer) and of
// YearCap after paidInYear (already indemnified in this insurance year),
// and never below zero. A cap that is the zero Amount does not apply.
//
// Errors wrap policy.ErrCurrencyMismatch or policy.ErrOutOfRange (a
// negative amount); the zero Amount reads as 0 for paidOnBuyer and
// paidInYear.
func (o Offer) Cap(indemnity, paidOnBuyer, paidInYear policy.Amount) (Capped, error) {
	cur := indemnity.Currency()
	if cur.IsZero() {
		return Capped{}, policy.NewRuleError(policy.ErrMissing, clauseFlatRate, "indemnity", "")
	}
	if err := checkMoney(clauseFlatRate, "indemnity", indemnity, cur); err != nil {
		return Capped{}, err
	}
	out := indemnity
	tr := policy.Trace{}
	for _, c := range []struct {
		name   string
		amount policy.Amount
		paid   policy.Amount
	}{{"per-buyer cap", o.BuyerCap, paidOnBuyer}, {"per-year cap", o.YearCap, paidInYear}} {
		paid := orZero(c.paid, cur)
		if err := checkMoney(clauseFlatRate, c.name+" paid", paid, cur); err != nil {
			return Capped{}, err
		}
		if c.amount.Currency().IsZero() {
			continue
		}
		if err := checkMoney(clauseFlatRate, c.name, c.amount, cur); err != nil {
			return Capped{}, err
		}
		left, err := c.amount.Sub(paid)
		if err == nil {
			left, err = policy.Max(left, policy.Zero(cur))
		}
		if err == nil {
			out, err = policy.Min(out, left)
		}
		if err != nil {
			return Capped{}, err
		}
		tr = tr.Add(c.name, "min(indemnity, max(0, "+c.amount.String()+" − paid "+paid.String()+"))", out.String(), clauseFlatRate)
	}
	return Capped{Indemnity: out, Trace: tr}, nil
}
