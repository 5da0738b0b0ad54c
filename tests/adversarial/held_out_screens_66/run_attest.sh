#!/bin/bash
# one process per image (timed) into out_single/, then one batch into out_batch/
cd /tmp/ho41/screens
A=/tmp/ho41/bin/attest; WS=/tmp/ho41/screens/ws
mkdir -p out_single out_batch reports logs
: > results/times_single.tsv
for f in corpus/*; do
  b=$(basename "$f"); s=$(date +%s.%N)
  nice -n 10 $A --workspace $WS redact "$f" --out out_single --report reports/${b}.json > logs/${b}.out 2> logs/${b}.err; rc=$?
  e=$(date +%s.%N); echo -e "$b\t$rc\t$(echo "$e - $s" | bc)" >> results/times_single.tsv
done
s=$(date +%s.%N)
nice -n 10 $A --workspace $WS redact corpus/* --out out_batch --report reports/batch.json > logs/batch.out 2> logs/batch.err; echo "batch rc=$? secs=$(echo "$(date +%s.%N) - $s" | bc)" > results/batch_time.txt
