#!/bin/sh
# usage: rescore.sh OUTDIR [TAG]  -- only scores (OCR of OUTDIR with Tesseract 2x + RapidOCR PP-OCRv4, then judge against baseline)
set -e
D=/tmp/ho47/screens; TAG=${2:-$(basename "$1")}
[ -f $D/ocr/baseline.json ] || $D/venv/bin/python $D/score.py $D/corpus baseline
$D/venv/bin/python $D/score.py "$1" "$TAG"
$D/venv/bin/python $D/summarize.py baseline "$TAG"
