#!/bin/sh
# Builds the SDK to WebAssembly into web/ and serves the playground on
# http://localhost:8000 (any static file server will do once web/ is built).
set -e
cd "$(dirname "$0")"
GOOS=js GOARCH=wasm go build -o web/creditins.wasm ./wasm
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" web/
cp ../conformance/testdata/vectors/book.json web/
if [ "$1" = "--build-only" ]; then exit 0; fi
echo "playground: http://localhost:${PORT:-8000}/"
exec python3 -m http.server -d web "${PORT:-8000}"
