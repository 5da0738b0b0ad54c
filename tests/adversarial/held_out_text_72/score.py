import sys; sys.path.insert(0,'/tmp/ho44/text/gen')
import ids as IDS
import json, os, re, sys, html, base64, binascii, unicodedata, urllib.parse, quopri
ROOT='/tmp/ho44/text'
def dec_bytes(b,enc):
    if b.startswith(b'\xff\xfe\x00\x00'): return b[4:].decode('utf-32-le','replace')
    if b.startswith(b'\x00\x00\xfe\xff'): return b[4:].decode('utf-32-be','replace')
    if b.startswith(b'\xff\xfe'): return b[2:].decode('utf-16-le','replace')
    if b.startswith(b'\xfe\xff'): return b[2:].decode('utf-16-be','replace')
    if b.startswith(b'\xef\xbb\xbf'): return b[3:].decode('utf-8','replace')
    e={'bytes':'utf-8','utf-8-sig':'utf-8','utf-16':'utf-16-le','utf-32':'utf-32-le'}.get(enc,enc)
    try:
        t=b.decode(e)
        return t
    except Exception:
        pass
    try: return b.decode('utf-8')
    except Exception: return b.decode(e,'replace')
def printable(s): return s and sum(c.isprintable() or c in '\r\n\t' for c in s)/len(s)>0.9
def extras(t):
    out=[]
    h=html.unescape(re.sub(r'<!--.*?-->','',t)); h=re.sub(r'<[^<>]{0,80}>','',h); out.append(h)
    out.append(re.sub(r'<[^<>]{0,80}>',' ',html.unescape(t)))
    u=re.sub(r'\\u([0-9a-fA-F]{4})',lambda m:chr(int(m.group(1),16)),t)
    u=re.sub(r'\\x([0-9a-fA-F]{2})',lambda m:chr(int(m.group(1),16)),u)
    u=re.sub(r'\\([0-7]{3})',lambda m:chr(int(m.group(1),8)),u)
    u=re.sub(r'\\[tnr]',' ',u)
    try: u=u.encode('utf-16','surrogatepass').decode('utf-16')
    except Exception: pass
    out.append(u)
    p=urllib.parse.unquote(urllib.parse.unquote(t)); out.append(p); out.append(p.replace('+',' '))
    try: out.append(quopri.decodestring(t.encode('utf-8','replace')).decode('utf-8','replace'))
    except Exception: pass
    for m in re.finditer(r'[A-Za-z0-9+/_-]{12,}={0,2}',t):
        s=m.group(0)
        for f in (base64.b64decode,base64.urlsafe_b64decode):
            try:
                d=f(s+'='*(-len(s)%4)).decode('utf-8')
                if printable(d): out.append(d); out.extend(extras(d) if len(d)<5000 else [])
            except Exception: pass
    for m in re.finditer(r'[A-Z2-7]{16,}=*',t):
        try:
            d=base64.b32decode(m.group(0)+'='*(-len(m.group(0))%8)).decode()
            if printable(d): out.append(d)
        except Exception: pass
    for m in re.finditer(r'(?:[0-9A-Fa-f]{2}[ ]?){6,}',t):
        s=m.group(0).replace(' ','')
        if len(s)%2: s=s[:-1]
        try:
            bb=bytes.fromhex(s)
            for e in ('utf-8','utf-16-le'):
                try:
                    d=bb.decode(e,'replace')
                    if printable(d): out.append(d)
                except Exception: pass
        except Exception: pass
    for m in re.finditer(r'\d{1,3}(?:,\s*\d{1,3}){5,}',t):
        nums=[int(x) for x in re.findall(r'\d+',m.group(0))]
        if all(n<256 for n in nums):
            out.append(''.join(chr(n) for n in nums)); out.append(''.join('%02x'%n for n in nums))
    return out
def canon(s):
    s=unicodedata.normalize('NFKC',s)
    s=''.join(str(unicodedata.decimal(c)) if c.isdigit() and not c.isascii() and unicodedata.decimal(c,None) is not None else c for c in s)
    s=''.join(c for c in s if unicodedata.category(c) not in ('Cf','Mn','Me') and not (0xFE00<=ord(c)<=0xFE0F))
    return s.lower()
def strip_acc(s): return ''.join(c for c in unicodedata.normalize('NFD',s) if unicodedata.category(c)!='Mn')
class View:
    def __init__(s,text):
        parts=[text]+extras(text)
        c=[canon(x) for x in parts]
        c+= [x.replace('0x','') for x in c]
        s.alnum=' '.join(re.sub(r'[^0-9a-z]','',x) for x in c)
        w=[strip_acc(x) for x in c]
        w+=[re.sub(r'(?<!\w)((?:\w[ ]){2,}\w)(?!\w)',lambda m:m.group(1).replace(' ',''),x) for x in w]
        w+=[x.replace('_',' ') for x in w]
        s.words=set(re.findall(r'[a-z0-9]+',' '.join(w).replace("'",' ')))
        s.wordtext=' '.join(w)
        s.ctxwords=s.words-VOCAB
VOCAB=set()
for l in (IDS.FIRST,IDS.SUR,IDS.STREETS,IDS.TOWNS,IDS.HNAMES):
    for x in l: VOCAB|=set(re.findall(r'[a-z0-9]+',strip_acc(x).lower()))
def idwindows(d):
    k=d['kind']; v=d['value']
    if k in ('name','address'): return None
    if k=='mpan21': v=v[8:]
    if k=='mpan13bad': v=v[:12]
    if k=='phone': v=v[1:]
    if k=='email':
        loc,dom=v.split('@'); la=re.sub(r'[^0-9a-z]','',loc.lower())
        return [la] if len(la)<8 else [la[i:i+8] for i in range(len(la)-7)]
    v=re.sub(r'[^0-9a-z]','',v.lower())
    ws=[v] if len(v)<8 else [v[i:i+8] for i in range(len(v)-7)]
    if k=='eui':
        r=''.join(v[i:i+2] for i in range(14,-2,-2)); ws+= [r[i:i+8] for i in range(9)]
    return ws
def leaked(d,V,B):
    ws=idwindows(d)
    if ws is None:
        words=[strip_acc(w).lower() for w in d['words']]
        parts=[p for w in words for p in re.findall(r'[a-z0-9]+',w) if len(p)>=3]
        hit=[p for p in parts if p in V.words and p not in B.ctxwords]
        return hit
    hit=[w for w in ws if w in V.alnum and w not in B.alnum]
    return hit
def readable(d,hits):
    if d['kind'] in ('name','address'): return ' '.join(hits)
    # merge consecutive windows into longest run
    return hits[0] if len(hits)==1 else f"{len(hits)} windows e.g. {hits[0]}..{hits[-1]}"
def main(outdir):
    T=json.load(open(ROOT+'/truth.json'))
    res={'files':[], 'misses':[], 'lost_keeps':[], 'undetectable':[]}
    tot=miss=0; ktot=klost=0; missing_out=[]
    for t in T:
        ob=open(f'{ROOT}/corpus/{t["file"]}','rb').read(); db=open(f'{ROOT}/dummy/{t["file"]}','rb').read()
        O=dec_bytes(ob,t['encoding']); D=dec_bytes(db,t['encoding'])
        op=os.path.join(outdir,t['file'])
        if not os.path.exists(op):
            missing_out.append(t['file']); continue
        X=dec_bytes(open(op,'rb').read(),t['encoding'])
        VO=View(O); B=View(D); VX=View(X)
        for d in t['ids']:
            if not leaked(d,VO,B):
                res['undetectable'].append({'file':t['file'],**d}); continue
            tot+=1
            h=leaked(d,VX,B)
            if h:
                miss+=1; res['misses'].append({'file':t['file'],'kind':d['kind'],'form':d['form'],'value':d['value'],'prop':d.get('prop'),'readable':readable(d,h)})
        for kp in t['keeps']:
            pass
        seen={}
        for kp in t['keeps']:
            v=kp['value']
            if v in seen: continue
            seen[v]=1
            n0=O.count(v); n1=X.count(v)
            ktot+=n0
            if n1<n0: klost+=n0-n1; res['lost_keeps'].append({'file':t['file'],'type':kp['type'],'value':v,'orig':n0,'out':n1})
    res['summary']={'ids_scored':tot,'ids_leaked':miss,'recall':round(100*(1-miss/max(tot,1)),2),'keep_occurrences':ktot,'keeps_lost':klost,'keep_rate':round(100*(1-klost/max(ktot,1)),2),'missing_outputs':missing_out,'undetectable_truth':len(res['undetectable'])}
    return res
if __name__=='__main__':
    outdir=sys.argv[1]; r=main(outdir)
    json.dump(r,open(sys.argv[2] if len(sys.argv)>2 else ROOT+'/score.json','w'),ensure_ascii=False,indent=1)
    print(json.dumps(r['summary'],indent=1))
