#!/bin/bash
# Runs Attest over corpus/ in batches of 20 (fresh workspace each), then attest scan on each batch's output.
set -u
H=/tmp/ho55/text; A=/tmp/ho55/bin/attest
rm -rf $H/out $H/runlogs; mkdir -p $H/out $H/runlogs
cd $H/corpus
ls | sort > $H/runlogs/files.txt
split -l 20 -d $H/runlogs/files.txt $H/runlogs/batch_
for b in $H/runlogs/batch_??; do
  n=$(basename $b); ws=$H/ws_$n; rm -rf $ws
  s=$(date +%s.%N)
  nice $A --workspace $ws redact --out $H/out --report $H/runlogs/$n.report.json $(cat $b) >$H/runlogs/$n.stdout 2>$H/runlogs/$n.stderr
  rc=$?; e=$(date +%s.%N)
  echo "$n rc=$rc secs=$(echo "$e - $s" | bc)" | tee -a $H/runlogs/timing.txt
done
for b in $H/runlogs/batch_??; do
  n=$(basename $b)
  (cd $H/out && nice $A scan $(cat $b) >$H/runlogs/$n.scan.stdout 2>$H/runlogs/$n.scan.stderr; echo "$n scan rc=$?" >> $H/runlogs/timing.txt)
done
