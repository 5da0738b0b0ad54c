import json, subprocess, re, html, os
from PIL import Image, ImageOps
D='/tmp/ho49/screens/tmp/lo'; C='/tmp/ho49/screens/corpus'
planted=json.load(open(f'{D}/planted.json'))
def words(pdf):
    x=subprocess.run(['pdftotext','-bbox',f'{D}/{pdf}.pdf','-'],capture_output=True,text=True).stdout
    W=[]
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',x):
        W.append((html.unescape(m.group(5)),*map(float,m.groups()[:4])))
    return W
def strip(t): return t.strip('.,;:()')
def locate(W, rendered, used):
    toks=rendered.split()
    for i in range(len(W)-len(toks)+1):
        if all(strip(W[i+j][0])==strip(t) or (j==0 and W[i][0].endswith(strip(t))) for j,t in enumerate(toks)):
            if i in used: continue
            ws=W[i:i+len(toks)]
            # may span lines: parts per line
            parts=[]
            for w in ws:
                if parts and abs(parts[-1][1]-w[2])<2: parts[-1]=[parts[-1][0],parts[-1][1],max(parts[-1][2],w[3]),max(parts[-1][3],w[4])]
                else: parts.append([w[1],w[2],w[3],w[4]])
            used.add(i); return parts
    tgt=rendered.replace(' ','')
    for i in range(len(W)):
        acc=''
        for j in range(i,min(i+6,len(W))):
            acc+=W[j][0]
            if strip(acc)==tgt and i not in used:
                used.add(i); ws=W[i:j+1]; return [[w[1],w[2],w[3],w[4]] for w in ws]
            if not tgt.startswith(acc): break
    return None
truth={}
jobs=[('lo_report','lo_report_light_96',96,False),('lo_report','lo_report_light_150',150,False),('lo_report','lo_report_dark_120',120,True),('lo_sheet','lo_sheet_light_110',110,False)]
for pdf,name,dpi,dark in jobs:
    subprocess.run(['pdftoppm','-r',str(dpi),'-png','-singlefile',f'{D}/{pdf}.pdf',f'{C}/{name}'],check=True)
    if dark:
        im=Image.open(f'{C}/{name}.png').convert('RGB'); ImageOps.invert(im).save(f'{C}/{name}.png')
    W=words(pdf); used=set(); items=[]; miss=[]
    for typ,kind,rend,val in planted[pdf]:
        parts=locate(W,rend,used)
        if not parts: miss.append(rend); continue
        s=dpi/72; parts=[[p[0]*s,p[1]*s,p[2]*s,p[3]*s] for p in parts]
        box=[min(p[0] for p in parts),min(p[1] for p in parts),max(p[2] for p in parts),max(p[3] for p in parts)]
        items.append({'s':kind if typ=='s' else None,'k':kind if typ=='k' else None,'text':val,'box':box,'parts':parts})
    truth[name]={'toolkit':'libreoffice','design':pdf,'scale':dpi/96,'theme':'dark' if dark else 'light','items':items}
    print(name,len(items),'unlocated:',miss[:8],len(miss))
json.dump(truth,open('/tmp/ho49/screens/gen/truth_lo.json','w'))
