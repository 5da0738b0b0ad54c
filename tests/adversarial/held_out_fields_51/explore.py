import sys, os, json, traceback
sys.path.insert(0,"/tmp/ho36/frozen")
from PySide6 import QtWidgets, QtCore, QtGui
WS=sys.argv[1]; OUT=sys.argv[2]; os.makedirs(OUT,exist_ok=True)
orig_exec=QtWidgets.QApplication.exec
def describe(w):
    d=dict(cls=type(w).__name__, obj=w.objectName(), acc=w.accessibleName() if hasattr(w,"accessibleName") else "")
    for attr in ["text","title","windowTitle","placeholderText","toolTip"]:
        try:
            v=getattr(w,attr)()
            if v: d[attr]=v
        except Exception: pass
    d["vis"]=w.isVisible()
    return d
def dump(tag):
    app=QtWidgets.QApplication.instance()
    res=[]
    for i,t in enumerate(app.topLevelWidgets()):
        if not t.isVisible(): continue
        t.grab().save(f"{OUT}/{tag}_top{i}.png")
        items=[describe(t)]
        for w in t.findChildren(QtWidgets.QWidget):
            if w.isVisible(): items.append(describe(w))
        acts=[]
        for a in t.findChildren(QtGui.QAction):
            acts.append(dict(text=a.text(),obj=a.objectName(),sc=a.shortcut().toString(),enabled=a.isEnabled()))
        res.append(dict(top=describe(t),widgets=items,actions=acts))
    json.dump(res,open(f"{OUT}/{tag}.json","w"),indent=1,ensure_ascii=False)
def driver():
    try:
        dump("main")
    except Exception: traceback.print_exc()
    QtCore.QTimer.singleShot(500, QtWidgets.QApplication.instance().quit)
def my_exec(*a,**k):
    QtCore.QTimer.singleShot(4000, driver)
    return orig_exec()
QtWidgets.QApplication.exec=my_exec
from attest import launcher
launcher.main(["--workspace",WS,"gui"])
