#!/bin/bash
# rescore.sh OUTDIR : only scores an existing scan folder (corpus) and template-pack folder if present
/tmp/venv/bin/python /tmp/ho50/docx/score.py "${1:?outdir}"
[ -f "$1/templates.json" ] && /tmp/venv/bin/python /tmp/ho50/docx/check_templates.py "$1" --score-only
