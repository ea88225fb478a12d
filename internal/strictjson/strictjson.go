// Package strictjson decodes the JSON form of the SDK's inputs strictly,
// for every package of the module (it imports only the standard library):
// a key that is not exactly the JSON name of a field is refused (Go's
// encoding/json matches keys without regard to case and drops unknown
// ones: "NET" would be read as "net", "netAmount" silently left out), so
// is a key given twice in one object (encoding/json keeps the last one
// silently), a value of the wrong JSON type and data after the value; every error
// names the path of the value at fault ("invoices[2].net") and the value.
//
// The rule packages wrap it (policy.DecodeJSON) so that its errors are
// their typed errors.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Errors of the decoder itself; the errors of a value's own UnmarshalText
// or UnmarshalJSON are passed on as they are, in an *Error naming the path.
var (
	// ErrUnknownField: a key that is not exactly the JSON name of a field.
	ErrUnknownField = errors.New("unknown field")
	// ErrType: a JSON value of the wrong type (a number for a string, an
	// integer out of range).
	ErrType = errors.New("wrong JSON type")
	// ErrSyntax: not JSON, or data after the value.
	ErrSyntax = errors.New("malformed JSON")
	// ErrDuplicateKey: a key given twice in one object.
	ErrDuplicateKey = errors.New("key given twice")
)

// Error is a decoding error at a path.
type Error struct {
	// Path of the value at fault from the decoded value: "invoices[2].net",
	// "" for the value itself.
	Path string
	// Value is the offending key, text or JSON value (shortened).
	Value string
	// Err is ErrUnknownField, ErrType, ErrSyntax, or the error of the
	// value's UnmarshalText or UnmarshalJSON.
	Err error
	// Nested reports that Err came from a nested UnmarshalJSON, whose own
	// paths are relative to Path.
	Nested bool
}

// Error implements the error interface.
func (e *Error) Error() string {
	return "json: " + e.Path + "=" + strconv.Quote(e.Value) + ": " + e.Err.Error()
}

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

// Decode decodes data into the value v points to. Structs are decoded by
// their exported fields and their `json` tag names, matched exactly; a type
// implementing json.Unmarshaler (below the top value) or
// encoding.TextUnmarshaler (from a JSON string) decodes itself; null leaves
// the zero value. The top value is decoded field by field even when it has
// an UnmarshalJSON method, so that an UnmarshalJSON may call Decode on its
// own type (policy.UnmarshalStrict does).
func Decode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var tree any
	if err := dec.Decode(&tree); err != nil {
		return &Error{Value: shorten(string(data)), Err: errors.Join(ErrSyntax, err)}
	}
	if _, err := dec.Token(); err != io.EOF {
		return &Error{Value: "data after the JSON value", Err: ErrSyntax}
	}
	if err := duplicateKey(data); err != nil {
		return err
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &Error{Value: rv.Kind().String(), Err: ErrType}
	}
	return decode("", tree, rv.Elem(), true)
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func decode(path string, x any, v reflect.Value, top bool) error {
	if x == nil {
		v.SetZero()
		return nil
	}
	if v.Kind() != reflect.Pointer && v.CanAddr() {
		pt := v.Addr().Type()
		if !top && pt.Implements(unmarshalerType) {
			raw, err := json.Marshal(x)
			if err != nil {
				return &Error{Path: path, Value: shorten(valueText(x)), Err: errors.Join(ErrSyntax, err)}
			}
			if err := v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw); err != nil {
				return &Error{Path: path, Value: shorten(string(raw)), Err: err, Nested: true}
			}
			return nil
		}
		if pt.Implements(textUnmarshalerType) {
			s, ok := x.(string)
			if !ok {
				return typeError(path, x)
			}
			if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
				return &Error{Path: path, Value: shorten(s), Err: err}
			}
			return nil
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if err := decode(path, x, p.Elem(), false); err != nil {
			return err
		}
		v.Set(p)
		return nil
	case reflect.Struct:
		m, ok := x.(map[string]any)
		if !ok {
			return typeError(path, x)
		}
		return decodeStruct(path, m, v)
	case reflect.Slice:
		a, ok := x.([]any)
		if !ok {
			return typeError(path, x)
		}
		s := reflect.MakeSlice(v.Type(), len(a), len(a))
		for i, e := range a {
			if err := decode(path+"["+strconv.Itoa(i)+"]", e, s.Index(i), false); err != nil {
				return err
			}
		}
		v.Set(s)
		return nil
	case reflect.Array:
		a, ok := x.([]any)
		if !ok || len(a) != v.Len() {
			return typeError(path, x)
		}
		for i, e := range a {
			if err := decode(path+"["+strconv.Itoa(i)+"]", e, v.Index(i), false); err != nil {
				return err
			}
		}
		return nil
	case reflect.Map:
		m, ok := x.(map[string]any)
		if !ok || v.Type().Key().Kind() != reflect.String {
			return typeError(path, x)
		}
		out := reflect.MakeMapWithSize(v.Type(), len(m))
		for _, k := range sortedKeys(m) {
			e := reflect.New(v.Type().Elem()).Elem()
			if err := decode(join(path, k), m[k], e, false); err != nil {
				return err
			}
			out.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), e)
		}
		v.Set(out)
		return nil
	case reflect.String:
		s, ok := x.(string)
		if !ok {
			return typeError(path, x)
		}
		v.SetString(s)
		return nil
	case reflect.Bool:
		b, ok := x.(bool)
		if !ok {
			return typeError(path, x)
		}
		v.SetBool(b)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := x.(json.Number)
		if !ok {
			return typeError(path, x)
		}
		i, err := strconv.ParseInt(string(n), 10, v.Type().Bits())
		if err != nil {
			return typeError(path, x)
		}
		v.SetInt(i)
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := x.(json.Number)
		if !ok {
			return typeError(path, x)
		}
		u, err := strconv.ParseUint(string(n), 10, v.Type().Bits())
		if err != nil {
			return typeError(path, x)
		}
		v.SetUint(u)
		return nil
	}
	return typeError(path, x)
}

// decodeStruct decodes an object into a struct: every key must be exactly
// the JSON name of a field; keys are read in sorted order, so that the
// error reported is the same whatever the order of the object.
func decodeStruct(path string, m map[string]any, v reflect.Value) error {
	fields := make(map[string][]int)
	collectFields(v.Type(), nil, fields)
	for _, k := range sortedKeys(m) {
		idx, ok := fields[k]
		if !ok {
			return &Error{Path: join(path, k), Value: k, Err: ErrUnknownField}
		}
		f, err := v.FieldByIndexErr(idx)
		if err != nil { // a nil embedded pointer: embedded pointers are not decoded
			return &Error{Path: join(path, k), Value: k, Err: ErrUnknownField}
		}
		if err := decode(join(path, k), m[k], f, false); err != nil {
			return err
		}
	}
	return nil
}

// collectFields maps the JSON names of t's exported fields to their index,
// with encoding/json's names: the tag's name, else the field's name;
// fields tagged "-" are left out; an untagged embedded struct's fields are
// its own (the outer field wins on a clash).
func collectFields(t reflect.Type, prefix []int, out map[string][]int) {
	type embedded struct {
		t   reflect.Type
		idx []int
	}
	var inner []embedded
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if tag == "-" {
			continue
		}
		idx := append(append([]int(nil), prefix...), i)
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			inner = append(inner, embedded{f.Type, idx})
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = idx
	}
	for _, e := range inner {
		sub := make(map[string][]int)
		collectFields(e.t, e.idx, sub)
		for k, idx := range sub {
			if _, taken := out[k]; !taken {
				out[k] = idx
			}
		}
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// join appends a key to a path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// JoinPath joins a path and a path relative to it: ("invoices[2]", "net")
// is "invoices[2].net", ("decisions", "[0].expiry") "decisions[0].expiry".
func JoinPath(path, rel string) string {
	switch {
	case rel == "":
		return path
	case path == "":
		return rel
	case rel[0] == '[':
		return path + rel
	}
	return path + "." + rel
}

func typeError(path string, x any) error {
	return &Error{Path: path, Value: shorten(valueText(x)), Err: ErrType}
}

// valueText writes a decoded JSON value back as JSON text.
func valueText(x any) string {
	if s, ok := x.(string); ok {
		return s
	}
	b, err := json.Marshal(x)
	if err != nil {
		return "?"
	}
	return string(b)
}

// shorten keeps an error's value readable.
func shorten(s string) string {
	const max = 80
	if len(s) > max {
		return s[:max] + "…"
	}
	return s
}

// duplicateKey returns an *Error wrapping ErrDuplicateKey at the first key
// given twice in one object of data, which is valid JSON; nil when there
// is none.
func duplicateKey(data []byte) error {
	type frame struct {
		keys map[string]bool // nil for an array
		path string
		key  string // the key whose value comes next
		n    int    // the index of an array's next element
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []*frame
	expectKey := false
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil // io.EOF: the value is over (Decode checked the syntax)
		}
		if expectKey {
			top := stack[len(stack)-1]
			if d, ok := tok.(json.Delim); ok && d == '}' {
				stack = stack[:len(stack)-1]
				expectKey = len(stack) > 0 && stack[len(stack)-1].keys != nil
				continue
			}
			k := tok.(string)
			if top.keys[k] {
				return &Error{Path: JoinPath(top.path, k), Value: k, Err: ErrDuplicateKey}
			}
			top.keys[k], top.key, expectKey = true, k, false
			continue
		}
		// A value, or the end of an array.
		path := ""
		if len(stack) > 0 {
			top := stack[len(stack)-1]
			if d, ok := tok.(json.Delim); ok && d == ']' {
				stack = stack[:len(stack)-1]
				expectKey = len(stack) > 0 && stack[len(stack)-1].keys != nil
				continue
			}
			if top.keys != nil {
				path = JoinPath(top.path, top.key)
			} else {
				path = top.path + "[" + strconv.Itoa(top.n) + "]"
				top.n++
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{keys: map[string]bool{}, path: path})
			expectKey = true
		case json.Delim('['):
			stack = append(stack, &frame{path: path})
		default:
			expectKey = len(stack) > 0 && stack[len(stack)-1].keys != nil
		}
	}
}
