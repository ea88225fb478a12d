#!/usr/bin/env bash
# The browser playground (playground/): installs Debian's chromium, builds
# the SDK to WebAssembly and runs the page's test in headless chromium
# (three conformance vectors shown, screenshots in playground/testdata).
# Run as root on a Debian machine where apt-get update was done.
set -euo pipefail
cd "$(dirname "$0")/../playground"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends chromium fonts-dejavu-core >/dev/null
test -z "$(gofmt -l .)" || { echo "playground: gofmt -l:"; gofmt -l .; exit 1; }
go vet ./...
GOOS=js GOARCH=wasm go vet ./wasm
go test -count=1 -v ./... 2>&1 | tee /tmp/playground-test.log
if grep -q -- '--- SKIP' /tmp/playground-test.log; then
	echo "playground: a browser test was skipped (chromium missing?)"
	exit 1
fi
