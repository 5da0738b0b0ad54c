#!/bin/sh
# one-command re-run: scans every corpus file separately, then scores
cd /tmp/ho36/docx
sha256sum -c --quiet MANIFEST.sha256 || { echo "corpus changed!"; exit 3; }
mkdir -p results
for f in corpus/*.docx; do
  b=$(basename "$f" .docx)
  timeout 300 /tmp/ho36/bin/attest scan "$f" > results/$b.out 2> results/$b.err
  echo $? > results/$b.rc
done
/tmp/venv/bin/python score.py
