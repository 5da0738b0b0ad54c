#!/bin/bash
# rescore.sh [OUTDIR]
#   no argument : re-score the stored scan outputs (scan/ and scan_add/), under 1 s
#   OUTDIR      : re-run `attest scan` on all 280 corpus files into OUTDIR and the 35 addendum files into OUTDIR/addendum
#                 (2 in parallel, nice 10; ~12-13 min on the shared 2-core box), then score them
set -e
R=/tmp/ho45/docx
scan_dir() {  # $1 = file glob dir, $2 = out dir
  mkdir -p "$2"
  ls $1/*.docx | xargs -P 2 -I{} bash -c 'f="{}"; o="'"$2"'"; b=$(basename "$f" .docx); s=$(date +%s.%N); nice -n 10 /tmp/ho45/bin/attest --workspace '"$R"'/scanws_rescore scan "$f" > "$o/$b.out" 2>&1; rc=$?; echo "$rc $(echo "$(date +%s.%N)-$s" | bc)" > "$o/$b.rc"'
}
if [ -n "$1" ]; then
  OUT=$(readlink -f "$1"); rm -rf "$R/scanws_rescore"
  scan_dir $R/corpus "$OUT"; scan_dir $R/addendum "$OUT/addendum"
  /tmp/venv/bin/python $R/gen/score.py "$OUT"; /tmp/venv/bin/python $R/gen/score_addendum.py "$OUT/addendum"
else
  /tmp/venv/bin/python $R/gen/score.py $R/scan; /tmp/venv/bin/python $R/gen/score_addendum.py $R/scan_add
fi
