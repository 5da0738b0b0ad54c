#!/bin/sh
# rebuild the corpus (run from gen/)
set -e
rm -rf ../corpus; mkdir -p ../corpus
nice ../venv/bin/python gen_html.py ../corpus
s=5800; for v in "tree light 1" "tree dark 1.5" "tree light 2" "flowerr light 1.25" "flowerr dark 1" "flowerr dark 2"; do set -- $v; s=$((s+1)); nice ../venv/bin/python gen_qt.py ../corpus q_$1_$2_$(python3 -c "print(round($3*100))") $s $2 $3; done
nice ../venv/bin/python gen_lo.py ../corpus
nice ../venv/bin/python gen_pil.py ../corpus
../venv/bin/python make_truth.py ../corpus ../truth/truth.json
