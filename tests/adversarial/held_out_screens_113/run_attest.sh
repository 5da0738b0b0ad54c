#!/bin/bash
# run_attest.sh RUN : redact each corpus image on its own (timed), then scan originals and outputs.
RUN=${1:-run1}; A=/tmp/ho53/bin/attest; WS=/tmp/ho53/screens/work/ws_$RUN; OUT=/tmp/ho53/screens/out_$RUN
mkdir -p $OUT $OUT.reports; : > $OUT.times.tsv
for img in $(ls corpus/*.png corpus/*.jpg | sort); do n=$(basename $img); b=${n%.*}
  t0=$(date +%s.%N)
  nice timeout 600 $A --workspace $WS redact --out $OUT --report $OUT.reports/$b.json $img > $OUT.reports/$b.stdout 2> $OUT.reports/$b.stderr
  rc=$?; t1=$(date +%s.%N)
  echo -e "$b\t$rc\t$(echo "$t1 - $t0" | bc)" >> $OUT.times.tsv
done
nice $A --workspace $WS scan $(ls corpus/*.png corpus/*.jpg | sort) > $OUT.scan_orig.txt 2>&1; echo "rc=$?" >> $OUT.scan_orig.txt
nice $A --workspace $WS scan $OUT > $OUT.scan_out.txt 2>&1; echo "rc=$?" >> $OUT.scan_out.txt
