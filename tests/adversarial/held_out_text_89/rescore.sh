#!/bin/sh
# score an attest redact output folder (no redaction run): ./rescore.sh OUTDIR
cd "$(dirname "$0")" && python3 score.py "${1:-out}" --json "${2:-results.json}"
