#!/bin/bash
# rescore.sh SCANDIR : only scores (no scanning)
/tmp/ho48/docx/venv/bin/python /tmp/ho48/docx/score.py "${1:?SCANDIR}"
