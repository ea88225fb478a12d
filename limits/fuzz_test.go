package limits_test

import (
	"encoding/binary"
	"strconv"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// bytesIn hands out the fuzzer's bytes as small numbers; past the end it
// gives zeros.
type bytesIn struct{ b []byte }

func (r *bytesIn) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

func (r *bytesIn) int8() int { return int(int8(r.byte())) }

func (r *bytesIn) int16() int {
	return int(int16(binary.LittleEndian.Uint16([]byte{r.byte(), r.byte()})))
}

// amount is an amount of up to ±32767.xx, mostly in euros.
func (r *bytesIn) amount() policy.Amount {
	cur := "EUR "
	switch r.byte() % 16 {
	case 0:
		return policy.Amount{}
	case 1:
		cur = "USD "
	}
	return policy.MustAmount(cur + strconv.Itoa(r.int16()) + "." + strconv.Itoa(int(r.byte()%100)))
}

// rate is a rate from 0 to 1.275 (above 1 now and then).
func (r *bytesIn) rate() policy.Rate {
	return policy.MustRate(strconv.Itoa(int(r.byte()))).Mul(policy.MustRate("0.005"))
}

func (r *bytesIn) date(from calendar.Date) calendar.Date {
	if r.byte()%8 == 0 {
		return calendar.Date{}
	}
	return from.AddDays(r.int16() / 16)
}

// checkErr fails unless err is nil or wraps one of the package's
// sentinels.
func checkErr(t *testing.T, what string, err error) bool {
	t.Helper()
	if err != nil && !wrapsSentinel(err) {
		t.Fatalf("%s: error %v wraps no sentinel", what, err)
	}
	return err == nil
}

// checkCover checks the invariants of any cover.
func checkCover(t *testing.T, c limits.Cover) {
	t.Helper()
	sum := policy.Zero(policy.EUR)
	for _, l := range c.Layers {
		sum, _ = sum.Add(l.Amount)
		if l.Quotite.Cmp(policy.One()) > 0 || l.Amount.IsNegative() {
			t.Fatalf("layer %+v", l)
		}
	}
	switch {
	case !sum.Equal(c.Amount):
		t.Fatalf("amount %s, layers sum to %s", c.Amount, sum)
	case (len(c.Layers) == 0) != (c.Type == policy.NoCover) || (len(c.Layers) == 0) != (c.Gap != limits.Covered):
		t.Fatalf("type %v, gap %v, %d layers", c.Type, c.Gap, len(c.Layers))
	case len(c.Trace) == 0:
		t.Fatal("empty trace")
	}
}

// FuzzCoverAt builds arbitrary terms, histories (invalid ones included),
// buyers and dates, and checks that CoverAt, Timeline and Alerts never
// panic, that their errors wrap a sentinel, and that covers keep their
// invariants.
func FuzzCoverAt(f *testing.F) {
	f.Add([]byte{30, 0, 180, 120, 3, 1, 1, 0x50, 0xc3, 0, 1, 5, 4, 1, 0x20, 0x4e, 0, 1, 20, 9, 1, 0, 1, 0, 0})
	f.Add([]byte{0, 30, 180, 0, 2, 3, 1, 0x10, 0x27, 50, 1, 0x40, 2, 5, 1, 0x10, 0x27, 0, 1, 1, 0x40, 9})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &bytesIn{data}
		terms := vectorTerms()
		terms.RetroactivityDays = limitOrNone(r.int8())
		terms.ReductionNoticeDays = limitOrNone(r.int8())
		terms.Quotites.Named = r.rate()
		terms.Quotites.TopUp = r.rate()
		if r.byte()%8 == 0 {
			terms.DiscretionaryMax = r.amount()
		}
		ds := make([]limits.Decision, r.byte()%12)
		for i := range ds {
			ds[i] = limits.Decision{ID: "D" + strconv.Itoa(int(r.byte()%16)), Kind: limits.Kind(r.byte() % 8),
				Amount: r.amount(), Date: r.date(base), Seq: int(r.byte() % 3)}
			if r.byte()%2 == 1 {
				ds[i].Expiry = ds[i].Date.AddDays(r.int8())
			}
			if r.byte()%4 == 0 {
				ds[i].Quotite = r.rate()
			}
			if r.byte()%8 == 0 {
				ds[i].Price = r.rate()
			}
		}
		h, err := limits.NewHistory(ds...)
		if !checkErr(t, "NewHistory", err) {
			return
		}
		b := limits.Buyer{DiscretionaryEligible: r.byte()%2 == 1}
		if r.byte()%4 == 0 {
			b.StopDate, b.StopCause = r.date(base), limits.StopCause(r.byte()%7)
		}
		delivery := r.date(base)
		for _, rule := range []limits.InForceRule{limits.LatestEffective, limits.LatestDecision, limits.InForceRule(r.byte() % 3)} {
			opts := limits.CoverOptions{InForce: rule}
			c, err := limits.CoverAt(terms, h, b, delivery, opts)
			if checkErr(t, "CoverAt", err) {
				checkCover(t, c)
			}
			_, err = limits.Timeline(terms, h, opts)
			checkErr(t, "Timeline", err)
			_, err = limits.Alerts(terms, h, b, limits.Exposure{Open: r.amount(), Credits: r.amount()}, delivery,
				limits.AlertOptions{Cover: opts, ExpiryNoticeDays: r.int8(), Headroom: limits.HeadroomOptions{WarnRatio: r.rate()}})
			checkErr(t, "Alerts", err)
		}
	})
}

// FuzzHeadroom checks that Headroom never panics on any text amounts, that
// its errors wrap a sentinel, and its laws on success.
func FuzzHeadroom(f *testing.F) {
	f.Add("EUR 50000", "EUR 40000", "EUR 5000", "EUR 2000", "EUR 1000", "EUR 0", "EUR 5000", "0.8")
	f.Add("EUR 10000", "EUR 0", "EUR 0", "EUR 0", "EUR 0", "EUR 300", "EUR -500", "0")
	f.Add("JPY 1", "JPY 1", "USD 1", "EUR 1", "EUR 1", "EUR 1", "EUR 1e3", "1.5")
	f.Fuzz(func(t *testing.T, limit, open, overdue, draft, orders, credits, pending, ratio string) {
		amount := func(s string) policy.Amount {
			a, err := policy.ParseAmount(s)
			checkErr(t, "ParseAmount", err)
			return a
		}
		warn, err := policy.ParseRate(ratio)
		checkErr(t, "ParseRate", err)
		e := limits.Exposure{Open: amount(open), Overdue: amount(overdue), Draft: amount(draft),
			Orders: amount(orders), Credits: amount(credits)}
		pend := amount(pending)
		p, err := limits.Headroom(amount(limit), e, pend, limits.HeadroomOptions{WarnRatio: warn})
		if !checkErr(t, "Headroom", err) {
			return
		}
		sum, _ := p.Insured.Add(p.Uninsured)
		floor, _ := policy.Max(p.Exposure, policy.Zero(p.Exposure.Currency()))
		if !sum.Equal(floor) || p.Status == limits.Over && !pend.IsPositive() || p.Headroom.IsNegative() {
			t.Fatalf("%+v", p)
		}
	})
}

// FuzzExposureOf checks that ExposureOf never panics on arbitrary
// documents and that its errors wrap a sentinel.
func FuzzExposureOf(f *testing.F) {
	f.Add([]byte{3, 3, 1, 0x10, 0x27, 0, 1, 2, 1, 1, 0, 5, 2, 1, 0x10, 0x27, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &bytesIn{data}
		terms := vectorTerms()
		terms.VATCovered = r.byte()%2 == 1
		docs := make([]limits.Document, r.byte()%10)
		for i := range docs {
			docs[i] = limits.Document{ID: "F" + strconv.Itoa(int(r.byte()%8)), Kind: limits.DocumentKind(r.byte() % 6),
				Net: r.amount(), Tax: r.amount(), DueDate: r.date(base)}
			if r.byte()%3 == 0 {
				docs[i].Order = "F" + strconv.Itoa(int(r.byte()%8))
			}
		}
		e, err := limits.ExposureOf(terms, docs, r.date(base), limits.ExposureOptions{GraceDays: r.int8()})
		if checkErr(t, "ExposureOf", err) && (e.Open.IsNegative() || e.Overdue.IsNegative() || e.Orders.IsNegative()) {
			t.Fatalf("%+v", e)
		}
	})
}

// FuzzEvaluate checks that the discretionary conditions never panic on
// arbitrary rules and facts and that their errors wrap a sentinel.
func FuzzEvaluate(f *testing.F) {
	f.Add([]byte{1, 2, 1, 12, 12, 1, 12, 3, 1, 2, 3, 1, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &bytesIn{data}
		var c limits.DiscretionaryConditions
		for range r.byte() % 4 {
			c.AnyOf = append(c.AnyOf, limits.DiscretionaryRule{Name: "r", MinPurchases: r.int8(), NoLatePayment: r.byte()%2 == 1,
				WindowMonths: r.int8(), ReportMaxAgeMonths: r.int8(), NoAdverseInformation: r.byte()%2 == 1, NoLossMonths: r.int8()})
		}
		facts := limits.BuyerFacts{ReportDate: r.date(base), AdverseInformation: r.byte()%2 == 1, LastLoss: r.date(base)}
		for range r.byte() % 5 {
			facts.Purchases = append(facts.Purchases, r.date(base))
			facts.LatePayments = append(facts.LatePayments, r.date(base))
		}
		el, err := limits.EvaluateDiscretionary(c, facts, r.date(base))
		if checkErr(t, "EvaluateDiscretionary", err) && el.Eligible == (el.Rule == "") {
			t.Fatalf("%+v", el)
		}
	})
}

// FuzzParse checks the text forms and the vocabulary tables on any text:
// no panic, errors wrap a sentinel, and what parses marshals back to the
// same text.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"agrement", "topUp", "12", "CAP Plus", "", "approved", "overdue", "ok", "monthStart", "lapsed"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k, err := limits.ParseKind(s); checkErr(t, "ParseKind", err) {
			if b, _ := k.MarshalText(); string(b) != s {
				t.Fatalf("%q → %v → %q", s, k, b)
			}
		}
		var req limits.Request
		checkErr(t, "Request", req.UnmarshalText([]byte(s)))
		var resp limits.Response
		checkErr(t, "Response", resp.UnmarshalText([]byte(s)))
		var reason limits.DecisionReason
		checkErr(t, "Reason", reason.UnmarshalText([]byte(s)))
		var st limits.HeadroomStatus
		checkErr(t, "Status", st.UnmarshalText([]byte(s)))
		var retro limits.RetroRule
		if err := retro.UnmarshalText([]byte(s)); checkErr(t, "RetroRule", err) {
			if b, _ := retro.MarshalText(); string(b) != s {
				t.Fatalf("%q → %v → %q", s, retro, b)
			}
		}
		if r, err := limits.RequestFromEDIFACT4505(s); checkErr(t, "4505", err) {
			if c, ok := r.EDIFACT4505(); !ok || c != s {
				t.Fatalf("4505 %q → %v → %q", s, r, c)
			}
		}
		_, err := limits.ResponseFromEDIFACT4507(s)
		checkErr(t, "4507", err)
		_, err = limits.ReasonFromEDIFACT4509(s)
		checkErr(t, "4509", err)
		_, err = limits.LookupWord(s, s)
		checkErr(t, "LookupWord", err)
	})
}
