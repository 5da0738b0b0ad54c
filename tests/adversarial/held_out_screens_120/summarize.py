"""Figures from work/base.json (unredacted reads) and work/RUN.json (reads after Attest)."""
import json, glob, os, sys, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
run = sys.argv[1] if len(sys.argv) > 1 else 'run1'
base = json.load(open(f'{ROOT}/work/base.json')); aft = json.load(open(f'{ROOT}/work/{run}.json'))
NEUTRAL = {'town_kept'}   # towns on address labels: reported apart, not in the keep-rate
rows = []
for tj in sorted(glob.glob(f'{ROOT}/truth/*.json')):
    name = os.path.basename(tj)[:-5]; t = json.load(open(tj))
    b = {r['idx']: r for r in base[name]}; a = {r['idx']: r for r in aft[name]}
    for i, it in enumerate(t['items']):
        rb, ra = b.get(i, {}), a.get(i, {})
        sb = t['scale']; bucket = '<=1.0' if sb <= 1.0 else '1.01-1.5' if sb <= 1.5 else '>1.5'
        rows.append(dict(file=t['image'], name=name, design=t['design'], toolkit=t['toolkit'], scale=sb, bucket=bucket, theme=t['theme'],
                         kind=it['kind'], role=it['role'], value=it['value'], readable=bool(rb.get('read')), after=bool(ra.get('read')),
                         after_t=ra.get('tess', ''), after_r=ra.get('rapid', ''), lcs=max(ra.get('lcs_t', 0), ra.get('lcs_r', 0)), boxes=it['boxes']))
def fig(rs):
    ids = [r for r in rs if r['role'] == 'id' and r['readable']]; ks = [r for r in rs if r['role'] == 'keep' and r['readable'] and r['kind'] not in NEUTRAL]
    miss = sum(1 for r in ids if r['after']); kept = sum(1 for r in ks if r['after'])
    return len(ids), miss, (100*(len(ids)-miss)/len(ids) if ids else float('nan')), len(ks), kept, (100*kept/len(ks) if ks else float('nan'))
def table(key, title):
    print(f'\n### {title}\n\n| {key} | readable ids | misses | strict recall | readable keeps | kept | keep-rate |\n|---|---|---|---|---|---|---|')
    g = collections.defaultdict(list)
    for r in rows: g[r[key]].append(r)
    for k in sorted(g):
        n, m, rc, nk, kk, kr = fig(g[k]); print(f'| {k} | {n} | {m} | {rc:.1f} % | {nk} | {kk} | {kr:.1f} % |')
allid = [r for r in rows if r['role'] == 'id']; allk = [r for r in rows if r['role'] == 'keep' and r['kind'] not in NEUTRAL]
n, m, rc, nk, kk, kr = fig(rows)
print(f'## Overall ({run})\n\nplanted identifiers {len(allid)}, readable unredacted {n}; planted keeps {len(allk)} (+{sum(1 for r in rows if r["kind"] in NEUTRAL)} neutral towns), readable {nk}')
print(f'strict recall {rc:.2f} % ({m} misses of {n}); keep-rate {kr:.2f} % ({kk}/{nk})')
tw = [r for r in rows if r['kind'] in NEUTRAL and r['readable']]; print(f'towns on labels (neutral): {sum(r["after"] for r in tw)}/{len(tw)} still readable')
for key, title in [('design', 'Per design'), ('kind', 'Per kind'), ('bucket', 'Per scale'), ('theme', 'Per theme'), ('toolkit', 'Per toolkit'), ('name', 'Per image')]:
    table(key, title)
json.dump([dict(file=r['file'], kind=r['kind'], value=r['value'], surface=(r['after_r'] if len(r['after_r']) > 0 else r['after_t']), ocr_tess=r['after_t'], ocr_rapid=r['after_r'], design=r['design'], boxes=r['boxes'])
           for r in rows if r['role'] == 'id' and r['readable'] and r['after']], open(f'{ROOT}/work/{run}_misses_raw.json', 'w'), indent=1)
json.dump([dict(file=r['file'], kind=r['kind'], value=r['value'], design=r['design'], boxes=r['boxes'])
           for r in rows if r['role'] == 'keep' and r['readable'] and not r['after'] and r['kind'] not in NEUTRAL], open(f'{ROOT}/work/{run}_lostkeeps.json', 'w'), indent=1)
