package playground

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// chromium is Debian's browser binary (apt-get install chromium).
const chromium = "/usr/bin/chromium"

// vector is one case of the public conformance vectors.
type vector struct {
	ID     string          `json:"id"`
	Op     string          `json:"op"`
	Input  json.RawMessage `json:"input"`
	Expect map[string]any  `json:"expect"`
}

// loadVector reads one case by id from conformance/testdata/vectors.
func loadVector(t *testing.T, file, id string) vector {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "conformance", "testdata", "vectors", file))
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Cases []vector }
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	for _, c := range f.Cases {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no case %s in %s", id, file)
	return vector{}
}

// site is the page served by TestMain for every test.
var site *httptest.Server

// TestMain compiles the SDK to WebAssembly into a temp dir once and serves
// the page (web/), the wasm and Go's wasm_exec.js from an httptest server.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "playground")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	srv, err := serveSite(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	site = srv
	code := m.Run()
	srv.Close()
	os.RemoveAll(dir)
	os.Exit(code)
}

// serveSite builds the wasm into dir and serves the page, with the
// vectors' book.json as the indemnity panel's stories.
func serveSite(dir string) (*httptest.Server, error) {
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "creditins.wasm"), "./wasm")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("building the wasm: %v\n%s", err, out)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return nil, err
	}
	wasmExec := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js")
	mux := http.NewServeMux()
	mux.HandleFunc("/creditins.wasm", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join(dir, "creditins.wasm"))
	})
	mux.HandleFunc("/wasm_exec.js", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, wasmExec)
	})
	mux.HandleFunc("/book.json", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, filepath.Join("..", "conformance", "testdata", "vectors", "book.json"))
	})
	mux.Handle("/", http.FileServer(http.Dir("web")))
	return httptest.NewServer(mux), nil
}

// browser starts headless chromium with a temp profile.
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("%s not installed (apt-get install chromium): %v", chromium, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTime(); cancelCtx(); cancelAlloc() })
	return ctx
}

// shown is one value the page shows: its text and its raw JSON value.
type shown struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// readOutputs returns every [data-out] cell of the visible panel by path.
const readOutputs = `(() => {
  const m = {};
  for (const e of document.querySelectorAll('.panel:not([hidden]) [data-out]')) m[e.dataset.out] = {text: e.textContent, value: e.dataset.value};
  return m;
})()`

// leaves flattens an expect object into result paths ("invoices.0.insured").
func leaves(prefix string, v any, out map[string]any) {
	switch w := v.(type) {
	case map[string]any:
		for k, x := range w {
			leaves(join(prefix, k), x, out)
		}
	case []any:
		for i, x := range w {
			leaves(join(prefix, fmt.Sprint(i)), x, out)
		}
	default:
		out[prefix] = v
	}
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// canonical writes a value as the page should show it: money and rates
// by value ("EUR 7000.00" as "EUR 7000"), booleans in words, null as a dash.
func canonical(v any) string {
	switch w := v.(type) {
	case nil:
		return "—"
	case bool:
		if w {
			return "✓ yes"
		}
		return "✗ no"
	case string:
		cur, num, ok := strings.Cut(w, " ")
		if ok && len(cur) == 3 && strings.Contains(num, ".") {
			num = strings.TrimRight(strings.TrimRight(num, "0"), ".")
			return cur + " " + num
		}
		if w == "" {
			return "—"
		}
		return w
	default:
		return fmt.Sprint(w)
	}
}

func TestPlayground(t *testing.T) {
	srv := site
	ctx := browser(t)
	cases := []struct {
		panel, param, file, id, png string
		// notShown are expect paths the page shows inside another row.
		notShown []string
	}{
		{panel: "deadlines", param: "d", file: "claims.json", id: "clm-deadlines-001", png: "deadlines.png"},
		{panel: "indemnity", param: "b", file: "book.json", id: "book-002", png: "indemnity.png",
			notShown: []string{"newDelivery.cover", "newDelivery.amount", "newDelivery.quotite", "layers.0.quotite", "layers.0.insured"}},
		{panel: "premium", param: "p", file: "premium.json", id: "prm-annual-001", png: "premium.png",
			notShown: []string{"byGroup.0.group", "byGroup.1.group"}},
	}
	for _, tc := range cases {
		t.Run(tc.id, func(t *testing.T) {
			v := loadVector(t, tc.file, tc.id)
			q := url.Values{}
			q.Set("panel", tc.panel)
			q.Set("lang", "en")
			q.Set(tc.param, string(v.Input))
			page := srv.URL + "/?case=" + tc.id + "#" + q.Encode()
			if err := chromedp.Do(ctx, chromedp.Navigate(page), chromedp.WaitVisible("body[data-ready]")); err != nil {
				t.Fatal(err)
			}
			got, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]shown](readOutputs))
			if err != nil {
				t.Fatal(err)
			}
			png, err := chromedp.Run(ctx, chromedp.Screenshot("#panel-"+tc.panel, chromedp.NodeVisible))
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]any{}
			leaves("", v.Expect, want)
			for _, p := range tc.notShown {
				delete(want, p)
			}
			wantText, gotText := map[string]string{}, map[string]string{}
			for p, x := range want {
				wantText[p] = canonical(x)
				g, ok := got[p]
				if !ok {
					gotText[p] = "(not shown)"
					continue
				}
				var raw any
				if err := json.Unmarshal([]byte(g.Value), &raw); err != nil {
					t.Fatalf("%s: data-value %q: %v", p, g.Value, err)
				}
				if canonical(raw) != canonical(g.Text) && canonical(raw) != g.Text {
					t.Errorf("%s: text %q does not show the value %q", p, g.Text, g.Value)
				}
				gotText[p] = canonical(raw)
			}
			if diff := cmp.Diff(wantText, gotText); diff != "" {
				t.Errorf("%s values shown (-want +got):\n%s", tc.id, diff)
			}
			if len(png) < 1000 || !bytes.HasPrefix(png, []byte("\x89PNG")) {
				t.Fatalf("screenshot of %s is not a PNG (%d bytes)", tc.panel, len(png))
			}
			if err := os.WriteFile(filepath.Join("testdata", tc.png), png, 0o644); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestPlaygroundError: an impossible date is shown as the SDK's error code
// and message, and nothing is drawn.
func TestPlaygroundError(t *testing.T) {
	srv := site
	ctx := browser(t)
	in := `{"policy":{"deadlineRule":"fr-civil","maxInvoicingDays":30,"maxCreditDays":120,"maxExtensionDays":60,"overdueNotice":{"days":30,"anchor":"dueDate"},"waitingPeriodMonths":5,"indemnityDays":30},"invoice":{"deliveryDate":"2025-02-30","invoiceDate":"2025-01-20","dueDate":"2025-03-20"}}`
	q := url.Values{}
	q.Set("panel", "deadlines")
	q.Set("lang", "en")
	q.Set("d", in)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/?case=error#"+q.Encode()), chromedp.WaitVisible("body[data-ready]")); err != nil {
		t.Fatal(err)
	}
	msg, err := chromedp.Run(ctx, chromedp.Text("#deadlines-error"))
	if err != nil {
		t.Fatal(err)
	}
	drawn, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#panel-deadlines svg, #panel-deadlines [data-out]').length`))
	if err != nil {
		t.Fatal(err)
	}
	got := []string{strings.SplitN(msg, ":", 2)[0], fmt.Sprint(strings.Contains(msg, "2025-02-30")), fmt.Sprint(drawn)}
	want := []string{"invalid-input", "true", "0"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("error shown (-want +got):\n%s\nmessage: %s", diff, msg)
	}
}

// TestStoryButton: one click loads a story of the vectors into the
// indemnity panel and the URL, so the case can be shared; the panel in
// French is kept as testdata/indemnity-fr.png.
func TestStoryButton(t *testing.T) {
	srv := site
	ctx := browser(t)
	v := loadVector(t, "book.json", "book-008")
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/?case=story#panel=indemnity&lang=fr"),
		chromedp.WaitVisible("body[data-ready]"),
		chromedp.Click("#story-book-008", chromedp.NodeVisible),
	)
	if err != nil {
		t.Fatal(err)
	}
	indemnity, err := chromedp.Run(ctx, chromedp.Text(`[data-out="indemnity"]`))
	if err != nil {
		t.Fatal(err)
	}
	hash, err := chromedp.Run(ctx, chromedp.Evaluate[string](`decodeURIComponent(location.hash)`))
	if err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.Screenshot("#panel-indemnity", chromedp.NodeVisible))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("testdata", "indemnity-fr.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, v.Input); err != nil {
		t.Fatal(err)
	}
	got := []string{canonical(indemnity), fmt.Sprint(strings.Contains(strings.ReplaceAll(hash, "+", " "), compact.String()))}
	want := []string{canonical(v.Expect["indemnity"]), "true"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("story book-008 (-want +got):\n%s", diff)
	}
}
