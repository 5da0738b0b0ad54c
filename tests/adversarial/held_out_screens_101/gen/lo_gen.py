import os, sys, json, random, subprocess, html, re
sys.path.insert(0, os.path.dirname(__file__))
from ids import V
from PIL import Image, ImageOps
OUT='/tmp/ho50/screens'; LD=OUT+'/lo'
v=V(8101); items=[]
def S(t,k): items.append((t,k,True)); return html.escape(t)
def K(t,k='label'): items.append((t,k,False)); return html.escape(t)
n=v.name(); a,t,pc=v.addr(); tp=v.top(); c=v.core()
h='<html><head><meta charset="utf-8"><style>body{font-family:"DejaVu Sans";font-size:10pt} td{border:1px solid #000;padding:2pt;vertical-align:top} .sb{border:1.5pt solid #000;padding:4pt;font-family:"DejaVu Sans Mono";font-size:12pt;letter-spacing:2pt}</style></head><body>'
h+='<h2>'+K('Site Visit Report','heading')+'</h2><p><i>'+K('Visit','label')+' '+K(v.wo(),'wo')+' &middot; '+K(v.ts(),'ts')+' &middot; '+K(v.tc(),'tc')+'</i></p>'
h+='<p>'+K('Customer','label')+': <b><i>'+S(n,'name')+'</i></b><br>'+S(a,'address')+'<br>'+K(t,'town')+' '+S(pc,'postcode')+'<br>'+K('Telephone','label')+' '+S(v.phone(),'phone')+'</p>'
h+='<p class="sb">S &nbsp; '+S(' '.join(tp),'mpan_top')+'<br>&nbsp; &nbsp; '+S(' '.join([c[:2],c[2:6],c[6:10],c[10:]]),'mpan')+'</p>'
h+='<table cellspacing="0" width="520"><tr><td width="60"><b>'+K('Item','header')+'</b></td><td width="70"><b>'+K('Supply','header')+'</b></td><td width="110"><b>'+K('Serial','header')+'</b></td><td><b>'+K('Notes','header')+'</b></td></tr>'
for i in range(9):
    kind=i%3
    val=v.core() if kind==0 else (v.mprn() if kind==1 else v.eui(''))
    h+='<tr><td>'+K(str(i+1),'rownum')+'</td><td>'+S(val,['mpan','mprn','eui64'][kind])+'</td><td>'+S(v.eserial() if i%2 else v.gserial(),'serial')+'</td><td><i>'+K(v.flow(),'flow')+'</i> '+K(v.reading(),'reading')+' '+K(v.amt(),'amount')+'</td></tr>'
h+='</table><p>'+K('Engineer','label')+': <i>'+S(v.name(),'name')+'</i> &middot; '+K('Firmware','label')+' '+K(v.fw(),'fw')+' &middot; '+K('Account','label')+' '+S(v.acct(),'account')+'</p></body></html>'
open(LD+'/visit.html','w').write(h)
subprocess.run(['soffice','--headless','--infilter=HTML (StarWriter)','--convert-to','pdf:writer_pdf_Export','--outdir',LD,LD+'/visit.html'],capture_output=True,timeout=120)
bb=subprocess.run(['pdftotext','-bbox',LD+'/visit.pdf','-'],capture_output=True,text=True).stdout
words=[(float(m.group(1)),float(m.group(2)),float(m.group(3)),float(m.group(4)),html.unescape(m.group(5))) for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',bb)]
used=set(); boxes=[]
def norm(s): return re.sub(r'\s+','',s).strip(':,;·()')
for txt,k,s in items:
    tgt=norm(txt); found=None
    for i in range(len(words)):
        if i in used or not norm(words[i][4]) or not tgt.startswith(norm(words[i][4])): continue
        acc=norm(words[i][4]); seq=[i]; j=i+1
        while acc!=tgt and j<min(len(words),i+12):
            wj=norm(words[j][4])
            if j not in used and wj and tgt.startswith(acc+wj): acc+=wj; seq.append(j)
            j+=1
        if acc==tgt: found=seq; break
    if not found: print('NOMATCH',txt); boxes.append(None); continue
    for q in found: used.add(q)
    boxes.append([words[q][:4] for q in found])
truth={}
for dpi,inv in [(96,False),(150,False),(120,True)]:
    stem='l_visit_%d_%s'%(dpi,'dark' if inv else 'light')
    subprocess.run(['pdftoppm','-r',str(dpi),'-f','1','-l','1','-png','-singlefile',LD+'/visit.pdf',LD+'/'+stem])
    im=Image.open(LD+'/'+stem+'.png').convert('RGB')
    if inv: im=ImageOps.invert(im)
    im.save(OUT+'/corpus/'+stem+'.png')
    f=dpi/72; its=[]
    for (txt,k,s),b in zip(items,boxes):
        if b is None: continue
        # merge words on same line into parts
        parts=[]
        for w in b:
            r=[w[0]*f,w[1]*f,w[2]*f,w[3]*f]
            if parts and abs(parts[-1][1]-r[1])<3: parts[-1]=[min(parts[-1][0],r[0]),min(parts[-1][1],r[1]),max(parts[-1][2],r[2]),max(parts[-1][3],r[3])]
            else: parts.append(r)
        its.append(dict(text=txt,kind=k,secret=s,parts=[[round(x,1) for x in p] for p in parts],visible=True))
    truth[stem+'.png']=dict(toolkit='libreoffice',design='visit',scale=dpi/96,theme='dark' if inv else 'light',items=its)
    print(stem,im.size,sum(1 for x in its if x['secret']),sum(1 for x in its if not x['secret']))
json.dump(truth,open(OUT+'/truth_lo.json','w'),ensure_ascii=False)
