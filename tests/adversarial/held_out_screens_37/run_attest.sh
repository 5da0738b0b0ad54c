#!/bin/bash
cd /tmp/ho33/screens
/tmp/venv/bin/python -c "from PIL import Image; Image.new('RGB',(16,16),'white').save('build/blank.png')"
s=$(date +%s.%N); /tmp/venv/bin/attest --workspace ws redact build/blank.png --out build/blank_out > logs/blank.out 2> logs/blank.err; echo "blank.png $? $(echo "$(date +%s.%N) - $s" | bc)" > timings.txt
for f in corpus/*; do b=$(basename "$f")
  s=$(date +%s.%N); /tmp/venv/bin/attest --workspace ws redact "$f" --out out --report "reports/$b.json" > "logs/$b.out" 2> "logs/$b.err"; rc=$?
  echo "$b $rc $(echo "$(date +%s.%N) - $s" | bc)" >> timings.txt
done
echo DONE >> timings.txt
