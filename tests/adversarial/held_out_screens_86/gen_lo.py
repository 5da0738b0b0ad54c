"""LibreOffice: letter/bill (.docx -> PDF) and sheet (.xlsx -> PDF), rasterised by pdftoppm; boxes from pdftotext -bbox-layout."""
import os, sys, json, random, subprocess, re
sys.path.insert(0, os.path.dirname(__file__)); import ids
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from PIL import Image, ImageOps
ROOT='/tmp/ho47/screens'; TMP=ROOT+'/tmp/lo'; os.makedirs(TMP, exist_ok=True)
def letter(r, path):
    sec=[]; keep=[]
    d=Document(); s=d.sections[0]; s.top_margin=Mm(15); s.left_margin=Mm(20); s.right_margin=Mm(20); s.page_height=Mm(297); s.page_width=Mm(210)
    st=d.styles['Normal']; st.font.name='Liberation Sans'; st.font.size=Pt(10)
    p=d.add_paragraph(); rr=p.add_run('Octavia Energy'); rr.bold=True; rr.font.size=Pt(16); keep.append(('product','Octavia Energy'))
    p=d.add_paragraph('PO Box 1234, Northampton'); keep.append(('town_keep','Northampton'))
    for _ in range(3): d.add_paragraph('')
    n=ids.name(r); a=ids.address(r)
    title=r.choice(['Mr','Ms','Mrs','Dr'])
    for line,k in [(f'{title} {n}','name'),(a[0],'address'),(a[1].upper(),'town'),(a[2],'postcode')]:
        p=d.add_paragraph(line); p.paragraph_format.space_after=Pt(0); sec.append((k,line))
    d.add_paragraph('')
    p=d.add_paragraph(); rr=p.add_run('Your Electricity Bill'); rr.bold=True; rr.font.size=Pt(18); keep.append(('heading','Your Electricity Bill'))
    acc=ids.account(r)
    p=d.add_paragraph('Account number '+acc+'   Bill date 01 December 2026'); sec.append(('account',acc)); keep.append(('label','Account number'))
    d.add_paragraph(f'Dear {n.split()[0]},').runs; sec.append(('name',n.split()[0]))
    d.add_paragraph('Here is your bill for the period 01 Nov to 30 Nov 2026. The amount due is '+(amt:=ids.amount(r))+'.'); keep.append(('amount',amt))
    core=ids.mpan_core(r); top=ids.mpan_top(r)
    t=d.add_table(rows=2, cols=5); t.style='Table Grid'
    c=t.cell(0,0).merge(t.cell(1,0)); c.text='S'; c.paragraphs[0].runs[0].font.size=Pt(26); c.paragraphs[0].runs[0].bold=True
    for j,v in enumerate(top): t.cell(0,j+1).text=v
    for j,v in enumerate([core[:2],core[2:6],core[6:10],core[10:]]): t.cell(1,j+1).text=v
    sec.append(('mpan_top',' '.join(top))); sec.append(('mpan',' '.join([core[:2],core[2:6],core[6:10],core[10:]])))
    d.add_paragraph('')
    ser=ids.elec_serial(r); m=ids.mprn(r); gs=ids.gas_serial(r)
    t2=d.add_table(rows=4, cols=4); t2.style='Table Grid'
    hd=['Meter','Previous','Present','Units']
    for j,h in enumerate(hd): t2.cell(0,j).text=h; keep.append(('colhead',h))
    r1=[ser,str(r.randint(10000,40000)),str(r.randint(40001,80000)),str(r.randint(100,900))]
    for j,v in enumerate(r1): t2.cell(1,j).text=v
    sec.append(('serial',ser)); keep += [('reading',r1[1]),('reading',r1[2])]
    t2.cell(2,0).text='Gas MPRN'; t2.cell(2,1).text=m; sec.append(('mprn',m)); keep.append(('label','Gas MPRN'))
    t2.cell(3,0).text='Gas meter'; t2.cell(3,1).text=gs; sec.append(('serial',gs))
    d.add_paragraph('')
    p=d.add_paragraph(); rr=p.add_run('Smart Export Guarantee'); rr.bold=True; keep.append(('product','Smart Export Guarantee'))
    d.add_paragraph(f'You exported {(rd:=ids.reading(r))} and earned {(am:=ids.amount(r))}. Tariff version {(v:=ids.fw(r))}.'); keep += [('reading',rd),('amount',am),('version',v)]
    ph=ids.phone(r); d.add_paragraph('Questions? Call '+ph+' or see our Warrington office.'); sec.append(('phone',ph)); keep.append(('town_keep','Warrington'))
    d.save(path); return sec, keep
def sheet(r, path):
    sec=[]; keep=[]
    wb=openpyxl.Workbook(); ws=wb.active; ws.title='Readings'
    hd=['Test ref','MPAN','Meter serial','Customer','Town','Flow','Reading','Received']
    ws.append(hd); keep += [('colhead',h) for h in hd]
    for i in range(22):
        row=[ids.tc(r),ids.mpan_core(r),ids.elec_serial(r),ids.name(r),r.choice(ids.TOWNS)[0],ids.flow(r),str(r.randint(1000,99999)),ids.ts(r)]
        ws.append(row)
        keep += [('tc',row[0]),('flow',row[5]),('reading',row[6]),('timestamp',row[7])]
        sec += [('mpan',row[1]),('serial',row[2]),('name',row[3]),('town',row[4])]
    for col,w in zip('ABCDEFGH',[9,15,12,22,12,7,8,19]): ws.column_dimensions[col].width=w
    ws.page_setup.orientation='landscape'; ws.sheet_properties.pageSetUpPr.fitToPage=True; ws.page_setup.fitToWidth=1; ws.page_setup.fitToHeight=0
    ws.print_options.gridLines=True; ws.print_options.headings=True
    wb.save(path); return sec, keep
def words(pdf):
    x=subprocess.run(['pdftotext','-f','1','-l','1','-bbox-layout',pdf,'-'],capture_output=True,text=True).stdout
    ws=[(float(a),float(b),float(c),float(d_),re.sub('&amp;','&',t)) for a,b,c,d_,t in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',x)]
    return ws
def locate(ws, text, used):
    toks=text.split()
    for i in range(len(ws)-len(toks)+1):
        if i in used: continue
        if all(ws[i+j][4].strip(',.') == toks[j].strip(',.') for j in range(len(toks))):
            for j in range(len(toks)): used.add(i+j)
            g=ws[i:i+len(toks)]
            return [min(w[0] for w in g),min(w[1] for w in g),max(w[2] for w in g),max(w[3] for w in g)]
    for i,w0 in enumerate(ws):  # tokens in separate table cells on one row
        if i in used or w0[4]!=toks[0]: continue
        g=[i]; x=w0[2]
        for t in toks[1:]:
            c=[j for j,w in enumerate(ws) if j not in used and j not in g and w[4]==t and abs(w[1]-w0[1])<4 and w[0]>=x-1]
            if not c: break
            j=min(c,key=lambda j:ws[j][0]); g.append(j); x=ws[j][2]
        if len(g)==len(toks):
            used.update(g); gg=[ws[j] for j in g]
            return [min(w[0] for w in gg),min(w[1] for w in gg),max(w[2] for w in gg),max(w[3] for w in gg)]
    return None
def build(kind, idx, dpis):
    r=random.Random(7700+idx); base=f'{TMP}/{kind}{idx}'
    src=base+('.docx' if kind=='letter' else '.xlsx')
    sec,keep=(letter if kind=='letter' else sheet)(r, src)
    subprocess.run(['soffice','--headless','--convert-to','pdf','--outdir',TMP,src],capture_output=True,timeout=180)
    pdf=base+'.pdf'; ws=words(pdf); used=set(); items=[]
    for s,lst in [(True,sec),(False,keep)]:
        for k,t in lst:
            b=locate(ws,t,used)
            if b is None: print('NOT FOUND',k,t); continue
            items.append({'s':s,'kind':k,'text':t,'rects':[b]})
    for dpi,dark in dpis:
        name=f'l{idx:02d}_{kind}_{dpi}dpi_{"dark" if dark else "light"}'
        subprocess.run(['pdftoppm','-f','1','-l','1','-r',str(dpi),'-png','-singlefile',pdf,f'{TMP}/{name}'])
        im=Image.open(f'{TMP}/{name}.png').convert('RGB')
        if kind=='letter': im=im.crop((0,0,im.width,int(im.height*0.70)))
        if dark: im=ImageOps.invert(im)
        im.save(f'{ROOT}/corpus/{name}.png')
        f=dpi/72
        its=[dict(x, rects=[[v*f for v in b] for b in x['rects']]) for x in items]
        json.dump({'image':name+'.png','toolkit':'libreoffice+pdftoppm','design':kind,'scale':dpi/96,'theme':'dark' if dark else 'light','items':its},open(f'{ROOT}/truth/{name}.json','w'),ensure_ascii=False)
        print(name, im.size, sum(x['s'] for x in its), sum(not x['s'] for x in its))
build('letter',0,[(96,False),(150,True)])
build('letter',1,[(120,False)])
build('sheet',2,[(110,False),(150,True)])
