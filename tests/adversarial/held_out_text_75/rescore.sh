#!/bin/bash
# usage: rescore.sh [OUTDIR]   (default: out)  -- re-scores redacted copies against truth.json (~1 s)
cd "$(dirname "$0")"
OUT=${1:-out}
/tmp/venv/bin/python score.py truth.json "$OUT" --json "score_$(basename "$OUT").json"
/tmp/venv/bin/python report_misses.py "score_$(basename "$OUT").json"
/tmp/venv/bin/python classify.py "score_$(basename "$OUT").json" > "miss_tables_$(basename "$OUT").md"
echo "miss tables: miss_tables_$(basename "$OUT").md"
