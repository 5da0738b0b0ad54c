#!/bin/bash
# one `attest scan` per file; results/<set>/<name>.docx.json
cd /tmp/ho52/docx
A=/tmp/ho52/bin/attest
for f in corpus/altered/*.docx corpus/controls/*.docx; do
  rel=${f#corpus/}; o=results/$rel.json; mkdir -p $(dirname $o)
  [ -f $o ] && continue
  s=$(date +%s.%N)
  timeout 180 nice $A scan "$f" > /tmp/ho52/docx/results/_out 2> /tmp/ho52/docx/results/_err; rc=$?
  e=$(date +%s.%N)
  ./venv/bin/python -c "import json,sys; json.dump({'rc':$rc,'out':open('results/_out',errors='replace').read(),'err':open('results/_err',errors='replace').read(),'secs':$e-$s,'timeout':$rc==124}, open('$o','w'))"
done
echo ALLDONE
