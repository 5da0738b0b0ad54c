#!/bin/bash
# rescore.sh OUTDIR : only scores an existing scan folder (made by run_scan.sh OUTDIR)
/tmp/venv/bin/python /tmp/ho51/docx/score.py "${1:-/tmp/ho51/docx/scan1}"
