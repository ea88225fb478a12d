package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/policy"
)

// Nightly is the nightly job of one policy: it reads the policy's books
// (Load), evaluates them on asOf with claims.EvaluatePortfolio, and writes
// each buyer's report, actions and alerts for asOf (SaveReport), in one
// transaction. Running it again for the same date replaces that date's
// rows with the same ones: it is idempotent per as-of date.
//
// A buyer that cannot be evaluated does not stop the job: its row of
// buyer_reports holds the error, and Nightly returns the report with the
// error of the first such buyer, as claims.EvaluatePortfolio does. Terms
// that cannot run, or a database error, write nothing.
func Nightly(ctx context.Context, db *sql.DB, policyID string, asOf calendar.Date, opts claims.PortfolioOptions) (claims.PortfolioReport, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead})
	if err != nil {
		return claims.PortfolioReport{}, err
	}
	defer tx.Rollback()
	p, err := load(ctx, tx, policyID)
	if err != nil {
		return claims.PortfolioReport{}, err
	}
	rep, evalErr := claims.EvaluatePortfolio(p.Terms, p.Books, asOf, opts)
	if len(rep.Buyers) != len(p.Books) || rep.AsOf.IsZero() {
		return rep, fmt.Errorf("policy %s: %w", policyID, evalErr)
	}
	if err := saveReport(ctx, tx, policyID, rep); err != nil {
		return rep, err
	}
	if err := tx.Commit(); err != nil {
		return rep, err
	}
	return rep, evalErr
}

// SaveReport writes a portfolio report of the policy policyID for its
// as-of date, replacing the rows of that date.
func SaveReport(ctx context.Context, db *sql.DB, policyID string, rep claims.PortfolioReport) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := saveReport(ctx, tx, policyID, rep); err != nil {
		return err
	}
	return tx.Commit()
}

func saveReport(ctx context.Context, q querier, policyID string, rep claims.PortfolioReport) error {
	if _, err := q.ExecContext(ctx, `DELETE FROM buyer_reports WHERE policy_id = $1 AND as_of = $2`, policyID, rep.AsOf); err != nil {
		return fmt.Errorf("buyer_reports: %w", err)
	}
	for _, r := range rep.Buyers {
		if err := saveBuyerReport(ctx, q, policyID, rep.AsOf, r); err != nil {
			return fmt.Errorf("buyer_reports, buyer %s: %w", r.Buyer, err)
		}
	}
	return nil
}

func saveBuyerReport(ctx context.Context, q querier, policyID string, asOf calendar.Date, r claims.BuyerReport) error {
	js, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if r.Err != nil {
		_, err := q.ExecContext(ctx, `INSERT INTO buyer_reports (policy_id, buyer_id, as_of, error, report) VALUES ($1, $2, $3, $4, $5)`,
			policyID, r.Buyer, asOf, r.Err.Error(), js)
		return err
	}
	bk := r.Book
	var stopCause, lossCause *string
	var indemnity policy.Amount
	if !bk.Stop.Date.IsZero() {
		s := bk.Stop.Cause.String()
		stopCause = &s
	}
	if !bk.Loss.Date.IsZero() {
		s := bk.Loss.Cause.String()
		lossCause, indemnity = &s, bk.Indemnity
	}
	if _, err := q.ExecContext(ctx, `INSERT INTO buyer_reports (policy_id, buyer_id, as_of, open, overdue, insured, uninsured,
		headroom, stop_date, stop_cause, loss_date, loss_cause, indemnity, indemnity_due, report)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
		policyID, r.Buyer, asOf, r.Exposure.Open, r.Exposure.Overdue, bk.Insured, bk.Uninsured, bk.Headroom,
		bk.Stop.Date, stopCause, bk.Loss.Date, lossCause, indemnity, bk.IndemnityDue, js); err != nil {
		return err
	}
	for i, a := range r.Actions {
		if _, err := q.ExecContext(ctx, `INSERT INTO actions (policy_id, buyer_id, as_of, n, kind, due_date, invoice_id, message, clause)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			policyID, r.Buyer, asOf, i, a.Kind.String(), a.Date, nullText(a.Invoice), a.Message, nullText(a.Clause.ID)); err != nil {
			return fmt.Errorf("actions: %w", err)
		}
	}
	for i, a := range r.Alerts {
		if _, err := q.ExecContext(ctx, `INSERT INTO alerts (policy_id, buyer_id, as_of, n, kind, alert_date, decision_id, message, clause)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			policyID, r.Buyer, asOf, i, a.Kind.String(), a.Date, nullText(a.DecisionID), a.Message, nullText(a.Clause.ID)); err != nil {
			return fmt.Errorf("alerts: %w", err)
		}
	}
	return nil
}
