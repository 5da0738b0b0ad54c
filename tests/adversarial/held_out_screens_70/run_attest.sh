#!/bin/bash
# one process per image, timed; then a batch run
cd /tmp/ho43/screens
mkdir -p out_single reports logs
echo "item,seconds,rc" > logs/attest_times.csv
for f in corpus/*; do
  b=$(basename "$f"); it="${b%.*}"
  mkdir -p out_single/$it
  s=$(date +%s.%N)
  /tmp/ho43/bin/attest --workspace /tmp/ho43/screens/ws redact "$f" --out out_single/$it --report reports/$it.json > logs/$it.out 2> logs/$it.err
  rc=$?
  e=$(date +%s.%N)
  echo "$it,$(echo "$e - $s" | bc),$rc" >> logs/attest_times.csv
done
s=$(date +%s.%N)
/tmp/ho43/bin/attest --workspace /tmp/ho43/screens/ws redact corpus/* --out out_batch --report reports/batch.json > logs/batch.out 2> logs/batch.err
echo "batch,$(echo "$(date +%s.%N) - $s" | bc),$?" >> logs/attest_times.csv
