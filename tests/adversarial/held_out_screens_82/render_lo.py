import os, sys, json, random, subprocess, re, html as H
sys.path.insert(0, os.path.dirname(__file__))
import ids
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.table import WD_TABLE_ALIGNMENT
import openpyxl
from openpyxl.styles import Font, PatternFill
from PIL import Image, ImageOps
W = '/tmp/ho46/screens/lo'; OUT = '/tmp/ho46/screens/corpus'; os.makedirs(W, exist_ok=True)
def set_borders(tbl):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tblPr = tbl._tbl.tblPr; b = OxmlElement('w:tblBorders')
    for e in ['top','left','bottom','right']:
        x = OxmlElement('w:'+e); x.set(qn('w:val'),'single'); x.set(qn('w:sz'),'12'); b.append(x)
    tblPr.append(b)
def bill(r, fn):
    d = Document(); sec = []; keep = []
    n = ids.name(r); a = ids.address(r); top = ids.mpan_top_num(r); c = ids.mpan_core(r); m = ids.mprn(r); acc = ids.account(r)
    p = d.add_paragraph(); run = p.add_run('Harbourside Energy'); run.bold = True; run.font.size = Pt(18); keep.append(('Harbourside Energy','label'))
    for t,k,s in [(n,'name',1),(a[0],'address',1),(a[1],'town',0),(a[2],'postcode',1)]:
        d.add_paragraph(t); (sec if s else keep).append((t,k))
    p = d.add_paragraph('Account number '+acc+'    Bill date 2026-11-30    Bill ref '+ids.tc(r).replace('TC','BL')); sec.append((acc,'account')); keep += [('2026-11-30','date'),('Account number','label')]
    d.add_paragraph('Your supply number (MPAN)'); keep.append(('supply number','label'))
    t = d.add_table(rows=2, cols=5); set_borders(t)
    cS = t.cell(0,0).merge(t.cell(1,0)); cS.text = ''; rr = cS.paragraphs[0].add_run('S'); rr.bold = True; rr.font.size = Pt(28)
    for j,v in enumerate([top[:2], top[2:5], top[5:]]): t.cell(0,j+1).text = v
    for j,v in enumerate([c[:2], c[2:6], c[6:10], c[10:]]): t.cell(1,j+1).text = v
    for row in t.rows:
        for cell in row.cells:
            for pp in cell.paragraphs:
                for rn in pp.runs:
                    if rn.text != 'S': rn.font.size = Pt(r.choice([10,12,14])); rn.font.name = 'Liberation Mono'
    sec.append((' '.join([top[:2], top[2:5], top[5:], c[:2], c[2:6], c[6:10], c[10:]]),'mpan_full'))
    d.add_paragraph('')
    p = d.add_paragraph('Gas supply point (MPRN) '+m); sec.append((m,'mprn')); keep.append(('Gas supply point','label'))
    t2 = d.add_table(rows=1, cols=5); t2.style = 'Table Grid'
    for j,h in enumerate(['Meter','Type','Previous','Present','Units']): t2.cell(0,j).text = h; keep.append((h,'header'))
    for i in range(3):
        row = t2.add_row().cells; ser = ids.eserial(r); pv = ids.reading(r); pr = ids.reading(r)
        for j,v in enumerate([ser, r.choice(['Actual','Estimated','Customer']), pv, pr, str(r.randint(100,999))]): row[j].text = v
        sec.append((ser,'serial')); keep += [(pv,'reading'),(pr,'reading')]
    for lab, amt in [('Energy charges', ids.amount(r)), ('Standing charge', ids.amount(r)), ('VAT at 5%', ids.amount(r)), ('Total to pay', ids.amount(r))]:
        d.add_paragraph(lab+'  '+amt); keep += [(amt,'amount')]
    ph = ids.phone(r); d.add_paragraph('Questions? Call '+ph+' quoting '+ids.mref(r)); sec.append((ph,'phone'))
    d.save(fn); return sec, keep
def sheet(r, fn):
    wb = openpyxl.Workbook(); ws = wb.active; sec = []; keep = []
    hd = ['Test ref','MPAN','MPRN','Customer','Postcode','Flow','Amount']
    ws.append(hd); keep += [(h,'header') for h in hd]
    for c in ws[1]: c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='DDEBF7')
    for i in range(24):
        row = [ids.tc(r), ids.mpan_core(r), ids.mprn(r), ids.name(r), ids.postcode(r.choice(ids.TOWNS)[1], r), ids.flow(r), ids.amount(r)]
        ws.append(row); keep += [(row[0],'tc'),(row[5],'flow'),(row[6],'amount')]; sec += [(row[1],'mpan'),(row[2],'mprn'),(row[3],'name'),(row[4],'postcode')]
    for col,wd in zip('ABCDEFG',[10,17,13,22,11,8,9]): ws.column_dimensions[col].width = wd
    ws.page_setup.orientation = 'landscape'; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    wb.save(fn); return sec, keep
def words(pdf):
    subprocess.run(['pdftotext','-bbox',pdf, pdf+'.html'], check=True)
    s = open(pdf+'.html').read(); pages = []
    for pg in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', s, re.S):
        ws = [(H.unescape(m.group(5)), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4))) for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', pg.group(3))]
        pages.append(ws)
    return pages
def locate(ws, text, used):
    toks = text.split()
    for i in range(len(ws)-len(toks)+1):
        if i in used: continue
        if all(ws[i+k][0].strip('.,') == toks[k] or (k == len(toks)-1 and ws[i+k][0].startswith(toks[k])) for k in range(len(toks))):
            used.add(i)
            seg = ws[i:i+len(toks)]
            return [[w[1],w[2],w[3],w[4]] for w in seg]
    if len(toks) == 1:
        for i in range(len(ws)-1):
            if i in used or not text.startswith(ws[i][0]) or len(ws[i][0]) >= len(text): continue
            for j in range(i+1, min(i+12, len(ws))):
                if ws[i][0] + ws[j][0] == text:
                    used.add(i); return [[w[1],w[2],w[3],w[4]] for w in (ws[i], ws[j])]
    return None
truth = {}
for name, kind, seed in [('lo_bill', 'bill', 1), ('lo_sheet', 'sheet', 2)]:
    r = random.Random(9000+seed)
    src = '%s/%s.%s' % (W, name, 'docx' if kind=='bill' else 'xlsx')
    sec, keep = (bill if kind=='bill' else sheet)(r, src)
    subprocess.run(['soffice','--headless','-env:UserInstallation=file:///tmp/ho46/screens/lo/prof','--convert-to','pdf','--outdir',W,src], capture_output=True, timeout=180)
    pdf = '%s/%s.pdf' % (W, name); pages = words(pdf)
    ws = pages[0]; used = set(); S = []; K = []
    for lst, out in [(sec, S), (keep, K)]:
        for t,k in lst:
            b = locate(ws, t, used)
            if b is None: print('NOTFOUND', name, t); continue
            out.append({'text':t,'kind':k,'pt_parts':b})
    for dpi, theme in ([(96,'light'),(120,'light'),(144,'dark')] if kind=='bill' else [(110,'light'),(150,'dark')]):
        base = '%s/%s_%d' % (W, name, dpi)
        subprocess.run(['pdftoppm','-r',str(dpi),'-f','1','-l','1','-png','-singlefile',pdf,base], check=True)
        im = Image.open(base+'.png').convert('RGB')
        if theme == 'dark': im = ImageOps.invert(im)
        on = '%s_%d_%s' % (name, dpi, theme); im.save('%s/%s.png' % (OUT, on))
        f = dpi/72.0
        def conv(items):
            res = []
            for it in items:
                parts = [[round(v*f,1) for v in p] for p in it['pt_parts']]
                box = [min(p[0] for p in parts), min(p[1] for p in parts), max(p[2] for p in parts), max(p[3] for p in parts)]
                d = {'text':it['text'],'kind':it['kind'],'box':box}
                if len(parts) > 1: d['parts'] = parts; d['part_texts'] = it['text'].split() if ' ' in it['text'] else None
                res.append(d)
            return res
        truth[on+'.png'] = {'toolkit':'libreoffice','scale':dpi/96,'theme':theme,'secrets':conv(S),'keeps':conv(K)}
        print(on, im.size, len(S), len(K))
json.dump(truth, open('/tmp/ho46/screens/truth_lo.json','w'), indent=1, ensure_ascii=False)
