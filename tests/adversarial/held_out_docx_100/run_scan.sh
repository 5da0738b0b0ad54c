#!/bin/bash
# run_scan.sh OUTDIR : one `attest scan` per corpus file, outputs kept in OUTDIR
OUT=${1:?outdir}; mkdir -p "$OUT"; A=/tmp/ho50/bin/attest; WS=/tmp/ho50/docx/ws_scan
for f in /tmp/ho50/docx/corpus/*.docx; do b=$(basename "$f" .docx)
  s=$(date +%s.%N); timeout 180 $A --workspace $WS scan "$f" > "$OUT/$b.out" 2> "$OUT/$b.err"; echo $? > "$OUT/$b.rc"
  e=$(date +%s.%N); echo "$b $(echo "$e - $s" | bc)" >> "$OUT/times.txt"
done
