#!/usr/bin/env bash
# Packaging check for CI: .ci/run calls it after `make test` (also `make package-check`).
#
#   1. build the one-folder bundle and smoke-test the frozen app   (packaging/build.py)
#   2. build the MSI from the Linux bundle with wixl                (packaging/msi.py)
#   3. read the MSI's tables back and check them                    (packaging/check_msi.py)
#
# Needs the project venv (.venv, made by `make setup`) and msitools/wixl
# (.ci/system-deps.sh --full). Any failure exits non-zero. Timings go to
# build/packaging/ci-times.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
export QT_QPA_PLATFORM=offscreen

for tool in wixl msiinfo; do
  command -v "$tool" >/dev/null || { echo "ci.sh: $tool missing (.ci/system-deps.sh --full)" >&2; exit 1; }
done

version=$($PY -c 'import innodraft; print(innodraft.__version__)')
msi=build/packaging/msi/innodraft-${version}-wixl-check.msi
mkdir -p build/packaging
times=build/packaging/ci-times.txt
: > "$times"
start=$(date +%s)
step() {  # step NAME COMMAND...: run, time, and record
  local name=$1 t0 rc=0
  shift
  echo "== packaging: $name"
  t0=$(date +%s)
  "$@" || rc=$?
  echo "$name $(( $(date +%s) - t0 )) s" >> "$times"
  return "$rc"
}

step "bundle+smoke" "$PY" packaging/build.py
step "msi(wixl)" "$PY" packaging/msi.py --out "$msi"
step "msi-tables" "$PY" packaging/check_msi.py "$msi" --bundle dist/innodraft

echo "total $(( $(date +%s) - start )) s" >> "$times"
echo "== packaging done: $(tr '\n' ';' < "$times")"
