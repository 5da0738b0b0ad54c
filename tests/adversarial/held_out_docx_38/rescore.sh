#!/bin/sh
# one command: check the frozen manifest, re-scan every corpus file with attest scan (one process per file), print raw and corrected figures
set -e
cd /tmp/ho33/docx/corpus && sha256sum -c --quiet ../MANIFEST.sha256
cd /tmp/ho33/docx && python3 score.py >/dev/null && python3 analyse.py && python3 corrected.py
