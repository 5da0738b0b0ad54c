#!/bin/sh
# One command to re-run everything: frozen-corpus check, run 1 (scored), run 2 (supplementary), tables.
cd /tmp/ho33/fields || exit 1
./run_all.sh | tail -1
/tmp/venv/bin/python drive2.py > results_drive2.log 2>&1
/tmp/venv/bin/python check2.py | head -1
/tmp/venv/bin/python classify.py > results/summary.md
/tmp/venv/bin/python cmdtable.py
cat results/summary.md | grep -E '^(##|raw|corrected)'
