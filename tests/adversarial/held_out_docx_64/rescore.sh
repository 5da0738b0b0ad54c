#!/bin/bash
# usage: rescore.sh [OUTDIR]   (re-scores saved Attest outputs; if OUTDIR has none, runs Attest first (~15 min), then scores (~10 s))
OUT=${1:-/tmp/ho40/docx/out1}
[ -f $OUT/FINISHED ] || /tmp/ho40/docx/run_attest.sh $OUT
/tmp/venv/bin/python /tmp/ho40/docx/gen/score.py $OUT | tee $OUT/score.txt
