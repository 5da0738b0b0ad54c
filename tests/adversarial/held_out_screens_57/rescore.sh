#!/bin/bash
# Re-run scoring of one Attest output folder against the frozen truth.
# usage: ./rescore.sh [OUTDIR]   (default runs/out_single). Uses score/orig_ocr_cache.json for the originals
# (delete it to re-verify the originals too: ~22 min on 2 busy cores). Outputs score/results_<name>.json and summary_<name>.txt
cd /tmp/ho38/screens
OUT=${1:-runs/out_single}; N=$(basename "$OUT")
OMP_NUM_THREADS=1 NPROC=${NPROC:-2} nice -n 10 venv/bin/python score/score.py "$OUT" score/results_$N.json > score/$N.log 2>&1 || { echo "scoring failed, see score/$N.log"; exit 1; }
venv/bin/python score/summarize.py score/results_$N.json score/summary_$N.txt | head -30
venv/bin/python score/check_meta.py "$OUT" runs/meta_$N.json
