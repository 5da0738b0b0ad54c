"""QPainter S boxes (bill preview panel). usage: python gen_qtpaint.py scale dark idx"""
import os, sys, json, random
os.environ.setdefault('QT_QPA_PLATFORM','offscreen')
sys.path.insert(0, os.path.dirname(__file__)); import ids
from PySide6.QtGui import *
from PySide6.QtCore import *
ROOT='/tmp/ho47/screens'
app=QGuiApplication([])
scale=float(sys.argv[1]); dark=sys.argv[2]=='1'; idx=int(sys.argv[3]); r=random.Random(9500+idx)
W,H=int(900*scale),int(520*scale)
img=QImage(W,H,QImage.Format_RGB32); bg=QColor(32,33,36) if dark else QColor(255,255,255); fg=QColor(225,225,225) if dark else QColor(20,20,20)
img.fill(bg); p=QPainter(img); p.setRenderHint(QPainter.TextAntialiasing)
items=[]
def text(x,y,s,size,kind=None,secret=False,family='Liberation Sans',bold=False,color=None):
    f=QFont(family); f.setPixelSize(int(size*scale)); f.setBold(bold); p.setFont(f); p.setPen(color or fg)
    fm=QFontMetrics(f); X,Y=int(x*scale),int(y*scale); p.drawText(X,Y,s)
    w=fm.horizontalAdvance(s); box=[X,Y-fm.ascent(),X+w,Y+fm.descent()]
    if kind: items.append({'s':secret,'kind':kind,'text':s,'rects':[box]})
    return box
text(30,40,'Your Electricity Bill',26,'heading',bold=True)
b=text(30,66,'Bill date 03 Dec 2026 · Account ',13,None); text(30+(b[2]-b[0])/scale,66,ids.account(r)[-8:],13,'account',True)
fams=['Liberation Sans Narrow','DejaVu Sans Mono','Liberation Serif']
y=110
for k in range(3):
    core=ids.mpan_core(r); top=ids.mpan_top(r); fam=fams[(k+idx)%3]; sz=[13,15,18][k]
    text(30,y+10,['Supply number','Your supply number (MPAN)','Electricity supply number'][k],12,'label',color=QColor(120,120,120))
    bx=int(30*scale); by=int((y+18)*scale)
    sb=text(40,y+18+int(sz*2.1),'S',sz*2.4,None,bold=True,family=fam)
    t1=text(40+sz*2.2,y+18+sz*1.2,'   '.join(top),sz,'mpan_top',True,fam)
    t2=text(40+sz*2.2,y+18+sz*2.5,'  '.join([core[:2],core[2:6],core[6:10],core[10:]]),sz,'mpan',True,fam)
    p.setPen(QPen(fg,max(1,int(1.5*scale)))); p.drawRect(QRect(bx,by,int(t2[2]-bx+12*scale),int(sz*3.0*scale)))
    if k==1:  # gas box beside
        m=ids.mprn(r); text(520,y+10,'Gas supply point',12,'label',color=QColor(120,120,120)); text(520,y+18+sz*1.8,m,sz+2,'mprn',True,fam)
    y+=int(sz*3.0)+50
text(30,y+10,'Smart Export Guarantee',16,'product',bold=True)
text(30,y+32,'Export this period %s · credit %s' % (ids.reading(r), ids.amount(r)),13,None)
text(600,int(500),'Page 1 of 4',11,'label',color=QColor(140,140,140))
p.end()
name=f'p{idx:02d}_sbox_{int(scale*100)}_{"dark" if dark else "light"}'
img.save(f'{ROOT}/corpus/{name}.png')
json.dump({'image':name+'.png','toolkit':'pyside6-qpainter','design':'sbox','scale':scale,'theme':'dark' if dark else 'light','items':items},open(f'{ROOT}/truth/{name}.json','w'),ensure_ascii=False)
print(name,len(items))
