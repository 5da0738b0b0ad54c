#!/bin/sh
# One command to re-run both scored rounds end to end (about 20 min on 2 cores):
#   round 1: corpus/ truth.json  -> out/  results/   (MANIFEST.sha256)
#   round 2: corpus2/ truth2.json -> out2/ results2/ (MANIFEST2.sha256), incl. supplements supp2.py, supp2b.py
set -e
cd /tmp/ho35/fields
/tmp/venv/bin/python gen.py  && sha256sum -c --quiet MANIFEST.sha256
/tmp/venv/bin/python run.py  > run.log 2>&1
/tmp/venv/bin/python score.py > score.log 2>&1
/tmp/venv/bin/python gen2.py && sha256sum -c --quiet MANIFEST2.sha256
/tmp/venv/bin/python run2.py > run2.log 2>&1
/tmp/venv/bin/python supp2.py > supp2.log 2>&1     # shows the copy-advanced-so-original-looks-rolled-back refusal
/tmp/venv/bin/python supp2b.py > supp2b.log 2>&1   # trust, then --with-files packs, verify, gc
/tmp/venv/bin/python score2.py > score2.log 2>&1
head -3 score.log score2.log
