import json,sys,re
from collections import defaultdict,Counter
r=json.load(open(sys.argv[1]))
T={t['file']:t for t in json.load(open('/tmp/ho44/text/truth.json'))}
def cls(m):
    k,f=m['kind'],m['form']; rd=m['readable']
    if k=='address':
        d=[x for x in T[m['file']]['ids'] if x['value']==m['value']][0]
        town=d['value'][3].lower()
        if rd.split()==[town]: return 'A1 address: locality/town left readable after street masked'
        return 'A2 address: street/house-name words left readable (reordered, |/; separated, house-name first, lower case, NBSP, HTML/JSON-escaped line breaks)'
    if k=='name':
        if f in ('lower',): return 'N1 name: lower-case name in prose/paths'
        if f in ('initial','lastfirst_nocomma','nbsp','nfd'): return 'N2 name: initial+surname, surname-first, NBSP/NFD forms, particle surnames partly masked'
        return 'N3 name: spaced letters / possessive / non-ASCII letter breaks the mask'
    if k=='email': return 'E1 e-mail: quoted local part or "at/dot" obfuscation; local part readable'
    if k=='mprn': return 'G1 MPRN: unlabelled (gasRef = n) or odd separators (· — − ~ | _ thin/em space, tab, spaced digits)'
    if k in ('mpan','phone'):
        if 'sp_tab' in f or 'mathbold' in f: return 'D2 digits inside JSON escapes (\\t, \\ud835 surrogates)'
        return 'D1 MPAN/phone grouping: (nn) parentheses, thousands or comma groups'
    if k in ('eserial','gserial'): return 'S1 serial: slash inside or SN prefix'
    if k=='eui':
        if 'elixir' in f: return 'V2 EUI-64 as decimal byte list <<112, 6, ...>>'
        return 'V1 EUI-64 lower/title case, no separators'
    if k=='postcode': return 'P1 postcode split by HTML &nbsp; entities'
    return 'other'
C=defaultdict(list)
for m in r['misses']: C[cls(m)].append(m)
print(json.dumps(r['summary']))
for c in sorted(C): 
    print(f'\n### {c}: {len(C[c])}')
    for m in C[c]:
        v=m['value'] if isinstance(m['value'],str) else ' / '.join(m['value'])
        print(f"- {m['file']} | {m['kind']} | {m['form']}{' (propagated)' if m['prop'] else ''} | value `{v}` | readable: `{m['readable']}`")
lk=Counter((l['type']) for l in r['lost_keeps'])
print('\n### lost keeps by type',dict(lk))
for l in r['lost_keeps']: print(f"- {l['file']} | {l['type']} | `{l['value']}` {l['orig']}->{l['out']}")
