#!/bin/sh
# rescore.sh OUTDIR : only scores an Attest output folder (needs baseline.json from the unredacted corpus)
H=/tmp/ho46/screens; O=${1:-$H/out}
[ -f $H/baseline.json ] || $H/venv/bin/python $H/score.py $H/corpus $H/baseline.json --baseline
$H/venv/bin/python $H/score.py $O $O.scored.json
$H/venv/bin/python $H/summarize.py $H/baseline.json $O.scored.json $O
