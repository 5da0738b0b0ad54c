# summarize.py SCORE.json OUTDIR : markdown lists of every leak and every lost keep, with Attest's run status
import json, sys, collections, os
S=json.load(open(sys.argv[1])); OUT=sys.argv[2]
T=json.load(open('/tmp/ho49/screens/truth.json'))
print('## Figures\n'); print('\n'.join('- '+l for l in S['summary']))
runlog=[l.split('\t') for l in open(f'{OUT}/_runlog.tsv').read().splitlines() if '\t' in l]
print(f'\n## Attest runs\n\n{len(runlog)} images run; non-zero exit: '+ (', '.join(f'{a} rc={b}' for a,b,c in runlog if b!='0') or 'none'))
ts=sorted(float(c) for a,b,c in runlog); 
if ts: print(f'time per image (one process per image, shared 2 cores): median {ts[len(ts)//2]:.1f} s, max {ts[-1]:.1f} s')
print('\n## Leaks (readable after redaction)\n')
by=collections.defaultdict(list)
for r in S['leaks']: by[(r['img'])].append(r)
for img,rs in sorted(by.items()):
    for r in rs:
        eng=[e for e in ('tess','rapid') if r['out'][e]]
        print(f"- `{img}` [{T[img]['toolkit']}/{T[img].get('design')}] {r['kind']} `{r['text']}` box {r['box']} read by {'+'.join(eng)}: tess=`{r['out_text']['tess'][:70]}` rapid=`{r['out_text']['rapid'][:70]}`")
print('\n## Lost keeps\n')
for r in S['lost_keeps']:
    print(f"- `{r['img']}` {r['kind']} `{r['text']}` box {r['box']}: tess=`{r['out_text']['tess'][:60]}` rapid=`{r['out_text']['rapid'][:60]}`")
