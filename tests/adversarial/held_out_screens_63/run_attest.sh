#!/bin/bash
# one attest process per image, timed; then one batch
cd /tmp/ho40/screens
A=/tmp/ho40/bin/attest; WS=/tmp/ho40/screens/ws
mkdir -p out reports logs
echo "file,wall_s,rc" > timings_attest.csv
for f in corpus/*; do
  b=$(basename "$f")
  s=$(date +%s.%N)
  nice -n 10 $A --workspace $WS redact "$f" --out out --report reports/$b.json > logs/$b.out 2> logs/$b.err
  rc=$?
  e=$(date +%s.%N)
  echo "$b,$(echo "$e - $s" | bc),$rc" >> timings_attest.csv
done
