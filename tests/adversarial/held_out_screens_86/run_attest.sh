#!/bin/sh
# run Attest (frozen wrapper) on the corpus, one call, timing it
D=/tmp/ho47/screens; OUT=${1:-$D/out1}
mkdir -p $OUT
/usr/bin/time -v /tmp/ho47/bin/attest --workspace $D/ws redact $D/corpus/*.png $D/corpus/*.jpg --out $OUT > $OUT.stdout 2> $OUT.stderr
echo "rc=$?" >> $OUT.stdout
