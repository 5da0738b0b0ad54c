#!/bin/bash
OUT=${1:-scan_add}; mkdir -p $OUT; WS=/tmp/ho49/docx/ws_scan_add
for f in addendum/*.docx; do b=$(echo $f | tr / _)
  timeout 120 /tmp/ho49/bin/attest --workspace $WS scan "$f" > $OUT/$b.out 2> $OUT/$b.err; echo $? > $OUT/$b.rc; done
