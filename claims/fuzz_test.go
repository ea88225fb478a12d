package claims_test

import (
	"strconv"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Native fuzz targets on every public entry point: no input panics, every
// error is a typed error wrapping a sentinel, and a result explains itself
// (its Trace does not panic either).
//
//	go test -run=^$ -fuzz=^FuzzLoss$ -fuzztime=15s ./claims

// bytesReader turns fuzz bytes into inputs; an exhausted reader yields
// zeros.
type bytesReader struct{ b []byte }

func (r *bytesReader) u8() int {
	if len(r.b) == 0 {
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return int(v)
}

func (r *bytesReader) u16() int { return r.u8()<<8 | r.u8() }

// date is the zero Date, or a day within about ±90 years of 2025 (past the
// French calendars' 2000–2199 on both sides).
func (r *bytesReader) date() calendar.Date {
	n := r.u16()
	if n == 0 {
		return calendar.Date{}
	}
	return day0.AddDays(n - 32768)
}

// amount is the zero Amount, an amount in dollars, a negative amount, or
// a euro amount of up to three decimals.
func (r *bytesReader) amount() policy.Amount {
	k := r.u8()
	v := decimal.New(int64(r.u16())*int64(r.u8()+1), -int32(k%4))
	switch k % 8 {
	case 0:
		return policy.Amount{}
	case 1:
		a, _ := policy.NewAmount(policy.USD, v)
		return a
	case 2:
		v = v.Neg()
	}
	a, _ := policy.NewAmount(policy.EUR, v)
	return a
}

func (r *bytesReader) terms() policy.Terms {
	rules := []calendar.Rule{calendar.FRCivil, calendar.FRPrescription, calendar.StrictRule,
		{Counting: calendar.IncludeStart, MonthEnd: calendar.Strict, Extend: calendar.Following, Calendar: calendar.FRAlsaceMoselle},
		{Extend: calendar.Nearest}}
	days := func() policy.TimeLimit { // sometimes not set
		if n := r.u8() - 16; n >= 0 {
			return limitDays(n)
		}
		return policy.TimeLimit{}
	}
	t := policy.Terms{
		Currency:         policy.EUR,
		DeadlineRule:     rules[r.u8()%len(rules)],
		MaxInvoicingDays: days(),
		MaxCreditDays:    days(),
		MaxExtensionDays: days(),
		OverdueNotice:    policy.Notice{Days: days(), Anchor: policy.NoticeAnchor(r.u8() % 4)},
		WaitingPeriod:    limitOrNone(calendar.Months(r.u8()%14 - 1)),
		IndemnityDays:    days(),
		VATCovered:       r.u8()%2 == 0,
		Rounding:         policy.RoundingMode(r.u8() % 5),
		Effective:        r.date(),
		Expiry:           r.date(),
	}
	if r.u8()%4 == 0 {
		t.MaxCreditDaysByGroup = []policy.GroupLimit{{Group: "g", Limit: days()}, {Group: "g" + strconv.Itoa(r.u8()%2), Limit: days()}}
	}
	if r.u8()%4 == 0 {
		t.Currency = policy.Currency{}
	}
	t.WaitingPeriodAnchor = policy.WaitingAnchor(r.u8() % 4) // 3: unknown
	return t
}

func (r *bytesReader) invoice(i int) claims.Invoice {
	groups := []string{"", "g", "g1"}
	return claims.Invoice{
		ID: "I" + strconv.Itoa(i%(r.u8()%8+1)), DeliveryDate: r.date(), InvoiceDate: r.date(), DueDate: r.date(),
		Net: r.amount(), Tax: r.amount(), Disputed: r.u8()%5 == 0, Group: groups[r.u8()%len(groups)],
	}
}

func (r *bytesReader) ledger() claims.Ledger {
	var l claims.Ledger
	for i := range r.u8() % 10 {
		l.Invoices = append(l.Invoices, r.invoice(i))
	}
	for range r.u8() % 8 {
		l.Payments = append(l.Payments, claims.Payment{Date: r.date(), Amount: r.amount()})
	}
	for range r.u8() % 4 {
		c := claims.CreditNote{Date: r.date(), Net: r.amount(), Tax: r.amount()}
		if r.u8()%2 == 0 {
			c.Invoice = "I" + strconv.Itoa(r.u8()%10)
		}
		l.CreditNotes = append(l.CreditNotes, c)
	}
	l.StopDate = r.date()
	l.OverdueNotice = r.date()
	return l
}

func (r *bytesReader) events() claims.Events {
	return claims.Events{OverdueNotice: r.date(), Insolvency: r.date(), Paid: r.date(), IndemnityPaid: r.date(), AsOf: r.date(), Collection: r.date()}
}

// seedBytes are a few readable starting points: a realistic ledger and an
// empty one.
var seedBytes = [][]byte{
	{},
	{0, 30, 60, 30, 60, 46, 0, 6, 16, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3,
		0, 128, 10, 128, 20, 128, 80, 3, 16, 0, 9, 3, 3, 0, 0, 1,
		1, 128, 100, 3, 0, 50, 0, 0},
}

func FuzzClocks(f *testing.F) {
	for _, s := range seedBytes {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, data []byte, adjust bool) {
		r := &bytesReader{b: data}
		terms, invoice, ev := r.terms(), r.invoice(0), r.events()
		d, err := claims.Options{AdjustTermEnds: adjust}.Clocks(terms, invoice, ev)
		checkErr(t, "Clocks", err)
		_ = d.Trace()
	})
}

func FuzzLoss(f *testing.F) {
	for _, s := range seedBytes {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, data []byte, adjust bool) {
		r := &bytesReader{b: data}
		terms, l, date := r.terms(), r.ledger(), r.date()
		rep, err := claims.Options{AdjustTermEnds: adjust, ForfeitOnLateNotice: r.u8()%2 == 1}.Loss(terms, l, date)
		checkErr(t, "Loss", err)
		if err == nil {
			if s, err := rep.Allocated.Add(rep.Unallocated); err != nil || !s.Equal(rep.Paid) {
				t.Fatalf("allocated %v + unallocated %v != paid %v", rep.Allocated, rep.Unallocated, rep.Paid)
			}
			_ = rep.Trace()
		}
	})
}

func FuzzBuyerClocks(f *testing.F) {
	for _, s := range seedBytes {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, data []byte, adjust bool) {
		r := &bytesReader{b: data}
		terms, l, ev := r.terms(), r.ledger(), r.events()
		if r.u8()%2 == 0 {
			ev.Paid = calendar.Date{}
		}
		b, err := claims.Options{AdjustTermEnds: adjust}.BuyerClocks(terms, l, ev)
		checkErr(t, "BuyerClocks", err)
		for _, d := range b.Invoices {
			_ = d.Trace()
		}
	})
}

func FuzzIndemnity(f *testing.F) {
	f.Add("EUR 40000", "EUR 30000", "0.9", "", "", "", "", "", uint8(0), uint8(1), uint8(0))
	f.Add("EUR 60000", "EUR 50000", "0.9", "EUR 5000", "EUR 1000", "EUR 2000", "EUR 100000", "EUR 0", uint8(1), uint8(1), uint8(0x1f))
	f.Add("JPY 1001", "JPY 5000", "0.333", "JPY 3", "", "", "", "", uint8(0), uint8(3), uint8(0x08))
	f.Fuzz(func(t *testing.T, loss, limit, quotite, threshold, deductible, firstLoss, liability, annual string, mode, cover, flags uint8) {
		amt := func(s string) policy.Amount { a, _ := policy.ParseAmount(s); return a }
		q, _ := policy.ParseRate(quotite)
		terms := policy.Terms{
			Currency:           amt(loss).Currency(),
			ClaimThreshold:     policy.Threshold{Amount: amt(threshold), Mode: policy.ThresholdMode(mode % 3)},
			Deductible:         amt(deductible),
			AggregateFirstLoss: amt(annual),
			Quotites:           policy.Quotites{Named: q, Discretionary: q},
			Rounding:           policy.RoundingMode(mode / 3 % 5),
		}
		if flags&0x20 != 0 {
			terms.MaxLiability.PremiumMultiple = 30
		}
		if flags&0x40 != 0 {
			terms.LossPayee = policy.LossPayee{Name: "F", From: day0}
		}
		cl := claims.Claim{Loss: amt(loss), FirstLossRemaining: amt(firstLoss), LiabilityRemaining: amt(liability)}
		opts := claims.IndemnityOptions{
			ThresholdOn: claims.ThresholdBase(flags % 4), DeductibleBeforeQuotite: flags&0x04 != 0,
			FirstLossBeforeQuotite: flags&0x08 != 0,
		}
		b, err := claims.Indemnity(terms, cl, limits.Cover{Type: policy.CoverType(cover % 8), Amount: amt(limit)}, opts)
		checkErr(t, "Indemnity", err)
		if err == nil {
			if s, err := b.Indemnity.Add(b.Retained); err != nil || !s.Equal(b.Loss) || b.Indemnity.IsNegative() {
				t.Fatalf("indemnity %v + retained %v != loss %v", b.Indemnity, b.Retained, b.Loss)
			}
			_ = b.Trace()
		}
	})
}

func FuzzShareRecovery(f *testing.F) {
	f.Add("EUR 27000", "EUR 40000", "EUR 10000", "")
	f.Add("EUR 1", "EUR 3", "EUR 1", "EUR 0")
	f.Add("JPY 7", "JPY 9", "JPY 8", "JPY 1")
	f.Fuzz(func(t *testing.T, indemnity, loss, recovery, costs string) {
		amt := func(s string) policy.Amount { a, _ := policy.ParseAmount(s); return a }
		s, err := claims.ShareRecovery(amt(indemnity), amt(loss), claims.Recovery{Amount: amt(recovery), Costs: amt(costs)})
		checkErr(t, "ShareRecovery", err)
		if err == nil {
			if total, err := s.Insurer.Add(s.Insured); err != nil || !total.Equal(s.Net) {
				t.Fatalf("insurer %v + insured %v != net %v", s.Insurer, s.Insured, s.Net)
			}
			_ = s.Trace()
		}
	})
}
