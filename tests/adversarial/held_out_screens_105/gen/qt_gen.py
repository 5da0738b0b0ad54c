import os, sys, json, random
sys.path.insert(0,'/tmp/ho51/screens/gen'); from ids import *
from PySide6.QtWidgets import *
from PySide6.QtGui import QFont, QColor, QPalette
from PySide6.QtCore import Qt, QPoint
idx=int(sys.argv[1]); design=sys.argv[2]; theme=sys.argv[3]; sc=float(os.environ.get('QT_SCALE_FACTOR','1'))
app=QApplication.instance() or QApplication([]); app.setStyle('Fusion')
if theme=='dark':
    p=QPalette(); 
    for role,c in [(QPalette.Window,'#2d2d30'),(QPalette.WindowText,'#e0e0e0'),(QPalette.Base,'#1e1e1e'),(QPalette.AlternateBase,'#2a2f3a'),(QPalette.Text,'#e0e0e0'),(QPalette.Button,'#3c3c3c'),(QPalette.ButtonText,'#e0e0e0'),(QPalette.Highlight,'#264f78')]: p.setColor(role,QColor(c))
    app.setPalette(p)
r=random.Random(6100+idx); items=[]; W=QWidget(); W.setWindowTitle('x')
def reg(w,text,kind,cls,rect=None):
    items.append((w,text,kind,cls,rect))
if design=='grid':
    lay=QVBoxLayout(W); h=QLabel('Meter exchange queue – Inverness depot'); lay.addWidget(h); reg(h,h.text(),'heading','keep')
    t=QTableWidget(12,6); t.setAlternatingRowColors(True); t.setFont(QFont('DejaVu Sans Condensed',9))
    hd=['MPAN','Customer','Postcode','Old serial','Device','Job']; t.setHorizontalHeaderLabels(hd); lay.addWidget(t)
    rows=[]
    for i in range(12):
        n=name(r,True); vals=[(mpan_core(r),'mpan','secret'),(n,'name','secret'),(address(r)[2],'postcode','secret'),(elec_serial(r),'serial','secret'),(eui(r,':',True),'eui64','secret'),(wo(r),'wo','keep')]
        for j,(v,k,c) in enumerate(vals): t.setItem(i,j,QTableWidgetItem(v)); rows.append((i,j,v,k,c))
    t.resizeColumnsToContents(); W.resize(760,430)
    W.show(); app.processEvents()
    for i,j,v,k,c in rows: reg(t.viewport(),v,k,c,t.visualItemRect(t.item(i,j)))
    for j,hh in enumerate(hd): reg(t.horizontalHeader(),hh,'header','keep',('hdr',j))
    for i in range(12): reg(t.verticalHeader(),str(i+1),'rowno','keep',('vh',i))
else:
    form=QFormLayout(W); n=name(r,True); a,tw,pc=address(r)
    fields=[('Customer name',n,'name','secret'),('Address',a,'address','secret'),('Town',tw,'town','keep'),('Postcode',pc,'postcode','secret'),('Telephone',phone(r),'phone','secret'),('E-mail',email(r,n),'email','secret'),
     ('MPAN',mpan_core(r),'mpan','secret'),('MPRN',mprn(r),'mprn','secret'),('Gas meter',gas_serial(r),'serial','secret'),('IHD GUID',eui(r,'.',False),'eui64','secret'),('Test case',tc(r),'tc','keep'),('Flow',flow(r),'flow','keep'),('Firmware',fw(r),'version','keep'),('Raised',ts(r),'timestamp','keep')]
    for lab,v,k,c in fields:
        L=QLabel(lab); E=QLineEdit(v); E.setMinimumWidth(300); E.setCursorPosition(0); form.addRow(L,E); reg(L,lab,'label','keep'); reg(E,v,k,c)
    bb=QDialogButtonBox(QDialogButtonBox.Ok|QDialogButtonBox.Cancel); form.addRow(bb)
    W.show(); app.processEvents()
app.processEvents(); pm=W.grab(); dpr=pm.devicePixelRatio(); name_=f"q{idx:02d}_{design}_{int(sc*100)}_{theme}"
pm.save(f'/tmp/ho51/screens/corpus/{name_}.png')
out=[]
for w,text,kind,cls,rect in items:
    if isinstance(rect,tuple):
        hdr=w
        if rect[0]=='hdr': x=hdr.sectionViewportPosition(rect[1]); from PySide6.QtCore import QRect; rr=QRect(x,0,hdr.sectionSize(rect[1]),hdr.height())
        else: y=hdr.sectionViewportPosition(rect[1]); from PySide6.QtCore import QRect; rr=QRect(0,y,hdr.width(),hdr.sectionSize(rect[1]))
    elif rect is None: rr=w.rect()
    else: rr=rect
    if rr.bottom()<0 or rr.top()>w.height(): continue
    p0=w.mapTo(W,rr.topLeft())
    out.append({'text':text,'kind':kind,'cls':cls,'box':[p0.x()*dpr,p0.y()*dpr,(p0.x()+rr.width())*dpr,(p0.y()+rr.height())*dpr]})
json.dump({'image':name_+'.png','toolkit':'qt','design':design,'scale':sc,'theme':theme,'items':out},open(f'/tmp/ho51/screens/truth/{name_}.json','w'),indent=0)
print(name_,len(out),pm.width(),pm.height())
