#!/bin/sh
# redact the corpus with the frozen attest, then score and leak-scan the outputs
cd "$(dirname "$0")"
A=/tmp/ho48/bin/attest
rm -rf ws out; mkdir -p out logs
( time $A --workspace ws redact corpus/* --out out --report logs/redact_report.json ) > logs/redact.stdout 2> logs/redact.stderr
echo "redact rc=$?" >> logs/redact.stderr
./rescore.sh out results.json > logs/score.txt
$A --workspace ws scan out/* > logs/scan_out.txt 2>&1; echo "scan rc=$?" >> logs/scan_out.txt
