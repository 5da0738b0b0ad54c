import sys, os, subprocess, re, json, html as H; sys.path.insert(0,'/tmp/ho41/screens/gen')
from lib import *
import docx
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
LB=BUILD+'/lo'; os.makedirs(LB,exist_ok=True)
def shade(cell,hexc):
    tcPr=cell._tc.get_or_add_tcPr(); s=OxmlElement('w:shd'); s.set(qn('w:val'),'clear'); s.set(qn('w:color'),'auto'); s.set(qn('w:fill'),hexc); tcPr.append(s)
def borders(t):
    tbl=t._tbl; pr=tbl.tblPr; b=OxmlElement('w:tblBorders')
    for e in ['top','left','bottom','right','insideH','insideV']:
        x=OxmlElement('w:'+e); x.set(qn('w:val'),'single'); x.set(qn('w:sz'),'8'); x.set(qn('w:color'),'000000'); b.append(x)
    pr.append(b)
def bill(v,path):
    d=docx.Document(); st=d.styles['Normal']; st.font.name='Liberation Sans'; st.font.size=Pt(10)
    for s in d.sections: s.left_margin=s.right_margin=Cm(1.8); s.top_margin=Cm(1.5)
    T=[];  # truth targets (kind,value,form)
    p=d.add_paragraph(); r=p.add_run('Bil Trydan a Nwy / Electricity and Gas Bill'); r.bold=True; r.font.size=Pt(16); T.append(('keep','Bil Trydan a Nwy / Electricity and Gas Bill',''))
    d.add_paragraph('Cyfrif / Account: 8812-4471-09    Dyddiad / Date: 02/12/2026    Tudalen / Page 1 o/of 2'); T+= [('keep','8812-4471-09',''),('keep','02/12/2026','')]
    nm=v.name(); st_=v.street(); pc=v.pc()
    d.add_paragraph(nm); d.add_paragraph(st_); d.add_paragraph(v.town()); d.add_paragraph(pc)
    T+=[('name',nm,'docx'),('address',st_,'docx'),('postcode',pc,'docx')]
    d.add_paragraph('Rhif eich cyflenwad trydan / Your electricity supply number:')
    top,core=v.mpan()
    t=d.add_table(rows=2,cols=5); borders(t)
    a=t.cell(0,0).merge(t.cell(1,0)); a.text='S'; a.paragraphs[0].runs[0].font.size=Pt(20); a.paragraphs[0].runs[0].bold=True
    for j,g in enumerate([top[:2],top[2:5],top[5:]]): t.cell(0,1+j).text=g
    for j,g in enumerate([core[:2],core[2:6],core[6:10],core[10:]]): t.cell(1,1+j).text=g
    for row in t.rows:
        for c in row.cells:
            for pp in c.paragraphs:
                for rr in pp.runs: rr.font.size=Pt(12 if rr.text!='S' else 20); rr.font.name='Liberation Mono' if rr.text!='S' else 'Liberation Sans'
    T+=[('mpan_top',top,'lo-sbox-top'),('mpan_core',core,'lo-sbox-core')]
    mprn=v.mprn(); d.add_paragraph(''); d.add_paragraph(f'Pwynt cyflenwi nwy / Gas supply point (MPRN): {mprn}'); T.append(('mprn',mprn,'bilingual-label'))
    d.add_paragraph('Manylion mesurydd / Meter details'); mt=d.add_table(rows=4,cols=4); borders(mt)
    hdr=['Mesurydd / Meter','Darlleniad blaenorol / Previous','Darlleniad presennol / Present','Unedau / Units']
    for j,h in enumerate(hdr): mt.cell(0,j).text=h; shade(mt.cell(0,j),'D9E2F3')
    es=v.eserial(); gs=v.gserial(); e=v.eui()
    rows=[(es,'034512 A','036101 E','1589'),(gs.lower(),'11873 E','12092 E','219'),(eui_fmt(e,'dot'),'-','-','-')]
    for i,rw in enumerate(rows):
        for j,x in enumerate(rw): mt.cell(1+i,j).text=x
        if i%2: [shade(mt.cell(1+i,j),'F2F2F2') for j in range(4)]
    T+=[('eserial',es,'lo-table'),('gserial',gs.lower(),'lo-table-lower'),('eui64',eui_fmt(e,'dot'),'lo-table-dotted'),('keep','034512',''),('keep','036101',''),('keep','1589',''),('keep','12092','')]
    d.add_paragraph(''); d.add_paragraph('Cyfanswm i’w dalu / Total to pay: £412.87   erbyn / by 16/12/2026'); T+=[('keep','£412.87',''),('keep','16/12/2026','')]
    ph=v.phone(); d.add_paragraph(f'Ffoniwch ni / Call us: 0800 028 1234 (cyfeirnod / ref MPAN-REF-07). Eich rhif / Your number on file: {ph}'); T+=[('keep','MPAN-REF-07',''),('phone',ph,'docx')]
    c2=v.mpan()[1]; d.add_paragraph(f'Landlord supply (wrapped in narrow column test) — sub-meter MPAN {spaced_core(c2)} applies from 01/01/2027.'); T.append(('mpan_core',spaced_core(c2),'docx-inline'))
    d.save(path); return T
def comment_doc(v,path):
    d=docx.Document(); st=d.styles['Normal']; st.font.name='Liberation Sans'; st.font.size=Pt(11)
    T=[]
    d.add_heading('Test evidence — SIT-DTC-D0086 step 4',1); T.append(('keep','SIT-DTC-D0086',''))
    p=d.add_paragraph('Result: the D0086 flow was received and the reading was loaded. '); r=p.add_run('Reading 045127 on register 1.'); T.append(('keep','045127',''))
    c=v.mpan()[1]; e=v.eui(); nm=v.name()
    d.add_comment(r,text=f'Checked against MPAN {c} and hub {e}',author=nm,initials='XX')
    T+=[('mpan_core',c,'comment-balloon'),('eui64',e,'comment-balloon'),('name',nm,'comment-author')]
    p2=d.add_paragraph('Second check: '); r2=p2.add_run('gas serial confirmed.'); g=v.gserial(); m=v.mprn()
    d.add_comment(r2,text=f'Serial {g} / MPRN {m} per site visit 28/11/2026',author='Test Lead',initials='TL')
    T+=[('gserial',g,'comment-balloon'),('mprn',m,'comment-balloon'),('keep','28/11/2026','')]
    d.save(path); return T
def sheet(v,path):
    import openpyxl
    from openpyxl.styles import PatternFill, Font, Border, Side
    from openpyxl.formatting.rule import CellIsRule
    wb=openpyxl.Workbook(); ws=wb.active; ws.title='Wave6'; T=[]
    hdr=['Row','Top line','MPAN core','Serial','EUI-64','kWh','Status']; ws.append(hdr); T+=[('keep',h,'') for h in hdr]
    for c in ws[1]: c.font=Font(bold=True,color='FFFFFF'); c.fill=PatternFill('solid',fgColor='1F4E78')
    th=Side(style='thin',color='000000')
    for i in range(12):
        top,core=v.mpan(); s=v.eserial() if i%2 else v.gserial(); e=v.eui()
        ws.append([2001+i,f'{top[:2]} {top[2:5]} {top[5:]}',core,s,eui_fmt(e,'colon'),1000+i*137,['OK','HOLD','FAIL'][i%3]])
        T+=[('mpan_top',f'{top[:2]} {top[2:5]} {top[5:]}','xlsx-split-cell-top'),('mpan_core',core,'xlsx-split-cell-core'),('eserial' if i%2 else 'gserial',s,'xlsx'),('eui64',eui_fmt(e,'colon'),'xlsx'),('keep',str(1000+i*137),'')]
        for c in ws[i+2]:
            c.border=Border(left=th,right=th,top=th,bottom=th)
            if i%2: c.fill=PatternFill('solid',fgColor='EAF1FB')
            c.number_format='@'
    ws.conditional_formatting.add('G2:G13',CellIsRule(operator='equal',formula=['"FAIL"'],fill=PatternFill('solid',bgColor='FFC7CE')))
    ws.conditional_formatting.add('F2:F13',CellIsRule(operator='greaterThan',formula=['2000'],fill=PatternFill('solid',bgColor='FFEB9C')))
    for col,w in zip('ABCDEFG',[6,12,16,18,26,8,8]): ws.column_dimensions[col].width=w
    ws.page_setup.orientation='landscape'; ws.print_options.gridLines=True
    wb.save(path); return T
def words(pdf):
    x=subprocess.run(['pdftotext','-bbox-layout',pdf,'-'],capture_output=True,text=True).stdout
    pages=[]; 
    for pg in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>',x,re.S):
        ws=[(float(a),float(b),float(c),float(dd),H.unescape(t)) for a,b,c,dd,t in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',pg.group(3))]
        pages.append(ws)
    return pages
def locate(ws,target,used):
    tn=norm(target)
    if not tn: return None
    for i in range(len(ws)):
        acc=''; 
        for j in range(i,min(i+12,len(ws))):
            acc+=norm(ws[j][4])
            if acc==tn or (j==i and tn in acc and len(tn)>=4):
                key=(i,j)
                if key in used: break
                used.add(key); return [ws[k][:4] for k in range(i,j+1)]
            if not tn.startswith(acc): break
    return None
def lines_boxes(wb):
    # group word boxes by line (y overlap) and union per line
    out=[]
    for b in wb:
        for o in out:
            if abs(o[1]-b[1])<3: o[0]=min(o[0],b[0]);o[1]=min(o[1],b[1]);o[2]=max(o[2],b[2]);o[3]=max(o[3],b[3]);break
        else: out.append(list(b))
    return out
def render(src,name,dpis,mono=False,pdfopt=None,page=0):
    conv='pdf' if not pdfopt else pdfopt
    subprocess.run(['soffice','--headless','--convert-to',conv,'--outdir',LB,src],capture_output=True,timeout=120)
    pdf=os.path.splitext(src)[0]+'.pdf'; return pdf
def emit(pdf,T,name,dpi,extra=None,mono=False,page=1):
    pref=f'{LB}/{name}'
    args=['pdftoppm','-r',str(dpi),'-f',str(page),'-l',str(page),'-png']+(['-mono'] if mono else [])+[pdf,pref]
    subprocess.run(args,check=True); import glob
    f=sorted(glob.glob(pref+'*.p?m')+glob.glob(pref+'*.png'))[0]
    from PIL import Image
    im=Image.open(f); im=im.convert('L').convert('RGB') if mono else im.convert('RGB')
    ws=words(pdf)[page-1]; used=set(); items=[]; k=dpi/72
    for kind,val,form in T:
        wb=locate(ws,val,used)
        if wb is None and kind in('mpan_top','mpan_core'):
            # S box groups in separate cells: find each group
            groups=[val[:2],val[2:5],val[5:]] if kind=='mpan_top' else [val[:2],val[2:6],val[6:10],val[10:]]
            gb=[locate(ws,g,used) for g in groups]
            if all(gb): wb=[x for g in gb for x in g]
        if wb is None: print('NOT FOUND',name,kind,val); continue
        bx=[[round(b[0]*k)-1,round(b[1]*k)-1,round(b[2]*k)+1,round(b[3]*k)+1] for b in lines_boxes(wb)]
        items.append(dict(kind=kind,keep=kind=='keep',value=val,form=form,boxes=bx))
    return im,items
if __name__=='__main__':
    T1=bill(V(41),LB+'/bill_cy.docx'); pdf=render(LB+'/bill_cy.docx','bill',None)
    for dpi,nm in [(96,'l01_bill_cy_en_100'),(120,'l02_bill_cy_en_125'),(144,'l03_bill_cy_en_150')]:
        im,items=emit(pdf,T1,nm,dpi); im.save(f'{CORPUS}/{nm}.png'); save_truth(nm+'.png',items,toolkit='libreoffice+pdftoppm',scale=dpi/96,theme='light'); print(nm,im.size,len(items))
    # fax: 200dpi mono
    im,items=emit(pdf,T1,'l04_bill_fax_200dpi_1bit',200,mono=True)
    im.convert('1').save(f'{CORPUS}/l04_bill_fax_200dpi_1bit.png'); save_truth('l04_bill_fax_200dpi_1bit.png',items,toolkit='libreoffice+pdftoppm-mono',scale=200/96,theme='1bit'); print('fax',im.size)
    im,items=emit(pdf,T1,'l05base',110); im.save(BUILD+'/l05base.png'); json.dump(items,open(BUILD+'/l05base.json','w'))
    T2=comment_doc(V(42),LB+'/comments.docx')
    pdf2=render(LB+'/comments.docx','c',None,pdfopt='pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}')
    im,items=emit(pdf2,T2,'l06_word_comment_balloon',110); im.save(f'{CORPUS}/l06_word_comment_balloon.png'); save_truth('l06_word_comment_balloon.png',items,toolkit='libreoffice+pdftoppm',scale=110/96,theme='light'); print('comment',im.size,len(items))
    T3=sheet(V(43),LB+'/wave6.xlsx'); pdf3=render(LB+'/wave6.xlsx','s',None)
    im,items=emit(pdf3,T3,'l07_calc_zebra_condfmt_125',120); im.save(f'{CORPUS}/l07_calc_zebra_condfmt_125.png'); save_truth('l07_calc_zebra_condfmt_125.png',items,toolkit='libreoffice-calc+pdftoppm',scale=1.25,theme='light'); print('sheet',im.size,len(items))
