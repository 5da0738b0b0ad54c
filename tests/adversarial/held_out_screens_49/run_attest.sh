#!/bin/bash
# one attest redact invocation per image (so per-image wall time is measured); outputs all into out/
cd /tmp/ho36/screens
: > timing/times.tsv
for f in corpus/*; do
  b=$(basename "$f")
  s=$(date +%s.%N)
  /tmp/ho36/bin/attest --workspace ws redact "$f" --out out --report "timing/$b.report.json" > "timing/$b.stdout" 2> "timing/$b.stderr"
  rc=$?
  e=$(date +%s.%N)
  echo -e "$b\t$rc\t$(echo "$e - $s" | bc)" >> timing/times.tsv
done
echo ALLDONE >> timing/times.tsv
