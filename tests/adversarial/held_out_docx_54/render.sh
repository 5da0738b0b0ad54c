#!/bin/bash
# LibreOffice -> PDF for every corpus file, in chunks (one soffice at a time)
cd /tmp/ho37/docx
ls corpus/altered/* corpus/controls/* > verify/render_list.txt
split -l 40 verify/render_list.txt verify/chunk_
for c in verify/chunk_*; do
  timeout 400 soffice -env:UserInstallation=file:///tmp/ho37/docx/verify/lo_profile --headless --convert-to pdf --outdir verify/pdf $(cat $c) > $c.log 2>&1
  echo "$c rc=$?" >> verify/render_status.txt
done
echo done >> verify/render_status.txt
