#!/bin/sh
# Re-run the whole held-out typed-fields test: verify frozen corpora, run rounds r1-r3 against /tmp/ho34/bin/attest
# in fresh workspaces (ws, ws2, ws3; HOME/XDG under home, home2, home3), score, and write results.md.
# Note: re-running r1 writes artifacts_r1/ (the original r1 run is kept in results_r1_original/).
set -e
cd /tmp/ho34/fields
ROUND=r1 /tmp/venv/bin/python suite/run_all.py > artifacts_r1.log 2>&1 || true
ROUND=r2 /tmp/venv/bin/python suite/run_all.py > run_r2.log 2>&1 || true
ROUND=r3 /tmp/venv/bin/python suite/run_all.py > run_r3.log 2>&1 || true
ROUND=r4 /tmp/venv/bin/python suite/run_all.py > run_r4.log 2>&1 || true
/tmp/venv/bin/python suite/summarise.py
