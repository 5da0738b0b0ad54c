#!/bin/sh
# score only: rescore.sh OUTDIR  -> OUTDIR.results.json + printed totals + miss listing
D=$(cd "$(dirname "$0")" && pwd); OUT=$(cd "$1" && pwd)
python3 "$D/score.py" "$OUT" --runlog "$OUT.runlog.json" --json "$OUT.results.json" && python3 "$D/classify.py" "$OUT.results.json" > "$OUT.misses.md"
