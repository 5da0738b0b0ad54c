#!/bin/bash
# run attest scan once per file; store stdout+stderr, exit status, wall time. Usage: run_scan.sh [OUTDIR]
cd /tmp/ho38/docx; OUT=${1:-results/scan}; mkdir -p $OUT
for f in corpus/*.docx; do b=$(basename $f .docx)
  [ -f $OUT/$b.rc ] && continue
  s=$(date +%s.%N)
  timeout 300 nice -n 10 /tmp/ho38/bin/attest --workspace ws_scan scan $f > $OUT/$b.out 2>&1; rc=$?
  e=$(date +%s.%N); echo $rc > $OUT/$b.rc; echo "$e - $s" | bc > $OUT/$b.time
done
echo done > $OUT/ALL_DONE
