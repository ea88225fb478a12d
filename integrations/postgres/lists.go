package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// saveLists inserts the ledger's extensions, payment plans (with their
// instalments) and goods taken back, each list in its order (seq).
func saveLists(ctx context.Context, q querier, policyID, buyer string, l claims.Ledger) error {
	for i, x := range l.Extensions {
		insurer, err := x.Insurer.MarshalText()
		if err != nil {
			return fmt.Errorf("extension %d: %w", i, err)
		}
		if _, err := q.ExecContext(ctx, `INSERT INTO extensions (policy_id, buyer_id, seq, invoice_id, new_due_date, granted_date,
			insurer, insurer_date) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			policyID, buyer, i, nullText(x.Invoice), x.NewDueDate, x.Granted, string(insurer), x.InsurerDate); err != nil {
			return fmt.Errorf("extension %d: %w", i, err)
		}
	}
	for i, x := range l.PaymentPlans {
		insurer, err := x.Insurer.MarshalText()
		if err != nil {
			return fmt.Errorf("payment plan %d: %w", i, err)
		}
		ids, err := json.Marshal(x.Invoices)
		if err != nil {
			return fmt.Errorf("payment plan %d: %w", i, err)
		}
		if _, err := q.ExecContext(ctx, `INSERT INTO payment_plans (policy_id, buyer_id, seq, plan_date, invoice_ids, insurer,
			insurer_date) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			policyID, buyer, i, x.Date, string(ids), string(insurer), x.InsurerDate); err != nil {
			return fmt.Errorf("payment plan %d: %w", i, err)
		}
		for n, in := range x.Instalments {
			if _, err := q.ExecContext(ctx, `INSERT INTO instalments (policy_id, buyer_id, plan_seq, n, instalment_date, amount)
				VALUES ($1, $2, $3, $4, $5, $6)`, policyID, buyer, i, n, in.Date, in.Amount); err != nil {
				return fmt.Errorf("payment plan %d, instalment %d: %w", i, n, err)
			}
		}
	}
	for i, x := range l.TakenBack {
		ids, err := json.Marshal(x.Invoices)
		if err != nil {
			return fmt.Errorf("taken back %d: %w", i, err)
		}
		if _, err := q.ExecContext(ctx, `INSERT INTO taken_back (policy_id, buyer_id, seq, taken_date, invoice_ids, invoiced, resale)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, policyID, buyer, i, x.Date, string(ids), x.Invoiced, x.Resale); err != nil {
			return fmt.Errorf("taken back %d: %w", i, err)
		}
	}
	return nil
}

// loadLists reads the lists saveLists writes into the ledger of each
// buyer (ledger returns it by buyer ID). An answer or a list of invoice IDs
// the SDK cannot read is an error naming the table, the buyer and the row.
func loadLists(ctx context.Context, q querier, policyID string, ledger func(buyer string) *claims.Ledger) error {
	err := each(ctx, q, "extensions", `SELECT buyer_id, seq, invoice_id, new_due_date, granted_date, insurer, insurer_date
		FROM extensions WHERE policy_id = $1 ORDER BY buyer_id, seq`, policyID, func(rows *sql.Rows) error {
		var (
			buyer, insurer string
			seq            int
			invoice        sql.NullString
			x              claims.Extension
		)
		if err := rows.Scan(&buyer, &seq, &invoice, &x.NewDueDate, &x.Granted, &insurer, &x.InsurerDate); err != nil {
			return err
		}
		if err := x.Insurer.UnmarshalText([]byte(insurer)); err != nil {
			return fmt.Errorf("buyer %s, seq %d: insurer: %w", buyer, seq, err)
		}
		x.Invoice = invoice.String
		l := ledger(buyer)
		l.Extensions = append(l.Extensions, x)
		return nil
	})
	if err != nil {
		return err
	}
	// The instalments are read first, by plan, then given to their plan.
	type planKey struct {
		buyer string
		seq   int
	}
	instalments := map[planKey][]claims.Instalment{}
	err = each(ctx, q, "instalments", `SELECT buyer_id, plan_seq, instalment_date, amount FROM instalments
		WHERE policy_id = $1 ORDER BY buyer_id, plan_seq, n`, policyID, func(rows *sql.Rows) error {
		var (
			k  planKey
			in claims.Instalment
		)
		if err := rows.Scan(&k.buyer, &k.seq, &in.Date, &in.Amount); err != nil {
			return err
		}
		instalments[k] = append(instalments[k], in)
		return nil
	})
	if err != nil {
		return err
	}
	err = each(ctx, q, "payment_plans", `SELECT buyer_id, seq, plan_date, invoice_ids, insurer, insurer_date FROM payment_plans
		WHERE policy_id = $1 ORDER BY buyer_id, seq`, policyID, func(rows *sql.Rows) error {
		var (
			k       planKey
			ids     []byte
			insurer string
			x       claims.PaymentPlan
		)
		if err := rows.Scan(&k.buyer, &k.seq, &x.Date, &ids, &insurer, &x.InsurerDate); err != nil {
			return err
		}
		if err := x.Insurer.UnmarshalText([]byte(insurer)); err != nil {
			return fmt.Errorf("buyer %s, seq %d: insurer: %w", k.buyer, k.seq, err)
		}
		if err := invoiceIDs(ids, &x.Invoices); err != nil {
			return fmt.Errorf("buyer %s, seq %d: invoice_ids: %w", k.buyer, k.seq, err)
		}
		x.Instalments = instalments[k]
		l := ledger(k.buyer)
		l.PaymentPlans = append(l.PaymentPlans, x)
		return nil
	})
	if err != nil {
		return err
	}
	return each(ctx, q, "taken_back", `SELECT buyer_id, seq, taken_date, invoice_ids, invoiced, resale FROM taken_back
		WHERE policy_id = $1 ORDER BY buyer_id, seq`, policyID, func(rows *sql.Rows) error {
		var (
			buyer string
			seq   int
			ids   []byte
			x     claims.TakenBack
		)
		if err := rows.Scan(&buyer, &seq, &x.Date, &ids, &x.Invoiced, &x.Resale); err != nil {
			return err
		}
		if err := invoiceIDs(ids, &x.Invoices); err != nil {
			return fmt.Errorf("buyer %s, seq %d: invoice_ids: %w", buyer, seq, err)
		}
		l := ledger(buyer)
		l.TakenBack = append(l.TakenBack, x)
		return nil
	})
}

// invoiceIDs reads a JSONB array of invoice IDs (null: no list); anything
// else is an error wrapping policy.ErrSyntax.
func invoiceIDs(data []byte, to *[]string) error {
	if err := json.Unmarshal(data, to); err != nil {
		return errors.Join(policy.ErrSyntax, err)
	}
	return nil
}
