#!/bin/sh
# usage: rescore.sh OUTDIR   (OCRs OUTDIR once into OUTDIR.ocr, then scores against ocr_base; only scores)
H=/tmp/ho50/screens
OUT=${1:-$H/out}
$H/venv/bin/python $H/ocr.py "$OUT" "$OUT.ocr" >/dev/null
$H/venv/bin/python $H/score.py $H/ocr_base "$OUT.ocr" "$OUT.score.json"
$H/venv/bin/python $H/summarize.py "$OUT.score.json" > "$OUT.summary.md"
