#!/bin/sh
# frozen run + both scorers (raw frozen score.py, and post-hoc score_v2.py with whole-token keep counting)
cd /tmp/ho37/text && ./rescore.sh && echo "== v2 --bounded (refused files: secrets count as removed, keeps lost)" && \
/tmp/venv/bin/python score_v2.py corpus out --bounded --json result_bounded.json && echo "== v2 --bounded --skip-refused" && \
/tmp/venv/bin/python score_v2.py corpus out --bounded --skip-refused --json result_bounded_skip.json
