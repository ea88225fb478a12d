package strictjson_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/internal/strictjson"
)

type inner struct {
	N int `json:"n"`
}

type outer struct {
	Name  string   `json:"name"`
	Items []inner  `json:"items"`
	Ptr   *inner   `json:"ptr"`
	Tags  []string `json:"tags,omitempty"`
	Skip  string   `json:"-"`
}

// result is what a decoding gives, as strings: the value or the error's
// path, value and sentinel.
type result struct {
	Value            outer
	Path, Bad, Error string
}

func decode(s string) result {
	var v outer
	err := strictjson.Decode([]byte(s), &v)
	if err == nil {
		return result{Value: v}
	}
	r := result{Error: err.Error()}
	var e *strictjson.Error
	if errors.As(err, &e) {
		r.Path, r.Bad = e.Path, e.Value
		for _, s := range []error{strictjson.ErrUnknownField, strictjson.ErrType, strictjson.ErrSyntax, strictjson.ErrDuplicateKey} {
			if errors.Is(err, s) {
				r.Error = s.Error()
			}
		}
	}
	return r
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, in string
		want     result
	}{
		{"exact keys", `{"name":"a","items":[{"n":1}],"ptr":{"n":2}}`,
			result{Value: outer{Name: "a", Items: []inner{{1}}, Ptr: &inner{2}}}},
		{"null leaves the zero value", `{"name":null,"ptr":null}`, result{}},
		{"a key in another case", `{"Name":"a"}`, result{Path: "Name", Bad: "Name", Error: "unknown field"}},
		{"an unknown key, deep", `{"items":[{"n":1},{"n":2,"m":3}]}`, result{Path: "items[1].m", Bad: "m", Error: "unknown field"}},
		{"a field tagged - is unknown", `{"Skip":"x"}`, result{Path: "Skip", Bad: "Skip", Error: "unknown field"}},
		{"a wrong type", `{"items":[{"n":"1"}]}`, result{Path: "items[0].n", Bad: "1", Error: "wrong JSON type"}},
		{"a fraction for an int", `{"ptr":{"n":1.5}}`, result{Path: "ptr.n", Bad: "1.5", Error: "wrong JSON type"}},
		{"data after the value", `{"name":"a"} {}`, result{Error: "malformed JSON"}},
		{"a key twice", `{"name":"a","name":"b"}`, result{Path: "name", Bad: "name", Error: "key given twice"}},
		{"a key twice, deep", `{"items":[{"n":1},{"n":2,"n":3}]}`, result{Path: "items[1].n", Bad: "n", Error: "key given twice"}},
		{"a key twice in an unknown object", `{"ptr":{"n":1},"x":{"a":[{}],"a":2}}`, result{Path: "x.a", Bad: "a", Error: "key given twice"}},
		{"the same key in two objects", `{"items":[{"n":1},{"n":2}],"ptr":{"n":3}}`,
			result{Value: outer{Items: []inner{{1}, {2}}, Ptr: &inner{3}}}},
		{"not JSON", `{"name":`, result{Error: "malformed JSON"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := decode(tc.in)
			if got.Error != "" && tc.want.Error != "" {
				got.Error = tc.want.Error // the sentinel was checked by decode
			}
			if tc.want.Error == "malformed JSON" {
				got.Path, got.Bad = "", ""
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Decode(%s) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestJoinPath(t *testing.T) {
	for _, tc := range []struct{ path, rel, want string }{
		{"", "net", "net"}, {"invoices[2]", "net", "invoices[2].net"}, {"decisions", "[1].expiry", "decisions[1].expiry"}, {"a", "", "a"},
	} {
		if got := strictjson.JoinPath(tc.path, tc.rel); got != tc.want {
			t.Errorf("JoinPath(%q, %q) = %q, want %q", tc.path, tc.rel, got, tc.want)
		}
	}
}

// FuzzDecode: no input panics; what Decode accepts, encoding/json reads
// to the same value (the strict decoder refuses more, never reads
// differently).
func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"name":"a","items":[{"n":1}]}`, `{"NAME":1}`, `{"ptr":{"n":2},"ptr":{"n":3}}`, `[]`, `null`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var strict outer
		if err := strictjson.Decode(data, &strict); err != nil {
			return
		}
		var loose outer
		if err := json.Unmarshal(data, &loose); err != nil {
			t.Fatalf("strict accepts %q, encoding/json refuses it: %v", data, err)
		}
		if diff := cmp.Diff(loose, strict); diff != "" {
			t.Fatalf("%q read differently (-encoding/json +strict):\n%s", data, diff)
		}
	})
}
