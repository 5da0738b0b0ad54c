#!/bin/bash
# usage: run_attest.sh OUTDIR   -- redacts each corpus image separately (timing, crash isolation), then scans outputs
ROOT=/tmp/ho48/screens; OUT=${1:-$ROOT/out1}; A=/tmp/ho48/bin/attest
mkdir -p $OUT/redacted $OUT/reports $OUT/logs; WS=$OUT/ws
: > $OUT/timing.tsv
for f in $ROOT/corpus/*; do
  b=$(basename $f)
  s=$(date +%s.%N)
  timeout 900 $A --workspace $WS redact "$f" --out $OUT/redacted --report $OUT/reports/$b.json > $OUT/logs/$b.out 2> $OUT/logs/$b.err
  rc=$?; e=$(date +%s.%N)
  echo -e "$b\t$rc\t$(echo "$e - $s" | bc)" >> $OUT/timing.tsv
done
$A --workspace $WS scan $OUT/redacted > $OUT/scan.txt 2>&1; echo "scan rc=$?" >> $OUT/scan.txt
