import os, sys, json
sc = float(sys.argv[1]); theme = sys.argv[2]; which = sys.argv[3].split(","); seed=int(sys.argv[4])
os.environ["QT_QPA_PLATFORM"]="offscreen"; os.environ["QT_SCALE_FACTOR"]=str(sc)
import ids; ids.R.seed(seed)
from ids import *
from PySide6.QtWidgets import *
from PySide6.QtGui import *
from PySide6.QtCore import *
app = QApplication([]); app.setStyle("Fusion")
if theme=="dark":
    p=QPalette(); 
    for role,c in [(QPalette.Window,"#2b2b2b"),(QPalette.WindowText,"#e0e0e0"),(QPalette.Base,"#1e1e1e"),(QPalette.AlternateBase,"#333"),(QPalette.Text,"#e0e0e0"),(QPalette.Button,"#3a3a3a"),(QPalette.ButtonText,"#e0e0e0"),(QPalette.Highlight,"#2a82da")]:
        p.setColor(role,QColor(c))
    app.setPalette(p)
f=app.font(); f.setPointSizeF(10); app.setFont(f)
OUT="/tmp/ho37/screens/build/qt"; os.makedirs(OUT,exist_ok=True)
items=[]
def reg(r,k,t,w,rect=None):
    global win
    if rect is None: rect=QRect(QPoint(0,0),w.size())
    tl=w.mapTo(win,rect.topLeft())
    items.append(dict(r=r,k=k,t=t,_r=[tl.x(),tl.y(),rect.width(),rect.height()]))
def L(text,r=None,k="label",t=None,**kw):
    w=QLabel(text); 
    if kw.get("style"): w.setStyleSheet(kw["style"])
    pend.append((r or "k",k,t or text,w,None)); return w
def E(text,r="s",k="mpan",t=None):
    w=QLineEdit(text); pend.append((r,k,t or text,w,None)); return w
pend=[]; cells=[]
def cell(tbl,row,col,text,r=None,k=None):
    it=QTableWidgetItem(text); tbl.setItem(row,col,it)
    if r: cells.append((tbl,it,r,k,text))
def build(kind):
    global win
    win=QMainWindow(); c=QWidget(); win.setCentralWidget(c); v=QVBoxLayout(c)
    if kind=="backoffice":
        win.setWindowTitle("Meter Point Admin"); n=name(); a,t,pc=addr(); m=mpan(); g=mprn()
        fl=QFormLayout()
        for lab,wid in [("Customer name",E(n,k="name")),("Address line 1",E(a,k="address")),("Postcode",E(pc,k="postcode")),("MPAN core",E(m)),("MPRN",E(g,k="mprn")),("Meter serial",E(eserial(),k="serial_e")),("Test case",E(tc(),"k","tcref"))]:
            fl.addRow(L(lab),wid)
        v.addLayout(fl); tb=QTableWidget(4,4); tb.setHorizontalHeaderLabels(["Read date","Register","Reading","Source"])
        for i in range(4):
            cell(tb,i,0,f"0{i+1}/03/2026","k","date"); cell(tb,i,1,"1"); cell(tb,i,2,str(R.randint(10000,30000)),"k","reading"); cell(tb,i,3,"Actual")
        v.addWidget(tb); win.resize(640,560)
    elif kind=="sbox":
        win.setWindowTitle("Supply details"); m=mpan(); pc_,mtc,llf=top(); g=mprn()
        v.addWidget(L("Electricity supply number"))
        fr=QFrame(); fr.setFrameShape(QFrame.Box); fr.setLineWidth(2); gl=QGridLayout(fr); gl.setSpacing(0)
        s=QLabel("S"); fs=s.font(); fs.setPointSize(26); fs.setBold(True); s.setFont(fs); gl.addWidget(s,0,0,2,1)
        for i,x in enumerate([pc_,mtc,llf]): q=QLabel(x); q.setFrameShape(QFrame.Box); q.setAlignment(Qt.AlignCenter); q.setMinimumWidth(46); gl.addWidget(q,0,1+i)
        core=QWidget(); hl=QHBoxLayout(core); hl.setContentsMargins(0,0,0,0); hl.setSpacing(0)
        for x in mpan_sp(m).split(): q=QLabel(x); q.setFrameShape(QFrame.Box); q.setAlignment(Qt.AlignCenter); q.setMinimumWidth(38); hl.addWidget(q)
        gl.addWidget(core,1,1,1,3); pend.append(("s","mpan",m,core,None))
        h=QHBoxLayout(); h.addWidget(fr); h.addStretch(); v.addLayout(h)
        v.addWidget(L("Gas supply point (MPRN)")); v.addWidget(L(g,"s","mprn",style="font-size:16pt"))
        v.addWidget(L("Readings are estimated unless marked (A).")); v.addStretch(); win.resize(520,360)
    elif kind=="excel":
        win.setWindowTitle("SIT_test_data_v3.xlsx - Excel"); ms=[mpan() for _ in range(8)]
        fb=QHBoxLayout(); fb.addWidget(L("C4")); fb.addWidget(QLabel("fx")); fx=E(ms[2]); fb.addWidget(fx); v.addLayout(fb)
        tb=QTableWidget(10,5); tb.setHorizontalHeaderLabels(list("ABCDE"))
        for j,hdr in enumerate(["Test ref","Flow","MPAN","MSN","Expected"]): cell(tb,0,j,hdr,"k","label")
        for i in range(1,9):
            cell(tb,i,0,tc(),"k","tcref"); cell(tb,i,1,R.choice(["D0010","D0150","D0086","D0019"]),"k","msgtype"); cell(tb,i,2,ms[i-1],"s","mpan"); cell(tb,i,3,eserial(),"s","serial_e"); cell(tb,i,4,R.choice(["Accepted","Rejected"]),"k","status")
        tb.setCurrentCell(3,2); tb.resizeColumnsToContents(); v.addWidget(tb); win.resize(760,420)
    elif kind=="xmltree":
        win.setWindowTitle("Message Viewer"); tr=QTreeWidget(); tr.setColumnCount(2); tr.setHeaderLabels(["Element","Value"])
        root=QTreeWidgetItem(tr,["sr:Response",""]); hd=QTreeWidgetItem(root,["sr:Header",""]); QTreeWidgetItem(hd,["sr:ResponseCode","I0"])
        body=QTreeWidgetItem(root,["sr:Body",""]); vals=[("sr:DeviceID",eui(),"eui"),("sr:MPxN",mpan(),"mpan"),("sr:SerialNumber",eserial(),"serial_e"),("sr:ImportMPxN",mprn(),"mprn")]
        tr.expandAll(); tr.setColumnWidth(0,220)
        tri=[]
        for a,b,k in vals: it=QTreeWidgetItem(body,[a,b]); tri.append((it,b,k))
        kp=QTreeWidgetItem(body,["sr:ResponseDateTime","2026-03-04T10:22:31.000Z"])
        tr.expandAll(); v.addWidget(tr); win.resize(640,360)
        cells.extend([(tr,it,"s",k,b) for it,b,k in tri]+[(tr,kp,"k","timestamp","2026-03-04T10:22:31.000Z")])
    elif kind=="log":
        win.setWindowTitle("harness.log"); te=QPlainTextEdit(); te.setFont(QFont("DejaVu Sans Mono",9))
        m=mpan(); e=eui(); n=name(); a,t,pc=addr()
        lines=[f"2026-03-04 10:22:01,114 INFO  run=SIT-E2E-0412 step=3 sending IF-031",
               f"2026-03-04 10:22:01,402 DEBUG payload mpan={m} device={e.replace('-','')}",
               f"2026-03-04 10:22:02,009 WARN  address mismatch: '{a}, {t} {pc}'",
               f"2026-03-04 10:22:02,771 INFO  occupier={n} ack=DIP-7F3A00C91B22"]
        te.setPlainText("\n".join(lines)); v.addWidget(te); win.resize(900,200)
        secrets=[(m,"mpan"),(e.replace('-',''),"eui"),(a,"address"),(pc,"postcode"),(n,"name")]; keeps=[("SIT-E2E-0412","tcref"),("IF-031","msgtype"),("DIP-7F3A00C91B22","dipid"),("2026-03-04 10:22:01,114","timestamp")]
        txt=te.toPlainText()
        cells.append(("textedit",te,secrets,keeps,txt))
    win.show(); app.processEvents(); QTest_wait()
    return win
def QTest_wait():
    for _ in range(5): app.processEvents()
for idx,kind in enumerate(which):
    items=[]; pend=[]; cells=[]
    win=build(kind)
    for r,k,t,w,_ in pend: reg(r,k,t,w)
    for c in cells:
        if c[0]=="textedit":
            _,te,secrets,keeps,txt=c
            for lst,r in [(secrets,"s"),(keeps,"k")]:
                for val,k in lst:
                    pos=txt.find(val); cur=QTextCursor(te.document()); cur.setPosition(pos); r1=te.cursorRect(cur); cur.setPosition(pos+len(val)); r2=te.cursorRect(cur)
                    reg(r,k,val,te.viewport(),r1.united(r2))
            continue
        tbl,it,r,k,text=c
        if isinstance(tbl,QTreeWidget):
            idx2=tbl.indexFromItem(it,1 if r=="s" or k!="timestamp" else 1); rect=tbl.visualRect(idx2)
        else: rect=tbl.visualItemRect(it)
        reg(r,k,text,tbl.viewport(),rect)
    pm=win.grab(); dpr=pm.devicePixelRatio()
    stem=f"q_{kind}_{int(sc*100)}_{theme}"
    pm.save(f"{OUT}/{stem}.png")
    out=[dict(r=i["r"],k=i["k"],t=i["t"],rects=[[round(x*dpr,1) for x in i["_r"]]]) for i in items]
    json.dump({"image":stem+".png","toolkit":"qt","scale":sc,"theme":theme,"items":out},open(f"{OUT}/{stem}.json","w"))
    print(stem,len(out),pm.size().toTuple(),dpr)
    win.close()
