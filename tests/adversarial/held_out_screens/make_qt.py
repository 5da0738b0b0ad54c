import os, sys, random
os.environ['QT_QPA_PLATFORM']='offscreen'
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
from PIL import Image
import numpy as np
from gen_common import *
app=QApplication.instance() or QApplication([])
app.setStyle('Fusion')
def pal(dark):
    p=QPalette()
    if dark:
        for role,c in [(QPalette.Window,'#2d2d30'),(QPalette.WindowText,'#e0e0e0'),(QPalette.Base,'#1f1f22'),(QPalette.AlternateBase,'#29292c'),
                       (QPalette.Text,'#e0e0e0'),(QPalette.Button,'#3a3a3d'),(QPalette.ButtonText,'#e0e0e0'),(QPalette.Highlight,'#264f78'),(QPalette.HighlightedText,'#ffffff'),(QPalette.ToolTipBase,'#3c3c3c'),(QPalette.ToolTipText,'#e0e0e0')]:
            p.setColor(role,QColor(c))
    else: p=app.style().standardPalette()
    return p
TRANS=QColor(0,0,0,0)
class T:
    def __init__(s,blank,dark): s.blank=blank; s.dark=dark; s.reg=[]; s.root=None
    def add(s,role,kind,cls,text,fn,note='',w=None): s.reg.append(dict(role=role,kind=kind,cls=cls,text=text,fn=fn,note=note,w=w))
    def wrect(s,w):
        def f():
            tl=w.mapTo(s.root,QPoint(0,0)); return [QRectF(tl.x(),tl.y(),w.width(),w.height())]
        return f
    def lab(s,text,kind='label',role='keep',cls='keep',font=None):
        l=QLabel(text)
        if font: l.setFont(font)
        if s.blank: p=l.palette(); p.setColor(QPalette.WindowText,TRANS); l.setPalette(p)
        s.add(role,kind,cls,text,s.wrect(l),w=l); return l
    def idl(s,text,kind,cls,font=None): return s.lab(text,kind,'id',cls,font)
    def edit(s,text,kind,cls,role='id'):
        e=QLineEdit(text); e.setReadOnly(True); e.setCursorPosition(0)
        if s.blank: p=e.palette(); p.setColor(QPalette.Text,TRANS); e.setPalette(p)
        def f():
            cr=e.contentsRect(); tl=e.mapTo(s.root,cr.topLeft()); fm=QFontMetrics(e.font())
            return [QRectF(tl.x(),tl.y(),min(cr.width(),fm.horizontalAdvance(text)+8),cr.height())]
        s.add(role,kind,cls,text,f,w=e); return e
    def item(s,table,r,c,text,kind,role,cls):
        it=QTableWidgetItem(text); table.setItem(r,c,it)
        if s.blank: it.setForeground(QBrush(TRANS))
        def f():
            vr=table.visualItemRect(it).intersected(table.viewport().rect())
            if vr.isEmpty(): return []
            tl=table.viewport().mapTo(s.root,vr.topLeft()); return [QRectF(tl.x(),tl.y(),vr.width(),vr.height())]
        s.add(role,kind,cls,text,f,w=table)
    def titem(s,tree,parent,text,kind,role,cls):
        it=QTreeWidgetItem(parent,[text]) if parent is not None else QTreeWidgetItem(tree,[text])
        if s.blank: it.setForeground(0,QBrush(TRANS))
        def f():
            vr=tree.visualItemRect(it).intersected(tree.viewport().rect())
            if vr.isEmpty(): return []
            tl=tree.viewport().mapTo(s.root,vr.topLeft()); return [QRectF(tl.x(),tl.y(),vr.width(),vr.height())]
        s.add(role,kind,cls,text,f,w=tree); return it
def window(t,desk,title_parts,x,y,w,h):
    fr=QFrame(desk); fr.setGeometry(x,y,w,h); fr.setFrameShape(QFrame.Box); fr.setAutoFillBackground(True)
    v=QVBoxLayout(fr); v.setContentsMargins(1,1,1,1); v.setSpacing(0)
    tb=QWidget(); tb.setAutoFillBackground(True); p=tb.palette(); p.setColor(QPalette.Window,QColor('#3b3f46' if t.dark else '#dfe3e8')); tb.setPalette(p)
    hl=QHBoxLayout(tb); hl.setContentsMargins(8,4,8,4)
    for txt,kind,role in title_parts: hl.addWidget(t.lab(txt,kind,role,'titlebar' if role=='id' else 'keep'))
    hl.addStretch(1); hl.addWidget(t.lab('—  ☐  ✕','title'))
    v.addWidget(tb); body=QWidget(); v.addWidget(body,1); return fr,body
def desktop(t,Wl,Hl):
    d=QWidget(); d.resize(Wl,Hl); d.setAutoFillBackground(True); p=d.palette(); p.setColor(QPalette.Window,QColor('#0f4c75' if not t.dark else '#101418')); d.setPalette(p)
    t.root=d
    bar=QFrame(d); bar.setGeometry(0,Hl-34,Wl,34); bar.setAutoFillBackground(True); bp=bar.palette(); bp.setColor(QPalette.Window,QColor('#202020')); bar.setPalette(bp)
    bl=QHBoxLayout(bar); 
    for x in ['Start','Attest','Outlook','Teams']:
        l=t.lab(x,'taskbar'); pp=l.palette(); pp.setColor(QPalette.WindowText,TRANS if t.blank else QColor('#f0f0f0')); l.setPalette(pp); bl.addWidget(l)
    bl.addStretch(1); l=t.lab('10:42  18/03/2024','clock'); pp=l.palette(); pp.setColor(QPalette.WindowText,TRANS if t.blank else QColor('#f0f0f0')); l.setPalette(pp); bl.addWidget(l)
    return d

def page_desktop(t,r,Wl,Hl):
    d=desktop(t,Wl,Hl); P=person(r); core=mpan_core(r); e=eui(r)
    fa,ba=window(t,d,[('Attest UAT – Meter',"title",'keep'),(core,'mpan','id')],40,30,760,640)
    v=QVBoxLayout(ba); tabs=QTabWidget(); v.addWidget(tabs)
    form=QWidget(); fl=QFormLayout(form)
    rows=[('Customer name',P['name'],'name'),('Address line 1',P['street'],'address'),('Town',P['town'],'address'),('Postcode',P['pc'],'postcode'),
          ('Phone',P['phone'],'phone'),('E-mail',P['email'],'email'),('MPAN',core,'mpan'),('MPRN',mprn(r),'mprn'),
          ('Meter serial',' '.join([eserial(r).lower()[:3],'%03d'%r.randrange(1000),'%03d'%r.randrange(1000)]),'serial'),('Comms hub',eui_fmt(e,'dot'),'eui'),('Gas meter',gserial(r),'serial')]
    for lab,val,kind in rows:
        fl.addRow(t.lab(lab,'label'),t.edit(val,kind,'qt-form'))
    bb=QHBoxLayout(); 
    for b in ['Save','Cancel','Raise defect']: 
        pb=QPushButton(b); 
        if t.blank: pp=pb.palette(); pp.setColor(QPalette.ButtonText,TRANS); pb.setPalette(pp)
        t.add('keep','button','keep',b,t.wrect(pb),w=pb); bb.addWidget(pb)
    fl.addRow(bb)
    tabs.addTab(form,'Customer'); tabs.addTab(QWidget(),'Meters'); tabs.addTab(QWidget(),'History')
    sb=QStatusBar(); sb.addWidget(t.lab('Connected','status')); sb.addWidget(t.idl(mpan_core(r),'mpan','statusbar')); sb.addPermanentWidget(t.lab('TC-3318','testref')); v.addWidget(sb)
    # window B overlapping
    fb,bb2=window(t,d,[('Readings – D0010 import','title','keep')],232,262,820,520)
    vb=QVBoxLayout(bb2); tab=QTableWidget(14,5); tab.setHorizontalHeaderLabels(['MPAN','MPRN','Serial','Read (kWh)','Status']); vb.addWidget(tab)
    for i in range(14):
        t.item(tab,i,0,mpan_core(r),'mpan','id','qt-grid'); t.item(tab,i,1,mprn(r),'mprn','id','qt-grid-bare')
        t.item(tab,i,2,eserial(r),'serial','id','qt-grid'); t.item(tab,i,3,'%05d.%d'%(r.randrange(99999),r.randrange(10)),'reading','keep','keep'); t.item(tab,i,4,r.choice(['Valid','Suspect','Rejected']),'status','keep','keep')
    tab.setColumnWidth(0,150); tab.setColumnWidth(1,110); tab.setColumnWidth(2,120)
    # dialog
    fc,bc=window(t,d,[('Confirm meter exchange','title','keep')],1420,120,440,190)
    vc=QVBoxLayout(bc); h=QHBoxLayout(); h.addWidget(t.lab('Replace meter','label')); h.addWidget(t.idl(eserial(r),'serial','dialog')); h.addStretch(1); vc.addLayout(h)
    h2=QHBoxLayout(); h2.addWidget(t.lab('for','label')); h2.addWidget(t.idl(P['name'],'name','dialog')); h2.addStretch(1); vc.addLayout(h2)
    vc.addWidget(QDialogButtonBox(QDialogButtonBox.Ok|QDialogButtonBox.Cancel))
    tip=QLabel(d); tip.setText(''); tl=t.idl(eui_fmt(eui(r),'colon'),'eui','tooltip'); tl.setParent(d); tl.setAutoFillBackground(True)
    tp=tl.palette(); tp.setColor(QPalette.Window,QColor('#ffffe1')); 
    if not t.blank: tp.setColor(QPalette.WindowText,QColor('#000000'))
    tl.setPalette(tp); tl.setFrameShape(QFrame.Box); tl.move(1440,340); tl.adjustSize()
    return d,[fa,fb,fc,tl]

def page_grid(t,r,Wl,Hl):
    d=desktop(t,Wl,Hl)
    fa,ba=window(t,d,[('export_0412.xlsx – Sheet viewer','title','keep')],20,20,Wl-420,Hl-80)
    v=QVBoxLayout(ba); tab=QTableWidget(120,6); tab.horizontalHeader().setVisible(False); v.addWidget(tab)
    hdr=['MPAN','MPRN','Meter','Postcode','kWh','Status']
    for c,hh in enumerate(hdr): t.item(tab,0,c,hh,'header','keep','keep')
    for i in range(1,120):
        t.item(tab,i,0,mpan_core(r),'mpan','id','qt-grid-noheader'); t.item(tab,i,1,mprn(r),'mprn','id','qt-grid-noheader')
        t.item(tab,i,2,eserial(r),'serial','id','qt-grid-noheader'); t.item(tab,i,3,person(r)['pc'],'postcode','id','qt-grid-noheader')
        t.item(tab,i,4,'%d.%02d'%(r.randrange(9999),r.randrange(100)),'reading','keep','keep'); t.item(tab,i,5,r.choice(['OK','Estimated','Query']),'status','keep','keep')
    for c,wd in enumerate([170,130,130,110,90,100]): tab.setColumnWidth(c,wd)
    fb,bb=window(t,d,[('Log – harness','title','keep')],Wl-560,Hl-520,540,460)
    vb=QVBoxLayout(bb); te=QTextEdit(); te.setReadOnly(True); vb.addWidget(te)
    spans=[]; html=''
    base='#1f1f22' if t.dark else '#ffffff'
    for i in range(16):
        k=i%4
        if k==0: val,kind,pre=mpan_core(r),'mpan','send D0010 mpan='
        elif k==1: val,kind,pre=eui_fmt(eui(r),'0x'),'eui','join device='
        elif k==2: val,kind,pre=person(r)['street'],'address','site addr='
        else: val,kind,pre=None,None,'step TC-%d passed in %d ms'%(r.randrange(1000,9999),r.randrange(999))
        col=base if t.blank else ('#e0e0e0' if t.dark else '#000000')
        line=f'<span style="color:{col}">09:{i:02d}:11.{r.randrange(1000):03d} INFO {pre}</span>'
        if val: line+=f'<span style="color:{col}">{val}</span>'; spans.append((val,kind))
        html+=line+'<br>'
    te.setHtml(f'<div style="font-family:DejaVu Sans Mono;font-size:10pt">{html}</div>')
    for val,kind in spans:
        def f(val=val):
            c=te.document().find(val)
            if c.isNull(): return []
            c1=QTextCursor(te.document()); c1.setPosition(c.selectionStart()); c2=QTextCursor(te.document()); c2.setPosition(c.selectionEnd())
            r1=te.cursorRect(c1); r2=te.cursorRect(c2); tl=te.viewport().mapTo(t.root,r1.topLeft())
            return [QRectF(tl.x(),tl.y(),r2.right()-r1.left(),r1.height())]
        t.add('id',kind,'qt-textedit-log',val,f,w=te)
    tab.scrollToItem(tab.item(45,0),QAbstractItemView.PositionAtTop)
    return d,[fa,fb]

def page_tree(t,r,Wl,Hl):
    d=desktop(t,Wl,Hl)
    fa,ba=window(t,d,[('Estate explorer','title','keep')],60,40,700,Hl-120)
    v=QVBoxLayout(ba); tr=QTreeWidget(); tr.setHeaderLabels(['Estate']); v.addWidget(tr)
    for s in range(4):
        site=t.titem(tr,None,'Site %d – %s'%(s+1,r.choice(['North','South','East','West'])),'label','keep','keep')
        P=person(r); a=t.titem(tr,site,P['street']+', '+P['pc'],'address','id','qt-tree')
        m=t.titem(tr,a,mpan_core(r),'mpan','id','qt-tree'); t.titem(tr,m,eserial(r),'serial','id','qt-tree'); t.titem(tr,m,eui_fmt(eui(r),r.choice(['dash','dot','lower'])),'eui','id','qt-tree')
        g=t.titem(tr,a,mprn(r),'mprn','id','qt-tree-bare'); t.titem(tr,g,gserial(r),'serial','id','qt-tree')
    tr.expandAll()
    fb,bb=window(t,d,[('Run TC-5120 – step 3 of 7','title','keep')],800,120,700,420)
    vb=QVBoxLayout(bb); w=QWidget(); g=QGridLayout(w); vb.addWidget(w)
    g.addWidget(t.lab('Expected','label'),0,0); g.addWidget(t.lab('D0086 received within 5 min','expected'),0,1)
    g.addWidget(t.lab('Actual','label'),1,0); g.addWidget(t.lab('Rejected: validation failed (ERR-0042)','status'),1,1)
    g.addWidget(t.lab('Customer','label'),2,0); g.addWidget(t.idl(person(r)['name'],'name','qt-grid-layout'),2,1)
    g.addWidget(t.lab('MPAN','label'),3,0)
    core=mpan_core(r); big=QFont(); big.setPointSize(18); g.addWidget(t.idl(core,'mpan','qt-large',big),3,1)
    small=QFont(); small.setPixelSize(10); g.addWidget(t.lab('Serial','label'),4,0); g.addWidget(t.idl(eserial(r),'serial','qt-small-10px',small),4,1)
    return d,[fa,fb]

def render_page(name,fn,seed,Wd,Ht,dpr,dark):
    imgs=[];regs=None;vis=None
    for blank in (False,True):
        app.setPalette(pal(dark)); r=random.Random(seed); t=T(blank,dark)
        Wl,Hl=round(Wd/dpr),round(Ht/dpr)
        root,wins=fn(t,r,Wl,Hl); root.resize(Wl,Hl); root.show(); app.processEvents(); root.repaint(); app.processEvents()
        img=QImage(Wd,Ht,QImage.Format_ARGB32); img.setDevicePixelRatio(dpr); img.fill(QColor('white')); root.render(img)
        img.setDevicePixelRatio(1); img.save(f'{ROOT}/tmp/qt_{name}_{int(blank)}.png'); imgs.append(Image.open(f'{ROOT}/tmp/qt_{name}_{int(blank)}.png').convert('RGB'))
        if not blank:
            regs=[]
            for it in t.reg:
                rects=it['fn']()
                parts=[];hid=0;area=0
                for q in rects:
                    qq=[q.left(),q.top(),q.right()+1,q.bottom()+1]; area+=(qq[2]-qq[0])*(qq[3]-qq[1])
                    own=-1
                    for wi,wn in enumerate(wins):
                        if it['w'] is not None and (wn is it['w'] or wn.isAncestorOf(it['w'])): own=wi
                    covers=[[g.left(),g.top(),g.right()+1,g.bottom()+1] for g in (wn.geometry() for wn in wins[own+1:])]
                    c,h=clip_covered(qq,covers); hid+=h
                    if c: parts.append([v*dpr for v in c])
                regs.append(dict(role=it['role'],kind=it['kind'],cls=it['cls'],text=it['text'],parts=parts,visible=round(1-hid/area,3) if area else 0.0,note=it['note']))
        root.close(); root.deleteLater(); app.processEvents()
    ink=inkdiff(imgs[0],imgs[1])
    save(name,imgs[0],regs,ink,dict(renderer='qt-widgets',dpr=dpr,theme='dark' if dark else 'light'))

# ---------- QPainter canvases ----------
def canvas(name,Wd,Ht,bg,draws,alpha=False,meta=None):
    """draws: list of (role,kind,cls,text,font_px,color,x,y,angle,extra)"""
    imgs=[];items=[]
    for blank in (False,True):
        img=QImage(Wd,Ht,QImage.Format_ARGB32); img.fill(QColor(bg) if not alpha else QColor(0,0,0,0))
        p=QPainter(img); p.setRenderHint(QPainter.TextAntialiasing)
        for (role,kind,cls,text,px,color,x,y,ang,extra) in draws:
            f=QFont(extra.get('family','Liberation Sans')); f.setPixelSize(px); p.setFont(f); fm=QFontMetrics(f)
            p.save(); p.translate(x,y); p.rotate(ang)
            if extra.get('boxed'):
                cw=int(px*1.1); p.setPen(QColor(color))
                for i,ch in enumerate(text):
                    p.drawRect(i*(cw+3),-px,cw,int(px*1.35))
                    if not blank: p.drawText(QRect(i*(cw+3),-px,cw,int(px*1.35)),Qt.AlignCenter,ch)
                br=QRectF(0,-px,len(text)*(cw+3),px*1.35)
            else:
                if not blank or extra.get('hidden'):
                    p.setPen(QColor(color)); p.drawText(0,0,text)
                br=QRectF(fm.boundingRect(text)).adjusted(-2,-2,2,2)
            poly=p.transform().map(br); p.restore()
            if not blank: items.append(dict(role=role,kind=kind,cls=cls,text=text,parts=[[poly.boundingRect().left(),poly.boundingRect().top(),poly.boundingRect().right(),poly.boundingRect().bottom()]],visible=0.0 if extra.get('hidden') else 1.0,note=extra.get('note','')))
        p.end(); img.save(f'{ROOT}/tmp/qp_{name}_{int(blank)}.png'); imgs.append(Image.open(f'{ROOT}/tmp/qp_{name}_{int(blank)}.png'))
    if extra_cleartype.get(name):
        imgs=[cleartype(i) for i in imgs]
    a=imgs[0]; ink=inkdiff(a,imgs[1])
    if alpha:
        ink|=np.asarray(a.convert('RGBA'))[:,:,3]>40
    else: a=a.convert('RGB')
    save(name,a,items,ink,dict(renderer='qpainter',dpr=1.0,theme='transparent' if alpha else ('dark' if QColor(bg).lightness()<128 else 'light'),**(meta or {})))
extra_cleartype={}
def cleartype(img):
    # crude subpixel rendering: shift R and B channels by one pixel in opposite directions
    a=np.asarray(img.convert('RGBA')).copy(); o=a.copy()
    o[:,1:,0]=a[:,:-1,0]; o[:,:-1,2]=a[:,1:,2]; return Image.fromarray(o)

if __name__=='__main__':
    pages=[('q_desktop_100_light',page_desktop,1,1920,1080,1.0,False),('q_desktop_125_dark',page_desktop,2,1920,1080,1.25,True),
           ('q_desktop_150_light_1440',page_desktop,3,2560,1440,1.5,False),
           ('q_grid_100_dark',page_grid,4,1920,1080,1.0,True),('q_grid_150_light',page_grid,5,1920,1080,1.5,False),('q_grid_100_light_1366',page_grid,6,1366,768,1.0,False),
           ('q_tree_125_light',page_tree,7,1920,1080,1.25,False),('q_tree_100_dark',page_tree,8,1920,1080,1.0,True)]
    only=sys.argv[1:]
    for name,fn,seed,w,h,d,dark in pages:
        if only and name not in only: continue
        render_page(name,fn,seed,w,h,d,dark)
    r=random.Random(99)
    if not only or 'paint' in only:
        c1=mpan_core(r)
        canvas('p_lone12_light',1920,1080,'#f4f4f4',[('id','mpan','lone-12px',c1,12,'#222222',1402,838,0,{})])
        canvas('p_lone16_dark',1920,1080,'#202124',[('id','mpan','lone-16px',mpan_core(r),16,'#d0d0d0',233,191,0,{})])
        P=person(r)
        canvas('p_transparent_white',1920,1080,None,[('id','mpan','alpha-white',mpan_core(r),22,'#ffffff',300,300,0,{}),
             ('id','name','alpha-white',P['name'],22,'#ffffff',300,360,0,{}),('id','mprn','alpha-white',mprn(r),22,'#ffffff',300,420,0,{}),
             ('keep','label','keep','Meter details',22,'#ffffff',300,240,0,{}),('id','mpan','alpha-hidden',mpan_core(r),22,'#000000',900,300,0,{'hidden':1})],alpha=True)
        canvas('p_rotated_light',1920,1080,'#ffffff',[('id','mpan','rot90',mpan_core(r),18,'#000000',200,700,-90,{}),('id','mpan','rot270',mpan_core(r),18,'#000000',300,300,90,{}),
             ('id','mpan','rot180',mpan_core(r),18,'#000000',900,300,180,{}),('id','mpan','rot12',mpan_core(r),18,'#000000',700,600,12,{}),
             ('id','serial','rot-5',eserial(r),18,'#000000',1200,700,-5,{}),('id','name','rot90',person(r)['name'],18,'#000000',1600,700,-90,{}),
             ('keep','label','keep','MPAN',18,'#000000',700,560,0,{}),('keep','testref','keep','TC-7781',18,'#000000',1200,640,0,{})])
        canvas('p_rotated_dark',1366,768,'#1e1e1e',[('id','mpan','rot90',mpan_core(r),14,'#dddddd',100,600,-90,{}),('id','mpan','rot180',mpan_core(r),14,'#dddddd',700,200,180,{}),
             ('id','mpan','rot12',mpan_core(r),14,'#dddddd',500,400,12,{}),('id','mprn','rot12',mprn(r),14,'#dddddd',900,500,-12,{})])
        canvas('p_boxed',1920,1080,'#ffffff',[('id','mpan','boxed-digits',mpan_core(r),20,'#000000',100,200,0,{'boxed':1}),('id','mprn','boxed-digits',mprn(r),16,'#1a1a1a',100,320,0,{'boxed':1}),
             ('id','serial','spaced-lower',' '.join(eserial(r).lower()),16,'#000000',100,420,0,{}),('id','eui','dotted',eui_fmt(eui(r),'dot'),16,'#000000',100,480,0,{}),
             ('keep','label','keep','Write the MPAN in the boxes below',18,'#000000',100,150,0,{}),('keep','flow','keep','D0010',16,'#000000',600,420,0,{})])
        extra_cleartype['p_cleartype']=1
        canvas('p_cleartype',1920,1080,'#ffffff',[('id','mpan','cleartype-11px',mpan_core(r),11,'#000000',100,200,0,{}),('id','mpan','cleartype-14px',mpan_core(r),14,'#000000',100,260,0,{}),
             ('id','name','cleartype-11px',person(r)['name'],11,'#000000',100,320,0,{}),('id','eui','cleartype-14px',eui_fmt(eui(r),'colon'),14,'#000000',100,380,0,{}),
             ('id','mpan','lowcontrast',mpan_core(r),14,'#b8b8b8',100,440,0,{}),('keep','timestamp','keep','2024-03-18 09:41:07',14,'#000000',400,260,0,{})])
