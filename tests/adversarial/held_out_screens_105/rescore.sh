#!/bin/sh
# usage: rescore.sh OUTDIR  -- OCR the redacted images in OUTDIR at the truth boxes and score against the baseline
set -e; cd /tmp/ho51/screens
OMP_NUM_THREADS=1 venv/bin/python ocr.py "$1" "$1.ocr.json"
venv/bin/python score.py ocr_baseline.json "$1.ocr.json" "$1.score.json"
