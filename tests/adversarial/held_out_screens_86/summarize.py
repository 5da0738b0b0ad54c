"""summarize.py BASE_TAG OUT_TAG -> results/<OUT_TAG>.json + text summary"""
import sys, json, glob, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from judge import id_readable, keep_readable
ROOT = '/tmp/ho47/screens'
B = json.load(open(f'{ROOT}/ocr/{sys.argv[1]}.json')); O = json.load(open(f'{ROOT}/ocr/{sys.argv[2]}.json'))
sec_tot = sec_read = 0; leaks = []; keep_tot = keep_read = 0; lost = []; unread_ids = []
for tf in sorted(glob.glob(ROOT+'/truth/*.json')):
    t = json.load(open(tf)); base = os.path.basename(tf)[:-5]
    b = B.get(base, {}); o = O.get(base, {})
    if 'items' not in b: continue
    for i, it in enumerate(t['items']):
        bt = b['items'][i]; ot = o['items'][i] if 'items' in o else None
        if it['s']:
            sec_tot += 1
            rb = {k: id_readable(it['kind'], it['text'], v) for k, v in bt.items()}
            if not any(rb.values()): unread_ids.append((base, it['kind'], it['text'])); continue
            sec_read += 1
            if ot is None: leaks.append({'image': base, 'kind': it['kind'], 'value': it['text'], 'why': 'output missing'}); continue
            ro = {k: id_readable(it['kind'], it['text'], v) for k, v in ot.items()}
            hit = {k: v for k, v in ro.items() if v}
            if hit: leaks.append({'image': base, 'kind': it['kind'], 'value': it['text'], 'design': t['design'], 'toolkit': t['toolkit'], 'scale': t['scale'], 'theme': t['theme'],
                                  'readable': hit, 'ocr': {k: ot[k] for k in hit}})
        else:
            keep_tot += 1
            if not any(keep_readable(it['text'], v) for v in bt.values()): continue
            keep_read += 1
            if ot is None or not any(keep_readable(it['text'], v) for v in ot.values()):
                lost.append({'image': base, 'kind': it['kind'], 'value': it['text'], 'design': t['design'], 'ocr': ot})
res = {'identifiers_total': sec_tot, 'identifiers_readable': sec_read, 'leaked': len(leaks), 'strict_recall': 1 - len(leaks)/max(1, sec_read),
       'keeps_total': keep_tot, 'keeps_readable': keep_read, 'keeps_lost': len(lost), 'keep_rate': 1 - len(lost)/max(1, keep_read),
       'leaks': leaks, 'lost': lost, 'unreadable_in_original': unread_ids}
os.makedirs(ROOT+'/results', exist_ok=True)
json.dump(res, open(f'{ROOT}/results/{sys.argv[2]}.json', 'w'), indent=1, ensure_ascii=False)
print({k: v for k, v in res.items() if not isinstance(v, list)})
print('leaks by kind', collections.Counter(l['kind'] for l in leaks))
print('leaks by design', collections.Counter(l.get('design') for l in leaks))
print('lost by kind', collections.Counter(l['kind'] for l in lost))
print('lost by design', collections.Counter(l['design'] for l in lost))
