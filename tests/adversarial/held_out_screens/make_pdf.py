import random, subprocess, os, re, html as H
from PIL import Image, ImageOps
import numpy as np
from gen_common import *
T=ROOT+'/tmp/pdf'; os.makedirs(T,exist_ok=True)
def bill(r,variant):
    P=person(r); core=mpan_core(r); pc,mtc,llfc=mpan_top(r); g=mprn(r)
    bottom=[core[:2],core[2:6],core[6:10],core[10:]] if variant==0 else [core[:2],core[2:12],core[12]]
    top=[pc,mtc,llfc]
    td='nowrap style="white-space:nowrap;border:1px solid #000;padding:2pt 6pt;font-size:%dpt;font-family:Liberation Sans"'
    fs=12 if variant==0 else 10
    toprow=''.join(f'<td {td%fs}>{x}</td>' for x in top)+''.join(f'<td {td%fs}></td>' for _ in range(len(bottom)-3))
    botrow=''.join(f'<td {td%fs}>{x}</td>' for x in bottom)
    sbox=f'<table cellspacing="0" width="{300 if variant==0 else 260}" style="border:2px solid #000"><tr><td rowspan="2" style="font-size:30pt;font-weight:bold;padding:0 8pt;border:1px solid #000">S</td>{toprow}</tr><tr>{botrow}</tr></table>'
    doc=f'''<html><body style="font-family:Liberation Sans;font-size:10pt">
<p style="font-size:18pt"><b>BrightSpark Energy</b></p><p>Your electricity bill · Bill date 18 March 2024 · Account 4402-118</p>
<p>{P["name"]}<br>{P["street"]}<br>{P["town"]}<br>{P["pc"]}</p>
<p><b>Supply number</b></p>{sbox}
<p>Meter serial number: {eserial(r)}<br>Gas supply point reference (MPRN): {g}</p>
<table cellspacing="0" border="1" cellpadding="4"><tr><th>Period</th><th>Previous</th><th>Current</th><th>kWh</th><th>Amount</th></tr>
<tr><td>14/02/2024 - 14/03/2024</td><td>04112</td><td>04512</td><td>400</td><td>£112.40</td></tr></table>
<p>Total to pay: £128.40 by Direct Debit on 01/04/2024. Questions? Call 0800 000 1234.</p></body></html>'''
    ids=[('name',P['name'].split()),('address',P['street'].split()),('address',[P['town']]),('postcode',P['pc'].split())]
    return doc, dict(core=core,top=top,bottom=bottom,ids=ids+[('serial',None),('mprn',[g])],P=P)
PAGE={}
def words(pdf):
    for pg in range(1,4):
        x=subprocess.run(['pdftotext','-f',str(pg),'-l',str(pg),'-bbox',pdf,'-'],capture_output=True,text=True).stdout
        if '<word' in x: PAGE[pdf]=pg; break
    return [(float(a),float(b),float(c),float(d),H.unescape(w)) for a,b,c,d,w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',x)]
def find_seq(ws,toks,start=0):
    for i in range(start,len(ws)-len(toks)+1):
        if all(ws[i+j][4]==t for j,t in enumerate(toks)): return i
    return None
def convert(src,filt):
    subprocess.run(['soffice','--headless','--convert-to',filt,'--outdir',T,src],capture_output=True,timeout=180)
def rasterise(name,pdf,dpi,items_spec,dark=False,crop_h=None):
    subprocess.run(['pdftoppm','-r',str(dpi),'-png','-singlefile','-f',str(PAGE[pdf]),'-l',str(PAGE[pdf]),pdf,f'{T}/{name}'],check=True)
    img=Image.open(f'{T}/{name}.png').convert('RGB')
    if crop_h: img=img.crop((0,0,img.size[0],min(img.size[1],crop_h)))
    g=np.asarray(img.convert('L')); ink=g<200
    s=dpi/72; items=[]
    for it in items_spec:
        it=dict(it); it['parts']=[[b[0]*s-1,b[1]*s-1,b[2]*s+1,b[3]*s+1] for b in it['parts']]; it['parts']=[p for p in it['parts'] if p[3]<=img.size[1]]; items.append(it)
    if dark: img=ImageOps.invert(img)
    save(name,img,items,ink,dict(renderer='libreoffice',dpi=dpi,theme='dark-inverted' if dark else 'paper'))
def spec_for(ws,doc):
    items=[]
    def addseq(role,kind,cls,toks,note=''):
        i=find_seq(ws,toks)
        if i is None: print('NOTFOUND',toks); return
        items.append(dict(role=role,kind=kind,cls=cls,text=' '.join(toks),parts=[list(w[:4]) for w in ws[i:i+len(toks)]],visible=1.0,note=note))
    return items,addseq
if __name__=='__main__':
    r=random.Random(77)
    for v in (0,1):
        doc,info=bill(r,v); src=f'{T}/bill{v}.html'; open(src,'w').write(doc)
        convert(src,'pdf:writer_web_pdf_Export'); pdf=f'{T}/bill{v}.pdf'
        ws=words(pdf); items,addseq=spec_for(ws,doc)
        for kind,toks in info['ids']:
            if toks: addseq('id',kind,'bill',toks)
        # serial
        for w in ws:
            if re.fullmatch(r'[SEKLZ]\d\d[A-Z]\d{6}',w[4]): items.append(dict(role='id',kind='serial',cls='bill',text=w[4],parts=[list(w[:4])],visible=1.0,note=''))
        # S box: find top row and bottom row sequences
        i=find_seq(ws,info['bottom']); 
        if i is not None: items.append(dict(role='id',kind='mpan',cls='bill-sbox-core',text=info['core'],parts=[list(w[:4]) for w in ws[i:i+len(info['bottom'])]],visible=1.0,note=''))
        else: print('NO BOTTOM',info['bottom'],[w[4] for w in ws][:60])
        i=find_seq(ws,info['top'])
        if i is not None: items.append(dict(role='id',kind='mpan_top',cls='bill-sbox-top',text=' '.join(info['top']),parts=[list(w[:4]) for w in ws[i:i+3]],visible=1.0,note=''))
        for kw in ['Supply','number','Meter','serial','MPRN','Period','Previous','Current','kWh','Amount','£112.40','£128.40','400','04512','S']:
            for w in ws:
                if w[4].rstrip(':')==kw or w[4]==kw: items.append(dict(role='keep',kind='label',cls='keep',text=w[4],parts=[list(w[:4])],visible=1.0,note='')); break
        for dpi,dark in ([(96,False),(144,True)] if v==0 else [(120,False),(150,False)]):
            rasterise(f'l_bill{v}_{dpi}dpi{"_dark" if dark else ""}',pdf,dpi,items,dark,crop_h=int(dpi*7.5))
    # spreadsheet export via calc
    rows=['Ref,Customer,MPAN,MPRN,Meter serial,Postcode,kWh,Status']
    spec=[]
    for i in range(18):
        P=person(r); c=mpan_core(r); g=mprn(r); s=eserial(r)
        rows.append(f'TC-{4000+i},{P["name"]},{c},{g},{s},{P["pc"]},{r.randrange(100,9999)},{r.choice(["Billed","Estimated"])}')
        spec.append((P['name'].split(),c,g,s,P['pc'].split()))
    src=f'{T}/export.csv'; open(src,'w').write('\n'.join(rows)+'\n')
    convert(src,'pdf:calc_pdf_Export'); pdf=f'{T}/export.pdf'; ws=words(pdf)
    items,addseq=spec_for(ws,'')
    for nm,c,g,s,pc in spec:
        addseq('id','name','sheet',nm); addseq('id','mpan','sheet',[c]); addseq('id','mprn','sheet',[g]); addseq('id','serial','sheet',[s]); addseq('id','postcode','sheet',pc)
    for kw in ['Ref','Customer','MPAN','MPRN','Postcode','kWh','Status','TC-4001','TC-4007','Billed','Estimated']:
        i=find_seq(ws,[kw])
        if i is not None: items.append(dict(role='keep',kind='label',cls='keep',text=kw,parts=[list(ws[i][:4])],visible=1.0,note=''))
    rasterise('l_sheet_120dpi',pdf,120,items,crop_h=None)
    rasterise('l_sheet_96dpi_dark',pdf,96,items,dark=True)
