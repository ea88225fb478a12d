package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// runCmd runs a subcommand in-process and returns its status and output.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{nil, 2},
		{[]string{"nope"}, 2},
		{[]string{"demo", "extra"}, 2},
		{[]string{"vectors"}, 2},
		{[]string{"vectors", "no/such/dir"}, 2},
		{[]string{"serve", "--bogus"}, 2},
		{[]string{"serve", "extra"}, 2},
		{[]string{"help"}, 0},
	}
	for _, tc := range tests {
		code, _, _ := runCmd(t, tc.args...)
		if diff := cmp.Diff(tc.want, code); diff != "" {
			t.Errorf("run %q: status (-want +got)\n%s", tc.args, diff)
		}
	}
}

func TestDemo(t *testing.T) {
	code, out, errOut := runCmd(t, "demo")
	if code != 0 {
		t.Fatalf("demo: status %d, stderr %s", code, errOut)
	}
	// One line per story the demonstration must tell.
	for _, want := range []string{
		"Portfolio read on 2025-11-28",
		"Martin SA (agrément)",
		"new delivery  accordExpress EUR 15000.00 at 90 %",
		"B2  open EUR 5000.00   cover named EUR 10000.00 at 90 %  insured EUR 0.00",
		"D1  open EUR 3000.00  cover none  insured EUR 0.00  excluded: no-cover",
		"cover stopped  since 2025-10-31 (mep)",
		"action fileNotice by 2025-12-01",
		"claim: loss on 2025-08-14 (insolvency), indemnity EUR 36000.00 due 2025-09-13",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
}

func TestVectorsCommand(t *testing.T) {
	code, out, errOut := runCmd(t, "vectors", "../../conformance/testdata/vectors")
	if code != 0 {
		t.Fatalf("vectors: status %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, " 0 failed") || strings.Contains(out, "FAIL") {
		t.Errorf("vectors output:\n%s", out)
	}
}

func TestVectorsCommandFails(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/bad.json", `{"suite":"x","version":1,"cases":[{"id":"c1","op":"calendar.easter","input":{"year":2025},"expect":{"date":"2025-04-21"}}]}`)
	code, out, _ := runCmd(t, "vectors", dir)
	if diff := cmp.Diff(1, code); diff != "" {
		t.Errorf("status (-want +got)\n%s", diff)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if diff := cmp.Diff("conformance: 0 passed, 1 failed", lines[len(lines)-1]); diff != "" {
		t.Errorf("summary (-want +got)\n%s", diff)
	}
	if !strings.HasPrefix(lines[0], "FAIL c1: ") {
		t.Errorf("failure line %q", lines[0])
	}
}
