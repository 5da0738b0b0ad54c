#!/bin/sh
# rescore.sh OUTDIR  -- only scores an existing redact output folder
cd /tmp/ho51/text && python3 score.py "$1" --json "${2:-results.json}"
