# false-positive control: does any identifier window appear in the views of OTHER (unrelated) files?
import json, sys
sys.argv=['x','corpus']
exec(open('score.py').read().split("if __name__")[0])
T=TRUTH
cv={}
for f in T:
    t=decode(open('corpus/'+f['file'],'rb').read(), f['encoding'])
    cv[f['file']]={n:compact(norm(x)) for n,x in views(t).items()}
    cv[f['file']+'#keeps']={'k':compact(' '.join(f['keeps']))}
bad=0
for f in T:
    run=f['file'][:5] if f['file'].startswith('run') else None
    for i in f['identifiers']:
        if i['kind'] in ('name','address'): continue
        k=key(i)
        for g,views_ in cv.items():
            if g==f['file'] or (run and g.startswith(run)): continue
            h=seq_leak(k,views_,i['kind'])
            if h: bad+=1; print('FP', f['file'], i['kind'], k, '->', g, h)
print('fp', bad)
