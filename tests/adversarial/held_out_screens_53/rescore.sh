#!/bin/bash
# Re-score redacted outputs against the frozen truth.  Usage: ./rescore.sh [OUTDIR]   (default: out)
# OCR of the originals is cached in score/cache_orig.json; add FRESH=1 to recompute everything.
cd /tmp/ho37/screens; OUTD=${1:-out}; tag=$(echo "$OUTD" | tr '/' '_')
(cd corpus && grep -v -E " (truth.json|src/|run_attest)" ../MANIFEST.sha256 | sha256sum -c --quiet) && grep " truth.json" MANIFEST.sha256 | sha256sum -c --quiet || { echo "corpus/truth changed!"; exit 1; }
[ -z "${FRESH:-}" ] && cp score/cache_orig_full.json score/rescore_$tag.json.cache.json
venv/bin/python src/score.py truth.json corpus "$OUTD" score/rescore_$tag.json > score/rescore_$tag.log 2>&1 && venv/bin/python src/summarize.py score/rescore_$tag.json "$OUTD" | tee score/rescore_$tag.summary.txt
