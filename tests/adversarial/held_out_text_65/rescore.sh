#!/bin/bash
# usage: ./rescore.sh [OUTDIR]   (default: out1). Re-scores OUTDIR against truth.json; if OUTDIR does not exist,
# re-runs attest redact on the frozen corpus into it first. Also runs `attest scan` on corpus and OUTDIR.
set -u
cd /tmp/ho41/text
OUT=${1:-out1}
sha256sum -c --quiet MANIFEST.sha256 || { echo "corpus/truth changed since freeze!"; exit 3; }
if [ ! -d "$OUT" ]; then
  /usr/bin/time -f "redact wall %e s, user %U s" /tmp/ho41/bin/attest --workspace /tmp/ho41/text/ws redact corpus/* --out "$OUT" --report "$OUT.report.json" > "$OUT.stdout" 2> "$OUT.stderr"
  grep -E "error|redact wall" "$OUT.stderr"
  echo "bytes: $(cat corpus/* | wc -c)"
fi
/tmp/venv/bin/python gen/score.py "$OUT" --json "$OUT.score.json" > "$OUT.score.txt"
head -8 "$OUT.score.txt"
echo "leak lines: $(grep -c ^LEAK "$OUT.score.txt")  lost keeps: $(grep -c ^LOST "$OUT.score.txt")  (details in $OUT.score.txt)"
/tmp/ho41/bin/attest --workspace /tmp/ho41/text/ws scan corpus > "$OUT.scan_orig.txt" 2>&1
echo "scan originals: flagged $(grep -oE '^corpus/f[0-9]+' "$OUT.scan_orig.txt" | sort -u | wc -l) / $(ls corpus | wc -l) files"
/tmp/ho41/bin/attest --workspace /tmp/ho41/text/ws scan "$OUT" > "$OUT.scan_out.txt" 2>&1
echo "scan outputs: flagged $(grep -oE "^$OUT/f[0-9]+" "$OUT.scan_out.txt" | sort -u | wc -l) / $(ls "$OUT" | wc -l) files"
