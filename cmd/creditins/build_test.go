package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinary builds the command with go build and runs "creditins demo",
// "creditins report" and "creditins vectors" as processes, as a newcomer
// does.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	bin := filepath.Join(t.TempDir(), "creditins")
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "demo").CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "Portfolio read on 2025-11-28\n") {
		t.Errorf("creditins demo: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "report", "testdata/demo", "--as-of", "2025-11-28", "--liability-remaining", "EUR 1000000", "--format", "csv").CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "buyer,error,open,") || strings.Count(string(out), "\n") != 7 {
		t.Errorf("creditins report: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "report", "testdata/demo", "--as-of", "2025-11-28").Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(string(out), "Faure Industrie (insolvency)\n") {
		t.Errorf("creditins report with a buyer that fails: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "vectors", "conformance/testdata/vectors")
	cmd.Dir = "../.."
	out, err = cmd.CombinedOutput()
	if err != nil || !strings.HasSuffix(string(out), " 0 failed\n") {
		t.Errorf("creditins vectors: %v\n%s", err, out)
	}
	out, err = exec.Command(bin, "nope").CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		t.Errorf("creditins nope: %v\n%s", err, out)
	}
}
