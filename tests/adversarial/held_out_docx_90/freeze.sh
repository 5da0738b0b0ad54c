#!/bin/bash
cd /tmp/ho48/docx
date -u +"%Y-%m-%dT%H:%M:%SZ frozen before the first attest scan of the corpus" > FROZEN.txt
sha256sum corpus/*.docx templates/*.docx bases/*.docx truth.json truth_verified.json truth_templates.json gen.py gen_templates.py make_bases.py verify.py verify_lib.py run_scan.sh run_templates.py > MANIFEST.sha256
wc -l MANIFEST.sha256 >> FROZEN.txt
