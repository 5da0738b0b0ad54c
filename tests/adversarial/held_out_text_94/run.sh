#!/bin/sh
# run attest redact over the corpus in batches, record exit codes/stderr, then score.  usage: run.sh OUTDIR
set -u
D=$(cd "$(dirname "$0")" && pwd); OUT=${1:-$D/out}
/tmp/venv/bin/python "$D/runattest.py" "$OUT" && "$D/rescore.sh" "$OUT"
