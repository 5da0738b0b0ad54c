#!/bin/bash
# Re-score an Attest output folder against the frozen truth (helper-56, stop 38).
# usage: ./rescore.sh [OUTDIR]   (default: run1/out)   -- scoring only, ~2 s; set SCAN=1 to also run `attest scan` on OUTDIR (~5 s)
set -e
cd "$(dirname "$0")"
OUT="${1:-run1/out}"
PY=/tmp/venv/bin/python
$PY gen/score.py corpus "$OUT" "$OUT.score.json"
echo "--- misses by class (my guess at the missing rule); full table in $OUT.misses.md"
$PY gen/classify.py "$OUT.score.json" "$OUT.misses.md"
if [ "${SCAN:-0}" = 1 ]; then
  echo "--- attest scan $OUT"
  /tmp/ho38/bin/attest --workspace /tmp/ho38/text/ws scan "$OUT" | tail -1 || true
fi
