#!/bin/bash
# Re-score an Attest output folder against the frozen truth (default: out/). OCR results are cached in score/ocr_cache.json.
# usage: ./rescore.sh [OUTDIR]      -> score/result.json + score/summary.txt
set -e; cd /tmp/ho36/screens
sha256sum -c --quiet MANIFEST.sha256
/tmp/venv/bin/python score.py "$(realpath ${1:-out})"
/tmp/venv/bin/python summarize.py | tee score/summary.txt | sed -n 1,6p
