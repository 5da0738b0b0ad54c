#!/bin/bash
# usage: q.sh <<'PY' ... PY   (runs snippet inside app, prints output)
n=$(date +%s%N); cat > /tmp/ho36/fields/cmd/$n.tmp; mv /tmp/ho36/fields/cmd/$n.tmp /tmp/ho36/fields/cmd/$n.py
for i in $(seq 1 ${WAIT:-40}); do sleep 0.25; [ -f /tmp/ho36/fields/cmd/$n.out ] && { cat /tmp/ho36/fields/cmd/$n.out; rm /tmp/ho36/fields/cmd/$n.out; exit 0; }; done; echo "(no reply yet: cmd/$n.out)"
