#!/bin/sh
# usage: ./rescore.sh OUTDIR   -- only scores an existing folder of redacted copies (no Attest run)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: rescore.sh OUTDIR}
python3 "$HERE/score.py" "$OUT" --json "$HERE/results.json" --corpus "$HERE/corpus" --truth "$HERE/truth.json"
python3 "$HERE/misses.py" "$HERE/results.json" > "$HERE/misses_by_class.md"
echo "wrote $HERE/results.json and $HERE/misses_by_class.md"
