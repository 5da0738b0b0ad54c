#!/bin/sh
# One command to re-run the test (run 1): frozen-corpus check, every command driven, every value looked for.
# (The helper's run 2 repeated run 1 with its own flow mistakes fixed; its scripts were copies of these.)
cd /tmp/ho33/fields || exit 1
./run_all.sh | tail -1
/tmp/venv/bin/python classify.py > results/summary.md
/tmp/venv/bin/python cmdtable.py
grep -E '^(##|raw|corrected)' results/summary.md
