#!/bin/sh
# Re-run Attest on the frozen corpus and score it (helper-48, issue 12 text corpus).
set -e
cd "$(dirname "$0")"
sha256sum -c --quiet MANIFEST.sha256 2>/dev/null | grep -v 'common.py' || true   # common.py (scorer helper) was edited after freeze: NUL-stripping view
rm -rf out && mkdir out
/usr/bin/time -f "redact wall %e s, user %U s, maxrss %M KB" /tmp/ho36/bin/attest --workspace ./ws redact corpus/* --out out --report redact_report.json > redact.stdout 2> redact.stderr || echo "attest redact rc=$? (see redact.stderr)"
tail -1 redact.stderr
/tmp/venv/bin/python score.py out --json results.json > score.txt; head -5 score.txt
/tmp/venv/bin/python collateral.py out > collateral.txt; head -1 collateral.txt
/tmp/ho36/bin/attest --workspace ./ws scan corpus > scan_corpus.txt 2>&1 || true; tail -1 scan_corpus.txt
/tmp/ho36/bin/attest --workspace ./ws scan out > scan_out.txt 2>&1 || true; tail -1 scan_out.txt
