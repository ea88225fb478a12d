// Package postgres keeps the books of a credit-insurance portfolio in
// PostgreSQL and runs the nightly evaluation of the creditins SDK on them.
//
// schema.sql ([Schema]) is the reference schema: policies, buyers,
// decisions, invoices, payments, credit notes and events in, buyer_reports,
// actions and alerts out. It stores the SDK's values through their own SQL
// forms (Value and Scan): a calendar.Date in a DATE column, a
// policy.Amount in one TEXT column as "EUR 1234.56" (currency and value
// together, exact; NULL is "no amount", never 0), a policy.Rate in NUMERIC
// (read back as decimal text; NULL, which the SDK's Scan refuses, is "not
// given" here and read through sql.Null), a policy.Currency in CHAR(3). A
// policy's terms are JSONB in the form policy.ParseTerms reads.
//
// Every field of a claims.BuyerBook has its column, so that Load gives back
// what Save was given: the lists of a ledger are tables (extensions,
// payment_plans with their instalments, taken_back, beside invoices,
// payments and credit_notes), an enum is its name in TEXT, and a list of
// invoice IDs inside a list (a payment plan's, goods taken back's) is a
// JSONB array, which an ERP queries with the jsonb operators
// (invoice_ids ? 'I1'). The tests fill every field of the book's types
// (internal/booktest) and fail on a field added without its column.
//
// The package works through database/sql with any PostgreSQL driver; its
// tests and cmd/nightly use pgx (github.com/jackc/pgx/v5/stdlib).
package postgres

import (
	"context"
	"database/sql"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/creditins/creditins/bookfile"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

// Schema is the reference schema (schema.sql). Every statement can run
// again.
//
//go:embed schema.sql
var Schema string

// ErrNoPolicy is a policy ID that the policies table does not hold.
var ErrNoPolicy = errors.New("postgres: no such policy")

// CreateSchema runs Schema on db.
func CreateSchema(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, Schema)
	return err
}

// querier is what Save and Load need of a *sql.DB or a *sql.Tx.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Save writes a portfolio as the policy policyID in one transaction,
// replacing what the database held for that policy (its buyers, their
// books, and the reports of the nightly job, which no longer apply).
//
// Terms that policy.ParseTerms would refuse on Load are refused here
// (policy.Terms.Validate), and nothing is written.
func Save(ctx context.Context, db *sql.DB, policyID string, p bookfile.Portfolio) error {
	if err := p.Terms.Validate(); err != nil {
		return fmt.Errorf("policy %s: terms: %w", policyID, err)
	}
	terms, err := json.Marshal(p.Terms)
	if err != nil {
		return fmt.Errorf("policy %s: terms: %w", policyID, err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM policies WHERE id = $1`, policyID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO policies (id, currency, terms) VALUES ($1, $2, $3)`,
		policyID, p.Terms.Currency, terms); err != nil {
		return fmt.Errorf("policy %s: %w", policyID, err)
	}
	for _, b := range p.Books {
		if err := saveBook(ctx, tx, policyID, b); err != nil {
			return fmt.Errorf("policy %s, buyer %s: %w", policyID, b.Buyer.ID, err)
		}
	}
	return tx.Commit()
}

// saveBook inserts one buyer's book.
func saveBook(ctx context.Context, q querier, policyID string, b claims.BuyerBook) error {
	var stopCause *string
	if b.Buyer.StopCause != limits.NoStop {
		s := b.Buyer.StopCause.String()
		stopCause = &s
	}
	if _, err := q.ExecContext(ctx, `INSERT INTO buyers (policy_id, id, country, discretionary_eligible, stop_date, stop_cause,
		ledger_stop_date, ledger_overdue_notice_date) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		policyID, b.Buyer.ID, nullText(b.Buyer.Country), b.Buyer.DiscretionaryEligible, b.Buyer.StopDate, stopCause,
		b.Ledger.StopDate, b.Ledger.OverdueNotice); err != nil {
		return err
	}
	for _, d := range b.History.Decisions() {
		var reason *string
		if d.Reason != 0 {
			s, err := d.Reason.MarshalText()
			if err != nil {
				return fmt.Errorf("decision %s: %w", d.ID, err)
			}
			reason = new(string(s))
		}
		if _, err := q.ExecContext(ctx, `INSERT INTO decisions (policy_id, buyer_id, id, seq, kind, amount, decision_date, expiry,
			quotite, price, insolvency_only, max_credit_days, max_extension_days, reason)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
			policyID, b.Buyer.ID, d.ID, d.Seq, d.Kind.String(), d.Amount, d.Date, d.Expiry,
			nullRate(d.Quotite), nullRate(d.Price), d.Conditions.InsolvencyOnly,
			nullLimit(d.Conditions.MaxCreditDays), nullLimit(d.Conditions.MaxExtensionDays), reason); err != nil {
			return fmt.Errorf("decision %s: %w", d.ID, err)
		}
	}
	for i, x := range b.Ledger.Invoices {
		if _, err := q.ExecContext(ctx, `INSERT INTO invoices (policy_id, buyer_id, id, delivery_date, invoice_date, due_date,
			net, tax, disputed, invoice_group, order_date, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
			policyID, b.Buyer.ID, x.ID, x.DeliveryDate, x.InvoiceDate, x.DueDate, x.Net, x.Tax, x.Disputed, nullText(x.Group),
			x.OrderDate, i); err != nil {
			return fmt.Errorf("invoice %s: %w", x.ID, err)
		}
	}
	for i, x := range b.Ledger.Payments {
		if _, err := q.ExecContext(ctx, `INSERT INTO payments (policy_id, buyer_id, seq, payment_date, amount)
			VALUES ($1, $2, $3, $4, $5)`, policyID, b.Buyer.ID, i, x.Date, x.Amount); err != nil {
			return fmt.Errorf("payment %d: %w", i, err)
		}
	}
	for i, x := range b.Ledger.CreditNotes {
		if _, err := q.ExecContext(ctx, `INSERT INTO credit_notes (policy_id, buyer_id, seq, id, note_date, invoice_id, net, tax)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, policyID, b.Buyer.ID, i, x.ID, x.Date, nullText(x.Invoice), x.Net, x.Tax); err != nil {
			return fmt.Errorf("credit note %s: %w", x.ID, err)
		}
	}
	if err := saveLists(ctx, q, policyID, b.Buyer.ID, b.Ledger); err != nil {
		return err
	}
	if b.Events != (claims.Events{}) {
		ev, pr := b.Events, b.Events.Proceedings
		if _, err := q.ExecContext(ctx, `INSERT INTO events (policy_id, buyer_id, overdue_notice_date, insolvency_date, paid_date,
			collection_date, indemnity_paid_date, political_event_date, as_of, published_date, claim_declared_date,
			revendication_date, admitted_date, admitted_amount, prejudice)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
			policyID, b.Buyer.ID, ev.OverdueNotice, ev.Insolvency, ev.Paid, ev.Collection, ev.IndemnityPaid, ev.Political, ev.AsOf,
			pr.Published, pr.Declared, pr.Revendication, pr.Admitted, pr.AdmittedAmount, pr.Prejudice); err != nil {
			return fmt.Errorf("events: %w", err)
		}
	}
	return nil
}

// Load reads the policy policyID and its buyers' books, in the order of
// their IDs (as bookfile returns them). A value a column holds that the SDK
// refuses is an error naming the table, the row and the column.
func Load(ctx context.Context, db *sql.DB, policyID string) (bookfile.Portfolio, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return bookfile.Portfolio{}, err
	}
	defer tx.Rollback()
	return load(ctx, tx, policyID)
}

func load(ctx context.Context, q querier, policyID string) (bookfile.Portfolio, error) {
	var (
		p     bookfile.Portfolio
		cur   policy.Currency
		terms []byte
	)
	err := q.QueryRowContext(ctx, `SELECT currency, terms FROM policies WHERE id = $1`, policyID).Scan(&cur, &terms)
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("%w: %q", ErrNoPolicy, policyID)
	}
	if err != nil {
		return p, fmt.Errorf("policies %s: %w", policyID, err)
	}
	if p.Terms, err = policy.ParseTerms(terms); err != nil {
		return p, fmt.Errorf("policies %s: terms: %w", policyID, err)
	}
	if cur != p.Terms.Currency {
		return p, fmt.Errorf("policies %s: currency %s, the terms' %s: %w", policyID, cur, p.Terms.Currency, policy.ErrInconsistent)
	}
	index := map[string]int{}
	err = each(ctx, q, "buyers", `SELECT id, country, discretionary_eligible, stop_date, stop_cause, ledger_stop_date,
		ledger_overdue_notice_date FROM buyers WHERE policy_id = $1 ORDER BY id`, policyID, func(rows *sql.Rows) error {
		var (
			b         claims.BuyerBook
			country   sql.NullString
			stopCause sql.NullString
		)
		if err := rows.Scan(&b.Buyer.ID, &country, &b.Buyer.DiscretionaryEligible, &b.Buyer.StopDate, &stopCause,
			&b.Ledger.StopDate, &b.Ledger.OverdueNotice); err != nil {
			return err
		}
		b.Buyer.Country = country.String
		if stopCause.Valid {
			if err := b.Buyer.StopCause.UnmarshalText([]byte(stopCause.String)); err != nil {
				return fmt.Errorf("buyer %s: stop_cause: %w", b.Buyer.ID, err)
			}
		}
		index[b.Buyer.ID] = len(p.Books)
		p.Books = append(p.Books, b)
		return nil
	})
	if err != nil {
		return p, err
	}
	decisions := make([][]limits.Decision, len(p.Books))
	err = each(ctx, q, "decisions", `SELECT buyer_id, id, seq, kind, amount, decision_date, expiry, quotite, price,
		insolvency_only, max_credit_days, max_extension_days, reason FROM decisions WHERE policy_id = $1
		ORDER BY buyer_id, decision_date, seq, id`,
		policyID, func(rows *sql.Rows) error {
			var (
				buyer, kind           string
				d                     limits.Decision
				quotite, price        sql.Null[policy.Rate]
				maxCredit, maxExtends sql.NullString
				reason                sql.NullString
			)
			if err := rows.Scan(&buyer, &d.ID, &d.Seq, &kind, &d.Amount, &d.Date, &d.Expiry, &quotite, &price,
				&d.Conditions.InsolvencyOnly, &maxCredit, &maxExtends, &reason); err != nil {
				return err
			}
			var err error
			if d.Kind, err = limits.ParseKind(kind); err != nil {
				return fmt.Errorf("buyer %s, decision %s: kind: %w", buyer, d.ID, err)
			}
			if reason.Valid {
				if err := d.Reason.UnmarshalText([]byte(reason.String)); err != nil {
					return fmt.Errorf("buyer %s, decision %s: reason: %w", buyer, d.ID, err)
				}
			}
			d.Quotite, d.Price = quotite.V, price.V
			if d.Conditions.MaxCreditDays, err = limitOf(maxCredit); err != nil {
				return fmt.Errorf("buyer %s, decision %s: max_credit_days: %w", buyer, d.ID, err)
			}
			if d.Conditions.MaxExtensionDays, err = limitOf(maxExtends); err != nil {
				return fmt.Errorf("buyer %s, decision %s: max_extension_days: %w", buyer, d.ID, err)
			}
			decisions[index[buyer]] = append(decisions[index[buyer]], d)
			return nil
		})
	if err != nil {
		return p, err
	}
	for i, ds := range decisions {
		if p.Books[i].History, err = limits.NewHistory(ds...); err != nil {
			return p, fmt.Errorf("decisions, buyer %s: %w", p.Books[i].Buyer.ID, err)
		}
	}
	err = each(ctx, q, "invoices", `SELECT buyer_id, id, delivery_date, invoice_date, due_date, net, tax, disputed, invoice_group,
		order_date FROM invoices WHERE policy_id = $1 ORDER BY buyer_id, seq, delivery_date, id`, policyID, func(rows *sql.Rows) error {
		var (
			buyer string
			x     claims.Invoice
			group sql.NullString
		)
		if err := rows.Scan(&buyer, &x.ID, &x.DeliveryDate, &x.InvoiceDate, &x.DueDate, &x.Net, &x.Tax, &x.Disputed, &group,
			&x.OrderDate); err != nil {
			return err
		}
		x.Group = group.String
		l := &p.Books[index[buyer]].Ledger
		l.Invoices = append(l.Invoices, x)
		return nil
	})
	if err != nil {
		return p, err
	}
	err = each(ctx, q, "payments", `SELECT buyer_id, payment_date, amount FROM payments WHERE policy_id = $1 ORDER BY buyer_id, seq`,
		policyID, func(rows *sql.Rows) error {
			var (
				buyer string
				x     claims.Payment
			)
			if err := rows.Scan(&buyer, &x.Date, &x.Amount); err != nil {
				return err
			}
			l := &p.Books[index[buyer]].Ledger
			l.Payments = append(l.Payments, x)
			return nil
		})
	if err != nil {
		return p, err
	}
	err = each(ctx, q, "credit_notes", `SELECT buyer_id, id, note_date, invoice_id, net, tax FROM credit_notes
		WHERE policy_id = $1 ORDER BY buyer_id, seq`, policyID, func(rows *sql.Rows) error {
		var (
			buyer   string
			x       claims.CreditNote
			invoice sql.NullString
		)
		if err := rows.Scan(&buyer, &x.ID, &x.Date, &invoice, &x.Net, &x.Tax); err != nil {
			return err
		}
		x.Invoice = invoice.String
		l := &p.Books[index[buyer]].Ledger
		l.CreditNotes = append(l.CreditNotes, x)
		return nil
	})
	if err != nil {
		return p, err
	}
	if err := loadLists(ctx, q, policyID, func(buyer string) *claims.Ledger { return &p.Books[index[buyer]].Ledger }); err != nil {
		return p, err
	}
	err = each(ctx, q, "events", `SELECT buyer_id, overdue_notice_date, insolvency_date, paid_date, collection_date,
		indemnity_paid_date, political_event_date, as_of, published_date, claim_declared_date, revendication_date, admitted_date,
		admitted_amount, prejudice FROM events WHERE policy_id = $1`, policyID, func(rows *sql.Rows) error {
		var (
			buyer string
			ev    claims.Events
		)
		pr := &ev.Proceedings
		if err := rows.Scan(&buyer, &ev.OverdueNotice, &ev.Insolvency, &ev.Paid, &ev.Collection, &ev.IndemnityPaid, &ev.Political,
			&ev.AsOf, &pr.Published, &pr.Declared, &pr.Revendication, &pr.Admitted, &pr.AdmittedAmount, &pr.Prejudice); err != nil {
			return err
		}
		p.Books[index[buyer]].Events = ev
		return nil
	})
	return p, err
}

// each runs a query with the policy ID and calls row on every row; an error
// is prefixed with the table.
func each(ctx context.Context, q querier, table, query, policyID string, row func(*sql.Rows) error) error {
	rows, err := q.QueryContext(ctx, query, policyID)
	if err != nil {
		return fmt.Errorf("%s: %w", table, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", table, err)
	}
	return nil
}

// nullText is s, or NULL when s is empty.
func nullText(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nullRate is r, or NULL for the zero Rate, which a decision reads as "not
// given" (limits.Decision.Quotite, Price).
func nullRate(r policy.Rate) any {
	if r.IsZero() {
		return nil
	}
	return r
}

// nullLimit is a time limit as its text ("30d"), or NULL when not set.
func nullLimit(l policy.TimeLimit) *string {
	if !l.IsSet() {
		return nil
	}
	s := l.String()
	return &s
}

// limitOf reads a time limit's text; NULL is "not set".
func limitOf(s sql.NullString) (policy.TimeLimit, error) {
	if !s.Valid {
		return policy.TimeLimit{}, nil
	}
	return policy.ParseTimeLimit(s.String)
}
