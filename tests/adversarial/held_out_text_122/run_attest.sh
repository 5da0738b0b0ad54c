#!/bin/bash
# run Attest on corpus/ in batches of 20 (fresh workspace each); outputs in $1 (default out/), logs in runs/
OUT=${1:-out}; A=/tmp/ho56/bin/attest
cd /tmp/ho56/text; mkdir -p $OUT runs
ls corpus | split -l 20 - runs/batch_
for b in runs/batch_??; do
  n=$(basename $b); ws=/tmp/ho56/text/ws/$n; rm -rf $ws
  files=$(sed 's|^|corpus/|' $b)
  /usr/bin/time -f "%e s" -o runs/$n.time nice timeout 600 $A --workspace $ws redact --out $OUT --report runs/$n.report.json $files >runs/$n.stdout 2>runs/$n.stderr
  echo "$n rc=$? $(cat runs/$n.time)"
done
