package main

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"

	"github.com/creditins/creditins/conformance"
)

// openAPIVersion is the version of the OpenAPI specification the document
// follows; its schemas are JSON Schema 2020-12.
const openAPIVersion = "3.1.0"

// openAPI returns the OpenAPI document of the service: one path
// POST /v1/eval/{op} for every operation of conformance.Operations, with
// the JSON Schema of its input reflected from the type the operation
// decodes, and GET /healthz and GET /openapi.json. The schemas give the
// shape of each input (its keys, their types, no other key); which keys an
// operation requires and the formats of their values (dates, money,
// rates) are conformance/FORMAT.md's, to which each operation points.
func openAPI(ops []conformance.Operation) map[string]any {
	errorAnswer := func(what string) map[string]any {
		return map[string]any{
			"description": what,
			"content":     map[string]any{"application/json": map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/Error"}}},
		}
	}
	paths := map[string]any{}
	for _, op := range ops {
		paths["/v1/eval/"+op.Name] = map[string]any{
			"post": map[string]any{
				"operationId": op.Name,
				"summary":     "Evaluate " + op.Name,
				"description": "The operation " + op.Name + " of conformance/FORMAT.md: its input object in the body, its output object in the answer. The schema gives the input's shape; FORMAT.md which fields are required and the rules.",
				"requestBody": map[string]any{
					"required": true,
					"content":  map[string]any{"application/json": map[string]any{"schema": schemaOf(op.Input)}},
				},
				"responses": map[string]any{
					"200": map[string]any{
						"description": "the operation's output object (FORMAT.md)",
						"content":     map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object"}}},
					},
					"400": errorAnswer("the body is not one JSON object"),
					"413": errorAnswer("the body is larger than the service reads"),
					"422": errorAnswer("the operation refused its input: the FORMAT.md error code, and the field at fault when there is one"),
				},
			},
		}
	}
	paths["/healthz"] = map[string]any{"get": map[string]any{
		"operationId": "healthz",
		"summary":     "Liveness",
		"responses": map[string]any{"200": map[string]any{
			"description": `{"status": "ok"}`,
			"content":     map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object"}}},
		}},
	}}
	paths["/openapi.json"] = map[string]any{"get": map[string]any{
		"operationId": "openapi",
		"summary":     "This document",
		"responses": map[string]any{"200": map[string]any{
			"description": "the OpenAPI document of the service",
			"content":     map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object"}}},
		}},
	}}
	return map[string]any{
		"openapi": openAPIVersion,
		"info": map[string]any{
			"title":       "creditins",
			"version":     "1",
			"description": "The operations of the creditins conformance format (conformance/FORMAT.md), evaluated by the SDK. Unknown operations answer 404.",
		},
		"paths": paths,
		"components": map[string]any{"schemas": map[string]any{
			"Error": map[string]any{
				"type":     "object",
				"required": []string{"error", "message"},
				"properties": map[string]any{
					"error":   map[string]any{"type": "string", "enum": []string{conformance.CodeInvalidInput, conformance.CodeCurrencyMismatch, conformance.CodeAmbiguousDate, conformance.CodeOutOfRange, "internal"}},
					"message": map[string]any{"type": "string"},
					"field":   map[string]any{"type": "string"},
				},
			},
		}},
	}
}

var (
	rawMessageType      = reflect.TypeFor[json.RawMessage]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// schemaOf is the JSON Schema of the values encoding/json decodes into t:
// a struct is an object of its fields' json keys (embedded structs without
// a tag lend theirs) and no other key, a slice an array, a pointer its
// element, a json.RawMessage any value (FORMAT.md says which forms), a
// type that decodes itself from text a string.
func schemaOf(t reflect.Type) map[string]any {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == rawMessageType:
		return map[string]any{"description": "one of the forms conformance/FORMAT.md gives for this field"}
	case reflect.PointerTo(t).Implements(textUnmarshalerType):
		return map[string]any{"type": "string"}
	}
	switch t.Kind() {
	case reflect.Struct:
		props := map[string]any{}
		addFields(t, props)
		return map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	case reflect.Slice, reflect.Array:
		return map[string]any{"type": "array", "items": schemaOf(t.Elem())}
	case reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": schemaOf(t.Elem())}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	default:
		return map[string]any{}
	}
}

// addFields adds the properties of struct t to props as encoding/json
// names them.
func addFields(t reflect.Type, props map[string]any) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := f.Type
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if f.Anonymous && name == "" && ft.Kind() == reflect.Struct {
			addFields(ft, props)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		props[name] = schemaOf(f.Type)
	}
}
