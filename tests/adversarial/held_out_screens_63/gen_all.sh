#!/bin/bash
# regenerate the whole corpus (deterministic seeds)
set -e
cd /tmp/ho40/screens
rm -rf corpus truth html; mkdir -p corpus truth html
nice -n 10 /tmp/venv/bin/python gen/gen_chromium.py
for a in "qt_scheduler_100_light 1 light scheduler 101" "qt_scheduler_125_dark 1.25 dark scheduler 102" "qt_scheduler_150_light 1.5 light scheduler 103" "qt_logviewer_100_dark 1 dark logviewer 104" "qt_logviewer_150_light 1.5 light logviewer 105" "qt_dialog_125_light 1.25 light dialog 106" "qt_dialog_175_dark 1.75 dark dialog 107"; do nice -n 10 /tmp/venv/bin/python gen/gen_qt.py $a 2>&1 | grep -v propagateSizeHints; done
nice -n 10 /tmp/venv/bin/python gen/gen_lo.py
nice -n 10 /tmp/venv/bin/python gen/gen_pil.py
nice -n 10 /tmp/venv/bin/python gen/gen_derived.py
