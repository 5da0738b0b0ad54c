#!/bin/sh
# usage: ./rescore.sh [OUTDIR]   (default: out) -- rescore Attest output against truth.json; ~3 s.
cd "$(dirname "$0")"
OUT="${1:-out}"
/tmp/venv/bin/python score.py truth.json corpus "$OUT" r.json
