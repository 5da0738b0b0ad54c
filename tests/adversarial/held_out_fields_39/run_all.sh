#!/bin/sh
# Re-run the whole held-out typed-fields test: verify the frozen corpus, drive every command, check.
cd /tmp/ho33/fields || exit 1
sha256sum -c --quiet MANIFEST.sha256 || { echo "corpus changed since freeze"; exit 1; }
/tmp/venv/bin/python drive.py > results_drive.log 2>&1; tail -n +1 results_drive.log
/tmp/venv/bin/python check.py
