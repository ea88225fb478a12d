#!/usr/bin/env bash
# The teachers' notebook (notebooks/): installs Debian's Jupyter packages,
# builds GoNB, gopls and goimports at the versions pinned in
# notebooks/tools/go.mod, installs the GoNB kernel and executes the
# notebook headless (notebooks/run.sh fails on any cell error).
# Run as root on a Debian machine where apt-get update was done.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel >/dev/null
bin="${XDG_CACHE_HOME:-$HOME/.cache}/creditins-notebook-tools/bin"
mkdir -p "$bin"
(cd notebooks/tools && GOBIN="$bin" go install tool)
export PATH="$bin:$PATH"
gonb --install --raw_error
notebooks/run.sh /tmp/creditins-notebook-executed.ipynb
