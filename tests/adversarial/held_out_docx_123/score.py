# scorer: python score.py scan      -> runs `attest scan` on every corpus file (one process per file), writes results/scan.json
#         python score.py packs     -> runs `attest pack --template` for each template, scans the pack, checks for the value
#         python score.py report    -> figures from results/*.json + truth.json
#         python score.py selftest  -> identity scanner (says clean) must give 0 %, truth oracle 100 %
import json, sys, subprocess, os, re, zipfile, hashlib, collections, io
R='/tmp/ho56/docx'; A='/tmp/ho56/bin/attest'
T=json.load(open(R+'/truth.json'))
def scan(path):
    try: p=subprocess.run(['nice',A,'scan',path],capture_output=True,text=True,timeout=300); rc,out,err=p.returncode,p.stdout,p.stderr
    except subprocess.TimeoutExpired: rc,out,err=-999,'','TIMEOUT'
    return dict(rc=rc,out=out[-3000:],err=err[-3000:])
def flagged(r): return r['rc']!=0 and not crashed(r)
def crashed(r): return ('Traceback' in r['err'] or 'Traceback' in r['out'] or r['rc'] in (-999,) or r['rc']<0)
def ns(s): return re.sub(r'\s+','',s)
def value_in_pack(path,t):
    z=zipfile.ZipFile(path); hits=[]
    for n in z.namelist():
        b=z.read(n)
        if t.get('media_sha') and hashlib.sha256(b).hexdigest()==t['media_sha']: hits.append(n+' (same picture bytes)')
        if n.endswith('.xml') or n.endswith('.rels'):
            s=b.decode('utf-8','replace'); s=re.sub(r'&#x([0-9A-Fa-f]+);',lambda m:chr(int(m.group(1),16)),s); s=re.sub(r'&#(\d+);',lambda m:chr(int(m.group(1))),s)
            s=s.replace('&amp;','&').replace('&apos;',"'").replace('&quot;','"')
            txt=''.join(re.findall(r'>([^<]*)<',s))+' '+' '.join(re.findall(r'="([^"]*)"',s))
            if ns(t['value']) in ns(txt) or ns(t['value']) in ns(''.join(re.findall(r'>([^<]*)<',s))): hits.append(n)
    return hits
def run_scan():
    os.makedirs(R+'/results',exist_ok=True); res={}
    for t in T:
        if t['role']=='template': continue
        res[t['file']]=scan(R+'/'+t['file']); print(t['file'],res[t['file']]['rc'],flush=True)
    json.dump(res,open(R+'/results/scan.json','w'),indent=1)
def run_packs():
    os.makedirs(R+'/results/packs',exist_ok=True); res={}
    ws=R+'/ws_tpl'
    if not os.path.exists(ws+'/attest.db'): subprocess.run([A,'--workspace',ws,'demo'],capture_output=True)
    for t in T:
        if t['role']!='template': continue
        out=R+'/results/packs/'+os.path.basename(t['file'])
        p=subprocess.run(['nice',A,'--workspace',ws,'pack','1','--template',R+'/'+t['file'],'--out',out],capture_output=True,text=True,timeout=600)
        r=dict(rc=p.returncode,out=p.stdout[-2000:],err=p.stderr[-2000:],written=os.path.exists(out))
        if r['written']:
            r['value_in']=value_in_pack(out,t); r['scan']=scan(out)
            r['outcome']='written WITH value' if r['value_in'] else 'written clean'
        else: r['outcome']='refused'
        r['value_echoed']=t['value'] in r['out']+r['err']
        res[t['file']]=r; print(t['file'],r['outcome'],r.get('value_in'),flush=True)
    json.dump(res,open(R+'/results/packs.json','w'),indent=1)
def figures(S):
    alt=[t for t in T if t['role']=='altered']; ctl=[t for t in T if t['role']=='control']
    L=[]; P=lambda a,b:'%d/%d (%.1f %%)'%(a,b,100*a/b if b else 0)
    L.append('altered flagged: '+P(sum(flagged(S[t['file']]) for t in alt),len(alt)))
    L.append('controls clean (rc 0, no crash): '+P(sum(S[t['file']]['rc']==0 for t in ctl),len(ctl)))
    L.append('crashes/tracebacks: %d'%sum(crashed(S[t['file']]) for t in alt+ctl))
    for key in ('technique','kind','base'):
        L.append('-- per %s'%key); g=collections.defaultdict(list)
        for t in alt: g[t[key]].append(flagged(S[t['file']]))
        for k,v in sorted(g.items()): L.append('  %-26s %s'%(k,P(sum(v),len(v))))
    g=collections.defaultdict(list)
    for t in ctl: g[t['technique']].append(S[t['file']]['rc']==0)
    L.append('-- controls clean per technique'); [L.append('  %-26s %s'%(k,P(sum(v),len(v)))) for k,v in sorted(g.items())]
    return L
def report():
    S=json.load(open(R+'/results/scan.json')); L=figures(S)
    if os.path.exists(R+'/results/packs.json'):
        PK=json.load(open(R+'/results/packs.json')); c=collections.Counter(r['outcome'] for r in PK.values())
        L.append('templates: '+', '.join('%s %d'%kv for kv in sorted(c.items())))
        for f,r in sorted(PK.items()): L.append('  %s: %s rc=%s scan_rc=%s %s'%(f,r['outcome'],r['rc'],r.get('scan',{}).get('rc'),r.get('value_in','')))
    print('\n'.join(L))
    misses=[]
    for t in T:
        if t['role']=='altered' and not flagged(S[t['file']]):
            misses.append(dict(file=t['file'],technique=t['technique'],kind=t['kind'],value=t['value'],surface=t['surface'],where=t['where'],verify=t['verify'],**{'class':t['technique']},scan_rc=S[t['file']]['rc'],scan_out=S[t['file']]['out'][:300]))
    json.dump(misses,open(R+'/misses.json','w'),indent=1,ensure_ascii=False)
    fp=[dict(file=t['file'],technique=t['technique'],keep=t['value'],rc=S[t['file']]['rc'],out=S[t['file']]['out'][:400]) for t in T if t['role']=='control' and S[t['file']]['rc']!=0]
    json.dump(fp,open(R+'/lost_keeps.json','w'),indent=1,ensure_ascii=False)
def selftest():
    ident={t['file']:dict(rc=0,out='clean',err='') for t in T}
    oracle={t['file']:dict(rc=(1 if t['role']=='altered' else 0),out='',err='') for t in T}
    a=figures(ident); b=figures(oracle)
    assert a[0].startswith('altered flagged: 0/'), a[0]
    assert '(100.0 %)' in b[0] and '(100.0 %)' in b[1], b[:2]
    print('selftest ok:',a[0],'|',b[0],'|',b[1])
if __name__=='__main__': {'scan':run_scan,'packs':run_packs,'report':report,'selftest':selftest}[sys.argv[1]]()
