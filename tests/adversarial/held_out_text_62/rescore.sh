#!/bin/sh
# usage: ./rescore.sh [OUTDIR]   (default: out)  -- rescore an Attest output folder against truth.json,
# writes OUTDIR.score.json and prints recall / keep-rate; then runs `attest scan` on OUTDIR.
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE/out}
/tmp/venv/bin/python "$HERE/score.py" "$OUT" --json "$OUT.score.json"
/tmp/venv/bin/python - "$OUT.score.json" <<'PY'
import json, sys, collections
r = json.load(open(sys.argv[1]))
c = collections.Counter((l['kind'], l['form']) for l in r['leaks'])
print('refused/missing:', r['missing'])
print('leaks by kind/form:'); [print(f'  {v:3} {k[0]:9} {k[1]}') for k, v in c.most_common()]
print('lost keeps:', len(r['lost_keeps']))
PY
/tmp/ho40/bin/attest --workspace "$HERE/ws" scan "$OUT" 2>&1 | tail -1
