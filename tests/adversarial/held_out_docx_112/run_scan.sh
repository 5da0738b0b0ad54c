#!/bin/bash
# one `attest scan` per file, sequential, niced; writes results.jsonl
cd /tmp/ho53/docx; out=${1:-results.jsonl}; : > $out
for f in corpus/*.docx; do
  b=$(basename $f); s=$(date +%s.%N)
  timeout 300 nice /tmp/ho53/bin/attest --workspace /tmp/ho53/docx/ws_scan scan "$f" > /tmp/ho53/docx/.o 2> /tmp/ho53/docx/.e; rc=$?
  e=$(date +%s.%N)
  ./venv/bin/python -c "import json,sys; print(json.dumps(dict(file=sys.argv[1], rc=int(sys.argv[2]), out=open('.o',errors='replace').read()[-4000:], err=open('.e',errors='replace').read()[-4000:], secs=float(sys.argv[4])-float(sys.argv[3]))))" "$b" $rc $s $e >> $out
done
