package examples_test

import (
	"go/ast"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readmeSection returns the text of the README section that starts with the
// heading h, up to the next "## " heading.
func readmeSection(t *testing.T, h string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "\n"+h+"\n")
	if i < 0 {
		t.Fatalf("README.md has no section %q", h)
	}
	s = s[i+len(h)+2:]
	if j := strings.Index(s, "\n## "); j >= 0 {
		s = s[:j]
	}
	return s
}

// TestQuickStartIsTheQuickstartProgram checks that the Go block of the
// README's quick start is examples/quickstart/main.go, which go vet and go
// build check, and that it keeps to 30 lines: a buyer's book, its
// decision and its two invoices, read on one day.
func TestQuickStartIsTheQuickstartProgram(t *testing.T) {
	s := readmeSection(t, "## Quick start")
	const open = "```go\n"
	i := strings.Index(s, open)
	if i < 0 {
		t.Fatal("the quick start has no ```go block")
	}
	block, _, found := strings.Cut(s[i+len(open):], "```")
	if !found {
		t.Fatal("the quick start's ```go block is not closed")
	}
	program, err := os.ReadFile(filepath.Join("quickstart", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(program), block); diff != "" {
		t.Errorf("README quick start differs from examples/quickstart/main.go (-file +README):\n%s", diff)
	}
	if n := strings.Count(block, "\n"); n > 30 {
		t.Errorf("the quick start has %d lines, want at most 30", n)
	}
}

// TestConceptsNameRealIdentifiers checks that every `pkg.Name` and
// `pkg.Type.Member` the README's concepts section cites is an exported
// identifier of the SDK (a type, function, constant or variable, or a
// field or method of a type), so that the table cannot drift from the code.
func TestConceptsNameRealIdentifiers(t *testing.T) {
	known := map[string]bool{}
	for _, pkg := range []string{"calendar", "policy", "limits", "claims", "premium"} {
		for name := range exportedNames(t, filepath.Join("..", pkg)) {
			known[pkg+"."+name] = true
		}
	}
	refs := regexp.MustCompile("`((?:calendar|policy|limits|claims|premium)(?:\\.[A-Za-z]+)+)`").
		FindAllStringSubmatch(readmeSection(t, "## Concepts"), -1)
	if len(refs) == 0 {
		t.Fatal("the concepts section cites no identifier")
	}
	for _, r := range refs {
		if !known[r[1]] {
			t.Errorf("README concepts: %s is not an exported identifier of the SDK", r[1])
		}
	}
}

// exportedNames returns the exported identifiers of the package in dir,
// "Name" for top-level ones and "Type.Member" for the exported fields and
// methods of its types.
func exportedNames(t *testing.T, dir string) map[string]bool {
	t.Helper()
	files, err := parsePackage(dir)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					names[d.Name.Name] = true
					continue
				}
				typ := d.Recv.List[0].Type
				if star, ok := typ.(*ast.StarExpr); ok {
					typ = star.X
				}
				if idx, ok := typ.(*ast.IndexExpr); ok {
					typ = idx.X
				}
				if id, ok := typ.(*ast.Ident); ok {
					names[id.Name+"."+d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						names[s.Name.Name] = true
						if st, ok := s.Type.(*ast.StructType); ok {
							for _, fld := range st.Fields.List {
								for _, n := range fld.Names {
									names[s.Name.Name+"."+n.Name] = true
								}
							}
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							names[n.Name] = true
						}
					}
				}
			}
		}
	}
	for n := range names {
		if !ast.IsExported(n[strings.LastIndex(n, ".")+1:]) {
			delete(names, n)
		}
	}
	return names
}
