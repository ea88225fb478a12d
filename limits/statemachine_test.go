package limits_test

import (
	"strconv"
	"testing"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
	"pgregory.net/rapid"
)

// lifeModel is a simple model of a buyer's limit over the policy year: it
// paints, day by day, the named amount each decision leaves and the
// temporary amounts, where CoverAt searches the history for the day asked.
type lifeModel struct {
	terms policy.Terms
	rule  limits.InForceRule
	ds    []limits.Decision
	clock calendar.Date

	pending   bool  // a request awaits its answer
	requested int64 // in thousands of euros
	last      int64 // amount of the last named decision, -1 before any
	first     calendar.Date

	set     [365]bool
	amount  [365]int64 // thousands
	refused [365]bool
	eff     [365]int // effective day of the painter (LatestEffective)
	temp    [365]int64
}

func (m *lifeModel) index(d calendar.Date) int { return d.DaysSince(m.terms.Effective) }

// decide adds a decision dated on the clock and paints it on the model.
func (m *lifeModel) decide(t *rapid.T, k limits.Kind, thousands int64, days int) {
	d := limits.Decision{ID: "D" + strconv.Itoa(len(m.ds)), Kind: k, Date: m.clock, Seq: len(m.ds),
		Amount: eur(strconv.FormatInt(thousands*1000, 10))}
	if k == limits.Temporary {
		d.Expiry = m.clock.AddDays(days)
	}
	m.ds = append(m.ds, d)
	if m.first.IsZero() {
		m.first = d.Date
	}
	start := d.Date
	if !d.Date.After(m.terms.Signature.AddDays(daysOf(m.terms.RetroactivityDays))) {
		start = m.terms.Effective
	}
	if k == limits.Temporary {
		for i := max(m.index(start), 0); i <= min(m.index(d.Expiry), 364); i++ {
			m.temp[i] += thousands
		}
		return
	}
	notice := m.index(d.Date.AddDays(daysOf(m.terms.ReductionNoticeDays)))
	e := m.index(start)
	if m.last >= 0 && thousands < m.last {
		e = notice
	}
	m.last = thousands
	for i := max(min(m.index(start), e), 0); i < 365; i++ {
		var paint bool
		switch m.rule {
		case limits.LatestDecision:
			paint = i >= m.index(start) && (!m.set[i] || i >= notice || thousands >= m.amount[i])
		default:
			paint = i >= e && (!m.set[i] || e >= m.eff[i])
		}
		if paint {
			m.set[i], m.amount[i], m.refused[i], m.eff[i] = true, thousands, k == limits.Refusal, e
		}
	}
}

// cover is the model's insured amount for a delivery on day i, in
// thousands, for an eligible buyer with discretionary cover of 10.
func (m *lifeModel) cover(d calendar.Date) int64 {
	i := m.index(d)
	var total int64
	if m.set[i] && !m.refused[i] {
		total = m.amount[i]
	}
	total += m.temp[i]
	if total == 0 && (m.first.IsZero() || m.first.After(d)) {
		return 10
	}
	return total
}

// TestLimitLifeCycle runs random life cycles of a buyer's limit (request,
// grant, increase, temporary limit, reduction with notice, refusal, time
// passing) and compares CoverAt with the model after every step.
func TestLimitLifeCycle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		terms := vectorTerms()
		terms.ReductionNoticeDays = limitDays(rapid.SampledFrom([]int{0, 10, 30}).Draw(t, "reductionNoticeDays"))
		m := &lifeModel{terms: terms, rule: genRule(t), clock: day("2024-12-15"), last: -1}
		buyer := limits.Buyer{DiscretionaryEligible: true}
		t.Repeat(map[string]func(*rapid.T){
			"request": func(t *rapid.T) {
				if m.pending {
					t.Skip("one request at a time")
				}
				m.pending, m.requested = true, rapid.Int64Range(1, 60).Draw(t, "requested")
			},
			"grant": func(t *rapid.T) {
				if !m.pending {
					t.Skip("nothing requested")
				}
				resp := rapid.SampledFrom([]limits.Response{limits.ResponseApproved, limits.ResponseExpress,
					limits.ResponsePartlyApproved}).Draw(t, "response")
				k, _ := limits.DecisionKind(limits.RequestNewLimit, resp)
				amount := m.requested
				if resp == limits.ResponsePartlyApproved {
					amount = rapid.Int64Range(1, m.requested).Draw(t, "granted")
				}
				m.pending = false
				m.decide(t, k, amount, 0)
			},
			"increase": func(t *rapid.T) {
				if m.last <= 0 {
					t.Skip("no limit to increase")
				}
				m.decide(t, limits.Agrement, m.last+rapid.Int64Range(1, 30).Draw(t, "more"), 0)
			},
			"temporary": func(t *rapid.T) {
				m.decide(t, limits.Temporary, rapid.Int64Range(1, 30).Draw(t, "temporary"), rapid.IntRange(0, 60).Draw(t, "days"))
			},
			"reduce": func(t *rapid.T) {
				if m.last <= 1 {
					t.Skip("no limit to reduce")
				}
				m.decide(t, limits.Agrement, rapid.Int64Range(1, m.last-1).Draw(t, "reduced"), 0)
			},
			"refuse": func(t *rapid.T) {
				m.pending = false
				m.decide(t, limits.Refusal, 0, 0)
			},
			"wait": func(t *rapid.T) {
				m.clock = m.clock.AddDays(rapid.IntRange(1, 40).Draw(t, "days"))
				if m.clock.After(terms.Expiry) {
					t.Skip("past the policy")
				}
			},
			"": func(t *rapid.T) {
				h, err := limits.NewHistory(m.ds...)
				if err != nil {
					t.Fatal(err)
				}
				days := []calendar.Date{m.clock, m.clock.AddDays(daysOf(terms.ReductionNoticeDays)), terms.Effective, terms.Expiry}
				for range 6 {
					days = append(days, terms.Effective.AddDays(rapid.IntRange(0, 364).Draw(t, "day")))
				}
				for _, d := range days {
					if d.Before(terms.Effective) || d.After(terms.Expiry) {
						continue
					}
					c, err := limits.CoverAt(terms, h, buyer, d, limits.CoverOptions{InForce: m.rule})
					if err != nil {
						t.Fatal(err)
					}
					want := eur(strconv.FormatInt(m.cover(d)*1000, 10))
					if !c.Amount.Equal(want) {
						t.Fatalf("%v, delivery %s: CoverAt %s, model %s\n%s", m.rule, d, c.Amount, want, c.Trace)
					}
				}
			},
		})
	})
}
