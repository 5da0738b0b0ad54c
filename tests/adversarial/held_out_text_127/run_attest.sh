#!/bin/bash
# run Attest in batches of 20, fresh workspace per batch
cd /tmp/ho57/text; rm -rf out runs; mkdir -p out runs
ls corpus | split -l 20 - runs/batch_
for b in runs/batch_*; do n=$(basename $b); ws=runs/ws_$n; files=$(sed 's#^#corpus/#' $b)
  /usr/bin/time -f "%e s" nice /tmp/ho57/bin/attest --workspace $ws redact --out out --report runs/$n.report.json $files > runs/$n.stdout 2> runs/$n.stderr; echo "$n rc=$? $(tail -1 runs/$n.stderr)"
done
