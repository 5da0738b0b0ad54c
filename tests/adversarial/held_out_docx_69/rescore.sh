#!/bin/sh
# Re-run Attest's scan on the frozen corpus (altered, controls, templates), build packs from the altered templates, and score.
# usage: ./rescore.sh [OUTDIR]   (default /tmp/ho42/docx/results_rerun). Takes about 11-12 minutes on this machine.
set -e
D=/tmp/ho42/docx
OUT=${1:-$D/results_rerun}
mkdir -p "$OUT"
cd "$D" && grep -v " gen/" MANIFEST.sha256 | sha256sum -c --quiet   # corpus, bases and truth unchanged since the freeze (gen/run_templates.py was fixed after it, see FIRST_REPORT.md)
/tmp/venv/bin/python $D/gen/run_scan.py "$OUT"
/tmp/venv/bin/python $D/gen/run_templates.py "$OUT"
/tmp/venv/bin/python $D/gen/score.py "$OUT"
echo "report: $OUT/score.md"
