#!/bin/bash
# usage: ./rescore.sh [OUTDIR]   (default: out_single). Re-scores Attest outputs in OUTDIR against the frozen truth
# (truth/ for the 57 main images; if OUTDIR is out_single, out_addendum is scored too). Writes results/summary_<tag>.txt
# OCR results are cached by image content in build/ocrcache*.json, so unchanged images are not re-read.
cd /tmp/ho41/screens
OUT=$(readlink -f ${1:-out_single}); tag=$(basename $OUT); R=$PWD
export OCRCACHE=$R/build/ocrcache_rescore.json
[ -d results/rows/orig ] && [ $(ls results/rows/orig/*.json | wc -l) -ge 57 ] || nice -n 10 venv/bin/python gen/score.py "orig::$R/truth:orig" "orig::$R/addendum:orig_addendum"
rm -rf results/rows/$tag; T="out:$OUT:$R/truth:$tag"
if [ "$tag" = out_single ]; then rm -rf results/rows/out_addendum; T="$T out:$R/out_addendum:$R/addendum:out_addendum"; fi
nice -n 10 venv/bin/python gen/score.py $T > /dev/null
venv/bin/python gen/report_data.py $tag > results/summary_$tag.txt; head -6 results/summary_$tag.txt
