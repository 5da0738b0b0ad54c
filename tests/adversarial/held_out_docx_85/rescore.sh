#!/bin/sh
# Only scores (no Attest run): rescore.sh OUTDIR [TPLDIR]
#   OUTDIR made by src/run_scan.py (per-file scan results), TPLDIR by src/run_templates.py (templates.json)
/tmp/venv/bin/python /tmp/ho47/docx/src/score.py "$1"
if [ -n "$2" ]; then
/tmp/venv/bin/python - "$2" <<'PY'
import json, sys
r = json.load(open(sys.argv[1] + '/templates.json'))
print(f"\ntemplates: {len(r)}; refused (no pack): {sum(not x['written'] for x in r)}; pack written without the value: {sum(x['written'] and not x['leak'] for x in r)}; pack written holding the value: {sum(x['leak'] for x in r)}")
for x in r: print(f"  {x['id']}: rc={x['rc']} written={x['written']} leak={x['leak']} scan_of_pack_rc={x.get('scan_rc')}")
PY
fi
