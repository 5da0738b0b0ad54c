import json
r=json.load(open('results.json'))
def cls(m):
    k,s,f,ctx=m['kind'],m['surface'],m['file'],m['context']
    if k=='address' and f.startswith('130_'): return 'X. scoring artefact: word "Rose" shared with a leaked name in the same file'
    if k=='account': return 'A. account number under a weak or tool-specific label (Acct (old supplier):, AccountNo .Set, Key \'acct\' (STRING), Account shown:, udf JSON key)'
    if k=='gsn': return 'B. gas serial shapes nnnnnnnnG4 / SSGnnnnnnn outside a "Gas meter" label'
    if k=='mprn': return 'C. MPRN without an MPRN label (JSON udf key, "gas <mprn> / <serial>")'
    if k=='eui64': return 'E. EUI-64 as bare lower-case hex in a CSV column'
    if k=='name':
        if '_' in s: return 'D5. name in a file name with underscores'
        if ',' in s: return 'D1. "SURNAME, First" without a name label'
        if ' ' not in s: return 'D4. first name alone'
        if s==s.lower(): return 'D2. lower-case full name without a name label'
        return 'D3. "First Last" after an ordinary word (Booking for, signature line)'
    return 'other'
out=[]
for m in r['misses']:
    out.append({'file':m['file'],'genre':m['genre'],'kind':m['kind'],'value':m['value'],'surface':m['surface'],'class':cls(m),'context':m['context']})
json.dump(out,open('misses.json','w'),ensure_ascii=False,indent=1)
import collections
c=collections.Counter(o['class'] for o in out)
for k,v in sorted(c.items()): print(v,k)
