#!/bin/sh
# usage: rescore.sh [OUTDIR]   (default /tmp/ho43/text/out) -> writes score_<basename>.json next to this script
D=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$D/out}
/tmp/venv/bin/python "$D/gen/score.py" "$D/corpus" "$OUT" "$D/truth.json" "$D/score_$(basename "$OUT").json"
/tmp/venv/bin/python "$D/gen/summarise.py" "$D/score_$(basename "$OUT").json" "$D/truth.json"
