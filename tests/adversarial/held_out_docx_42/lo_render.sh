#!/bin/bash
# Render every corpus file to PDF with LibreOffice, resuming after a crash; records files LO could not render.
cd /tmp/ho34/docx; mkdir -p scratch/pdf; : > scratch/lo_failed.txt
while true; do
  todo=()
  for f in corpus/*; do b=$(basename "$f"); b=${b%.*}; [ -e "scratch/pdf/$b.pdf" ] || grep -qx "$f" scratch/lo_failed.txt || todo+=("$f"); done
  [ ${#todo[@]} -eq 0 ] && break
  timeout 300 soffice --headless --convert-to pdf --outdir scratch/pdf "${todo[@]}" >> scratch/lo_convert.log 2>&1
  b=$(basename "${todo[0]}"); b=${b%.*}
  if [ ! -e "scratch/pdf/$b.pdf" ]; then echo "${todo[0]}" >> scratch/lo_failed.txt; fi
done
echo done
