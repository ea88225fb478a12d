#!/usr/bin/env bash
# Builds and tests the beam module (the Apache Beam pipeline), apart from
# the SDK's module so that `go test ./...` at the root stays fast. The Go
# build cache keeps later runs short; the first build of the Beam SDK takes
# minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/../beam"
go mod download
go vet ./...
go test -count=1 ./...
