package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/creditins/creditins/conformance"
	"github.com/creditins/creditins/policy"
)

// maxBody is the largest request body the service reads; a larger one is
// answered 413. A claims.book input of a few hundred invoices is well below.
const maxBody = 1 << 20

// Server timeouts: a slow client cannot hold a connection for ever.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 15 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 120 * time.Second
	shutdownTimeout   = 10 * time.Second
)

// evalFunc evaluates one operation on its JSON input (conformance.Evaluate).
type evalFunc func(op string, input json.RawMessage) (any, error)

// errorBody is the body of every error answer: the FORMAT.md error code,
// a message, and the field of the input at fault when the SDK names one
// (policy.RuleError).
type errorBody struct {
	Error   string `json:"error"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`
}

// newHandler returns the service's handler:
//
//   - POST /v1/eval/{op}: the body is the input object of the FORMAT.md
//     operation op; the answer is 200 with its output object, 422 with an
//     errorBody when the operation returns an error (its FORMAT.md code),
//     400 (invalid-input) when the body is not one JSON value, 413 when it
//     is larger than maxBody, 404 for an unknown op, 405 for another method;
//   - GET /openapi.json: the OpenAPI document of the service (openAPI);
//   - GET /healthz: 200 {"status": "ok"}.
//
// A panic in a handler answers 500 and is logged on logger; the server
// keeps serving.
func newHandler(eval evalFunc, logger *log.Logger) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/eval/{op}", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			writeJSON(w, http.StatusMethodNotAllowed, errorBody{Error: conformance.CodeInvalidInput, Message: "use POST"})
			return
		}
		evalOp(w, r, eval)
	})
	doc := openAPI(conformance.Operations())
	mux.HandleFunc("GET /openapi.json", func(w http.ResponseWriter, r *http.Request) {
		writeResult(w, doc, "the document")
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	return recoverPanics(mux, logger)
}

// evalOp answers POST /v1/eval/{op}.
func evalOp(w http.ResponseWriter, r *http.Request, eval evalFunc) {
	op := r.PathValue("op")
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{Error: conformance.CodeInvalidInput, Message: fmt.Sprintf("request body larger than %d bytes", maxBody)})
			return
		}
		writeJSON(w, http.StatusBadRequest, errorBody{Error: conformance.CodeInvalidInput, Message: "reading the body: " + err.Error()})
		return
	}
	if !json.Valid(body) || !bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) {
		writeJSON(w, http.StatusBadRequest, errorBody{Error: conformance.CodeInvalidInput, Message: "the body must be one JSON object, the operation's input"})
		return
	}
	out, err := eval(op, body)
	if err != nil {
		if errors.Is(err, conformance.ErrUnknownOp) {
			writeJSON(w, http.StatusNotFound, errorBody{Error: conformance.CodeInvalidInput, Message: err.Error()})
			return
		}
		e := errorBody{Error: conformance.Code(err), Message: err.Error()}
		var re *policy.RuleError
		if errors.As(err, &re) {
			e.Field = re.Field
		}
		writeJSON(w, http.StatusUnprocessableEntity, e)
		return
	}
	writeResult(w, out, "the result")
}

// writeResult answers 200 with v as JSON, or 500 naming what could not be
// encoded.
func writeResult(w http.ResponseWriter, v any, what string) {
	b, err := json.Marshal(v)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, errorBody{Error: "internal", Message: "encoding " + what + ": " + err.Error()})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	w.Write(append(b, '\n'))
}

// writeJSON writes v as the JSON body of an answer with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"internal","message":"encoding the answer"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// recoverPanics answers 500 when next panics, logs the panic, and lets the
// server go on serving. http.ErrAbortHandler is re-raised: net/http uses it
// to abort a response on purpose.
func recoverPanics(next http.Handler, logger *log.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				logger.Printf("panic serving %s %s: %v", r.Method, r.URL.Path, v)
				writeJSON(w, http.StatusInternalServerError, errorBody{Error: "internal", Message: "internal error"})
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// newServer returns the HTTP server of the service with its timeouts.
func newServer(h http.Handler, logger *log.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          logger,
		MaxHeaderBytes:    1 << 16,
	}
}

// serve listens on --addr and serves until ctx is done, then shuts down
// gracefully: the requests under way are finished (within
// shutdownTimeout). It prints "listening on ADDR" once it accepts
// connections (ADDR is the real address when the port is 0).
func serve(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on, HOST:PORT")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "creditins serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	logger := log.New(stderr, "creditins: ", log.LstdFlags)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "creditins serve:", err)
		return 1
	}
	srv := newServer(newHandler(conformance.Evaluate, logger), logger)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	fmt.Fprintf(stdout, "listening on %s\n", ln.Addr())
	select {
	case err := <-done:
		fmt.Fprintln(stderr, "creditins serve:", err)
		return 1
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		fmt.Fprintln(stderr, "creditins serve: shutdown:", err)
		return 1
	}
	<-done
	fmt.Fprintln(stdout, "stopped")
	return 0
}
