#!/bin/bash
# usage: ./rescore.sh [OUTDIR]   (default out_single)
# Scores redacted copies in OUTDIR against truth/: Tesseract 2x (stacked crops, psm 4) + RapidOCR 1.4.4 PP-OCRv4 rec-only
# on each truth box; the originals' OCR is reused from score_out_single.json; then pixel-change check and summary.
cd /tmp/ho44/screens
OUT=${1:-out_single}; N=$(basename "$OUT")
[ "$N" = out_single ] && [ -f score_out_single.json ] && { venv/bin/python summarise.py score_out_single.json; exit; }
BASE=score_out_single.json nice -n 10 venv/bin/python score.py corpus truth "$OUT" "score_$N.json" > "score_$N.log" 2>&1
venv/bin/python pixcheck.py "score_$N.json"
venv/bin/python summarise.py "score_$N.json" | tee "summary_$N.txt"
