#!/bin/sh
# Re-run Attest on the frozen corpus and score it (one command): sh /tmp/ho33/text/rescore.sh [OUTDIR]
set -e
cd /tmp/ho33/text
grep -v score.py MANIFEST.sha256 | sha256sum -c - >/dev/null && (cd corpus && sha256sum -c ../MANIFEST.corpus.sha256 >/dev/null) || { echo "corpus/truth changed"; exit 1; }
D=${1:-/tmp/ho33/text/rerun}
rm -rf "$D"; mkdir -p "$D"
/tmp/venv/bin/attest --workspace "$D/ws" redact corpus/* --out "$D/out" --report "$D/report.json" > "$D/redact.stdout" 2> "$D/redact.stderr"
python3 score.py "$D/out" --report "$D/report.json" --json "$D/results.json" > "$D/score.txt"; head -3 "$D/score.txt"
/tmp/venv/bin/attest --workspace "$D/ws" scan corpus > "$D/scan_corpus.txt" 2>&1 || true
/tmp/venv/bin/attest --workspace "$D/ws" scan "$D/out" > "$D/scan_out.txt" 2>&1 || true
tail -1 "$D/scan_corpus.txt"; tail -1 "$D/scan_out.txt"
