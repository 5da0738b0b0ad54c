#!/bin/bash
# Per-image timed runs (one process per image), then one batch run.
cd /tmp/ho39/screens
A=/tmp/ho39/bin/attest; WS=/tmp/ho39/screens/ws
mkdir -p out/single reports logs
: > times_single.tsv
for f in corpus/*; do
  b=$(basename "$f"); s=$(date +%s.%N)
  nice -n 10 $A --workspace $WS redact "$f" --out out/single --report "reports/${b%.*}.json" > "logs/${b%.*}.log" 2>&1
  rc=$?; e=$(date +%s.%N)
  printf "%s\t%s\t%.2f\n" "$b" "$rc" "$(echo "$e - $s" | bc)" >> times_single.tsv
done
s=$(date +%s.%N)
nice -n 10 $A --workspace $WS redact corpus/* --out out/batch --report reports_batch.json > logs/batch.log 2>&1
echo "batch rc=$? seconds=$(echo "$(date +%s.%N) - $s" | bc) files=$(ls corpus | wc -l)" > times_batch.txt
