#!/bin/bash
# re-score a scan run (default runs/scan1). ~1 s. To re-run the scans themselves: ./run_scan.sh runs/NEW (about 13-15 min, 2 cores shared)
cd "$(dirname "$0")" && /tmp/venv/bin/python gen/score.py "${1:-runs/scan1}"
