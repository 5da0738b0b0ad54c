# independent extractor: every string a tool could pull out of a file, recursively
import zipfile, io, zlib, gzip, tarfile, re, struct, unicodedata
try:
    import olefile
except ImportError: olefile=None
def _png(b,out):
    i=8
    while i+8<=len(b):
        ln,typ=struct.unpack('>I4s',b[i:i+8]); d=b[i+8:i+8+ln]; i+=12+ln
        if typ==b'tEXt': out.append(d.decode('latin1'))
        elif typ==b'zTXt': k,_,r=d.partition(b'\0'); out.append(k.decode('latin1')+' '+zlib.decompress(r[1:]).decode('latin1'))
        elif typ==b'iTXt':
            k,_,r=d.partition(b'\0'); comp=r[0]; r=r[2:]; lang,_,r=r.partition(b'\0'); tk,_,t=r.partition(b'\0')
            out.append(k.decode('latin1')+' '+tk.decode('utf8','replace')+' '+(zlib.decompress(t) if comp else t).decode('utf8','replace'))
def _rtf(s,out):
    t=re.sub(r'\\u(-?\d+)\??',lambda m:chr(int(m.group(1))%65536),s); t=re.sub(r"\\'([0-9a-fA-F]{2})",lambda m:chr(int(m.group(1),16)),t); out.append(t)
    for m in re.finditer(r'\\pichgoal\d+\s*\n([0-9a-fA-F\s]{200,})\}',s):
        try: walk(bytes.fromhex(re.sub(r'\s','',m.group(1))),'pict.bin',out)
        except Exception: pass
def walk(b,name,out,depth=0):
    if depth>6: return
    out.append(b.decode('latin1'))
    if len(b)%2==0 or True:
        out.append(b.decode('utf-16le','ignore')); out.append(b[1:].decode('utf-16le','ignore'))
    if b[:2]==b'PK':
        try:
            z=zipfile.ZipFile(io.BytesIO(b))
            for n in z.namelist():
                out.append(n); walk(z.read(n),n,out,depth+1)
        except Exception: pass
    elif b[:8]==b'\x89PNG\r\n\x1a\n': _png(b,out)
    elif b[:2]==b'\x1f\x8b':
        try: walk(gzip.decompress(b),name[:-3],out,depth+1)
        except Exception: pass
    elif b[:8]==bytes.fromhex('D0CF11E0A1B11AE1') and olefile:
        try:
            o=olefile.OleFileIO(io.BytesIO(b))
            for st in o.listdir():
                out.append('/'.join(st)); walk(o.openstream(st).read(),'/'.join(st),out,depth+1)
        except Exception: pass
    elif b[:5]==b'{\\rtf': _rtf(b.decode('latin1'),out)
    elif b[:2]==b'\xff\xd8':
        i=2
        while i+4<len(b) and b[i]==0xFF:
            m=b[i+1]; ln=struct.unpack('>H',b[i+2:i+4])[0]
            if m==0xFE: out.append(b[i+4:i+2+ln].decode('latin1'))
            if m==0xDA: break
            i+=2+ln
    if len(b)>=512 and b[257:262]==b'ustar':
        try:
            t=tarfile.open(fileobj=io.BytesIO(b))
            for m in t.getmembers():
                f=t.extractfile(m)
                if f: walk(f.read(),m.name,out,depth+1)
        except Exception: pass
    if name.endswith(('.xml','.rels','.svg','.vml')) or b[:5]==b'<?xml':
        s=b.decode('utf-8','ignore'); out.append(re.sub(r'<[^>]+>','',s))
        import html; out.append(html.unescape(s))
def canon(s):
    r=[]
    for ch in unicodedata.normalize('NFKC',s):
        if ch.isalnum():
            d=unicodedata.digit(ch,None)
            r.append(str(d) if d is not None else ch.upper())
    return ''.join(r)
def present(kind,value,texts_canon):
    if kind=='name': return all(canon(w) in texts_canon for w in value.split())
    if kind=='email':
        a,b=value.split('@'); return canon(a) in texts_canon and canon(b.split('.')[0]) in texts_canon
    return canon(value) in texts_canon
def file_canon(path):
    out=[]; walk(open(path,'rb').read(),path,out); return '\n'.join(canon(t) for t in out)
