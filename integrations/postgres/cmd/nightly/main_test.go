package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/bookfile"
	"github.com/creditins/creditins/integrations/postgres"
)

func runCmd(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, time.Date(2025, 11, 28, 23, 0, 0, 0, time.Local), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestUsage(t *testing.T) {
	t.Setenv("CREDITINS_PG_DSN", "")
	tests := []struct {
		args []string
		want string
	}{
		{nil, "no database"},
		{[]string{"--bogus"}, "flag provided but not defined"},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"--dsn", "x", "--as-of", "2025-13-01"}, "--as-of"},
		{[]string{"--dsn", "x", "--liability-remaining", "12"}, "--liability-remaining"},
	}
	for _, tc := range tests {
		code, _, errOut := runCmd(tc.args...)
		if diff := cmp.Diff(2, code); diff != "" || !strings.Contains(errOut, tc.want) {
			t.Errorf("%q: status (-want +got)\n%s\nstderr %s", tc.args, diff, errOut)
		}
	}
}

// TestNightly runs the command on the demonstration book seeded in a
// schema of its own of $CREDITINS_PG_DSN.
func TestNightly(t *testing.T) {
	dsn := os.Getenv("CREDITINS_PG_DSN")
	if dsn == "" {
		t.Skip("CREDITINS_PG_DSN is not set: run .ci/postgres.sh, which starts a throw-away PostgreSQL and sets it")
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "n_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	defer admin.Exec("DROP SCHEMA " + schema + " CASCADE")
	dsn += " search_path=" + schema

	// The schema does not exist yet: --create-schema makes it, with no
	// policy to evaluate.
	code, out, errOut := runCmd("--dsn", dsn, "--create-schema")
	if code != 0 || out != "" {
		t.Fatalf("--create-schema: status %d\n%s%s", code, out, errOut)
	}
	dir := "../../../../cmd/creditins/testdata/demo"
	files := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if files[e.Name()], err = os.ReadFile(filepath.Join(dir, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	p, err := bookfile.ParseDir(files)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := postgres.Save(context.Background(), db, "demo", p); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"--liability-remaining", "EUR 1000000"}, 0, "policy demo on 2025-11-28: 6 buyers, 4 actions, 4 alerts, 0 failed\n"},
		{[]string{"--as-of", "2025-11-29", "--policy", "demo"}, 1, "policy demo on 2025-11-29: 6 buyers, 2 actions, 3 alerts, 1 failed\n"},
		{[]string{"--policy", "nope"}, 1, ""},
	}
	for _, tc := range tests {
		code, out, errOut := runCmd(append([]string{"--dsn", dsn}, tc.args...)...)
		if diff := cmp.Diff(tc.code, code); diff != "" {
			t.Errorf("%q: status (-want +got)\n%s\nstderr %s", tc.args, diff, errOut)
		}
		if diff := cmp.Diff(tc.out, out); diff != "" {
			t.Errorf("%q: stdout (-want +got)\n%s", tc.args, diff)
		}
	}
}
