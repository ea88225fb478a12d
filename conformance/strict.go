package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// keyError is a key of a JSON object that the runner refuses: one that is
// not exactly the JSON name of a field of the struct it is decoded into
// (encoding/json would match it without regard to case, or drop it), or
// one that the object repeats (encoding/json would keep the last). Path is
// the key's place from the root of the decoded value: "period.days",
// "groups[0].rate".
type keyError struct {
	Duplicate bool
	Path      string
}

func (e *keyError) Error() string {
	if e.Duplicate {
		return fmt.Sprintf("json: duplicate field %q", e.Path)
	}
	return fmt.Sprintf("json: unknown field %q", e.Path)
}

// strictDecode decodes one JSON value into v, the one decoder of vector
// files and of every op's input. Beyond encoding/json with unknown fields
// disallowed, every key of every object must be exactly the JSON name of a
// field of the struct it goes into (checkKeys): no match without regard to
// case, no key repeated within one object, at any depth. Nothing may follow
// the value.
func strictDecode(data []byte, v any) error {
	if err := checkKeys(data, reflect.TypeOf(v)); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	// Only JSON whitespace may follow (dec.More would let a closing "}"
	// or "]" through).
	if len(bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n")) > 0 {
		return errors.New("trailing data")
	}
	return nil
}

// checkKeys walks the first JSON value of data against the Go type t it is
// to be decoded into and returns a *keyError for the first key refused.
// Objects that go into a struct take only its fields' JSON names, exactly;
// objects that go into a map, an interface or a value of the wrong kind
// take any key, but none twice. A value that decodes itself (a
// json.Unmarshaler such as json.RawMessage: an op's input inside a case, a
// rule inside an input) is skipped: whoever decodes it later checks it.
// Malformed JSON is left to encoding/json, which reports it.
func checkKeys(data []byte, t reflect.Type) error {
	w := keyWalker{dec: json.NewDecoder(bytes.NewReader(data))}
	err := w.value(t, "")
	var ke *keyError
	if errors.As(err, &ke) {
		return err
	}
	return nil
}

type keyWalker struct{ dec *json.Decoder }

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

// value reads one JSON value bound for type t (nil: any key allowed) at
// path p.
func (w keyWalker) value(t reflect.Type, p string) error {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t != nil && (t.Implements(unmarshalerType) || reflect.PointerTo(t).Implements(unmarshalerType)) {
		var skip json.RawMessage
		return w.dec.Decode(&skip)
	}
	tok, err := w.dec.Token()
	if err != nil {
		return err
	}
	switch tok {
	case json.Delim('['):
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		for i := 0; w.dec.More(); i++ {
			if err := w.value(elem, p+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
		_, err = w.dec.Token()
		return err
	case json.Delim('{'):
		var fields map[string]reflect.Type
		var elem reflect.Type
		if t != nil {
			switch t.Kind() {
			case reflect.Struct:
				fields = jsonFields(t)
			case reflect.Map:
				elem = t.Elem()
			}
		}
		seen := map[string]bool{}
		for w.dec.More() {
			tok, err := w.dec.Token()
			if err != nil {
				return err
			}
			key, _ := tok.(string)
			kp := key
			if p != "" {
				kp = p + "." + key
			}
			if seen[key] {
				return &keyError{Duplicate: true, Path: kp}
			}
			seen[key] = true
			ft := elem
			if fields != nil {
				var ok bool
				if ft, ok = fields[key]; !ok {
					return &keyError{Path: kp}
				}
			}
			if err := w.value(ft, kp); err != nil {
				return err
			}
		}
		_, err = w.dec.Token()
		return err
	}
	return nil
}

// jsonFields maps the JSON names of the exported fields of struct type t
// (the json tag's name, else the Go name; a "-" tag left out) to their
// types. The fields of an embedded struct without a tag are its own, as
// encoding/json promotes them (the inputs' structs embed no two with a
// name in common).
func jsonFields(t reflect.Type) map[string]reflect.Type {
	m := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if f.Anonymous && tag == "" && f.Type.Kind() == reflect.Struct {
			for k, v := range jsonFields(f.Type) {
				m[k] = v
			}
			continue
		}
		if !f.IsExported() || tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	return m
}
