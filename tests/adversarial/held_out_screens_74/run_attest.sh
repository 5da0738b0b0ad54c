#!/bin/bash
# one process per image, timed; then one batch run
cd /tmp/ho44/screens
A=/tmp/ho44/bin/attest; WS=/tmp/ho44/screens/ws
mkdir -p out_single out_batch reports
: > timings_single.tsv
for f in corpus/*; do
  b=$(basename "$f"); s=${b%.*}
  t0=$(date +%s.%N)
  $A --workspace $WS redact "$f" --out out_single --report reports/$s.json > reports/$s.log 2>&1; rc=$?
  t1=$(date +%s.%N)
  echo -e "$b\t$rc\t$(echo "$t1 - $t0" | bc)" >> timings_single.tsv
done
t0=$(date +%s.%N)
$A --workspace $WS redact corpus/* --out out_batch --report reports/_batch.json > reports/_batch.log 2>&1; echo "batch rc=$? secs=$(echo "$(date +%s.%N) - $t0" | bc)" > timing_batch.txt
