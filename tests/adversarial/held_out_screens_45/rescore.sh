#!/bin/bash
# Re-score: runs Attest only if out/ is empty, OCRs only what is not cached in ocr/, then scores.
# Full fresh run: rm -rf out reports ocr timings.tsv && ./rescore.sh
set -e; cd /tmp/ho35/screens
sha256sum -c --quiet MANIFEST.sha256
[ "$(ls out 2>/dev/null | wc -l)" -gt 0 ] || { mkdir -p out reports; ./run_attest.sh; }
/tmp/ho35/screens/venv/bin/python ocr.py rapid corpus out > /dev/null
OMP_THREAD_LIMIT=1 /tmp/venv/bin/python ocr.py tess corpus out > /dev/null
/tmp/venv/bin/python score.py && /tmp/venv/bin/python fallback.py && /tmp/venv/bin/python report.py > /dev/null && /tmp/venv/bin/python metacheck.py | head -4
