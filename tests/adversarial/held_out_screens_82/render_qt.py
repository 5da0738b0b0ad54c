import os, sys, json, random, math
sys.path.insert(0, os.path.dirname(__file__))
SCALE = os.environ.get('QT_SCALE_FACTOR', '1')
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
import ids
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
app = QApplication([])
app.setStyle('Fusion')
OUT = '/tmp/ho46/screens/corpus'
def dark_pal():
    p = QPalette()
    for role, c in [(QPalette.Window,'#2d2d30'),(QPalette.WindowText,'#e0e0e0'),(QPalette.Base,'#1e1e1e'),(QPalette.AlternateBase,'#2a2a2e'),(QPalette.Text,'#e0e0e0'),(QPalette.Button,'#3a3a3d'),(QPalette.ButtonText,'#e0e0e0'),(QPalette.Highlight,'#264f78'),(QPalette.HighlightedText,'#ffffff'),(QPalette.ToolTipBase,'#ffffe1'),(QPalette.ToolTipText,'#000')]:
        p.setColor(role, QColor(c))
    return p
class Rec:
    def __init__(s, win): s.win = win; s.sec = []; s.keep = []; s.later = []
    def lab(s, parent_layout, text, kind, secret, font=None, style=None):
        l = QLabel(text)
        if font: l.setFont(font)
        if style: l.setStyleSheet(style)
        l.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        if parent_layout is not None: parent_layout.addWidget(l)
        s.later.append(('w', l, text, kind, secret)); return l
    def rect(s, rect_in_win, text, kind, secret, rot=None, parts=None, part_texts=None):
        s.later.append(('r', rect_in_win, text, kind, secret, rot, parts, part_texts))
    def resolve(s, dpr):
        for it in s.later:
            if it[0] == 'w':
                _, w, text, kind, secret = it
                if not w.isVisible(): continue
                p = w.mapTo(s.win, QPoint(0,0)); cr = w.contentsRect()
                fm = QFontMetrics(w.font()); tw = fm.horizontalAdvance(text); th = fm.height()
                x0 = p.x()+cr.x(); y0 = p.y()+cr.y()+(cr.height()-th)/2
                box = [x0*dpr, y0*dpr, (x0+min(tw, cr.width()))*dpr, (y0+th)*dpr]
                d = {'text':text,'kind':kind,'box':[round(v,1) for v in box]}
            else:
                _, rr, text, kind, secret, rot, parts, pt = it
                d = {'text':text,'kind':kind,'box':[round(v*dpr,1) for v in rr]}
                if rot is not None: d['rot'] = rot
                if parts: d['parts'] = [[round(v*dpr,1) for v in q] for q in parts]; d['part_texts'] = pt
            (s.sec if secret else s.keep).append(d)
truth = {}
def save(name, win, rec, theme, size):
    win.resize(*size); win.show(); app.processEvents(); QTest_wait()
    pm = win.grab(); dpr = pm.devicePixelRatio()
    img = pm.toImage(); img.save('%s/%s.png' % (OUT, name))
    rec.resolve(dpr)
    truth[name+'.png'] = {'toolkit':'qt','scale':float(SCALE),'theme':theme,'dpr':dpr,'size':[img.width(),img.height()],'secrets':rec.sec,'keeps':rec.keep}
    print(name, dpr, img.width(), img.height(), len(rec.sec), len(rec.keep), flush=True)
    win.close()
def QTest_wait():
    for _ in range(5): app.processEvents()

def form(r, theme):
    w = QWidget(); 
    if theme == 'dark': w.setPalette(dark_pal()); w.setAutoFillBackground(True)
    rec = Rec(w); v = QVBoxLayout(w)
    rec.lab(v, 'Customer Account Maintenance', 'label', False, QFont('DejaVu Sans', 14, QFont.Bold))
    g = QGridLayout(); v.addLayout(g)
    rows = [('Account holder', ids.name(r), 'name'), ('Account no.', ids.account(r), 'account'), ('MPAN core', ids.mpan_core(r), 'mpan'),
            ('MPRN', ids.mprn(r), 'mprn'), ('Electric meter', ids.eserial(r), 'serial'), ('Gas meter', ids.eserial(r), 'serial'),
            ('Telephone', ids.phone(r), 'phone'), ('E-mail', None, 'email'), ('Postcode', ids.postcode(r.choice(ids.TOWNS)[1], r), 'postcode'),
            ('Test case', ids.tc(r), 'tc'), ('Last flow', ids.flow(r), 'flow'), ('Balance', ids.amount(r), 'amount')]
    nm = rows[0][1]
    for i,(l,val,k) in enumerate(rows):
        if val is None: val = ids.email(nm, r)
        ll = QLabel(l); g.addWidget(ll, i%6, (i//6)*2); rec.later.append(('w', ll, l, 'label', False))
        sec = k not in ('tc','flow','amount')
        e = QLineEdit(val); e.setReadOnly(i%2==0); e.setMinimumWidth(220); g.addWidget(e, i%6, (i//6)*2+1)
        rec.later.append(('le', e, val, k, sec))
    bb = QHBoxLayout(); v.addLayout(bb)
    for t in ['Save', 'Raise D0010', 'Cancel']:
        b = QPushButton(t); bb.addWidget(b)
    rec.lab(v, 'Last updated %s by %s' % ('', ''), 'x', False).hide()
    st = QLabel(); v.addWidget(st)
    return w, rec
def fix_le(rec, win, dpr):
    out = []
    for it in rec.later:
        if it[0] == 'le':
            _, e, text, kind, sec = it
            p = e.mapTo(win, QPoint(0,0)); fm = QFontMetrics(e.font()); tw = fm.horizontalAdvance(text)
            x0 = p.x()+6; y0 = p.y()+(e.height()-fm.height())/2
            (rec.sec if sec else rec.keep).append({'text':text,'kind':kind,'box':[round(x0*dpr,1),round(y0*dpr,1),round((x0+tw)*dpr,1),round((y0+fm.height())*dpr,1)]})
        else: out.append(it)
    rec.later = out

def table(r, theme, small=True):
    w = QWidget()
    if theme == 'dark': w.setPalette(dark_pal()); w.setAutoFillBackground(True)
    rec = Rec(w); v = QVBoxLayout(w)
    rec.lab(v, 'Read exceptions - UIT cycle 3', 'label', False)
    t = QTableWidget(18, 6); v.addWidget(t)
    hd = ['MPAN core','Meter serial','Customer','Town','Reading','Flow']
    t.setHorizontalHeaderLabels(hd); t.setAlternatingRowColors(True)
    f = QFont('DejaVu Sans'); f.setPixelSize(11 if small else 13); t.setFont(f)
    t.verticalHeader().setDefaultSectionSize(18 if small else 24)
    cells = []
    for i in range(18):
        a = ids.address(r)
        vals = [(ids.mpan_core(r),'mpan',True),(ids.eserial(r),'serial',True),(ids.name(r),'name',True),(a[1],'town',False),(ids.reading(r),'reading',False),(ids.flow(r),'flow',False)]
        for j,(val,k,sec) in enumerate(vals):
            t.setItem(i,j,QTableWidgetItem(val)); cells.append((i,j,val,k,sec))
    t.resizeColumnsToContents(); t.setColumnWidth(2, 110)
    t.setSelectionMode(QAbstractItemView.ExtendedSelection)
    t.setRangeSelected(QTableWidgetSelectionRange(4,0,4,5), True)
    tip = QLabel(t.viewport()); 
    return w, rec, t, cells, hd
def table_boxes(rec, w, t, cells, hd, dpr):
    fm = QFontMetrics(t.font())
    vp = t.viewport()
    for (i,j,val,k,sec) in cells:
        rr = t.visualItemRect(t.item(i,j))
        if rr.bottom() > vp.height() or rr.right() > vp.width(): continue
        p = vp.mapTo(w, rr.topLeft()); tw = min(fm.horizontalAdvance(val), rr.width()-6)
        x0 = p.x()+3; y0 = p.y()+(rr.height()-fm.height())/2
        (rec.sec if sec else rec.keep).append({'text':val,'kind':k,'box':[round(x0*dpr,1),round(y0*dpr,1),round((x0+tw)*dpr,1),round((y0+fm.height())*dpr,1)], 'clipped': fm.horizontalAdvance(val) > rr.width()-6})
    hh = t.horizontalHeader(); hfm = QFontMetrics(hh.font())
    for j,h in enumerate(hd):
        x = hh.sectionViewportPosition(j); p = hh.mapTo(w, QPoint(x, 0))
        rec.keep.append({'text':h,'kind':'header','box':[round((p.x()+4)*dpr,1), round(p.y()*dpr,1), round((p.x()+4+min(hfm.horizontalAdvance(h), hh.sectionSize(j)-8))*dpr,1), round((p.y()+hh.height())*dpr,1)]})

class Painter(QWidget):
    def __init__(s, r, theme, mode):
        super().__init__(); s.r = r; s.theme = theme; s.mode = mode; s.items = []
        s.vals = dict(top=ids.mpan_top_num(r), core=ids.mpan_core(r), core2=ids.mpan_core(r), mprn=ids.mprn(r), eui=ids.eui(r), ser=ids.eserial(r), nm=ids.name(r), tc=ids.tc(r), core3=ids.mpan_core(r), core4=ids.mpan_core(r))
    def paintEvent(s, ev):
        p = QPainter(s); s.items = []
        dk = s.theme == 'dark'
        p.fillRect(s.rect(), QColor('#202124' if dk else '#ffffff')); fg = QColor('#e8eaed' if dk else '#111111'); p.setPen(fg)
        def txt(x, y, t, font, kind, sec, angle=0, g=None):
            p.setFont(font); fm = QFontMetrics(font); tw = fm.horizontalAdvance(t); asc = fm.ascent(); h = fm.height()
            p.save(); p.translate(x, y); p.rotate(angle); p.drawText(0, asc, t); p.restore()
            # box of rotated rect
            pts = [(0,0),(tw,0),(tw,h),(0,h)]; a = math.radians(angle)
            xs = [x + px*math.cos(a) - py*math.sin(a) for px,py in pts]; ys = [y + px*math.sin(a) + py*math.cos(a) for px,py in pts]
            s.items.append(dict(text=t, kind=kind, sec=sec, box=[min(xs),min(ys),max(xs),max(ys)], rot=angle, g=g))
        v = s.vals
        if s.mode == 'sbox':
            f = QFont('Liberation Sans'); f.setPixelSize(17); fb = QFont('Liberation Sans'); fb.setPixelSize(56); fb.setBold(True)
            txt(20, 14, 'Your MPAN (Supply Number)', f, 'label', False)
            p.drawRect(20, 44, 330, 96); p.setFont(fb); p.drawText(32, 116, 'S')
            p.drawLine(82, 92, 350, 92)
            for (x,t) in [(100, v['top'][:2]),(160, v['top'][2:5]),(240, v['top'][5:])]: txt(x, 56, t, f, 'mpan_full', True, g='A')
            for (x,t) in [(100, v['core'][:2]),(150, v['core'][2:6]),(220, v['core'][6:10]),(290, v['core'][10:])]: txt(x, 104, t, f, 'mpan_full', True, g='A')
            # second S box, dark filled with boxed cells (7 cells)
            fm2 = QFont('DejaVu Sans Mono'); fm2.setPixelSize(14)
            txt(20, 170, 'Supply number', f, 'label', False)
            groups = [v['top'][:2], v['top'][2:5], v['top'][5:], v['core2'][:2], v['core2'][2:6], v['core2'][6:10], v['core2'][10:]]
            x = 20
            for t in groups:
                wdt = 14 + 10*len(t); p.drawRect(x, 200, wdt, 28); txt(x+7, 205, t, fm2, 'mpan_full', True, g='B'); x += wdt + 6
            # boxed digits: one digit per cell (MPRN)
            txt(20, 250, 'Gas MPRN', f, 'label', False)
            for k,ch in enumerate(v['mprn']):
                p.drawRect(20+k*26, 278, 24, 30); txt(26+k*26, 283, ch, f, 'mprn', True, g='C')
            # test ref keep
            txt(20, 330, 'Test ref %s' % v['tc'], f, 'tc', False)
        elif s.mode == 'rot':
            f = QFont('DejaVu Sans'); f.setPixelSize(15)
            txt(40, 30, 'Meter map %s' % v['tc'], f, 'label', False)
            txt(30, 480, v['core'], f, 'mpan', True, angle=-90)
            txt(400, 120, v['core2'], f, 'mpan', True, angle=180)
            txt(180, 200, v['eui'], f, 'eui', True, angle=12)
            txt(120, 360, v['nm'], f, 'name', True, angle=-12)
            txt(470, 300, v['ser'], f, 'serial', True, angle=90)
            txt(200, 430, 'Reading 04512.3', f, 'reading', False)
        elif s.mode == 'wrap':
            f = QFont('Liberation Sans'); f.setPixelSize(14)
            c = v['core3']
            txt(20, 20, 'Note from field engineer (%s):' % v['tc'], f, 'label', False)
            txt(20, 50, 'Customer reports no display; supply number is %s' % c[:7], f, 'x', False, g=None)
            s.items[-1]['kind'] = 'wrapline'
            txt(20, 72, '%s and the meter %s needs a visit.' % (c[7:], v['ser']), f, 'x', False)
            s.items[-1]['kind'] = 'wrapline'
        p.end()
def painter_rec(pw, rec, dpr):
    v = pw.vals; grp = {}
    for it in pw.items:
        if it['kind'] == 'wrapline':
            continue
        if it['g']:
            grp.setdefault(it['g'], []).append(it); continue
        d = {'text':it['text'],'kind':it['kind'],'box':[round(q*dpr,1) for q in it['box']]}
        if it['rot']: d['rot'] = it['rot']
        (rec.sec if it['sec'] else rec.keep).append(d)
    for g, its in grp.items():
        bs = [i['box'] for i in its]
        rec.sec.append({'text':''.join(i['text'] for i in its),'kind':its[0]['kind'],'box':[round(q*dpr,1) for q in [min(b[0] for b in bs),min(b[1] for b in bs),max(b[2] for b in bs),max(b[3] for b in bs)]],'parts':[[round(q*dpr,1) for q in b] for b in bs],'part_texts':[i['text'] for i in its]})
    if pw.mode == 'wrap':
        f = QFont('Liberation Sans'); f.setPixelSize(14); fm = QFontMetrics(f)
        l1 = 'Customer reports no display; supply number is '; c = v['core3']
        x1 = 20 + fm.horizontalAdvance(l1); b1 = [x1, 50, x1+fm.horizontalAdvance(c[:7]), 50+fm.height()]
        b2 = [20, 72, 20+fm.horizontalAdvance(c[7:]), 72+fm.height()]
        rec.sec.append({'text':c,'kind':'mpan_wrapped','box':[round(q*dpr,1) for q in [20,50,b1[2],72+fm.height()]],'parts':[[round(q*dpr,1) for q in b1],[round(q*dpr,1) for q in b2]],'part_texts':[c[:7],c[7:]]})
        l2 = c[7:]+' and the meter '; x2 = 20+fm.horizontalAdvance(l2)
        rec.sec.append({'text':v['ser'],'kind':'serial','box':[round(q*dpr,1) for q in [x2,72,x2+fm.horizontalAdvance(v['ser']),72+fm.height()]]})
        rec.keep.append({'text':v['tc'],'kind':'tc','box':[round(q*dpr,1) for q in [20+fm.horizontalAdvance('Note from field engineer ('),20,20+fm.horizontalAdvance('Note from field engineer ('+v['tc']),20+fm.height()]]})

def mainwin(r, theme):
    m = QMainWindow()
    if theme == 'dark': m.setPalette(dark_pal())
    rec = Rec(m)
    mb = m.menuBar(); [mb.addMenu(x) for x in ['File','Edit','View','Tools','Help']]
    tree = QTreeWidget(); tree.setHeaderLabels(['Site / asset','Identifier','Status']); m.setCentralWidget(tree)
    items = []
    for s in range(3):
        a = ids.address(r)
        top = QTreeWidgetItem([a[0]+', '+a[1], ids.mpan_core(r), 'Live']); tree.addTopLevelItem(top)
        items.append((top, 0, a[0]+', '+a[1], 'address_town', True)); items.append((top, 1, top.text(1), 'mpan', True)); items.append((top,2,'Live','status',False))
        for d in range(3):
            kind = r.choice(['ESME','GSME','CHF','PPMID'])
            val = ids.eui(r, r.choice(['-',':'])) if kind != 'GSME' else ids.eserial(r)
            ch = QTreeWidgetItem([kind, val, ids.fw(r)]); top.addChild(ch)
            items.append((ch,0,kind,'devtype',False)); items.append((ch,1,val,'eui' if kind!='GSME' else 'serial',True)); items.append((ch,2,ch.text(2),'fw',False))
    tree.expandAll(); tree.resizeColumnToContents(0); tree.resizeColumnToContents(1)
    sb = m.statusBar(); lab = QLabel('MPAN %s' % ''); 
    c = ids.mpan_core(r); l1 = QLabel('Selected supply:'); l2 = QLabel(c); l3 = QLabel('DIP-%07d' % r.randint(0,9999999))
    for l in (l1,l2,l3): sb.addWidget(l)
    rec.later += [('w', l1, l1.text(), 'label', False), ('w', l2, c, 'mpan', True), ('w', l3, l3.text(), 'dip', False)]
    return m, rec, tree, items
def tree_boxes(rec, m, tree, items, dpr):
    fm = QFontMetrics(tree.font()); vp = tree.viewport()
    for (it, col, text, kind, sec) in items:
        rr = tree.visualItemRect(it); x = tree.header().sectionViewportPosition(col); wdt = tree.header().sectionSize(col)
        ind = 0
        if col == 0:
            depth = 0; q = it
            while q.parent(): depth += 1; q = q.parent()
            ind = tree.indentation()*(depth+1)
        p = vp.mapTo(m, QPoint(x+ind, rr.y()))
        tw = min(fm.horizontalAdvance(text), wdt-ind-4)
        x0 = p.x()+3; y0 = p.y()+(rr.height()-fm.height())/2
        if rr.y()+rr.height() > vp.height(): continue
        (rec.sec if sec else rec.keep).append({'text':text,'kind':kind,'box':[round(x0*dpr,1),round(y0*dpr,1),round((x0+tw)*dpr,1),round((y0+fm.height())*dpr,1)]})

sfx = {'1':'100','1.25':'125','1.5':'150'}[SCALE]
plan = {'1':[('form','light'),('table','dark'),('sbox','light'),('tree','light'),('rot','dark')],
        '1.25':[('form','dark'),('sbox','dark'),('wrap','light'),('table','light')],
        '1.5':[('tree','dark'),('table','light'),('sbox','light'),('rot','light')]}[SCALE]
for n,(kind, theme) in enumerate(plan):
    r = random.Random(7000 + n*10 + int(float(SCALE)*100))
    name = 'qt_%s_%s_%s' % (kind, sfx, theme)
    if kind == 'form':
        w, rec = form(r, theme); w.resize(820, 300); w.show(); QTest_wait()
        dpr = w.grab().devicePixelRatio(); fix_le(rec, w, dpr); save(name, w, rec, theme, (820, 300))
    elif kind == 'table':
        w, rec, t, cells, hd = table(r, theme); w.resize(760, 420); w.show(); QTest_wait()
        dpr = w.grab().devicePixelRatio(); table_boxes(rec, w, t, cells, hd, dpr); save(name, w, rec, theme, (760, 420))
    elif kind in ('sbox','rot','wrap'):
        pw = Painter(r, theme, kind); rec = Rec(pw); sz = {'sbox':(420,350),'rot':(560,520),'wrap':(700,110)}[kind]
        pw.resize(*sz); pw.show(); QTest_wait(); pm = pw.grab(); dpr = pm.devicePixelRatio(); painter_rec(pw, rec, dpr)
        pm.toImage().save('%s/%s.png' % (OUT, name))
        truth[name+'.png'] = {'toolkit':'qt-painter','scale':float(SCALE),'theme':theme,'dpr':dpr,'secrets':rec.sec,'keeps':rec.keep}
        print(name, dpr, len(rec.sec), len(rec.keep))
    elif kind == 'tree':
        m, rec, tree, items = mainwin(r, theme); m.resize(760, 460); m.show(); QTest_wait()
        dpr = m.grab().devicePixelRatio(); tree_boxes(rec, m, tree, items, dpr); save(name, m, rec, theme, (760, 460))
json.dump(truth, open('/tmp/ho46/screens/truth_qt_%s.json' % sfx, 'w'), indent=1, ensure_ascii=False)
