package postgres

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/creditins/creditins/bookfile"
	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/internal/booktest"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// dsnEnv names the connection string of the PostgreSQL server the tests
// use; .ci/postgres.sh starts a throw-away server and sets it.
const dsnEnv = "CREDITINS_PG_DSN"

// openDB connects to $CREDITINS_PG_DSN in a schema of its own, dropped at
// the end of the test, with Schema created in it. Without the variable the
// test is skipped.
func openDB(t *testing.T) *sql.DB {
	t.Helper()
	dsn := os.Getenv(dsnEnv)
	if dsn == "" {
		t.Skip(dsnEnv + " is not set: run .ci/postgres.sh, which starts a throw-away PostgreSQL and sets it")
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() { admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE") })
	db, err := sql.Open("pgx", dsn+" search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := CreateSchema(ctx, db); err != nil {
		t.Fatalf("CreateSchema: %v", err)
	}
	if err := CreateSchema(ctx, db); err != nil {
		t.Fatalf("CreateSchema a second time: %v", err)
	}
	return db
}

// readDir reads a directory of book files with bookfile.
func readDir(t *testing.T, dir string) bookfile.Portfolio {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, e := range entries {
		if files[e.Name()], err = os.ReadFile(filepath.Join(dir, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	p, err := bookfile.ParseDir(files)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// demoDir is the demonstration book of the creditins command, as files.
const demoDir = "../../cmd/creditins/testdata/demo"

var demoAsOf = mustDate("2025-11-28")

func mustDate(s string) calendar.Date {
	d, err := calendar.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestSQLForms: the SDK's values through real columns of their SQL types,
// NULL included as the SDK documents it.
func TestSQLForms(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `CREATE TABLE forms (n INTEGER PRIMARY KEY, d DATE, a TEXT, r NUMERIC, c CHAR(3), f DOUBLE PRECISION)`); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		date, amount, rate, currency string // "" is the zero value
		wantText                     string // the columns as PostgreSQL writes them
	}{
		{"2025-02-28", "EUR 1234.56", "0.9", "EUR", "2025-02-28|EUR 1234.56|0.9|EUR"},
		{"2024-02-29", "USD -0.01", "0.0035", "USD", "2024-02-29|USD -0.01|0.0035|USD"},
		{"0001-01-01", "JPY 1000", "1", "JPY", "0001-01-01|JPY 1000|1|JPY"},
		{"", "", "0", "", "NULL|NULL|0|NULL"},
	}
	for i, tc := range tests {
		var (
			d   calendar.Date
			a   policy.Amount
			c   policy.Currency
			err error
		)
		if tc.date != "" {
			d = mustDate(tc.date)
		}
		if tc.amount != "" {
			a = policy.MustAmount(tc.amount)
		}
		r := policy.MustRate(tc.rate)
		if tc.currency != "" {
			if c, err = policy.ParseCurrency(tc.currency); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO forms (n, d, a, r, c) VALUES ($1, $2, $3, $4, $5)`, i, d, a, r, c); err != nil {
			t.Fatalf("%d: insert: %v", i, err)
		}
		var text string
		if err := db.QueryRowContext(ctx, `SELECT concat_ws('|', coalesce(d::text, 'NULL'), coalesce(a, 'NULL'), coalesce(r::text, 'NULL'),
			coalesce(c::text, 'NULL')) FROM forms WHERE n = $1`, i).Scan(&text); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.wantText, text); diff != "" {
			t.Errorf("%d: stored (-want +got)\n%s", i, diff)
		}
		var (
			gd calendar.Date
			ga policy.Amount
			gr policy.Rate
			gc policy.Currency
		)
		if err := db.QueryRowContext(ctx, `SELECT d, a, r, c FROM forms WHERE n = $1`, i).Scan(&gd, &ga, &gr, &gc); err != nil {
			t.Fatalf("%d: scan: %v", i, err)
		}
		got := []string{gd.String(), ga.String(), gr.String(), gc.String()}
		want := []string{d.String(), a.String(), r.String(), c.String()}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%d: read back (-want +got)\n%s", i, diff)
		}
		if !ga.Currency().IsZero() && !ga.Equal(a) || !gr.Equal(r) {
			t.Errorf("%d: read back %s %s, want %s %s", i, ga, gr, a, r)
		}
	}
	// NULL in a NUMERIC is no rate: the SDK's Scan refuses it (the zero Rate
	// is 0); sql.Null reads it as absent.
	if _, err := db.ExecContext(ctx, `INSERT INTO forms (n, f) VALUES (100, 0.0035)`); err != nil {
		t.Fatal(err)
	}
	var r policy.Rate
	err := db.QueryRowContext(ctx, `SELECT r FROM forms WHERE n = 100`).Scan(&r)
	if !errors.Is(err, policy.ErrMissing) {
		t.Errorf("NULL NUMERIC into a Rate: %v, want ErrMissing", err)
	}
	var nr sql.Null[policy.Rate]
	if err := db.QueryRowContext(ctx, `SELECT r FROM forms WHERE n = 100`).Scan(&nr); err != nil || nr.Valid {
		t.Errorf("NULL NUMERIC into sql.Null[Rate]: %v %v", nr, err)
	}
	// A float column cannot carry a rate exactly.
	err = db.QueryRowContext(ctx, `SELECT f FROM forms WHERE n = 100`).Scan(&r)
	if !errors.Is(err, policy.ErrSyntax) {
		t.Errorf("DOUBLE PRECISION into a Rate: %v, want ErrSyntax", err)
	}
	// An amount without its currency is refused, not read as euros.
	var a policy.Amount
	err = db.QueryRowContext(ctx, `SELECT '1234.56'::text`).Scan(&a)
	if !errors.Is(err, policy.ErrSyntax) {
		t.Errorf("an amount without currency: %v, want ErrSyntax", err)
	}
}

// booksDiff compares books field by field (a History by its decisions).
func booksDiff(want, got []claims.BuyerBook) string {
	type plain struct {
		Buyer     limits.Buyer
		Decisions []limits.Decision
		Ledger    claims.Ledger
		Events    claims.Events
	}
	conv := func(bs []claims.BuyerBook) []plain {
		var out []plain
		for _, b := range bs {
			out = append(out, plain{b.Buyer, b.History.Decisions(), b.Ledger, b.Events})
		}
		return out
	}
	return cmp.Diff(conv(want), conv(got))
}

// TestSaveLoad: a portfolio saved and loaded is the same portfolio, for
// the demonstration book, bookfile's sample and a book filling every field
// of claims.BuyerBook (booktest.Full, which fails the test when a field is
// added to the book's types and not to the fixture); saving again replaces
// it.
func TestSaveLoad(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	demo := readDir(t, demoDir)
	sample := readDir(t, "../../bookfile/testdata/book")
	if diff := cmp.Diff([]string(nil), booktest.Unfilled(booktest.Full())); diff != "" {
		t.Fatalf("fields left zero in booktest.Full, which the round trip would not check (-want +got)\n%s", diff)
	}
	// The terms are JSONB in the form policy.ParseTerms reads: the policy
	// package's JSON round trip is theirs; these set the terms' later
	// fields, so that JSONB is seen to keep them.
	terms := demo.Terms
	terms.ExtensionClaimDays = policy.MustTimeLimit(calendar.Days(90))
	terms.Quotites.Political = policy.MustRate("0.9")
	terms.Insolvency = policy.InsolvencyTerms{AdvanceRate: policy.MustRate("0.7"), IndemnityAfterAdmission: policy.MustTimeLimit(calendar.Days(30))}
	terms.CollectionFees = policy.CollectionFees{Insolvency: policy.MustRate("0.05"), ProtractedDefault: policy.MustRate("0.10")}
	terms.Countries = []policy.CountryCover{{Country: "FR", PoliticalWaitingPeriod: policy.MustTimeLimit(calendar.Period{Months: 6}),
		WithdrawnFrom: mustDate("2025-10-01")}}
	full := bookfile.Portfolio{Terms: terms, Books: []claims.BuyerBook{booktest.Full()}}
	for _, tc := range []struct {
		id string
		p  bookfile.Portfolio
	}{{"demo", demo}, {"sample", sample}, {"full", full}, {"demo", demo}} {
		if err := Save(ctx, db, tc.id, tc.p); err != nil {
			t.Fatalf("Save %s: %v", tc.id, err)
		}
		got, err := Load(ctx, db, tc.id)
		if err != nil {
			t.Fatalf("Load %s: %v", tc.id, err)
		}
		if diff := booksDiff(tc.p.Books, got.Books); diff != "" {
			t.Errorf("%s: books (-want +got)\n%s", tc.id, diff)
		}
		wantTerms, _ := json.Marshal(tc.p.Terms)
		gotTerms, _ := json.Marshal(got.Terms)
		if diff := cmp.Diff(string(wantTerms), string(gotTerms)); diff != "" {
			t.Errorf("%s: terms (-want +got)\n%s", tc.id, diff)
		}
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM buyers WHERE policy_id = 'demo'`).Scan(&n); err != nil || n != len(demo.Books) {
		t.Errorf("buyers of demo after two saves: %d %v, want %d", n, err, len(demo.Books))
	}
}

// TestListsAreQueryable: the ledger's lists are rows an ERP can query,
// the invoice IDs inside them a JSONB array.
func TestListsAreQueryable(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	full := bookfile.Portfolio{Terms: readDir(t, demoDir).Terms, Books: []claims.BuyerBook{booktest.Full()}}
	if err := Save(ctx, db, "full", full); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ query, want string }{
		{`SELECT string_agg(invoice_id || ' ' || insurer, ', ' ORDER BY seq) FROM extensions`, "I1 agreed, I2 notAsked"},
		{`SELECT count(*)::text FROM payment_plans WHERE invoice_ids ? 'I2' AND insurer = 'refused'`, "1"},
		{`SELECT string_agg(instalment_date::text || ' ' || amount, ', ' ORDER BY n) FROM instalments`, "2025-06-10 EUR 1500.00, 2025-07-10 EUR 1932.00"},
		{`SELECT invoice_ids::text || ' ' || invoiced || ' ' || resale FROM taken_back`, `["I2", "I1"] EUR 300.00 EUR 150.50`},
		{`SELECT published_date::text || ' ' || admitted_amount || ' ' || as_of::text FROM events`, "2025-06-15 EUR 3000.00 2025-11-28"},
		{`SELECT string_agg(id || ' ' || coalesce(order_date::text, '-'), ', ' ORDER BY seq) FROM invoices`, "I1 2025-01-20, I2 -"},
		{`SELECT string_agg(id || ' ' || reason, ', ' ORDER BY id) FROM decisions WHERE reason IS NOT NULL`, "AG1 overdue, R1 adverseInformation"},
	}
	for _, tc := range tests {
		var got string
		if err := db.QueryRowContext(ctx, tc.query).Scan(&got); err != nil {
			t.Errorf("%s: %v", tc.query, err)
			continue
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got)\n%s", tc.query, diff)
		}
	}
}

// TestSaveRefusesWhatItCannotWrite: an answer outside its enum is an error
// naming the row, so are terms that Load would refuse, and nothing is
// written.
func TestSaveRefusesWhatItCannotWrite(t *testing.T) {
	db := openDB(t)
	b := booktest.Full()
	b.Ledger.PaymentPlans = slices.Clone(b.Ledger.PaymentPlans)
	b.Ledger.PaymentPlans[0].Insurer = claims.Agreement(9)
	err := Save(context.Background(), db, "x", bookfile.Portfolio{Terms: readDir(t, demoDir).Terms, Books: []claims.BuyerBook{b}})
	if !errors.Is(err, policy.ErrOutOfRange) || !strings.Contains(err.Error(), "payment plan 0") {
		t.Errorf("Save: %v, want ErrOutOfRange naming payment plan 0", err)
	}
	terms := readDir(t, demoDir).Terms
	terms.Countries = []policy.CountryCover{{Country: "FR", PoliticalWaitingPeriod: policy.MustTimeLimit(calendar.Period{Months: 6})}}
	terms.Quotites.Political = policy.Rate{}
	err = Save(context.Background(), db, "x", bookfile.Portfolio{Terms: terms, Books: []claims.BuyerBook{booktest.Full()}})
	if !errors.Is(err, policy.ErrInconsistent) || !strings.Contains(err.Error(), "policy x: terms") {
		t.Errorf("Save of terms Load would refuse: %v, want ErrInconsistent naming the terms", err)
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM policies`).Scan(&n); err != nil || n != 0 {
		t.Errorf("policies after a refused save: %d %v", n, err)
	}
}

// TestLoadErrors: a value the SDK refuses names its table; an unknown
// policy is ErrNoPolicy.
func TestLoadErrors(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	demo := readDir(t, demoDir)
	if err := Save(ctx, db, "demo", demo); err != nil {
		t.Fatal(err)
	}
	if err := Save(ctx, db, "full", bookfile.Portfolio{Terms: demo.Terms, Books: []claims.BuyerBook{booktest.Full()}}); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(ctx, db, "nope"); !errors.Is(err, ErrNoPolicy) {
		t.Errorf("Load of an unknown policy: %v, want ErrNoPolicy", err)
	}
	tests := []struct {
		name, policy, update, want string
		sentinel                   error
	}{
		{"amount without currency", "demo", `UPDATE invoices SET net = '15000' WHERE id = 'M1'`, "invoices:", policy.ErrSyntax},
		{"unknown kind", "demo", `UPDATE decisions SET kind = 'maybe' WHERE id = 'AG-M'`, "decisions: buyer Martin SA (agrément), decision AG-M: kind", limits.ErrUnknownCode},
		{"currency not the terms'", "demo", `UPDATE policies SET currency = 'USD' WHERE id = 'demo'`, "policies demo: currency USD", policy.ErrInconsistent},
		{"unknown reason", "full", `UPDATE decisions SET reason = 'whim' WHERE id = 'R1'`, "decisions: buyer Full, decision R1: reason", limits.ErrUnknownCode},
		{"unknown answer", "full", `UPDATE extensions SET insurer = 'maybe' WHERE seq = 1`, "extensions: buyer Full, seq 1: insurer", policy.ErrSyntax},
		{"invoice IDs not a list", "full", `UPDATE payment_plans SET invoice_ids = '{"a": 1}'`, "payment_plans: buyer Full, seq 0: invoice_ids", policy.ErrSyntax},
		{"invoice IDs not text", "full", `UPDATE taken_back SET invoice_ids = '[1]'`, "taken_back: buyer Full, seq 0: invoice_ids", policy.ErrSyntax},
		{"instalment amount", "full", `UPDATE instalments SET amount = '10' WHERE n = 1`, "instalments:", policy.ErrSyntax},
		{"admitted amount", "full", `UPDATE events SET admitted_amount = 'EUR x' WHERE policy_id = 'full'`, "events:", policy.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tx, err := db.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback()
			if _, err := tx.ExecContext(ctx, tc.update); err != nil {
				t.Fatal(err)
			}
			_, err = load(ctx, tx, tc.policy)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, tc.sentinel) {
				t.Errorf("load: %v, want %q wrapping %v", err, tc.want, tc.sentinel)
			}
		})
	}
}

// jsonOf is v as generic JSON, for comparing what PostgreSQL's JSONB
// normalised with what encoding/json wrote.
func jsonOf(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// storedReports reads the reports, actions and alerts of one policy and
// date as the nightly job wrote them.
func storedReports(t *testing.T, db *sql.DB, policyID string, asOf calendar.Date) (reports map[string]any, actions, alerts []string) {
	t.Helper()
	reports = map[string]any{}
	rows, err := db.Query(`SELECT buyer_id, report FROM buyer_reports WHERE policy_id = $1 AND as_of = $2`, policyID, asOf)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		var js []byte
		if err := rows.Scan(&id, &js); err != nil {
			t.Fatal(err)
		}
		reports[id] = jsonOf(t, js)
	}
	rows.Close()
	for _, q := range []struct {
		sql string
		to  *[]string
	}{
		{`SELECT buyer_id || ' ' || kind || ' ' || due_date::text FROM actions WHERE policy_id = $1 AND as_of = $2 ORDER BY buyer_id, n`, &actions},
		{`SELECT buyer_id || ' ' || kind || ' ' || alert_date::text FROM alerts WHERE policy_id = $1 AND as_of = $2 ORDER BY buyer_id, n`, &alerts},
	} {
		rows, err := db.Query(q.sql, policyID, asOf)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			*q.to = append(*q.to, s)
		}
		rows.Close()
	}
	return reports, actions, alerts
}

// TestNightlyIsTheInProcessEvaluation: the nightly job on the seeded
// demonstration book writes, per buyer, the report that
// claims.EvaluatePortfolio gives in process, its actions and its alerts; a
// second run for the date changes nothing; another date adds its own rows.
func TestNightlyIsTheInProcessEvaluation(t *testing.T) {
	db := openDB(t)
	ctx := context.Background()
	p := readDir(t, demoDir)
	if err := Save(ctx, db, "demo", p); err != nil {
		t.Fatal(err)
	}
	opts := claims.PortfolioOptions{Alerts: limits.AlertOptions{Headroom: limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}}}
	opts.Book.LiabilityRemaining = policy.MustAmount("EUR 1000000")
	want, err := claims.EvaluatePortfolio(p.Terms, p.Books, demoAsOf, opts)
	if err != nil {
		t.Fatal(err)
	}
	wantReports := map[string]any{}
	var wantActions, wantAlerts []string
	for _, r := range want.Buyers {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		wantReports[r.Buyer] = jsonOf(t, b)
		for _, a := range r.Actions {
			wantActions = append(wantActions, r.Buyer+" "+a.Kind.String()+" "+a.Date.String())
		}
		for _, a := range r.Alerts {
			wantAlerts = append(wantAlerts, r.Buyer+" "+a.Kind.String()+" "+a.Date.String())
		}
	}
	if len(wantActions) == 0 || len(wantAlerts) == 0 {
		t.Fatal("the demonstration book has no action or no alert")
	}
	for run := 1; run <= 2; run++ {
		if _, err := Nightly(ctx, db, "demo", demoAsOf, opts); err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		reports, actions, alerts := storedReports(t, db, "demo", demoAsOf)
		if diff := cmp.Diff(wantReports, reports); diff != "" {
			t.Errorf("run %d: reports (-want in process +got stored)\n%s", run, diff)
		}
		if diff := cmp.Diff(wantActions, actions); diff != "" {
			t.Errorf("run %d: actions (-want +got)\n%s", run, diff)
		}
		if diff := cmp.Diff(wantAlerts, alerts); diff != "" {
			t.Errorf("run %d: alerts (-want +got)\n%s", run, diff)
		}
	}
	// The insolvent buyer's claim needs the liability left in the year: without
	// it the buyer fails, its row holds the error, the others are written.
	next := mustDate("2025-11-29")
	_, err = Nightly(ctx, db, "demo", next, claims.PortfolioOptions{})
	if !errors.Is(err, policy.ErrMissing) {
		t.Errorf("Nightly without the liability left: %v, want ErrMissing", err)
	}
	var failed []string
	rows, err := db.Query(`SELECT buyer_id, error FROM buyer_reports WHERE as_of = $1 AND error IS NOT NULL`, next)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, msg string
		if err := rows.Scan(&id, &msg); err != nil {
			t.Fatal(err)
		}
		failed = append(failed, id)
	}
	rows.Close()
	if diff := cmp.Diff([]string{"Faure Industrie (insolvency)"}, failed); diff != "" {
		t.Errorf("failed buyers (-want +got)\n%s", diff)
	}
	var dates int
	if err := db.QueryRow(`SELECT count(DISTINCT as_of) FROM buyer_reports`).Scan(&dates); err != nil || dates != 2 {
		t.Errorf("as-of dates stored: %d %v, want 2", dates, err)
	}
	if _, err := Nightly(ctx, db, "nope", next, opts); !errors.Is(err, ErrNoPolicy) {
		t.Errorf("Nightly of an unknown policy: %v", err)
	}
}
