#!/bin/sh
# re-score: redact the frozen corpus with the frozen Attest and score it
cd /tmp/ho37/text
rm -rf out && mkdir out
/usr/bin/time -v -o redact_time.txt /tmp/ho37/bin/attest --workspace /tmp/ho37/text/ws redact corpus/* --out out --report redact_report.json > redact_stdout.txt 2> redact_stderr.txt
echo "redact exit $?"
grep -E "Elapsed|Maximum resident" redact_time.txt
/tmp/venv/bin/python score.py corpus out --json result.json
