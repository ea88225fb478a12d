package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/creditins/creditins/conformance"
)

const vectorsDir = "../../conformance/testdata/vectors"

// testHandler is the service's handler on conformance.Evaluate, logging on t.
func testHandler(t *testing.T) http.Handler {
	return newHandler(conformance.Evaluate, log.New(io.Discard, "", 0))
}

// post sends body to path on h and returns the status and the decoded body.
func post(t *testing.T, h http.Handler, path, body string) (int, map[string]any) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("%s: Content-Type %q", path, ct)
	}
	var got map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatalf("%s: answer is not a JSON object: %v: %s", path, err, rec.Body)
	}
	return rec.Code, got
}

// publicCases are every case of the public vectors.
func publicCases(t *testing.T) []conformance.Case {
	t.Helper()
	var cases []conformance.Case
	err := filepath.WalkDir(vectorsDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".json" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var f conformance.File
		if err := json.Unmarshal(data, &f); err != nil {
			return err
		}
		cases = append(cases, f.Cases...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no public vectors found")
	}
	return cases
}

// inProcess is what the service must answer for a case: conformance.Evaluate
// run in the test's process, as JSON.
func inProcess(t *testing.T, c conformance.Case) (map[string]any, error) {
	out, err := conformance.Evaluate(c.Op, c.Input)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m, nil
}

func TestServiceAnswersEveryPublicVector(t *testing.T) {
	h := testHandler(t)
	cases := publicCases(t)
	for _, c := range cases {
		status, got := post(t, h, "/v1/eval/"+c.Op, string(c.Input))
		if c.ExpectError != "" {
			if diff := cmp.Diff(map[string]any{"status": 422, "error": c.ExpectError}, map[string]any{"status": status, "error": got["error"]}); diff != "" {
				t.Errorf("%s: (-want +got)\n%s", c.ID, diff)
			}
			continue
		}
		want, err := inProcess(t, c)
		if err != nil {
			t.Errorf("%s: in process: %v", c.ID, err)
			continue
		}
		if status != http.StatusOK {
			t.Errorf("%s: status %d: %v", c.ID, status, got)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: answer (-in process +service)\n%s", c.ID, diff)
		}
	}
	t.Logf("%d public vectors answered", len(cases))
}

func TestServiceErrors(t *testing.T) {
	h := testHandler(t)
	big := `{"year": 2025, "pad": "` + strings.Repeat("x", maxBody) + `"}`
	tests := []struct {
		name, path, body string
		status           int
		code, field      string
	}{
		{"malformed JSON", "/v1/eval/calendar.easter", `{"year": `, 400, "invalid-input", ""},
		{"not an object", "/v1/eval/calendar.easter", `[2025]`, 400, "invalid-input", ""},
		{"trailing data", "/v1/eval/calendar.easter", `{"year": 2025} {}`, 400, "invalid-input", ""},
		{"unknown op", "/v1/eval/calendar.nope", `{}`, 404, "invalid-input", ""},
		{"oversized body", "/v1/eval/calendar.easter", big, 413, "invalid-input", ""},
		{"impossible date", "/v1/eval/calendar.addMonths", `{"date": "2025-02-30", "months": 1}`, 422, "invalid-input", ""},
		{"missing field", "/v1/eval/calendar.addMonths", `{"months": 1}`, 422, "invalid-input", "date"},
		{"unknown field", "/v1/eval/calendar.addMonths", `{"date": "2025-01-31", "months": 1, "mode": "strict"}`, 422, "invalid-input", ""},
		{"ambiguous date", "/v1/eval/calendar.addMonths", `{"date": "2025-01-31", "months": 1, "monthEnd": "strict"}`, 422, "ambiguous-date", ""},
	}
	for _, tc := range tests {
		status, got := post(t, h, tc.path, tc.body)
		want := map[string]any{"status": tc.status, "error": tc.code, "field": tc.field}
		field, _ := got["field"].(string)
		if diff := cmp.Diff(want, map[string]any{"status": status, "error": got["error"], "field": field}); diff != "" {
			t.Errorf("%s: (-want +got)\n%s", tc.name, diff)
		}
		if msg, _ := got["message"].(string); msg == "" {
			t.Errorf("%s: no message: %v", tc.name, got)
		}
	}
}

func TestServiceMethodAndHealth(t *testing.T) {
	h := testHandler(t)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/eval/calendar.easter", nil))
	if diff := cmp.Diff([]any{405, "POST"}, []any{rec.Code, rec.Header().Get("Allow")}); diff != "" {
		t.Errorf("GET on eval (-want +got)\n%s", diff)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if diff := cmp.Diff([]any{200, `{"status":"ok"}`}, []any{rec.Code, strings.TrimSpace(rec.Body.String())}); diff != "" {
		t.Errorf("healthz (-want +got)\n%s", diff)
	}
}

// TestServicePanicIsRecovered: a panic in an operation answers 500 and the
// server answers the next request.
func TestServicePanicIsRecovered(t *testing.T) {
	var logged bytes.Buffer
	eval := func(op string, in json.RawMessage) (any, error) {
		if op == "boom" {
			panic("boom")
		}
		return conformance.Evaluate(op, in)
	}
	srv := httptest.NewServer(newHandler(eval, log.New(&logged, "", 0)))
	defer srv.Close()
	var got []int
	for _, op := range []string{"boom", "calendar.easter"} {
		resp, err := http.Post(srv.URL+"/v1/eval/"+op, "application/json", strings.NewReader(`{"year": 2024}`))
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		got = append(got, resp.StatusCode)
	}
	if diff := cmp.Diff([]int{500, 200}, got); diff != "" {
		t.Errorf("statuses (-want +got)\n%s", diff)
	}
	if !strings.Contains(logged.String(), "panic serving POST /v1/eval/boom: boom") {
		t.Errorf("log: %q", logged.String())
	}
}

// TestServiceLoad sends a few thousand requests from a few dozen clients to
// a loopback server and checks every answer; it logs the throughput and the
// slowest answer, and asserts no speed.
func TestServiceLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	cases := publicCases(t)
	var ok []conformance.Case
	for _, c := range cases {
		if c.ExpectError == "" {
			ok = append(ok, c)
		}
	}
	srv := httptest.NewServer(testHandler(t))
	defer srv.Close()
	client := srv.Client()
	client.Timeout = 10 * time.Second
	const requests, workers = 3000, 32
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	jobs := make(chan int)
	var mu sync.Mutex
	var slowest time.Duration
	var failures []string
	var wg sync.WaitGroup
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				c := ok[i%len(ok)]
				t0 := time.Now()
				req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/v1/eval/"+c.Op, bytes.NewReader(c.Input))
				resp, err := client.Do(req)
				d := time.Since(t0)
				status := 0
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					status = resp.StatusCode
				}
				mu.Lock()
				slowest = max(slowest, d)
				if status != http.StatusOK {
					failures = append(failures, c.ID+": "+http.StatusText(status))
					if err != nil {
						failures[len(failures)-1] += " " + err.Error()
					}
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for i := range requests {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start)
	if len(failures) > 0 {
		t.Errorf("%d failed requests, the first: %s", len(failures), failures[0])
	}
	if ctx.Err() != nil {
		t.Errorf("the load did not finish within its bound: %v", ctx.Err())
	}
	t.Logf("%d requests, %d clients, %v: %.0f requests/s, slowest answer %v",
		requests, workers, elapsed.Round(time.Millisecond), float64(requests)/elapsed.Seconds(), slowest.Round(time.Microsecond))
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeCommand runs "creditins serve" in-process on a free port, calls
// it, then cancels its context and sees it shut down.
func TestServeCommand(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, &out, &errOut) }()
	var addr string
	for deadline := time.Now().Add(10 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if s, ok := strings.CutPrefix(out.String(), "listening on "); ok {
			addr = strings.TrimSpace(s)
		}
	}
	if addr == "" {
		cancel()
		t.Fatalf("serve did not start: %s", errOut.String())
	}
	resp, err := http.Post("http://"+addr+"/v1/eval/calendar.easter", "application/json", strings.NewReader(`{"year": 2024}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if diff := cmp.Diff(`{"date":"2024-03-31"}`, strings.TrimSpace(string(body))); diff != "" {
		t.Errorf("easter (-want +got)\n%s", diff)
	}
	cancel()
	select {
	case code := <-done:
		if diff := cmp.Diff(0, code); diff != "" {
			t.Errorf("status (-want +got)\n%s; stderr %s", diff, errOut.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.HasSuffix(out.String(), "stopped\n") {
		t.Errorf("output %q", out.String())
	}
}

// TestReadmeCurl posts the body of the README's curl example to the
// operation it names and expects a 200.
func TestReadmeCurl(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "curl -s -X POST http://127.0.0.1:8080/v1/eval/")
	if i < 0 {
		t.Fatal("README.md has no curl example")
	}
	s = s[i+len("curl -s -X POST http://127.0.0.1:8080/v1/eval/"):]
	op, rest, _ := strings.Cut(s, " ")
	_, rest, _ = strings.Cut(rest, "-d '")
	body, _, _ := strings.Cut(rest, "'")
	status, got := post(t, testHandler(t), "/v1/eval/"+op, body)
	if status != http.StatusOK {
		t.Errorf("README curl example: %d %v", status, got)
	}
}
