#!/bin/bash
# Runs the frozen Attest on the corpus: per-file scan (rc, output, time), then packs from altered templates.
# usage: run_attest.sh OUTDIR
set -u
ROOT=/tmp/ho40/docx; OUT=${1:-$ROOT/out1}; AT=/tmp/ho40/bin/attest
mkdir -p $OUT/scan $OUT/packs $OUT/packscan
WS=$OUT/ws; rm -rf $WS; $AT --workspace $WS demo > $OUT/demo.log 2>&1
for f in $ROOT/corpus/altered/*.docx $ROOT/corpus/controls/*.docx $ROOT/corpus/templates/*.docx $ROOT/base/*.docx; do
  n=$(basename $f .docx)
  s=$(date +%s.%N)
  nice -n 10 $AT --workspace $WS scan $f > $OUT/scan/$n.out 2> $OUT/scan/$n.err; echo $? > $OUT/scan/$n.rc
  e=$(date +%s.%N); echo "$e - $s" | bc > $OUT/scan/$n.time
done
for f in $ROOT/corpus/templates/*.docx; do
  n=$(basename $f .docx)
  nice -n 10 $AT --workspace $WS pack 1 --template $f --out $OUT/packs/$n.pack.docx > $OUT/packs/$n.out 2> $OUT/packs/$n.err; echo $? > $OUT/packs/$n.rc
  if [ -f $OUT/packs/$n.pack.docx ]; then
    nice -n 10 $AT --workspace $WS scan $OUT/packs/$n.pack.docx > $OUT/packscan/$n.out 2>&1; echo $? > $OUT/packscan/$n.rc
  fi
done
echo finished > $OUT/FINISHED
