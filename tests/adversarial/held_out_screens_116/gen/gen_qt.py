import sys, os, json, subprocess
sys.path.insert(0,os.path.dirname(__file__))
from ids import Gen
from common import Page
VARIANTS=[(1.0,"light"),(1.5,"dark"),(2.0,"light"),(1.25,"dark")]
def child(out,sc,th,n):
    from PySide6.QtWidgets import (QApplication,QWidget,QTreeWidget,QTreeWidgetItem,QTableWidget,QTableWidgetItem,QHBoxLayout,QVBoxLayout,QLabel,QSplitter,QStyleFactory)
    from PySide6.QtGui import QPalette,QColor,QFont
    from PySide6.QtCore import Qt,QPoint
    app=QApplication([]); app.setStyle(QStyleFactory.create("Fusion"))
    app.setFont(QFont("DejaVu Sans",9))
    if th=="dark":
        pal=QPalette()
        for role,c in [(QPalette.Window,"#2b2b2b"),(QPalette.WindowText,"#dddddd"),(QPalette.Base,"#1e1e1e"),(QPalette.AlternateBase,"#262626"),(QPalette.Text,"#e0e0e0"),(QPalette.Button,"#353535"),(QPalette.ButtonText,"#dddddd"),(QPalette.Highlight,"#2a6fb0")]:
            pal.setColor(role,QColor(c))
        app.setPalette(pal)
    name=f"qt_flowviewer_{int(sc*100)}_{th}"
    g=Gen(f"qt-{n}"); p=Page(name)
    win=QWidget(); win.resize(1280,720); lay=QVBoxLayout(win)
    head=QLabel(); lay.addWidget(head)
    split=QHBoxLayout(); lay.addLayout(split)
    tree=QTreeWidget(); tree.setHeaderLabels(["Group","Decoded"]); tree.setColumnWidth(0,300); split.addWidget(tree,4)
    table=QTableWidget(14,7); table.setAlternatingRowColors(True); split.addWidget(table,7)
    status=QLabel(); lay.addWidget(status)
    reg=[]  # (item id, widget, getter)
    hdr_keep=[]
    tcv=g.tc(); fl=g.msg()
    head.setText(f"Flow viewer  {tcv}  {fl}  {g.ver()}")
    reg.append((p.add("keep","tc",tcv,tcv),"label",head)); 
    for k in range(4):
        top=QTreeWidgetItem(tree,[f"ZHV|{g.r.randint(10**6,10**7)}|D0010001|", ""]); top.setExpanded(True)
        c=g.core(); s=g.eserial(); m=g.msg()
        a=QTreeWidgetItem(top,[f"026|{c}|V|",""]); reg.append((p.add("id","mpan",c,f"026|{c}|V|"),"tree",a))
        b=QTreeWidgetItem(top,[f"028|{s}|C|",""]); reg.append((p.add("id","serial",s,f"028|{s}|C|"),"tree",b))
        rd=g.reading(); cc=QTreeWidgetItem(top,["030|01|20261103|", rd]); reg.append((p.add("keep","reading",rd,rd),"tree1",cc))
        t=g.ts(); dd=QTreeWidgetItem(top,["ZPT|", t]); reg.append((p.add("keep","timestamp",t,t),"tree1",dd))
    cols=["Account holder","Site address","Postcode","Phone","MPRN","Flow","Received"]
    table.setHorizontalHeaderLabels(cols)
    for r in range(14):
        nm=g.name(); vals=[("id","name",nm),("id","address",g.address()),("id","postcode",g.postcode()),("id","phone",g.phone()),("id","mprn",g.mprn()),("keep","msgtype",g.msg()),("keep","timestamp",g.ts()[:16].replace("T"," "))]
        for ccol,(role,kind,v) in enumerate(vals):
            it=QTableWidgetItem(v); table.setItem(r,ccol,it); reg.append((p.add(role,kind,v,v),"table",it))
    table.resizeColumnsToContents()
    e=g.eui(); ev=":".join(e).lower()
    status.setText(f"Connected to hub {ev}   ·   {g.dip()}")
    reg.append((p.add("id","eui","".join(e),ev),"status",status))
    win.show(); app.processEvents()
    pm=win.grab(); dpr=pm.devicePixelRatio(); pm.save(os.path.join(out,name+".png"))
    fm=None
    boxes={}
    from PySide6.QtGui import QFontMetrics
    for iid,kind,obj in reg:
        if kind in("tree","tree1"):
            col=0 if kind=="tree" else 1
            rr=tree.visualItemRect(obj); x0=tree.header().sectionPosition(col); w=tree.header().sectionSize(col)
            fmx=QFontMetrics(tree.font()); tw=fmx.horizontalAdvance(obj.text(col))
            ind=tree.indentation()*2+4 if col==0 else 4
            pt=tree.viewport().mapTo(win,QPoint(x0,rr.y()))
            boxes[iid]=[pt.x()+(ind if col==0 else 4),pt.y(),min(tw+8,w),rr.height()]
        elif kind=="table":
            rr=table.visualItemRect(obj); pt=table.viewport().mapTo(win,rr.topLeft()); boxes[iid]=[pt.x(),pt.y(),rr.width(),rr.height()]
        else:
            fmx=QFontMetrics(obj.font()); txt=obj.text(); it=[x for x in p.items if x['id']==iid][0]
            pre=txt.index(it['surface']); pt=obj.mapTo(win,QPoint(0,0))
            x=pt.x()+obj.contentsMargins().left()+fmx.horizontalAdvance(txt[:pre]); boxes[iid]=[x,pt.y(),fmx.horizontalAdvance(it['surface']),obj.height()]
    # keep the "Flow viewer" label keeps text-only; tc box from label: computed above
    for it in p.items:
        b=boxes[it['id']]; it['boxes']=[[round(v*dpr,1) for v in b]]
    json.dump(dict(image=name+".png",toolkit="pyside6",design="flowviewer",scale=sc,theme=th,items=p.items),open(os.path.join(out,name+".json"),"w"),indent=0)
    print(name,len(p.items),pm.width(),pm.height())
if __name__=="__main__":
    out=os.path.abspath(sys.argv[1]); os.makedirs(out,exist_ok=True)
    if len(sys.argv)>2:
        child(out,float(sys.argv[2]),sys.argv[3],int(sys.argv[4])); sys.exit()
    for n,(sc,th) in enumerate(VARIANTS):
        env=dict(os.environ,QT_QPA_PLATFORM="offscreen",QT_SCALE_FACTOR=str(sc))
        subprocess.run(["nice",sys.executable,__file__,out,str(sc),th,str(n)],env=env,check=True)
