"""List lost keeps of a score JSON with the output context and a class guess (markdown)."""
import json, sys, os, re, collections
sys.path.insert(0, os.path.dirname(__file__))
from score import read_any
res = json.load(open(sys.argv[1])); outdir = sys.argv[2]
T = {t['file']: t for t in json.load(open('/tmp/ho41/text/truth.json'))}
outs = {f[:4]: f for f in os.listdir(outdir)}
def cls(k, ctx):
    t = k['type']
    if t == 'crn': return "K5 (debatable) customer account number labelled 'Account' masked as ACCOUNT"
    if t == 'corr': return 'K1 16-hex correlation id (corr-<16 hex>) masked as DEVICE'
    if t == 'dip' and 'as2_mdn' in k['file']: return 'K4 (debatable) Message-ID <DIP-...@host> masked as EMAIL'
    if t == 'dip': return 'K2 hex groups of a DIP id (8-4 or last 12 hex) masked as MSN'
    if t in ('tc', 'ts') and not k['file'].startswith('f041'): return "K3 serial match spanning a test-case ref and the following timestamp ('SIT-E2E-35542 2026-04-06' -> 'SIT-[MSN-1]-06')"
    if t == 'ip' and '[MPAN' in ctx: return 'K7 dotted IP + port bridged into an MPAN'
    if t == 'ip': return 'K6 address match swallows the rest of an IIS log line (port, client IP, UA, status)'
    if t == 'epochms': return 'K8 13-digit epoch-ms timestamp masked as MPAN (next to an MPAN reference)'
    if k['file'].startswith('f041'): return 'K9 transposed CSV: whole first data column masked as MPAN'
    return 'K? other'
by = collections.defaultdict(list)
for k in res['keeps']:
    if k['kept'] is False:
        t = T[k['file']]
        o = read_any(os.path.join(outdir, outs[t['fid']]), t['encoding'])
        src = read_any('/tmp/ho41/text/corpus/' + k['file'], t['encoding'])
        i = src.find(k['value'])
        pre = src[max(0, i - 25):i]
        j = o.find(pre[-12:]) if pre[-12:] else -1
        ctx = o[j:j + 90].replace('\n', '\\n') if j >= 0 else '?'
        by[cls(k, ctx)].append((k, ctx))
for c in sorted(by):
    print(f"\n### {c} — {len(by[c])}\n")
    for k, ctx in by[c]:
        print(f"- `{k['file']}` {k['type']} `{k['value']}` → output: `{ctx}`")
