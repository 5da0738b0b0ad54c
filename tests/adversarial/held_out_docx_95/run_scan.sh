#!/bin/bash
# usage: run_scan.sh OUTDIR   -- one `attest scan` per file, raw output kept
OUT=${1:-scan_out}; mkdir -p $OUT; WS=/tmp/ho49/docx/ws_scan
for f in corpus/*.docx controls/*.docx templates/*.docx; do
  b=$(echo $f | tr / _)
  s=$(date +%s.%N)
  timeout 120 /tmp/ho49/bin/attest --workspace $WS scan "$f" > $OUT/$b.out 2> $OUT/$b.err
  echo $? > $OUT/$b.rc
  e=$(date +%s.%N); echo "$e - $s" | bc > $OUT/$b.time
done
