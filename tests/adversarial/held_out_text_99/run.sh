#!/bin/bash
# Runs attest redact over corpus/ in batches of 20 files, fresh workspace per batch; then scores.
set -u
D=/tmp/ho50/text; OUT=${1:-$D/out}; A=/tmp/ho50/bin/attest
rm -rf "$OUT" $D/ws; mkdir -p "$OUT" $D/ws $D/runlogs
cd $D/corpus; ls | sort > $D/runlogs/files.txt
split -l 20 -d $D/runlogs/files.txt $D/runlogs/batch_
for b in $D/runlogs/batch_*; do
  n=$(basename $b)
  start=$(date +%s.%N)
  timeout 600 $A --workspace $D/ws/$n redact $(cat $b) --out "$OUT" > $D/runlogs/$n.stdout 2> $D/runlogs/$n.stderr
  echo "$n rc=$? secs=$(echo "$(date +%s.%N) - $start" | bc)" >> $D/runlogs/rc.txt
done
$D/rescore.sh "$OUT"
