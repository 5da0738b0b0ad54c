import os, sys
scale=float(sys.argv[1]); dark=sys.argv[2]=='dark'
os.environ['QT_QPA_PLATFORM']='offscreen'; os.environ['QT_SCALE_FACTOR']=str(scale)
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
from lib import *
app=QApplication([]); app.setStyle('Fusion')
f=QFont('Liberation Sans',10); app.setFont(f)
if dark:
    p=QPalette(); 
    for r,c in [(QPalette.Window,'#2d2d30'),(QPalette.WindowText,'#e0e0e0'),(QPalette.Base,'#1e1e1e'),(QPalette.AlternateBase,'#262626'),(QPalette.Text,'#e0e0e0'),(QPalette.Button,'#3a3a3d'),(QPalette.ButtonText,'#e0e0e0'),(QPalette.Highlight,'#264f78'),(QPalette.HighlightedText,'#ffffff')]: p.setColor(r,QColor(c))
    app.setPalette(p)
tag='dark' if dark else 'light'; sc=int(round(scale*100))
def box(w,top):
    pt=w.mapTo(top,QPoint(0,0)); return [pt.x()*scale,pt.y()*scale,(pt.x()+w.width())*scale,(pt.y()+w.height())*scale]
def finish(top,name,items):
    top.show(); app.processEvents()
    pm=top.grab(); fn=f"{name}.png"; pm.save(f"{CORP}/{fn}")
    its=[]
    for kind,t,txt,ws in items:
        bs=[]
        for w in ws: bs.append(w if isinstance(w,list) else box(w,top))
        its.append({'kind':kind,'type':t,'text':txt,'boxes':bs})
    save({'file':fn,'toolkit':'qt','scale':scale,'theme':tag,'size':[pm.width(),pm.height()],'items':its}); print('wrote',fn,pm.width(),pm.height())
# 1 CRM form
top=QWidget(); top.setWindowTitle('CRM'); top.resize(760,440); L=QVBoxLayout(top); items=[]
hdr=QLabel('Customer 360 — Account BW-77812'); hdr.setFont(QFont('Liberation Sans',13,QFont.Bold)); L.addWidget(hdr); items.append(('keep','heading','Customer 360',[hdr]))
g=QGroupBox('Supply points'); L.addWidget(g); gl=QGridLayout(g)
def lab(t,r,c,kind='keep',typ='label',font=None,val=None):
    w=QLabel(t); 
    if font: w.setFont(font)
    gl.addWidget(w,r,c); items.append((kind,typ,val or t,[w])); return w
lab('Electricity',0,0)
sf=QFrame(); sf.setFrameShape(QFrame.Box); sf.setLineWidth(2); sgl=QGridLayout(sf); sgl.setHorizontalSpacing(14)
S_=QLabel('S'); S_.setFont(QFont('Liberation Sans',26,QFont.Bold)); sgl.addWidget(S_,0,0,2,1)
mono=QFont('Liberation Sans',11)
tops=['02','811','571']; m=mpan(23,'7719004512'); core=[m[:2],m[2:6]+' '+m[6:10],m[10:]]
for i,t in enumerate(tops): w=QLabel(t); w.setFont(mono); sgl.addWidget(w,0,i+1)
cws=[]
for i,t in enumerate(core): w=QLabel(t); w.setFont(mono); sgl.addWidget(w,1,i+1); cws.append(w)
gl.addWidget(sf,0,1)
items.append(('secret','mpan',m,cws))
lab('Gas supply point',1,0); e=QLineEdit('9173350286'); e.setReadOnly(True); gl.addWidget(e,1,1); items.append(('secret','mprn','9173350286',[e]))
lab('Gas meter',2,0); e2=QLineEdit('E6S 0987 1234 21'); gl.addWidget(e2,2,1); items.append(('secret','gas_serial','E6S0987123421',[e2]))
lab('Comms hub',3,0); e3=QLineEdit('0x001BC50C000A4E90'); gl.addWidget(e3,3,1); items.append(('secret','eui64','001BC50C000A4E90',[e3]))
g2=QGroupBox('Contact'); L.addWidget(g2); gl=QGridLayout(g2)
lab('Name',0,0); lab('Tomasz Wierzbicki',0,1,'secret','name')
lab('Address',1,0); lab('9 Heron Quay, Lowestoft',1,1,'secret','address'); lab('NR32 1XG',1,2,'secret','postcode')
lab('Mobile',2,0); lab('07700 900877',2,1,'secret','phone')
lab('Last contact',3,0); lab('2026-11-13 16:20',3,1,'keep','timestamp')
bb=QHBoxLayout(); L.addLayout(bb)
for t in ['Save','Raise D0205','Cancel']:
    b=QPushButton(t); bb.addWidget(b); items.append(('keep','ui',t,[b]))
finish(top,f'qt_crm_{tag}_{sc}',items)
# 2 SSMS grid
top=QWidget(); top.resize(900,300); L=QVBoxLayout(top); items=[]
q=QLabel("SELECT TOP 6 mpan_core, meter_serial, llfc, mtc, read_date, reading FROM dbo.MeterReads WHERE flow = 'D0010'"); q.setFont(QFont('Liberation Mono',9)); L.addWidget(q); items.append(('keep','sql','flow',[]))
t=QTableWidget(6,6); L.addWidget(t); t.setHorizontalHeaderLabels(['mpan_core','meter_serial','llfc','mtc','read_date','reading'])
rows=[(mpan(11,'9072654411'),'21L4839201','123','801','2026-11-01','012984'),(mpan(17,'3328190057'),'NULL','571','845','2026-11-02','003311'),
      (mpan(21,'1190873364'),'19K0048216','NULL','801','2026-11-03','044120'),(mpan(13,'4486027719'),'14J0093321','211','NULL','2026-11-04','000918'),
      (mpan(15,'7075213380'),'20P0412873','123','801','2026-11-05','NULL'),(mpan(18,'2201964453'),'K19E01234','044','402','2026-11-06','017733')]
typ=['mpan','serial','llfc','mtc','date','reading']
for r,row in enumerate(rows):
    for c,v in enumerate(row):
        it=QTableWidgetItem(v)
        if v=='NULL': it.setBackground(QColor('#fffbd0') if not dark else QColor('#4a4620'))
        t.setItem(r,c,it)
t.resizeColumnsToContents(); t.selectRow(2); t.setFocus()
top.show(); app.processEvents()
for r,row in enumerate(rows):
    for c,v in enumerate(row):
        rect=t.visualItemRect(t.item(r,c)); pt=t.viewport().mapTo(top,rect.topLeft())
        b=[pt.x()*scale,pt.y()*scale,(pt.x()+rect.width())*scale,(pt.y()+rect.height())*scale]
        if v=='NULL': items.append(('keep','null','NULL',[b]))
        elif typ[c] in('mpan','serial'): items.append(('secret',typ[c],v,[b]))
        else: items.append(('keep',typ[c],v,[b]))
items=[i for i in items if i[3]]
for c,h in enumerate(['mpan_core','meter_serial','read_date']):
    pass
finish(top,f'qt_ssms_grid_{tag}_{sc}',items)
# 3 HHT
if scale>=1.5:
    top=QWidget(); top.resize(320,420); top.setStyleSheet('QWidget{background:#101820;color:#f2f2f2} QLabel#h{background:#f0a500;color:#000;font-weight:bold;padding:4px}'); L=QVBoxLayout(top); items=[]
    h=QLabel('HHT  JOB 4471-B   12:07'); h.setObjectName('h'); L.addWidget(h); items.append(('keep','ui','JOB 4471-B',[h]))
    def row(l,v,kind,t,val=None):
        a=QLabel(l); b=QLabel(v); b.setFont(QFont('DejaVu Sans Mono',12,QFont.Bold)); L.addWidget(a); L.addWidget(b)
        items.append(('keep','label',l,[a])); items.append((kind,t,val or v,[b]))
    row('Remove meter','s1 4k 048213','secret','serial','S14K048213')
    row('MPAN','13 4486 0277 191','secret','mpan','1344860277191')
    row('Install ESME','00:1B:C5:0C:00:0A:52:1D','secret','eui64','001BC50C000A521D')
    row('Read (reg 1)','031877.4','keep','reading')
    row('Status','COMMISSIONED','keep','status')
    finish(top,f'qt_hht_{tag}_{sc}',items)
