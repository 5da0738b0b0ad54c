import sys, os, json, traceback, io, contextlib, glob, time
sys.path.insert(0,"/tmp/ho36/frozen")
from PySide6 import QtWidgets, QtCore, QtGui, QtTest
WS=sys.argv[1]; CMD="/tmp/ho36/fields/cmd"; SHOT="/tmp/ho36/fields/out/shots"; os.makedirs(SHOT,exist_ok=True)
orig_exec=QtWidgets.QApplication.exec
Qt=QtCore.Qt
def app(): return QtWidgets.QApplication.instance()
def desc(w):
    d=[type(w).__name__]
    if w.objectName() and not w.objectName().startswith("qt_"): d.append("#"+w.objectName())
    for attr in ["windowTitle","text","title","placeholderText","toPlainText","currentText","accessibleName"]:
        try:
            v=getattr(w,attr)()
            if v and not (attr=="windowTitle" and w.parent() is not None): d.append(f"{attr}={v[:150]!r}")
        except Exception: pass
    if not w.isEnabled(): d.append("DISABLED")
    return " ".join(d)
def tops(): return [t for t in app().topLevelWidgets() if t.isVisible()]
def tree(t=None, maxn=400):
    out=[]
    ts=[t] if t else tops()
    for t in ts:
        out.append("TOP "+desc(t))
        n=0
        for w in t.findChildren(QtWidgets.QWidget):
            if not w.isVisible(): continue
            if type(w).__name__ in ("QWidget","QFrame","QSplitterHandle","QScrollBar","QSizeGrip","QStackedWidget","QScrollArea") and not w.objectName().strip("qt_"): continue
            out.append("  "+desc(w)); n+=1
            if n>maxn: break
    print("\n".join(out))
def find(cls=None, text=None, top=None, vis=True):
    res=[]
    ws=(top.findChildren(QtWidgets.QWidget)+[top]) if top else app().allWidgets()
    for w in ws:
        if vis and not w.isVisible(): continue
        if cls and type(w).__name__!=cls and not any(c.__name__==cls for c in type(w).__mro__): continue
        if text is not None:
            s=desc(w)
            if text not in s: continue
        res.append(w)
    return res
def one(cls=None,text=None,top=None):
    r=find(cls,text,top)
    if not r: raise Exception(f"no widget {cls} {text}")
    return r[0]
def later(fn,ms=0): QtCore.QTimer.singleShot(ms,fn)
def click(w): later(w.click)
def keys(w,s):
    w.setFocus()
    for ch in s:
        if ch.isascii() and ch.isprintable():
            QtTest.QTest.keyClick(w,ch)
        else:
            for et in (QtCore.QEvent.KeyPress,QtCore.QEvent.KeyRelease):
                app().sendEvent(w,QtGui.QKeyEvent(et,0,Qt.NoModifier,ch))
def paste_text(w,s):
    app().clipboard().setText(s); w.setFocus(); w.paste()
def paste_html(w,html,plain=None):
    md=QtCore.QMimeData(); md.setHtml(html)
    if plain: md.setText(plain)
    app().clipboard().setMimeData(md); w.setFocus(); w.paste()
def shot(name):
    for i,t in enumerate(tops()): t.grab().save(f"{SHOT}/{name}_{i}.png")
    print("shots",len(tops()))
def menu_actions():
    for t in tops():
        for a in t.findChildren(QtGui.QAction):
            if a.text(): print(repr(a.text()), a.shortcut().toString(), a.isEnabled())
NS=dict(globals())
def poll():
    for f in sorted(glob.glob(CMD+"/*.py")):
        src=open(f).read(); os.remove(f)
        buf=io.StringIO()
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
            try: exec(src,NS)
            except Exception: traceback.print_exc()
        open(f[:-3]+".out","w").write(buf.getvalue())
def my_exec(*a,**k):
    t=QtCore.QTimer(app()); t.timeout.connect(poll); t.start(250); NS["_t"]=t
    return orig_exec()
QtWidgets.QApplication.exec=my_exec
from attest import launcher
launcher.main(["gui"])
