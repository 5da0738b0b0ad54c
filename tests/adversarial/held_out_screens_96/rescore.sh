#!/bin/sh
# rescore.sh OUTDIR : OCR the redacted copies in OUTDIR (if not done yet) and score them against the frozen truth
set -e
OUT=${1:-/tmp/ho49/screens/out}; H=/tmp/ho49/screens
tag=$(basename "$OUT")
[ -f "$H/results/ocr_baseline.json" ] || $H/venv/bin/python $H/ocr.py $H/truth.json $H/corpus $H/results/ocr_baseline.json
$H/venv/bin/python $H/ocr_watch.py "$OUT" "$H/results/ocr_$tag.json"
$H/venv/bin/python $H/score.py $H/results/ocr_baseline.json $H/results/ocr_$tag.json $H/results/score_$tag.json
$H/venv/bin/python $H/summarize.py $H/results/score_$tag.json "$OUT" > $H/results/summary_$tag.md
