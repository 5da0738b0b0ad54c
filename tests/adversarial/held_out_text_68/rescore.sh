#!/bin/sh
# Re-score an Attest output folder against the frozen ho42 text truth (helper-68).
# Usage: ./rescore.sh [OUTDIR]   (default: /tmp/ho42/text/out). Needs only /tmp/venv/bin/python (stdlib).
# To regenerate OUTDIR first:  /tmp/ho42/bin/attest --workspace /tmp/ho42/text/ws redact /tmp/ho42/text/corpus/* --out OUTDIR --report r.json
# Writes OUTDIR.score.json, OUTDIR.figures.md, OUTDIR.misses_by_class.md next to OUTDIR. Takes about 15 s.
set -e
HERE=/tmp/ho42/text
OUT=${1:-$HERE/out}
OUT=${OUT%/}
PY=${PY:-/tmp/venv/bin/python}
(cd "$HERE" && sha256sum -c --quiet MANIFEST.sha256 && echo "corpus, truth and generators match MANIFEST.sha256")
"$PY" "$HERE/gen/score.py" "$HERE/truth/truth.json" "$HERE/corpus" "$OUT" "$OUT.score.json" > /dev/null
"$PY" "$HERE/gen/figures.py" "$HERE/truth/truth.json" "$OUT.score.json" > "$OUT.figures.md"
"$PY" "$HERE/gen/classify.py" "$HERE/truth/truth.json" "$OUT.score.json" "$OUT" > "$OUT.misses_by_class.md"
sed -n '1,4p' "$OUT.figures.md"
grep '^keeps:' "$OUT.figures.md"
sed -n '1,20p' "$OUT.misses_by_class.md" | grep '^| C' | cut -c1-80
echo "details: $OUT.figures.md  $OUT.misses_by_class.md  $OUT.score.json"
