#!/bin/bash
# render all corpus files lacking a PDF, restarting the batch after crashes
cd /tmp/ho38/docx
for round in 1 2 3 4 5 6 7 8; do
  miss=(); for f in corpus/*.docx; do b=$(basename $f .docx); [ -f render/$b.pdf ] || [ -f render/$b.fail ] || miss+=($f); done
  [ ${#miss[@]} -eq 0 ] && break
  echo "round $round: ${#miss[@]} missing"
  timeout 600 nice -n 10 soffice --headless --convert-to pdf --outdir render "${miss[@]}" >> render/lo2.log 2>&1
  b=$(basename ${miss[0]} .docx); [ -f render/$b.pdf ] || { echo "first failed: $b"; touch render/$b.fail; }
done
