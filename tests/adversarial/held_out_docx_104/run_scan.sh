#!/bin/bash
# usage: run_scan.sh OUTDIR  -- one `attest scan` per corpus file, outputs OUTDIR/<file>.out and .rc
OUT=${1:-/tmp/ho51/docx/scan1}; mkdir -p $OUT
cd /tmp/ho51/docx
ls corpus/*.docx | xargs -P 2 -I{} bash -c 'f={}; b=$(basename $f .docx); ws=$(mktemp -d /tmp/ho51/docx/ws/s.XXXX); timeout 120 /tmp/ho51/bin/attest --workspace $ws scan $f > '$OUT'/$b.out 2>&1; echo $? > '$OUT'/$b.rc; rm -rf $ws'
