"""Independent check of the truth: values valid, surfaces hold the values, boxes inside images."""
import json, re, sys
from PIL import Image
R="/tmp/ho54/screens"; T=json.load(open(f"{R}/truth/truth.json")); bad=0
P=[3,5,7,13,17,19,23,29,31,37,41,43]
def N(s): return re.sub(r'[^0-9A-Za-z]','',s).upper()
for t in T:
    im=Image.open(f"{R}/corpus/final/{t['image']}"); W,H=im.size
    for it in t["items"]:
        v=N(it["value"]); s=N(it["surface"]); k=it["kind"]; err=[]
        if v not in s: err.append("value not in surface")
        if k=="mpan" and not (len(v)==13 and sum(int(a)*p for a,p in zip(v,P))%11%10==int(v[12])): err.append("bad check digit")
        if k=="mprn" and not (v.isdigit() and 6<=len(v)<=10): err.append("bad mprn")
        if k=="eui" and not re.fullmatch(r"001C9B[0-9A-F]{10}",v): err.append("bad eui")
        if k=="postcode" and not re.fullmatch(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}",v): err.append("bad postcode")
        if k=="email" and not re.search(r"@example\.(com|org|net|co\.uk)$",it["value"]): err.append("bad email")
        if k=="phone" and not re.match(r"(01632 96|07700 900|020 7946 0|0113 496 0)",it["value"]): err.append("bad phone")
        if not it["boxes"]: err.append("no box")
        for x,y,w,h in it["boxes"]:
            if x<0 or y<0 or x+w>W+1 or y+h>H+1 or w<2 or h<2: err.append(f"box out {x,y,w,h}")
        if err: bad+=1; print(t["image"],it["id"],it["kind"],it["value"],err)
print("checked",sum(len(t['items']) for t in T),"items; bad",bad); sys.exit(1 if bad else 0)
