import sys, os; sys.path.insert(0,'/tmp/ho41/screens/gen')
scale=sys.argv[1]; os.environ['QT_QPA_PLATFORM']='offscreen'; os.environ['QT_SCALE_FACTOR']=scale
from lib import *
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
app=QApplication([]); app.setStyle('Fusion')
def dark():
    p=QPalette(); 
    for r,c in [(QPalette.Window,'#2b2b2b'),(QPalette.WindowText,'#e6e6e6'),(QPalette.Base,'#1e1e1e'),(QPalette.AlternateBase,'#2a2d31'),(QPalette.Text,'#e6e6e6'),(QPalette.Button,'#3a3a3a'),(QPalette.ButtonText,'#e6e6e6'),(QPalette.Highlight,'#2f65ca'),(QPalette.HighlightedText,'#ffffff')]: p.setColor(r,QColor(c))
    app.setPalette(p)
S=float(scale)
def box(w,win,rect=None):
    r=rect if rect is not None else QRect(QPoint(0,0),w.size())
    tl=w.mapTo(win,r.topLeft()); return [round(tl.x()*S),round(tl.y()*S),round((tl.x()+r.width())*S),round((tl.y()+r.height())*S)]
def form_app(name,seed,theme):
    v=V(seed)
    if theme=='dark': dark()
    win=QMainWindow(); win.setWindowTitle('MeterOps Desk 4.2'); c=QWidget(); win.setCentralWidget(c); L=QHBoxLayout(c)
    items=[]; later=[]
    left=QGroupBox('Meter exchange — job JX-20931'); F=QFormLayout(left)
    def row(lbl,kind,val,form,sel=False):
        l=QLabel(lbl); e=QLineEdit(val); e.setMinimumWidth(230)
        if sel: e.setSelection(0,len(val))
        F.addRow(l,e); later.append((l,'keep',lbl,'')); later.append((e,kind,val,form))
    top,core=v.mpan(); nm=v.name()
    row('Customer','name',nm,'lineedit'); row('Postcode','postcode',v.pc(),'lineedit'); row('MPAN core','mpan_core',core,'lineedit')
    row('MPRN','mprn',v.mprn(),'lineedit-selected',True); row('Old meter serial','eserial',v.eserial().lower(),'lowercase')
    g=v.gserial(); row('New gas serial','gserial',' '.join([g[:3],g[3:7],g[7:11],g[11:]]),'spaced')
    row('CHF EUI-64','eui64',eui_fmt(v.eui(),'dot'),'dotted'); row('Contact phone','phone',v.phone(),'lineedit')
    pb=QProgressBar(); pb.setValue(64); c2=v.mpan()[1]; pb.setFormat(f'Uploading {c2} %p%'); F.addRow(QLabel('Upload'),pb); later.append((pb,'mpan_core',c2,'progressbar'))
    # S box group
    sb=QGroupBox('Supply number'); G=QGridLayout(sb); s=QLabel('S'); f=s.font(); f.setPointSize(22); f.setBold(True); s.setFont(f); G.addWidget(s,0,0,2,1)
    t2,c3=v.mpan(); mono=QFont('Liberation Mono',10)
    for j,p in enumerate([t2[:2],t2[2:5],t2[5:]]):
        q=QLabel(p); q.setFont(mono); q.setFrameShape(QFrame.Box); G.addWidget(q,0,1+j); 
    for j,p in enumerate([c3[:2],c3[2:6],c3[6:10],c3[10:]]):
        q=QLabel(p); q.setFont(mono); q.setFrameShape(QFrame.Box); G.addWidget(q,1,1+j)
    F.addRow(sb); later.append((sb,'SBOX',(t2,c3),''))
    L.addWidget(left)
    tw=QTableWidget(7,4); tw.setHorizontalHeaderLabels(['Read date','Register','Reading','Device']); tw.setAlternatingRowColors(True)
    tcells=[]
    for i in range(7):
        vals=[('keep','2026-11-%02d'%(20+i)),('keep','R%d'%(1+i%2)),('keep','%06d'%(10234+i*811)),('eui64',eui_fmt(v.eui(),['plain','colon','cisco','dash','lower','dot','space'][i]))]
        for j,(k,x) in enumerate(vals): tw.setItem(i,j,QTableWidgetItem(x)); tcells.append((i,j,k,x))
    tw.resizeColumnsToContents(); tw.setMinimumWidth(520); L.addWidget(tw)
    win.resize(1040,520); win.show(); app.processEvents()
    for w,k,val,form in later:
        if k=='SBOX':
            ws=[sb.layout().itemAtPosition(0,j).widget() for j in (1,2,3)]; b=[box(x,win) for x in ws]
            items.append(dict(kind='mpan_top',keep=False,value=val[0],form='qt-sbox-top',boxes=[[min(x[0] for x in b),min(x[1] for x in b),max(x[2] for x in b),max(x[3] for x in b)]]))
            ws=[sb.layout().itemAtPosition(1,j).widget() for j in (1,2,3,4)]; b=[box(x,win) for x in ws]
            items.append(dict(kind='mpan_core',keep=False,value=val[1],form='qt-sbox-core',boxes=[[min(x[0] for x in b),min(x[1] for x in b),max(x[2] for x in b),max(x[3] for x in b)]]))
            continue
        items.append(dict(kind=k,keep=k=='keep',value=val,form=form,boxes=[box(w,win)]))
    for i,j,k,x in tcells:
        r=tw.visualItemRect(tw.item(i,j)); items.append(dict(kind=k,keep=k=='keep',value=x,form='qt-table',boxes=[box(tw.viewport(),win,r)]))
    for i,h in enumerate(['Read date','Register','Reading','Device']):
        hh=tw.horizontalHeader(); r=QRect(hh.sectionViewportPosition(i),0,hh.sectionSize(i),hh.height()); items.append(dict(kind='keep',keep=True,value=h,form='qt-header',boxes=[box(hh.viewport(),win,r)]))
    img=win.grab().toImage(); img.save(f'{CORPUS}/{name}.png')
    save_truth(name+'.png',items,toolkit='pyside6',scale=S,theme=theme); print(name,img.width(),img.height(),len(items))
def rotated(name,seed):
    v=V(seed); sc=QGraphicsScene(0,0,1100,700); sc.setBackgroundBrush(QColor('#fbfbf7'))
    view=QGraphicsView(sc); view.setRenderHint(QPainter.TextAntialiasing); view.resize(1104,704)
    items=[]
    sc.addRect(60,60,980,580,QPen(QColor('#333'),2))
    t=sc.addSimpleText('Plant room B — meter cupboard layout (rev C)'); t.setFont(QFont('Liberation Sans',14)); t.setPos(80,20); ks=[(t,'keep','Plant room B — meter cupboard layout (rev C)','')]
    def txt(s,kind,ang,x,y,form,size=12):
        it=sc.addSimpleText(s); it.setFont(QFont('DejaVu Sans',size)); it.setPos(x,y); it.setRotation(ang); ks.append((it,kind,s,form))
    top,core=v.mpan(); txt('MPAN '+spaced_core(core),'mpan_core',90,200,120,'rot90')
    txt('MPRN '+v.mprn(),'mprn',180,700,200,'rot180'); txt('CHF '+v.eui(),'eui64',12,420,420,'rot12')
    txt('Meter '+v.eserial(),'eserial',270,1000,560,'rot270'); txt(spaced_core(v.mpan()[1]),'mpan_core',-7,380,560,'rot-7')
    txt('Isolator IS-04','keep',0,640,600,'',11)
    view.show(); app.processEvents()
    for it,k,s,form in ks:
        pr=view.mapFromScene(it.sceneBoundingRect()).boundingRect(); tl=view.viewport().mapTo(view,pr.topLeft())
        val=s.split(' ',1)[1] if k not in('keep',) and s.split(' ',1)[0] in ('MPAN','MPRN','CHF','Meter') else s
        items.append(dict(kind=k,keep=k=='keep',value=val,form=form,boxes=[[round(tl.x()*S),round(tl.y()*S),round((tl.x()+pr.width())*S),round((tl.y()+pr.height())*S)]]))
    img=view.grab().toImage(); img.save(f'{CORPUS}/{name}.png'); save_truth(name+'.png',items,toolkit='pyside6',scale=S,theme='light'); print(name,img.width(),img.height())
which=sys.argv[2]
if which=='form': form_app(sys.argv[3],int(sys.argv[4]),sys.argv[5])
else: rotated(sys.argv[3],int(sys.argv[4]))
