#!/bin/sh
# run_attest.sh OUTDIR : redact every corpus image one at a time (per-image time and exit status recorded)
OUT=${1:-/tmp/ho49/screens/out}; WS=/tmp/ho49/screens/ws
mkdir -p "$OUT" "$OUT/_reports"
: > "$OUT/_runlog.tsv"
for f in /tmp/ho49/screens/corpus/*; do
  b=$(basename "$f")
  s=$(date +%s.%N)
  timeout 600 /tmp/ho49/bin/attest --workspace $WS redact "$f" --out "$OUT" --report "$OUT/_reports/$b.json" > "$OUT/_reports/$b.stdout" 2> "$OUT/_reports/$b.stderr"
  rc=$?
  e=$(date +%s.%N)
  echo "$b	$rc	$(echo "$e - $s" | bc)" >> "$OUT/_runlog.tsv"
done
echo finished >> "$OUT/_runlog.tsv"
