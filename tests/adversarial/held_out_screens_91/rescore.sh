#!/bin/bash
# usage: rescore.sh OUTDIR  -- only scores (OCR of OUTDIR/redacted with both engines, then figures)
ROOT=/tmp/ho48/screens; OUT=${1:?}
cd $ROOT
ls $OUT/redacted/* >/dev/null 2>&1 || exit 1
./venv/bin/python ocr.py $OUT/out_ocr.json $OUT/redacted/*
./venv/bin/python score.py work/baseline_ocr.json $OUT/out_ocr.json $OUT/redacted $OUT/results.json
./venv/bin/python summarize.py $OUT/results.json $OUT > $OUT/summary.md
cat $OUT/summary.md | head -60
