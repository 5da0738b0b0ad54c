#!/bin/bash
# Per-image timed runs, then one batch run, then plain RapidOCR timing. Usage: ./run_attest.sh
cd /tmp/ho45/screens
A=/tmp/ho45/bin/attest; mkdir -p out_single reports logs out_batch
: > logs/times_single.tsv
for f in corpus/*; do
  b=$(basename "$f"); s=$(date +%s.%N)
  nice -n 10 $A --workspace /tmp/ho45/screens/ws redact "$f" --out out_single --report "reports/${b}.json" > "logs/${b}.out" 2> "logs/${b}.err"; rc=$?
  e=$(date +%s.%N); echo -e "$b\t$rc\t$(echo "$e - $s" | bc)" >> logs/times_single.tsv
done
s=$(date +%s.%N)
nice -n 10 $A --workspace /tmp/ho45/screens/ws redact corpus/* --out out_batch --report reports/batch.json > logs/batch.out 2> logs/batch.err; echo "batch rc=$? secs=$(echo "$(date +%s.%N) - $s" | bc)" > logs/batch_time.txt
