#!/bin/bash
# run.sh OUTDIR : runs attest redact over the corpus in batches of 20 (fresh workspace each), then scores
OUT=${1:-/tmp/ho51/text/out}; W=/tmp/ho51/text/ws; L=/tmp/ho51/text/runlog
mkdir -p "$OUT" "$W" "$L"
cd /tmp/ho51/text/corpus
ls | sort > "$L/files.txt"
split -l 20 -d "$L/files.txt" "$L/batch_"
for b in "$L"/batch_??; do
  n=$(basename $b); s=$(date +%s.%N)
  timeout 600 /tmp/ho51/bin/attest --workspace "$W/$n" redact $(cat $b) --out "$OUT" --report "$L/$n.report.json" >"$L/$n.stdout" 2>"$L/$n.stderr"
  rc=$?; e=$(date +%s.%N); echo "$n rc=$rc secs=$(echo "$e - $s" | bc)" | tee -a "$L/rc.txt"
done
/tmp/ho51/text/rescore.sh "$OUT"
