#!/bin/bash
# usage: ./rescore.sh [OUTDIR]   (default out/single). Re-scores outputs against truth with Tesseract 2x + RapidOCR PP-OCRv4,
# reusing base.json (the originals' scoring); pass BASE=1 to re-score originals too.
cd /tmp/ho39/screens
OUT=${1:-out/single}; tag=$(echo "$OUT" | tr '/' '_')
[ "$BASE" = 1 ] && nice -n 10 venv/bin/python gen/score.py base corpus base.json 2>/dev/null
nice -n 10 venv/bin/python gen/score.py out "$OUT" "score_$tag.json" 2>/dev/null | tail -n +1 > "score_$tag.log"
venv/bin/python gen/summarize.py base.json "score_$tag.json" | tee "summary_$tag.txt"
