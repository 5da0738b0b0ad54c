import json, os, random
ROOT='/tmp/ho36/screens'
CORP=ROOT+'/corpus'
W=[3,5,7,13,17,19,23,29,31,37,41,43]
def mpan(dist, body):
    s=f"{dist:02d}{body}"[:12]
    assert len(s)==12
    return s+str(sum(int(a)*w for a,w in zip(s,W))%11%10)
def grp(m):  # 22 1234 5678 901
    return f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}"
TRUTH_DIR=ROOT+'/truth_parts'
os.makedirs(TRUTH_DIR,exist_ok=True); os.makedirs(CORP,exist_ok=True)
def save(entry):
    fn=entry['file']
    json.dump(entry,open(f"{TRUTH_DIR}/{fn}.json",'w'),indent=1)
