import json, sys, collections
R=json.load(open(sys.argv[1])); it=R['items']
HEAD=lambda r:r['secret'] and r['kind']!='mpan_top'
def rb(r): return r.get('base_tess') or r.get('base_rapid')
def leak(r): return (r.get('base_tess') and r.get('out_tess')) or (r.get('base_rapid') and r.get('out_rapid'))
print('## Misses (identifier readable after redaction)')
for r in it:
    if HEAD(r) and rb(r) and leak(r):
        e=[x for x in ('tess','rapid') if r.get('base_'+x) and r.get('out_'+x)]
        print('- %s | %s | %r | read by %s (hit %s) | %s/%s %s %s | box %s'%(r['img'],r['kind'],r['text'],'+'.join(e),[r.get('hit_'+x) for x in e],r['toolkit'],r['design'],r['scale'],r['theme'],[[round(v) for v in p] for p in r['box']]))
print('## mpan_top (top line of the S box) readable after')
for r in it:
    if r['kind']=='mpan_top' and rb(r): print('- %s %r leaked=%s'%(r['img'],r['text'],bool(leak(r))))
print('## Lost keeps by kind')
lost=[r for r in it if not r['secret'] and rb(r) and not leak(r)]
byk=collections.defaultdict(list)
for r in lost: byk[r['kind']].append(r)
for k,v in sorted(byk.items(),key=lambda x:-len(x[1])):
    tot=sum(1 for r in it if not r['secret'] and rb(r) and r['kind']==k)
    print('### %s: %d of %d lost'%(k,len(v),tot))
    for r in v: print('  - %s %r (%s/%s)'%(r['img'],r['text'],r['toolkit'],r['design']))
print('## By design (ids readable, leaks, keeps, lost)')
D=collections.defaultdict(lambda:[0,0,0,0])
for r in it:
    if not rb(r): continue
    d=D[r['img'][:2]+r['design']]
    if HEAD(r): d[0]+=1; d[1]+=bool(leak(r))
    elif not r['secret']: d[2]+=1; d[3]+=not leak(r)
for k,v in sorted(D.items()): print('- %s: ids %d leaks %d | keeps %d lost %d'%(k,*v))
