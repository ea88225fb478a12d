// Command nightly evaluates the books of credit-insurance policies kept in
// PostgreSQL (the schema of package postgres) on one date and writes each
// buyer's report, actions and alerts back, replacing that date's rows: run
// it every night, run it again after a fix.
//
//	nightly [--dsn DSN] [--as-of YYYY-MM-DD] [--policy ID]... [--liability-remaining AMOUNT] [--create-schema]
//
// --dsn defaults to $CREDITINS_PG_DSN; --as-of to today's date where the job
// runs; without --policy every policy of the policies table is evaluated.
// The exit status is 0 when every buyer was evaluated, 1 when a buyer or a
// policy failed (the others are written), 2 on a usage error.
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/creditins/creditins/calendar"
	"github.com/creditins/creditins/claims"
	"github.com/creditins/creditins/integrations/postgres"
	"github.com/creditins/creditins/limits"
	"github.com/creditins/creditins/policy"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], time.Now(), os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// policies is the repeatable --policy flag.
type policies []string

func (p *policies) String() string     { return strings.Join(*p, ",") }
func (p *policies) Set(s string) error { *p = append(*p, s); return nil }

// run runs the job; now gives the default as-of date.
func run(ctx context.Context, args []string, now time.Time, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("nightly", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dsn := fs.String("dsn", os.Getenv("CREDITINS_PG_DSN"), "PostgreSQL connection string (default $CREDITINS_PG_DSN)")
	asOfText := fs.String("as-of", "", "the day the books are read, YYYY-MM-DD (default today)")
	liability := fs.String("liability-remaining", "", `maximum liability left in the insurance year, as "EUR 1000000" (default: the policy's)`)
	create := fs.Bool("create-schema", false, "create the reference schema first (every statement can run again)")
	var ids policies
	fs.Var(&ids, "policy", "a policy to evaluate (repeatable; default every policy)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "nightly: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *dsn == "" {
		fmt.Fprintln(stderr, "nightly: no database: set --dsn or CREDITINS_PG_DSN")
		return 2
	}
	asOf, err := calendar.DateOf(now, time.Local)
	if *asOfText != "" {
		asOf, err = calendar.ParseDate(*asOfText)
	}
	if err != nil {
		fmt.Fprintln(stderr, "nightly: --as-of:", err)
		return 2
	}
	opts := claims.PortfolioOptions{Alerts: limits.AlertOptions{Headroom: limits.HeadroomOptions{WarnRatio: limits.DefaultWarnRatio()}}}
	if *liability != "" {
		if opts.Book.LiabilityRemaining, err = policy.ParseAmount(*liability); err != nil {
			fmt.Fprintln(stderr, "nightly: --liability-remaining:", err)
			return 2
		}
	}
	db, err := sql.Open("pgx", *dsn)
	if err != nil {
		fmt.Fprintln(stderr, "nightly:", err)
		return 1
	}
	defer db.Close()
	if *create {
		if err := postgres.CreateSchema(ctx, db); err != nil {
			fmt.Fprintln(stderr, "nightly: schema:", err)
			return 1
		}
	}
	if len(ids) == 0 {
		if ids, err = allPolicies(ctx, db); err != nil {
			fmt.Fprintln(stderr, "nightly:", err)
			return 1
		}
	}
	code := 0
	for _, id := range ids {
		rep, err := postgres.Nightly(ctx, db, id, asOf, opts)
		if len(rep.Buyers) == 0 && err != nil {
			fmt.Fprintf(stderr, "nightly: policy %s: %v\n", id, err)
			code = 1
			continue
		}
		actions, alerts, failed := 0, 0, 0
		for _, r := range rep.Buyers {
			actions += len(r.Actions)
			alerts += len(r.Alerts)
			if r.Err != nil {
				failed++
			}
		}
		fmt.Fprintf(stdout, "policy %s on %s: %d buyers, %d actions, %d alerts, %d failed\n", id, asOf, len(rep.Buyers), actions, alerts, failed)
		if err != nil {
			fmt.Fprintf(stderr, "nightly: policy %s: the first failed buyer: %v\n", id, err)
			code = 1
		}
	}
	return code
}

// allPolicies lists the IDs of the policies table.
func allPolicies(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT id FROM policies ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
