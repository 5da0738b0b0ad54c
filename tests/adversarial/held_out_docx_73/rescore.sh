#!/bin/bash
# usage: rescore.sh [OUTDIR]   (default /tmp/ho44/docx/out/scan). If OUTDIR has no results, runs the scan first (~3 s/file, ~15 min).
OUT=${1:-/tmp/ho44/docx/out/scan}
if ! ls "$OUT"/*.rc >/dev/null 2>&1; then /tmp/ho44/docx/gen/run_scan.sh "$OUT"; fi
/tmp/venv/bin/python /tmp/ho44/docx/gen/score.py "$OUT"
