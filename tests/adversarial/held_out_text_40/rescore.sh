#!/bin/sh
# Re-run Attest on the frozen corpus and score it: sh tests/adversarial/held_out_text_40/rescore.sh [ATTEST_BIN]
# (unpacks corpus.tar.xz, the files and truth exactly as scored, into a scratch folder)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
A=${1:-attest}
W=$(mktemp -d)
tar -xJf "$HERE/corpus.tar.xz" -C "$W"
cd "$W"
sha256sum -c --quiet MANIFEST.sha256 2>/dev/null || true  # (the manifest also lists the helper's scripts)
"$A" --workspace "$W/ws" redact corpus/* --out "$W/out" --report "$W/report.json" > "$W/redact.log" 2>&1 || echo "(redact exit $?)"
sed "s#/tmp/ho34/text#$W#g" "$HERE/score.py" > score.py
sed "s#/tmp/ho34/text#$W#g" "$HERE/corrected.py" > corrected.py
python3 score.py "$W/out" --json "$W/results.json" | tail -8
python3 corrected.py "$W/results.json" "$W/out"
"$A" --workspace "$W/ws" scan "$W/out" | tail -1 || true
echo "outputs in $W"
