#!/bin/bash
cd /tmp/ho38/docx; OUT=probes/nolabel/scan; mkdir -p $OUT
while pgrep -f tpl_experiment.py >/dev/null; do sleep 5; done
for f in probes/nolabel/*.docx; do b=$(basename $f .docx); [ -f $OUT/$b.rc ] && continue
  s=$(date +%s.%N); timeout 300 nice -n 10 /tmp/ho38/bin/attest --workspace ws_scan scan $f > $OUT/$b.out 2>&1; echo $? > $OUT/$b.rc; e=$(date +%s.%N); echo "$e - $s" | bc > $OUT/$b.time
done; echo done > $OUT/ALL_DONE
