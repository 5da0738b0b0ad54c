#!/bin/bash
# run Attest over corpus in batches of 20, fresh workspace each
cd /tmp/ho54/text
rm -rf out ws run; mkdir -p out ws run
ls corpus | sort > run/files.txt
split -l 20 -d run/files.txt run/batch_
for b in run/batch_*; do
  n=$(basename $b)
  args=$(sed 's#^#corpus/#' $b)
  start=$(date +%s.%N)
  nice /tmp/ho54/bin/attest --workspace ws/$n redact --out out/$n --report run/$n.report.json $args > run/$n.stdout 2> run/$n.stderr
  echo "$n rc=$? secs=$(echo "$(date +%s.%N) - $start" | bc)" >> run/rc.txt
done
