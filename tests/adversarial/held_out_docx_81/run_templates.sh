#!/bin/bash
# builds a pack from each altered template (sequential, demo workspace run 1), then scans the pack
cd /tmp/ho46/docx; OUT=${1:-runs/tpl1}; mkdir -p $OUT
cp -r ws/demo ws/tplws 2>/dev/null || true
for f in bases/B1_demo.docx corpus/templates/*.docx; do b=$(basename $f .docx)
  timeout 180 /tmp/ho46/bin/attest --workspace ws/tplws pack 1 --template $f --out $OUT/$b.pack.docx > $OUT/$b.pack.out 2>&1; echo $? > $OUT/$b.pack.rc
  if [ -f $OUT/$b.pack.docx ]; then timeout 120 /tmp/ho46/bin/attest --workspace ws/scan scan $OUT/$b.pack.docx > $OUT/$b.scan.out 2>&1; echo $? > $OUT/$b.scan.rc; fi
done
