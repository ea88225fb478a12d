package examples_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryExportedIdentifierIsDocumented parses the SDK's packages and
// fails for each exported identifier without a doc comment, and for each
// package without a doc.go carrying the # sections of the conventions.
func TestEveryExportedIdentifierIsDocumented(t *testing.T) {
	for _, pkg := range []string{"calendar", "policy", "limits", "claims", "premium", "conformance", "examples"} {
		dir := filepath.Join("..", pkg)
		if _, err := os.Stat(dir); err != nil {
			t.Errorf("package %s: %v", pkg, err)
			continue
		}
		files, err := parsePackage(dir)
		if err != nil {
			t.Fatalf("parse %s: %v", dir, err)
		}
		for name, f := range files {
			for _, missing := range undocumented(f) {
				t.Errorf("%s: %s has no doc comment", name, missing)
			}
		}
		if pkg == "examples" {
			continue
		}
		doc, err := os.ReadFile(filepath.Join(dir, "doc.go"))
		if err != nil {
			t.Errorf("package %s has no doc.go", pkg)
			continue
		}
		for _, section := range []string{"# Rules", "# Errors", "# Examples"} {
			if !strings.Contains(string(doc), section) {
				t.Errorf("%s/doc.go lacks the section %q", pkg, section)
			}
		}
	}
}

// parsePackage parses the non-test Go files of dir, with their comments,
// by file name.
func parsePackage(dir string) (map[string]*ast.File, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	files := map[string]*ast.File{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		path := filepath.Join(dir, name)
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files[path] = f
	}
	return files, nil
}

// undocumented lists the exported declarations of f that have no doc
// comment. A group declaration's doc covers its members.
func undocumented(f *ast.File) []string {
	var out []string
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() || d.Doc != nil {
				continue
			}
			if d.Recv != nil && !exportedReceiver(d.Recv) {
				continue
			}
			out = append(out, d.Name.Name)
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if s.Name.IsExported() && d.Doc == nil && s.Doc == nil {
						out = append(out, s.Name.Name)
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.IsExported() && d.Doc == nil && s.Doc == nil && s.Comment == nil {
							out = append(out, n.Name)
						}
					}
				}
			}
		}
	}
	return out
}

func exportedReceiver(fl *ast.FieldList) bool {
	if len(fl.List) == 0 {
		return false
	}
	typ := fl.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	if idx, ok := typ.(*ast.IndexExpr); ok {
		typ = idx.X
	}
	if idx, ok := typ.(*ast.IndexListExpr); ok {
		typ = idx.X
	}
	id, ok := typ.(*ast.Ident)
	return ok && id.IsExported()
}
