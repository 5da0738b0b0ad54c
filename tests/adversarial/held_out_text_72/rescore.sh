#!/bin/sh
# usage: ./rescore.sh [OUTDIR]   (default out1) -> writes runs/score_<name>.json and prints the summary
cd /tmp/ho44/text || exit 1
OUT=${1:-out1}
python3 score/score.py "$OUT" "runs/score_$(basename "$OUT").json"
python3 score/classify.py "runs/score_$(basename "$OUT").json"
