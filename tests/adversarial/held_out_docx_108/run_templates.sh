#!/bin/bash
cd /tmp/ho52/docx; A=/tmp/ho52/bin/attest
[ -d ws_tpl ] || cp -r ws ws_tpl
mkdir -p results/templates packs
for f in corpus/templates/*.docx; do
  n=$(basename $f); o=results/templates/$n.json
  [ -f $o ] && continue
  rm -f packs/$n
  timeout 300 nice $A --workspace ws_tpl pack 1 --template "$f" --out packs/$n > results/_out 2> results/_err; rc=$?
  src=0; sout=""; 
  if [ -f packs/$n ]; then timeout 180 nice $A scan packs/$n > results/_sout 2>&1; src=$?; else echo "" > results/_sout; fi
  ./venv/bin/python -c "import json,os; json.dump({'rc':$rc,'out':open('results/_out',errors='replace').read(),'err':open('results/_err',errors='replace').read(),'written':os.path.exists('packs/$n'),'scan_rc':$src,'scan_out':open('results/_sout',errors='replace').read()}, open('$o','w'))"
done
echo TPLDONE
