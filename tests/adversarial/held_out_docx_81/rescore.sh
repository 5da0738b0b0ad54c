#!/bin/bash
# scores an existing scan folder only (no attest run): rescore.sh OUTDIR
/tmp/venv/bin/python /tmp/ho46/docx/score.py "${1:-runs/scan1}"
