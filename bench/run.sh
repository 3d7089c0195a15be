#!/usr/bin/env bash
# The shared benchmark (../shared/bench, read only) run with the product's own driver: the shared one registers a
# German request, which is now a European Investigation Order with steps of its own. Everything else is the shared
# benchmark as it is, copied to a temporary folder for the run; its README says how to read the figures.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED_BENCH:-$HERE/../../shared/bench}
WORK=$(mktemp -d -t rechtshulp-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cp -r "$SHARED"/. "$WORK"/
cp "$HERE/ProductDriver.java" "$WORK/driver/ProductDriver.java"
export PRODUCT_SRC=${PRODUCT_SRC:-$(cd "$HERE/.." && pwd)}
bash "$WORK/run.sh" "$@"
