//go:build js && wasm

// Command wasm exposes the conformance operations to the playground page:
// it registers one JavaScript function, creditinsEvaluate(op, inputJSON),
// that runs conformance.Evaluate and returns an object {result} holding the
// result as JSON, or {error, code} with the message and the FORMAT.md error
// code. The page renders the result; every rule stays in the SDK.
package main

import (
	"encoding/json"
	"syscall/js"

	"github.com/creditins/creditins/conformance"
)

// evaluate is the body of creditinsEvaluate.
func evaluate(_ js.Value, args []js.Value) any {
	if len(args) != 2 || args[0].Type() != js.TypeString || args[1].Type() != js.TypeString {
		return map[string]any{"error": "creditinsEvaluate(op, inputJSON) takes two strings", "code": conformance.CodeInvalidInput}
	}
	res, err := conformance.Evaluate(args[0].String(), json.RawMessage(args[1].String()))
	if err != nil {
		return map[string]any{"error": err.Error(), "code": conformance.Code(err)}
	}
	out, err := json.Marshal(res)
	if err != nil {
		return map[string]any{"error": err.Error(), "code": conformance.Code(err)}
	}
	return map[string]any{"result": string(out)}
}

func main() {
	js.Global().Set("creditinsEvaluate", js.FuncOf(evaluate))
	js.Global().Call("dispatchEvent", js.Global().Get("Event").New("creditins-ready"))
	select {}
}
