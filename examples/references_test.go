package examples_test

import (
	"go/ast"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// unshipped matches a reference a reader of the repository cannot follow:
// a file the repository does not ship (the project's research notes and
// design brief), a directory outside the module, a machine path, a research
// question number, or a bibliography key in brackets ("[ATR-G-MON]",
// "[OOR-FR]", "[PRISMA]") instead of the public source's name. Clause IDs
// ("[CP-5]", "[CGI-991]") and legal citations do not match.
var unshipped = regexp.MustCompile(
	`domain-rules|DESIGN\.md|calendar-rules|anchors-systems|style-anchors|\.\./shared|shared/(research|seeds)|` +
		`research (Q[0-9]|§)|/work/|` +
		`\[[A-Z]{2,}(-[A-Z0-9]+)*-[A-Z][A-Z0-9]*(-[A-Z0-9]+)*\]|` +
		`\[(PRISMA|EDC|HOG|RIC|EASYF|EUREXEL|XENIA|LRR|SOLENT|CLK|SUBRO|ASSURPROX|EAFF|HOOPIZ|INFOGREFFE)\]`)

// sectionTag matches a section number of the research notes ("P7", "C1",
// "CL5", "L4", "PR1", "Q2"), which no public document carries.
var sectionTag = regexp.MustCompile(`\b(P|C|CL|L|PR|Q)[0-9]{1,2}\b`)

// TestNoUnshippedReferences walks every .go and .md file of the repository
// (test data and TESTING.md's campaign history aside) and fails on each
// line citing something a reader does not have.
func TestNoUnshippedReferences(t *testing.T) {
	root := filepath.Join("..")
	self, err := filepath.Abs("references_test.go")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, ".md") {
			return nil
		}
		if abs, _ := filepath.Abs(path); abs == self || path == filepath.Join(root, "TESTING.md") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		for i, line := range strings.Split(string(b), "\n") {
			if m := unshipped.FindString(line); m != "" {
				t.Errorf("%s:%d cites %q, which the repository does not ship: %s", path, i+1, m, strings.TrimSpace(line))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Fatalf("walked %d files; the repository has more", n)
	}
}

// TestClauseSourcesCiteNoSectionTags parses the SDK's rule packages and
// fails on each Source of a clause literal (policy.Clause{ID: …, Source:
// …}) that carries a research section number: a trace prints the Source,
// and its reader must be able to find what it cites.
func TestClauseSourcesCiteNoSectionTags(t *testing.T) {
	n := 0
	for _, pkg := range []string{"policy", "limits", "claims", "premium", "calendar"} {
		files, err := parsePackage(filepath.Join("..", pkg))
		if err != nil {
			t.Fatal(err)
		}
		for path, f := range files {
			ast.Inspect(f, func(x ast.Node) bool {
				kv, ok := x.(*ast.KeyValueExpr)
				if !ok {
					return true
				}
				if k, ok := kv.Key.(*ast.Ident); !ok || k.Name != "Source" {
					return true
				}
				lit, ok := kv.Value.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Errorf("%s: %v", path, err)
					return true
				}
				n++
				if m := sectionTag.FindString(s); m != "" {
					t.Errorf("%s: clause source cites the section tag %q: %s", path, m, s)
				}
				if m := unshipped.FindString(s); m != "" {
					t.Errorf("%s: clause source cites %q: %s", path, m, s)
				}
				return true
			})
		}
	}
	if n < 40 {
		t.Fatalf("found %d clause sources; the packages have more", n)
	}
}

// TestReferencePatterns pins what the two patterns catch and let pass.
func TestReferencePatterns(t *testing.T) {
	for _, s := range []string{"domain-rules.md P9", "see DESIGN.md", "research Q5", "../shared/seeds",
		"/work/shared/seeds/003.txt", "[ATR-G-MON]", "[OOR-FR]", "[AT-CH-CQA]", "[CA-A432-5]", "[PRISMA]"} {
		if !unshipped.MatchString(s) {
			t.Errorf("unshipped misses %q", s)
		}
	}
	for _, s := range []string{"[CP-5]", "[CGI-991]", "CPC art. 641–642", "Code des assurances L111-1",
		"[CG-date-of-loss (date of loss)]", "Reg. 1182/71", "research notes"} {
		if unshipped.MatchString(s) {
			t.Errorf("unshipped matches %q", s)
		}
	}
	for _, s := range []string{"(P7, C1)", "CL5", "L4 reductions", "PR1", "Q2"} {
		if !sectionTag.MatchString(s) {
			t.Errorf("sectionTag misses %q", s)
		}
	}
	for _, s := range []string{"Code des assurances L111-1", "CPC art. 642", "CGI-991", "A.432-5"} {
		if sectionTag.MatchString(s) {
			t.Errorf("sectionTag matches %q", s)
		}
	}
}
