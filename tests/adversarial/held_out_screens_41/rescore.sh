#!/bin/bash
# Re-score: verify frozen corpus, redact with the given attest, OCR outputs (Tesseract 2x + RapidOCR alt config), score.
# usage: bash /tmp/ho34/screens/rescore.sh [ATTEST_BIN] [RUN_DIR]
set -e
H=/tmp/ho34/screens; A=${1:-/tmp/ho34/bin/attest}; RD=${2:-$H/rerun-$(date +%s)}
cd $H && grep -v " src/" MANIFEST.sha256 | sha256sum -c --quiet
mkdir -p $RD; start=$(date +%s.%N)
$A redact img/* --out $RD/out --report $RD/report.json > $RD/redact.stdout
end=$(date +%s.%N); echo "redact: $(echo "($end-$start)/$(ls img | wc -l)" | bc -l | cut -c1-5) s/image" | tee $RD/timing.txt
[ -f $H/run/ocr_in.json ] && cp -n $H/run/ocr_in.json $RD/ocr_in.json || /tmp/venv/bin/python src/ocr.py img $RD/ocr_in.json
/tmp/venv/bin/python src/ocr.py $RD/out $RD/ocr_out.json > $RD/ocr_out.log
RUN=$RD /tmp/venv/bin/python src/score.py $RD/out | tee $RD/score.txt
