#!/bin/bash
# run attest scan per file: runs/<name>/{NAME.out,NAME.err,NAME.rc,NAME.time}
OUT=${1:-runs/scan1}; shift; FILES=${@:-corpus/*.docx base/*.docx}
mkdir -p $OUT
for f in $FILES; do
  n=$(basename $f)
  [ -f $OUT/$n.rc ] && continue
  s=$(date +%s.%N)
  timeout 300 nice -n 10 /tmp/ho41/bin/attest --workspace ws/scan scan $f > $OUT/$n.out 2> $OUT/$n.err
  echo $? > $OUT/$n.rc
  e=$(date +%s.%N); echo "$e - $s" | bc > $OUT/$n.time
done
echo done > $OUT/DONE
