#!/bin/bash
# Usage: ./rescore.sh [OUTDIR]   (default results/scan). If OUTDIR lacks scan results, runs the scan first (~25 min for 436 files),
# then scores (~1 s). Writes OUTDIR/score.json and prints the summary.
cd /tmp/ho38/docx; OUT=${1:-results/scan}
[ -f $OUT/ALL_DONE ] || gen/run_scan.sh $OUT
/tmp/venv/bin/python gen/score.py $OUT
