#!/bin/bash
# Re-score Attest outputs against the frozen truth. Usage: ./rescore.sh [OUTDIR]   (default out_single)
# Uses cached original readability (work/orig_score.json; delete it to re-read originals too, ~6 min).
# Engines: Tesseract 5 at 2x and RapidOCR PP-OCRv4 (rapidocr_onnxruntime in ./venv), per item box crops.
set -e
cd /tmp/ho45/screens
OUT=${1:-out_single}; TAG=$(basename "$OUT")
export OMP_THREAD_LIMIT=1
[ -f work/orig_score.json ] || nice -n 10 venv/bin/python score.py corpus - work/orig_score.json
rm -f "work/rescore_${TAG}.json"
nice -n 10 venv/bin/python score.py corpus "$OUT" "work/rescore_${TAG}.json" 2>&1 | grep -v -i warn
venv/bin/python summarize.py work/orig_score.json "work/rescore_${TAG}.json" "$TAG"
/tmp/ho45/bin/attest --workspace /tmp/ho45/screens/ws scan "$OUT" | tail -20 || true
