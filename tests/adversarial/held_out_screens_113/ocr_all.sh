#!/bin/sh
# ocr_all.sh SRC_DIR DST_DIR : read every corpus image's counterpart in SRC_DIR (same base name, any extension)
SRC=$1; DST=$2; mkdir -p $DST
for j in corpus/*.json; do n=$(basename $j .json); img=$(python3 -c "import json;print(json.load(open('$j'))['image'])")
  f=$(ls $SRC/$n.* 2>/dev/null | grep -v '\.json$' | head -1); [ -z "$f" ] && { echo "MISSING $n"; continue; }
  [ -s $DST/$n.json ] && continue
  nice venv/bin/python ocr.py $j $f $DST/$n.json corpus/$img || echo "OCRFAIL $n"
done
