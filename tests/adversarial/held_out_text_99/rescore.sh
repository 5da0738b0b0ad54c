#!/bin/bash
# Only scores an existing output folder.
D=/tmp/ho50/text; OUT=${1:-$D/out}
python3 $D/score.py "$OUT" --json $D/results.json
