"""Independent truth check: decode every file by its recorded encoding (BOM sniff + declared), check every secret and
keep occurs verbatim, MPAN check digits, overlap between secrets and keeps, JSON/CSV parse."""
import json, os, re, csv, io, sys
P=[3,5,7,13,17,19,23,29,31,37,41,43]
root=os.path.dirname(os.path.abspath(__file__))
T=json.load(open(os.path.join(root,'truth.json')))
def dec(b, enc):
    base=enc.replace('-bom','')
    if base=='utf-8': return b.decode('utf-8-sig')
    t=b.decode(base)
    return t.lstrip('\ufeff')
bad=0; nm=0
for fn,info in T.items():
    t=dec(open(os.path.join(root,'corpus',fn),'rb').read(), info['encoding'])
    for s in info['secrets']:
        if s['value'] not in t: print('MISSING secret',fn,repr(s['value'])); bad+=1
        if s['kind']=='mpan':
            dg=re.sub(r'\D','',s['value'])[-13:]
            if str(sum(int(a)*p for a,p in zip(dg,P))%11%10)!=dg[-1]: print('BAD MPAN',fn,s['value']); bad+=1
            nm+=1
    for k in info['keeps']:
        if k['value'] not in t: print('MISSING keep',fn,repr(k['value'])); bad+=1
        for s in info['secrets']:
            sv=re.sub(r'[^0-9A-Za-z]','',s['value']).lower(); kv=re.sub(r'[^0-9A-Za-z]','',k['value']).lower()
            if len(sv)>=4 and (sv in kv): print('OVERLAP',fn,s['value'],k['value']); bad+=1
    if fn.endswith('.json') and info['genre'] not in ('traefik',):
        try:
            if info['genre'] in ('caddy',): [json.loads(l) for l in t.splitlines() if l.strip()]
            else: json.loads(t)
        except Exception as e: print('JSON',fn,e); bad+=1
    if info['newline']=='CRLF' and '\r\n' not in t: print('NL',fn); bad+=1
print('files',len(T),'problems',bad,'mpans checked',nm)
# independent sweep: 13-digit runs passing the MPAN check that are not recorded secrets
import itertools
for fn,info in T.items():
    t=dec(open(os.path.join(root,'corpus',fn),'rb').read(), info['encoding'])
    rec=' '.join(re.sub(r'\D','',s['value']) for s in info['secrets'])
    for m in re.finditer(r'(?<!\d)\d{13}(?!\d)', t):
        v=m.group()
        if str(sum(int(a)*p for a,p in zip(v,P))%11%10)==v[-1] and v not in rec:
            kk=[k['kind'] for k in info['keeps'] if k['value']==v]
            print('MPAN-VALID 13-digit not a secret:',fn,v,kk)
