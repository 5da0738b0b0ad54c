#!/bin/bash
# run_scan.sh OUTDIR : one `attest scan` per corpus file; stores stdout/stderr/rc/time per file
OUT=${1:?OUTDIR}; mkdir -p "$OUT"; A=/tmp/ho48/bin/attest; WS=/tmp/ho48/docx/ws_scan
for f in /tmp/ho48/docx/corpus/*.docx; do b=$(basename "$f" .docx)
  s=$(date +%s.%N); timeout 300 $A --workspace $WS scan "$f" >"$OUT/$b.out" 2>"$OUT/$b.err"; echo $? >"$OUT/$b.rc"
  echo "$(date +%s.%N) - $s" | bc > "$OUT/$b.time"; done
