#!/bin/bash
# usage: ./rescore.sh [OUTDIR] [--orig]
#   OUTDIR: folder with Attest's redacted images (searched recursively by item name; default out_single)
#   --orig : also recompute the original-readability pass (work/score_orig.json), otherwise it is reused
set -e
cd /tmp/ho43/screens
OUT=${1:-out_single}; tag=$(basename "$OUT")
if [ "$2" == "--orig" ] || [ ! -f work/score_orig.json ]; then
  nice -n 10 venv/bin/python score.py corpus work/score_orig.json --fast > work/score_orig.log
fi
nice -n 10 venv/bin/python score.py "$OUT" work/score_$tag.json > work/score_$tag.log
venv/bin/python checks.py "$OUT" work/checks_$tag.json > work/checks_$tag.txt || true
venv/bin/python summarize.py work/score_orig.json work/score_$tag.json "$OUT" | tee work/summary_$tag.txt
echo "--- container checks ($OUT): items with alpha/ICC/metadata/raw values:"; cat work/checks_$tag.txt
