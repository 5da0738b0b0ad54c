#!/bin/sh
# redact each image on its own (per-image wall time incl. start-up), then scan originals and outputs
cd /tmp/ho57/screens
for f in corpus/*.png corpus/*.jpg; do
  b=$(basename "$f")
  s=$(date +%s.%N)
  nice /tmp/ho57/bin/attest --workspace ws redact --out out --report "times/${b}.report.json" "$f" > "times/${b}.log" 2>&1
  rc=$?
  e=$(date +%s.%N)
  echo "$b $rc $(echo "$e - $s" | bc)" >> times/times.txt
done
