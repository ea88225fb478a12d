package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/conformance"
)

// getOpenAPI fetches GET /openapi.json from the service's handler and
// decodes it.
func getOpenAPI(t *testing.T) map[string]any {
	t.Helper()
	rec := httptest.NewRecorder()
	testHandler(t).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/openapi.json", nil))
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("GET /openapi.json: %d %s\n%s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	var doc map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatalf("GET /openapi.json is not JSON: %v", err)
	}
	return doc
}

// TestOpenAPIListsEveryOperation: the document is OpenAPI 3.1 and has one
// POST path for every operation of the registry, and the paths of the
// service besides.
func TestOpenAPIListsEveryOperation(t *testing.T) {
	doc := getOpenAPI(t)
	if diff := cmp.Diff("3.1.0", doc["openapi"]); diff != "" {
		t.Errorf("openapi (-want +got)\n%s", diff)
	}
	var want []string
	for _, op := range conformance.Operations() {
		want = append(want, "/v1/eval/"+op.Name)
	}
	want = append(want, "/healthz", "/openapi.json")
	sort.Strings(want)
	paths, _ := doc["paths"].(map[string]any)
	var got []string
	for p := range paths {
		got = append(got, p)
	}
	sort.Strings(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paths (-want +got)\n%s", diff)
	}
	if len(conformance.Operations()) < 15 {
		t.Errorf("registry holds %d operations", len(conformance.Operations()))
	}
}

// TestOpenAPISchemasFitTheVectors: the request schema of each op accepts
// the input of every public vector of that op: every key is a property of
// its object's schema, every value of the schema's type.
func TestOpenAPISchemasFitTheVectors(t *testing.T) {
	paths := getOpenAPI(t)["paths"].(map[string]any)
	seen := map[string]bool{}
	for _, c := range publicCases(t) {
		p, ok := paths["/v1/eval/"+c.Op].(map[string]any)
		if !ok {
			t.Errorf("%s: no path for op %q", c.ID, c.Op)
			continue
		}
		schema := dig(p, "post", "requestBody", "content", "application/json", "schema")
		var input any
		if err := json.Unmarshal(c.Input, &input); err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		var problems []string
		fits("input", schema, input, &problems)
		if len(problems) > 0 {
			t.Errorf("%s (%s): %v", c.ID, c.Op, problems)
		}
		seen[c.Op] = true
	}
	for _, op := range conformance.Operations() {
		if !seen[op.Name] {
			t.Errorf("no public vector of %s", op.Name)
		}
	}
}

// TestSchemaOf: the reflection of Go types into JSON Schema.
func TestSchemaOf(t *testing.T) {
	type inner struct {
		N int `json:"n,omitempty"`
	}
	type embedded struct {
		E *bool `json:"e"`
	}
	type input struct {
		embedded
		S    *string         `json:"s"`
		L    *[]inner        `json:"l"`
		R    json.RawMessage `json:"r"`
		Skip string          `json:"-"`
		//lint:ignore U1000 an unexported field, which the schema must leave out
		hide string
	}
	got := schemaOf(reflect.TypeFor[input]())
	want := map[string]any{
		"type": "object", "additionalProperties": false,
		"properties": map[string]any{
			"e": map[string]any{"type": "boolean"},
			"s": map[string]any{"type": "string"},
			"l": map[string]any{"type": "array", "items": map[string]any{
				"type": "object", "additionalProperties": false,
				"properties": map[string]any{"n": map[string]any{"type": "integer"}},
			}},
			"r": map[string]any{"description": "one of the forms conformance/FORMAT.md gives for this field"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("schemaOf (-want +got)\n%s", diff)
	}
}

// dig follows keys down nested objects.
func dig(v any, keys ...string) map[string]any {
	for _, k := range keys {
		m, _ := v.(map[string]any)
		v = m[k]
	}
	m, _ := v.(map[string]any)
	return m
}

// fits checks value against the parts of JSON Schema that schemaOf writes:
// type, properties, additionalProperties false, items.
func fits(at string, schema map[string]any, value any, problems *[]string) {
	if schema == nil {
		*problems = append(*problems, at+": no schema")
		return
	}
	typ, _ := schema["type"].(string)
	if typ == "" || value == nil { // any value; null is an absent field
		return
	}
	var ok bool
	switch v := value.(type) {
	case map[string]any:
		ok = typ == "object"
		props, _ := schema["properties"].(map[string]any)
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			ps, found := props[k].(map[string]any)
			if !found {
				*problems = append(*problems, fmt.Sprintf("%s.%s: not a property", at, k))
				continue
			}
			fits(at+"."+k, ps, v[k], problems)
		}
	case []any:
		ok = typ == "array"
		items, _ := schema["items"].(map[string]any)
		for i, x := range v {
			fits(fmt.Sprintf("%s[%d]", at, i), items, x, problems)
		}
	case string:
		ok = typ == "string"
	case bool:
		ok = typ == "boolean"
	case float64:
		ok = typ == "number" || typ == "integer" && v == float64(int64(v))
	}
	if !ok {
		*problems = append(*problems, fmt.Sprintf("%s: %v is not of type %s", at, value, typ))
	}
}
