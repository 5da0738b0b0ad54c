#!/bin/bash
# usage: rescore.sh SCANDIR [ADDENDUM_SCANDIR] -- scores only (scan folders made by run_scan.sh / run_scan_addendum.sh)
cd /tmp/ho49/docx
/tmp/venv/bin/python score.py ${1:-scan_out}
echo; echo "== templates (tpl_out/templates.json, made by check_templates.py)"
/tmp/venv/bin/python -c "
import json
for r in json.load(open('tpl_out/templates.json')): print(r['file'], 'rc=%s written=%s' % (r['rc'], r['written']), r['msg'][:150])"
echo; echo "== post-freeze addendum"; /tmp/venv/bin/python score_addendum.py ${2:-scan_add}
