#!/bin/sh
# Minimal reproductions of what run_runs.py found (black-box, one fresh workspace each).
#   sh tests/adversarial/run_runs_repro.sh [NAME ...]      (default: all)
# Needs `attest` on PATH. Found values persist between commands only with a keyring: file_keyring.py
# beside this script is one (a JSON file under each fresh HOME), named here for the attest commands.
# Each prints what it shows; the line starting with "LOOK:" says what to look for.
set -u
PYTHONPATH="$(cd "$(dirname "$0")" && pwd)${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONPATH PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring

fresh() {
    D=$(mktemp -d) && cd "$D" || exit 2
    export HOME="$D/home" XDG_DATA_HOME="$D/home/.local/share" XDG_CONFIG_HOME="$D/home/.config"
    mkdir -p home
    printf 'attest: 1\ncases:\n  - reference: RR_TC_01\n    title: repro\n    steps: [one, two, three]\n' > case.yaml
    attest --workspace ws import case.yaml >/dev/null 2>&1
}
start() { attest --workspace ws run start RR_TC_01 --tester "Asha Patel" >/dev/null; }
evidence() { for f in ws/evidence/*/*; do cat "$f"; echo; done; }

# 1. An EML-prefixed meter serial found in a meterSerialNumber field is masked there but not
#    remembered: its bare repeats (even identical) stay, forward and backward.
eml_serial() {
    fresh; start
    printf '{"meterSerialNumber": "EML9350704127"}\n' > ctx.json
    printf '2024-10-06T02:00:00Z INFO lookup key=EML9350704127 status=OK\n' > bare.log
    attest --workspace ws run step 1 --status passed --payload ctx.json
    attest --workspace ws run step 1 --status passed --attach bare.log --actual "Checked EML9350704127"
    evidence; attest --workspace ws run show 1 | grep actual
    echo "LOOK: EML9350704127 in bare.log's stored copy and in the actual result (the field shows [MSN-1])"
}

# 2. Backward: a value in an attached file's NAME is not masked again when the value is found later
#    (run show, evidence_items.name); the pack is then refused and its message prints the name.
filename_backward() {
    fresh; start
    printf '2024-10-06T02:00:00Z INFO ok\n' > BartholomewDrummond_trace.log
    printf '{"customerName": "Bartholomew Drummond"}\n' > ctx.json
    attest --workspace ws run step 1 --status passed --attach BartholomewDrummond_trace.log
    attest --workspace ws run step 1 --status passed --payload ctx.json
    attest --workspace ws run show 1 | grep '#'
    attest --workspace ws pack 1 --out p.docx
    echo "LOOK: BartholomewDrummond_trace.log in run show and in the pack's error message"
}

# 3. Same call: a file name holding a value found in another item of the same `run step`.
filename_same_step() {
    fresh; start
    printf '2024-10-06T02:00:00Z INFO ok\n' > yj8729rw5_after.log
    printf '{"meterSerialNumber": "YJ-8729-RW5"}\n' > ctx.json
    attest --workspace ws run step 1 --status passed --payload ctx.json --attach yj8729rw5_after.log
    attest --workspace ws run show 1 | grep '#'
    echo "LOOK: yj8729rw5_after.log unmasked (a later step's file of that name is masked)"
}

# 4. Register values inside a longer token, and an e-mail with its dots written as underscores,
#    are not masked; the same values found in a payload (not registered) are.
register_in_token() {
    fresh
    printf 'Theodora Etherington\n' | attest --workspace ws register add --kind name - >/dev/null
    printf '14M2094012\n' | attest --workspace ws register add --kind msn - >/dev/null
    printf 'ffion.piers69@home.example.net\n' | attest --workspace ws register add --kind email - >/dev/null
    printf '1538449133823\n' | attest --workspace ws register add --kind mpan - >/dev/null
    start
    printf '2024-10-06T02:00:00Z INFO requestId=REQ1538449133823X7 user=custTheodoraEtheringtonX42\n' > h.log
    attest --workspace ws run step 1 --status passed --attach h.log \
        --actual "Checked custTheodoraEtheringtonX42; REQ14m2094012X7; ffion_piers69@home_example_net"
    evidence; attest --workspace ws run show 1 | grep actual
    echo "LOOK: all four values unmasked; compare found_in_token below"
}
found_in_token() {
    fresh; start
    printf '{"customerName": "Theodora Etherington", "meterSerialNumber": "14M2094012", "emailAddress": "ffion.piers69@home.example.net", "mpan": "1538449133823"}\n' > ctx.json
    printf '2024-10-06T02:00:00Z INFO requestId=REQ1538449133823X7 user=custTheodoraEtheringtonX42\n' > h.log
    attest --workspace ws run step 1 --status passed --payload ctx.json
    attest --workspace ws run step 1 --status passed --attach h.log \
        --actual "Checked custTheodoraEtheringtonX42; REQ14m2094012X7; ffion_piers69@home_example_net"
    evidence; attest --workspace ws run show 1 | grep actual
    echo "LOOK: all masked ([NAME-1], [MSN-1], [EMAIL-1], [MPAN-1])"
}

# 5. A short found value (postcode) inside a token stays (docs: 'inside a longer token when long enough').
postcode_in_token() {
    fresh; start
    printf '{"postcode": "M3 7JY"}\n' > ctx.json
    printf '2024-10-06T02:00:00Z INFO lookup req7M37JY7x\n2024-10-06T02:00:01Z INFO /srv/out/m37jy/r.xml\n' > b.log
    attest --workspace ws run step 1 --status passed --payload ctx.json
    attest --workspace ws run step 1 --status passed --attach b.log
    evidence
    echo "LOOK: req7M37JY7x kept (the path form is masked)"
}

# 6. False positive: a run holding a device id; a caption ending in a UUID followed by a log whose
#    first line starts with a year: the pack is refused (DEVICE ...024: the UUID's last group + 2024).
fp_uuid_year() {
    fresh; start
    printf '{"deviceId": "F1-07-53-5D-7C-E3-C6-D3"}\n' > dev.json
    printf '2024-10-06T02:00:00Z INFO [harness] accepted\n' > harness.log
    attest --workspace ws run step 1 --status passed --payload dev.json
    attest --workspace ws run step 1 --status passed --attach harness.log --caption "corr=6e2cde6c-1b59-4474-be79-7d52d47ebf1b"
    attest --workspace ws pack 1 --out a.docx; echo "pack exit $?"
    echo "LOOK: pack refused: DEVICE •••024"
}

# 7. False positive: a payload named after its data flow (D0150001.json): the pack is refused
#    (the manifest's item number and file name cells read together).
fp_dflow_name() {
    fresh; start
    printf '{"flow": "D0150001"}\n' > D0150001.json
    attest --workspace ws run step 1 --status passed --payload D0150001.json
    attest --workspace ws pack 1 --out b.docx; echo "pack exit $?"
    echo "LOOK: pack refused: MSN •••001"
}

# 8. Over-detection: a CSV cell ending in two hex letters before a device-id cell: the CSV is
#    refused ("would not keep its rows and columns") and the whole step is not recorded.
fp_csv_hex_cell() {
    fresh; start
    printf 'dip_id,device_id\nDIP-662451-FE,22-DD-27-8B-2F-05-1D-8E\n' > extract.csv
    attest --workspace ws run step 1 --status passed --attach extract.csv; echo "step exit $?"
    printf 'a,b\nAB,00-1B-B0-3A-7C-E2-91-4F\n' > t.csv
    attest --workspace ws redact t.csv --out out; echo "redact exit $?"
    echo "LOOK: both refused (exit 2); with QZ / AX in that cell both pass"
}

# 9. (re-score after the merge of main, seed 0, s0-041) The same short postcode inside a token,
#    backward: found later, the earlier file keeps req7M37JY7x (a 7-character one beside it is masked);
#    it reaches the pack's text, its embedded object and the --with-files copy.
postcode_in_token_backward() {
    fresh; start
    printf '{"notes": ["record req7M37JY7x refreshed", "record req7PL191PP7x refreshed"]}\n' > bare.json
    printf '{"postcode": "M3 7JY", "postcode2": "PL19 1PP"}\n' > ctx.json
    attest --workspace ws run step 1 --status passed --attach bare.json
    attest --workspace ws run step 1 --status passed --payload ctx.json
    evidence
    attest --workspace ws pack 1 --out p.docx --with-files >/dev/null 2>&1; echo "pack exit $?"
    grep -l M37JY p_files/*
    echo "LOOK: req7M37JY7x kept in bare.json's stored copy and in p_files; req7[POSTCODE-1]7x beside it"
}

# 10. (re-score, seed 1, s1-011) False positive in the pack's scan: a defect whose title holds the
#     register's placeholder MPAN001 and a test case reference, and whose description holds a DIP id
#     and a UUID: the pack is refused (MPAN ...-VS on line 2, MPAN •oot on line 3). In the run the
#     title's MPAN001 came from Attest itself (a registered 21-digit MPAN masked in the typed title).
fp_defect_mpan_ref() {
    fresh; start
    attest --workspace ws run step 1 --status passed --actual ok >/dev/null
    attest --workspace ws run defect 1 --severity S3 --priority P3 --step 1 \
        '--description=DIP-223243-VS; c73e68d4-3875-4da1-90d5-380b724e0acd' -- 'MPAN001-0007; MHHS_QT_8_TC_55'
    attest --workspace ws pack 1 --out d.docx; echo "pack exit $?"
    echo "LOOK: pack refused: MPAN ••••••••••-VS (line 2, column 1) and MPAN •oot (line 3, column 1)"
}

# 11. (re-score, seed 1, s1-033) Over-masking on the backward re-read: a UUID whose last two groups
#     read as a valid MPAN (...a6f2-399744277695 -> 2399744277695, check digit 5) is kept when its CSV
#     is captured, but masked as [MPAN-1] when the CSV is read again for a name found in a later CSV.
fp_uuid_tail_reread() {
    fresh; start
    printf 'seq,event,detail\n0,item,ITEMREF-ZXZZXZ\n1,note,/srv/harness/out/f56d513d-1b20-4f7e-a6f2-399744277695/response.xml\n2,note,dipId=DIP-448296-ES\n3,note,sent D0149001 to the DIP\n4,note,record ISOLDEFAIRWEATHER refreshed from the portal\n' > harness.csv
    printf 'item_ref,message_type,correlation_id,created,dip_id,customer_name\nITEMREF-XWWWWZ,D0150001,35a41afc-702c-42c7-8d07-a8720b97f2c1,2024-03-27T06:24:37Z,DIP-864847-NH,Isolde Fairweather\n' > extract.csv
    attest --workspace ws run step 1 --status passed --attach harness.csv
    grep -h 399744277695 ws/evidence/*/*
    attest --workspace ws run step 1 --status passed --attach extract.csv
    grep -h 'response.xml' ws/evidence/*/*
    echo "LOOK: the UUID whole after step 1; ...-a6f[MPAN-1]/response.xml after step 2"
}

# 12. (test_run_corpus.py, seed 701, s701-001) False positive on capture, nothing found before: a UUID
#     ending in nine digits at the end of a log line, and the next line starting with a year, read as
#     one MPAN across the line break (eba363879103 + 2024 -> 3638791032024, check digit 4): the UUID's
#     tail, the line break and the next line's year become [MPAN-1], so two log lines are merged.
fp_uuid_tail_year_lines() {
    fresh; start
    printf '2024-05-28T23:43:03Z INFO step corr=e54190a1-626b-47d9-95eb-eba363879103\n2024-05-28T23:43:04Z INFO step test case X\n' > h.log
    attest --workspace ws run step 1 --status passed --attach h.log
    evidence
    echo "LOOK: corr=e54190a1-626b-47d9-95eb-eba[MPAN-1]-05-28T23:43:04Z on one line (the UUID whole, two lines, expected)"
}

# 13. (test_run_corpus.py, seed 701, s701-009) False positive in the pack's scan, nothing found in the
#     run: a defect whose title is 'x; ' + a path holding this UUID and whose description holds a path:
#     the pack is refused (ADDRESS over the description's path). Another UUID in the title, the title
#     without 'x; ', or an empty description: the pack is written.
fp_defect_path_address() {
    fresh; start
    attest --workspace ws run step 1 --status passed --actual ok >/dev/null
    attest --workspace ws run defect 1 --severity S3 --priority P3 --step 1 \
        '--description=at 2024-03-08T16:36:49Z; /srv/harness/out/abc/response.xml' \
        -- 'x; /srv/harness/out/2ce3d2f4-1add-4b5a-b458-4ca336d1a6c8/response.xml'
    attest --workspace ws pack 1 --out d.docx; echo "pack exit $?"
    echo "LOOK: pack refused: ADDRESS ••••...xml (line 2, column 25)"
}

ALL="eml_serial filename_backward filename_same_step register_in_token found_in_token postcode_in_token fp_uuid_year fp_dflow_name fp_csv_hex_cell postcode_in_token_backward fp_defect_mpan_ref fp_uuid_tail_reread fp_uuid_tail_year_lines fp_defect_path_address"
for t in ${*:-$ALL}; do
    echo "=== $t"
    ( $t ) 2>&1 | grep -v '^started run'
done
