#!/bin/bash
# usage: run_scan.sh OUTDIR [FILES...]  -- runs attest scan per file, records rc/stdout/stderr/time
OUT=${1:-/tmp/ho44/docx/out/scan}; shift
mkdir -p "$OUT"; WS=/tmp/ho44/docx/ws_scan
FILES=("$@"); [ ${#FILES[@]} -eq 0 ] && FILES=(/tmp/ho44/docx/corpus/*.docx)
for f in "${FILES[@]}"; do b=$(basename "$f" .docx)
  s=$(date +%s.%N); timeout 600 nice -n 10 /tmp/ho44/bin/attest --workspace $WS scan "$f" > "$OUT/$b.out" 2> "$OUT/$b.err"; echo $? > "$OUT/$b.rc"; e=$(date +%s.%N)
  echo "$e - $s" | bc > "$OUT/$b.time"
done
