#!/bin/bash
# per-image Attest runs (one process each, timed) then one batch run
cd /tmp/ho38/screens
A=/tmp/ho38/bin/attest; WS=/tmp/ho38/screens/ws
mkdir -p runs/out_single runs/reports runs/logs
: > runs/times.tsv
for f in corpus/*; do
  b=$(basename "$f"); s=${b%.*}
  t0=$(date +%s.%N)
  nice -n 5 $A --workspace $WS redact "$f" --out runs/out_single --report runs/reports/$s.json > runs/logs/$s.out 2> runs/logs/$s.err
  rc=$?
  t1=$(date +%s.%N)
  echo -e "$b\t$rc\t$(echo "$t1 - $t0" | bc)" >> runs/times.tsv
done
t0=$(date +%s.%N)
nice -n 5 $A --workspace $WS redact corpus/* --out runs/out_batch --report runs/batch_report.json > runs/logs/batch.out 2> runs/logs/batch.err
echo -e "BATCH\t$?\t$(echo "$(date +%s.%N) - $t0" | bc)" >> runs/times.tsv
