#!/bin/bash
# usage: run_scan.sh OUTDIR  -- one `attest scan` per corpus file; stdout+stderr+rc saved per file
OUT=${1:-runs/scan1}; mkdir -p $OUT; cd /tmp/ho46/docx
ls corpus/altered/*.docx corpus/controls/*.docx corpus/templates/*.docx | xargs -P 6 -I{} bash -c 'f={}; b=$(basename $f .docx); d=$(basename $(dirname $f)); mkdir -p '$OUT'/$d; s=$(date +%s.%N); timeout 120 /tmp/ho46/bin/attest --workspace ws/scan scan "$f" >'$OUT'/$d/$b.out 2>&1; echo $? > '$OUT'/$d/$b.rc; e=$(date +%s.%N); echo "$e - $s" | bc > '$OUT'/$d/$b.time'
