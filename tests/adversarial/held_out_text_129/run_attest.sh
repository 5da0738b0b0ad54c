#!/bin/bash
# One run of Attest over the frozen corpus: batches of 20, fresh workspace per batch.
cd /tmp/ho58/text
ls corpus | sort > run/files.txt
mkdir -p run/out run/ws run/logs
i=0
split -l 20 -d run/files.txt run/batch_
for b in run/batch_*; do
  n=$(basename $b)
  args=$(sed 's#^#corpus/#' $b)
  start=$(date +%s.%N)
  nice /tmp/ho58/bin/attest --workspace run/ws/$n redact --out run/out --report run/logs/$n.report.json $args > run/logs/$n.stdout 2> run/logs/$n.stderr
  rc=$?
  end=$(date +%s.%N)
  echo "$n rc=$rc secs=$(echo "$end - $start" | bc)" >> run/logs/rc.txt
done
