#!/bin/sh
# usage: run_attest.sh OUTDIR  -- one attest redact per image (crash isolation, timing)
H=/tmp/ho50/screens; OUT=${1:-$H/out}; WS=$OUT.ws; mkdir -p "$OUT" "$OUT.log"
for f in $H/corpus/*; do
  b=$(basename "$f")
  s=$(date +%s.%N)
  timeout 600 /tmp/ho50/bin/attest --workspace "$WS" redact "$f" --out "$OUT" --report "$OUT.log/$b.report.json" > "$OUT.log/$b.out" 2> "$OUT.log/$b.err"
  rc=$?; e=$(date +%s.%N)
  echo "$b rc=$rc t=$(echo "$e - $s" | bc)" >> "$OUT.log/runs.txt"
done
