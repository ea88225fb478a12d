#!/bin/sh
# Executes the teachers' notebook headless with the GoNB kernel and fails on
# any cell error, or when the simulation's chart is missing.
#   notebooks/run.sh [OUTPUT.ipynb]   (default /tmp/creditins-executed.ipynb)
# Needs jupyter-nbconvert and the GoNB kernel (gonb --install; see
# .ci/notebook.sh for a fresh machine).
set -eu
cd "$(dirname "$0")"
out="${1:-/tmp/creditins-executed.ipynb}"
case "$out" in /*) ;; *) out="$(pwd)/$out" ;; esac
jupyter nbconvert --to notebook --execute \
	--ExecutePreprocessor.timeout=900 \
	--ExecutePreprocessor.kernel_name=gonb \
	--output "$out" creditins.ipynb
python3 - "$out" <<'PY'
import json, sys
nb = json.load(open(sys.argv[1]))
bad, pngs, cells = [], 0, 0
for i, c in enumerate(nb["cells"]):
    if c["cell_type"] != "code":
        continue
    cells += 1
    for o in c.get("outputs", []):
        text = "".join(o.get("text", "")) if isinstance(o.get("text"), list) else o.get("text", "")
        if o["output_type"] == "error":
            bad.append("cell %d: %s: %s" % (i, o.get("ename"), o.get("evalue")))
        elif o.get("name") == "stderr" and ("exit status" in text or "panic:" in text ):
            bad.append("cell %d: %s" % (i, text.strip()[:500]))
        if "image/png" in o.get("data", {}):
            pngs += 1
if pngs == 0:
    bad.append("no chart (image/png) in the output")
for b in bad:
    print("FAIL", b)
print("notebook: %d passed, %d failed" % (cells - len(bad) if len(bad) <= cells else 0, len(bad)))
sys.exit(1 if bad else 0)
PY
