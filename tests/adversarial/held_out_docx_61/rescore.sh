#!/bin/bash
# usage: ./rescore.sh [OUTDIR]
# Scores `attest scan` results in OUTDIR (default results/scan) against truth/truth.jsonl.
# If OUTDIR has no completed scan (no OUTDIR/DONE), first runs /tmp/ho39/bin/attest scan on every corpus file into it
# (about 11 minutes on this machine, ~2.1 s per file); scoring alone takes ~1 s.
# Also re-checks the packs written from altered templates (results/packs, results/packs2) if present.
set -e
cd /tmp/ho39/docx
OUT=${1:-results/scan}
[ -f "$OUT/DONE" ] || gen/run_scan.sh "$OUT"
/tmp/venv/bin/python gen/score.py "$OUT" | tee "$OUT/score.txt"
for d in results/packs:truth/templates.jsonl results/packs2:corpus_supplement/templates2.jsonl; do
  pd=${d%%:*}; tj=${d##*:}; [ -f $pd/DONE ] && { echo; echo "== packs from altered templates ($pd)"; /tmp/venv/bin/python gen/check_packs.py $pd $tj; }
done
