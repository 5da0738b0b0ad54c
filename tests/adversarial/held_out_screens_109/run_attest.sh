#!/bin/bash
# one `attest redact` per image (timing, exit code, stderr per image); then attest scan on originals and outputs
cd /tmp/ho52/screens
: > logs/times.tsv
for f in corpus/*.png corpus/*.jpg; do
  b=$(basename "$f"); s=${b%.*}
  st=$(date +%s.%N)
  timeout 300 nice /tmp/ho52/bin/attest --workspace ws redact --out out --report reports/$s.json "$f" > logs/$s.out 2> logs/$s.err
  rc=$?
  en=$(date +%s.%N)
  echo -e "$b\t$rc\t$(echo "$en - $st" | bc)" >> logs/times.tsv
done
nice /tmp/ho52/bin/attest --workspace ws scan corpus > logs/scan_orig.txt 2>&1; echo "rc=$?" >> logs/scan_orig.txt
nice /tmp/ho52/bin/attest --workspace ws scan out > logs/scan_out.txt 2>&1; echo "rc=$?" >> logs/scan_out.txt
echo ALLDONE >> logs/times.tsv
