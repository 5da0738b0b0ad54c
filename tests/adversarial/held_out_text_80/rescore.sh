#!/bin/sh
# Only scores an existing attest redact output folder: ./rescore.sh OUTDIR [results.json]
cd "$(dirname "$0")" && /tmp/venv/bin/python score.py "$1" --json "${2:-results.json}"
