#!/bin/bash
# Re-runs the CLI part of helper-51's typed-fields test. Usage: ./cli_rerun.sh  (needs fakeado.py running on 127.0.0.1:8765)
set -u
F=/tmp/ho36/fields; A=/tmp/ho36/bin/attest; export HOME=$F/home; W=$F/wscli; O=$F/out/cli; rm -rf $W $O; mkdir -p $O
PY=/tmp/venv/bin/python
val(){ $PY -c "import json,sys;P={p['id']:p for p in json.load(open('$F/corpus/pool.json'))};print(eval(sys.argv[1]),end='')" "$1"; }
log(){ echo "=== $*" >> $O/transcript.txt; }
runc(){ log "$@"; "$@" >> $O/transcript.txt 2>&1; echo "rc=$?" >> $O/transcript.txt; }
runc $A --workspace $W demo
# T1 ADO connect with identifiers in area/iteration; token from stdin
log "ado connect"; echo fakepat123 | ATTEST_PASSPHRASE=pp51 $A --workspace $W ado connect --org http://127.0.0.1:8765/org --project MHHS-SIT --token-stdin \
   --area "MHHS\\SIT\\$(val 'P["P59"]["pc"].replace(" ","\u00a0")')" --iteration "Sprint 4 $(val 'P["P59"]["mpan"][:4]+"_"+P["P59"]["mpan"][4:]')" >> $O/transcript.txt 2>&1; echo rc=$? >> $O/transcript.txt
ATTEST_PASSPHRASE=pp51 runc $A --workspace $W ado pull --plan 700
PLAN=$($A --workspace $W plan list 2>/dev/null | grep -i "cycle 3" | awk '{print $1}' | head -1)
log "plan id $PLAN"
# T2 tester defaults to login name: USER/LOGNAME hold an e-mail + phone
RUN=$(USER="$(val 'P["P60"]["email"]')" LOGNAME="$(val 'P["P60"]["email"]')" $A --workspace $W run start ADO-92001 --plan "${PLAN:-1}" --environment "SIT-C" 2>>$O/transcript.txt | tee -a $O/transcript.txt | grep -o '[0-9]\+' | head -1)
log "run=$RUN"
if [ -z "$RUN" ]; then RUN=$($A --workspace $W run start ADO-92001 --plan "${PLAN:-1}" --tester "Priya Raman" --environment "SIT-C" 2>>$O/transcript.txt | grep -o '[0-9]\+' | head -1); log "run(retry)=$RUN"; fi
# T4 evidence: symlink with NFD + ZW name, long path, UTF-16 payload
mkdir -p $O/ev/$(printf 'sub_%.0s' {1..25})
$PY - "$O" <<'PYX'
import sys,os,json,unicodedata
O=sys.argv[1]; P={p['id']:p for p in json.load(open('/tmp/ho36/fields/corpus/pool.json'))}; p=P["P07"]
real=os.path.join(O,"ev","real_payload.json")
open(real,"w",encoding="utf-16").write(json.dumps({"messageType":"IF-031","mpan":p["forms"]["mpan"],"meterSerial":p["eser"].lower(),"premises":p["addr"]+" "+p["pc"],"contact":p["email"]},ensure_ascii=False))
link=os.path.join(O,"ev",unicodedata.normalize("NFD","réponse_")+p["mprn"][:4]+"\u2063"+p["mprn"][4:]+".json")
os.symlink(real,link)
deep=[d for d in os.listdir(os.path.join(O,"ev")) if d.startswith("sub_")][0]
long=os.path.join(O,"ev",deep,"screen_"+p["eui"].replace("-","").lower()+".txt")
open(long,"w").write("Portal: MPRN %s  gas meter %s  tel %s\n"%(p["mprn"],p["gser"],p["phone"]))
print(link); print(long)
open(os.path.join(O,"paths.txt"),"w").write(link+"\n"+long+"\n")
PYX
L1=$(sed -n 1p $O/paths.txt); L2=$(sed -n 2p $O/paths.txt)
runc $A --workspace $W run step $RUN --status passed --actual "$(val 'P["P59"]["multi"]')" --payload "$L1" --attach "$L2" --caption "$(val 'P["P60"]["short"]')"
# T5 two commands at once on one workspace
( $A --workspace $W run observe $RUN --text "$(val 'P["P59"]["text"]')" --by "Priya Raman" > $O/par1.txt 2>&1; echo rc=$? >> $O/par1.txt ) &
( $A --workspace $W run defect $RUN --severity S3 --priority P3 --description "$(val 'P["P60"]["text"]')" "$(val '"Parallel defect for "+P["P60"]["forms"]["mpan"]')" > $O/par2.txt 2>&1; echo rc=$? >> $O/par2.txt ) &
( $A --workspace $W run observe $RUN --text "$(val 'P["P07"]["multi"]')" --by "Priya Raman" > $O/par3.txt 2>&1; echo rc=$? >> $O/par3.txt ) &
wait; cat $O/par*.txt >> $O/transcript.txt
runc $A --workspace $W run step $RUN --status failed --actual "$(val 'P["P60"]["multi"]')" --by "Priya Raman"
runc $A --workspace $W run finish $RUN
ATTEST_PASSPHRASE=pp51 runc $A --workspace $W ado publish $RUN
runc $A --workspace $W pack $RUN --out $O/pack_run$RUN.docx
runc $A --workspace $W audit verify
runc $A --workspace $W scan $O/pack_run$RUN.docx
# render + scan
( cd $O && HOME=$O/lohome timeout 120 soffice --headless --convert-to pdf pack_run$RUN.docx >/dev/null 2>&1; pdftotext -layout pack_run$RUN.pdf; rm -rf lohome )
cp $F/out/fakeado.log $O/fakeado_received.log
$F/leakscan.py $O/leaks.json $W $HOME $O/pack_run$RUN.docx $O/pack_run$RUN.txt $O/transcript.txt $O/fakeado_received.log > $O/leaks.txt 2>&1
grep -n -i "traceback\|internal error" $O/transcript.txt $O/par*.txt > $O/crashes.txt
tail -3 $O/leaks.txt
# T6 (added): publish a run with a defect to the fake ADO; the bug work item carries the area/iteration paths
: > $F/out/fakeado.log
R=$(ATTEST_PASSPHRASE=pp51 $A --workspace $W run start ADO-92001 --plan "${PLAN:-1}" --tester "Priya Raman" 2>&1 | grep -o 'started run [0-9]*' | grep -o '[0-9]*')
$A --workspace $W run step $R --status failed --actual "IF-031 rejected" >/dev/null 2>&1
$A --workspace $W run defect $R --severity S2 --priority P2 "IF-031 rejected" >/dev/null 2>&1
$A --workspace $W run step $R --status passed --actual ok >/dev/null 2>&1
$A --workspace $W run finish $R >/dev/null 2>&1
ATTEST_PASSPHRASE=pp51 runc $A --workspace $W ado publish $R
cp $F/out/fakeado.log $O/fakeado_publish.log
grep 'workitems/\$Bug' $O/fakeado_publish.log | grep -o '"/fields/System.\(AreaPath\|IterationPath\)", "value": "[^"]*"' | tee $O/bug_paths_sent.txt
