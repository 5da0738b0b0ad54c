#!/bin/bash
# usage: ./rescore.sh [OUTDIR]   (default: out). Re-scores Attest outputs in OUTDIR against the frozen truth.
# Uses cache/orig.json (readability of the originals); run "./venv/bin/python score.py orig" first to rebuild it.
cd /tmp/ho40/screens
OUT=${1:-out}
nice -n 10 ./venv/bin/python score.py out "$OUT" 2>&1 | grep -v -i warn
./venv/bin/python summarize.py "$OUT" 2>&1 | grep -v -i warn
