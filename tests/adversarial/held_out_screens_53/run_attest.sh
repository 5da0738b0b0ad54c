#!/bin/bash
# Runs the frozen Attest once over the frozen corpus: one `attest redact` per image (timed), then `attest scan` on originals and outputs.
set -u
cd /tmp/ho37/screens
A=/tmp/ho37/bin/attest; WS=/tmp/ho37/screens/ws
rm -rf out reports run; mkdir -p out reports run
# startup baseline (tiny blank image, not part of the corpus)
/tmp/venv/bin/python -c "from PIL import Image; Image.new('RGB',(32,32),'white').save('run/blank.png')"
for i in 1 2; do s=$(date +%s.%N); $A --workspace $WS redact run/blank.png --out run/blank_out >/dev/null 2>&1; e=$(date +%s.%N); echo "blank $(echo "$e - $s" | bc)" >> run/times.txt; done
for f in $(ls corpus | sort); do
  s=$(date +%s.%N)
  $A --workspace $WS redact corpus/$f --out out --report reports/$f.json > run/$f.stdout 2> run/$f.stderr
  rc=$?; e=$(date +%s.%N)
  echo "$f $(echo "$e - $s" | bc) rc=$rc" >> run/times.txt
done
# one batch run too (all images in one process) for the per-image time without start-up
s=$(date +%s.%N); $A --workspace $WS redact $(ls -d corpus/* | sort) --out run/batch_out > run/batch.stdout 2> run/batch.stderr; echo "batch_all $(echo "$(date +%s.%N) - $s" | bc) rc=$?" >> run/times.txt
$A --workspace $WS scan corpus > run/scan_corpus.txt 2>&1; echo "scan_corpus rc=$?" >> run/times.txt
$A --workspace $WS scan out > run/scan_out.txt 2>&1; echo "scan_out rc=$?" >> run/times.txt
