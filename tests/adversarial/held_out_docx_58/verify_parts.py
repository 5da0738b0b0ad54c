# Independent check: every XML part well-formed; value findable in some part (own extraction), per file.
import zipfile, json, re, unicodedata, struct, sys
from lxml import etree
ROOT='/tmp/ho38/docx'
def norm(s):
    s=unicodedata.normalize('NFKC',s)
    s=''.join(c for c in s if unicodedata.category(c) not in ('Cf','Mn'))
    return re.sub(r'[^0-9a-z@.]','',s.lower().replace('\u00ad',''))
def texts(z):
    out={}
    for n in z.namelist():
        b=z.read(n); t=''
        if b[:2] in (b'\xff\xfe',b'\xfe\xff'): t=b.decode('utf-16')
        elif n.endswith(('.xml','.rels')) or b.lstrip()[:5]==b'<?xml':
            try:
                x=etree.fromstring(b); parts=[]
                for el in x.iter():
                    if isinstance(el.tag,str):
                        parts+=list(el.attrib.values())
                        if el.text: parts.append(el.text)
                    # fields: join w:t text
                t=' '.join(parts)+' '+''.join(x.itertext())
            except Exception as e: t='<<XMLERR %s>>'%e
        else:
            t=b.decode('latin-1')+' '+b.decode('utf-16-le','ignore')
            if b[:2]==b'\xff\xd8':
                i=2
                while i<len(b)-4 and b[i]==0xFF:
                    m=b[i+1]; L=struct.unpack('>H',b[i+2:i+4])[0]
                    if m==0xFE: t+=' '+b[i+4:i+2+L].decode('utf-8','ignore')
                    if m==0xDA: break
                    i+=2+L
        out[n]=t
    out['<zip names>']=' '.join(z.namelist())
    return out
truth=json.load(open(f'{ROOT}/truth_raw.json'))
bad=0; res={}
for t in truth:
    z=zipfile.ZipFile(f'{ROOT}/corpus/{t["file"]}'); tx=texts(z)
    errs=[n for n,s in tx.items() if s.startswith('<<XMLERR')]
    if errs: print('XMLERR',t['file'],errs, tx[errs[0]][:200]); bad+=1
    if not t['value']: continue
    nv=norm(t['value'])
    where=[n for n,s in tx.items() if nv in norm(s)]
    # SYMBOL field char codes: rebuild from instrText
    res[t['file']]=where
    if not where: print('NOTFOUND',t['file'],t['value'])
json.dump(res,open(f'{ROOT}/verify_parts.json','w'),indent=1)
print('xml errors',bad,'checked',len(res))
