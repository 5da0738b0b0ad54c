import json, subprocess, re, html
from PIL import Image, ImageOps
WK="/tmp/ho45/screens/work"; OUT="/tmp/ho45/screens/corpus"
def words(pdf):
    x=subprocess.run(["pdftotext","-bbox","-f","1","-l","1",pdf,"-"],capture_output=True,text=True).stdout
    return [(html.unescape(m.group(5)),float(m.group(1)),float(m.group(2)),float(m.group(3)),float(m.group(4))) for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',x)]
def norm(s): return re.sub(r"\s|\u00a0","",s)
def locate(W,val):
    t=norm(val)
    for i in range(len(W)):
        acc=""; 
        for j in range(i,min(i+12,len(W))):
            acc+=norm(W[j][0])
            if t in acc and len(acc)-len(t)<=2 and acc.find(t)<=1:
                ws=W[i:j+1]; return [min(w[1] for w in ws),min(w[2] for w in ws),max(w[3] for w in ws),max(w[4] for w in ws)]
            if not t.startswith(acc[:len(t)]) and not acc[:2]=="" and len(acc)>len(t)+2: break
    return None
truth={}
for src,its,variants in [("bill",json.load(open(f"{WK}/bill_items.json")),[(96,0,"100"),(120,0,"125"),(144,0,"150"),(120,1,"125")]),("sheet",json.load(open(f"{WK}/sheet_items.json")),[(96,0,"100"),(144,1,"150")])]:
    W=words(f"{WK}/{src}.pdf")
    for k,(dpi,dark,sc) in enumerate(variants):
        tag=f"l{k}_{src}_{'dark' if dark else 'light'}_{sc}"
        subprocess.run(["pdftoppm","-r",str(dpi),"-f","1","-l","1","-png","-singlefile",f"{WK}/{src}.pdf",f"{WK}/{tag}"])
        im=Image.open(f"{WK}/{tag}.png").convert("RGB")
        if dark: im=ImageOps.invert(im)
        im.save(f"{OUT}/{tag}.png")
        out=[]
        for role,kind,val,toks in its:
            b=locate(W,val)
            if kind=="mpan_full":
                i=[k for k,w in enumerate(W) if w[0]=="S" and w[4]-w[2]>25][0]; ws=W[i:i+8]
                assert sorted(norm(w[0]) for w in ws[1:])==sorted(toks), (ws,toks)
                b=[min(w[1] for w in ws),min(w[2] for w in ws),max(w[3] for w in ws),max(w[4] for w in ws)]
            if b is None: print("NOTFOUND",tag,val); continue
            f=dpi/72; out.append({"r":role,"k":kind,"v":val,"rot":"0","box":[round(b[0]*f)-1,round(b[1]*f)-1,round(b[2]*f)+1,round(b[3]*f)+1]})
        truth[tag+".png"]={"toolkit":"libreoffice","scale":dpi/96,"dark":bool(dark),"items":out}
        print(tag,im.size,len(out))
json.dump(truth,open(f"{WK}/truth_lo.json","w"))
