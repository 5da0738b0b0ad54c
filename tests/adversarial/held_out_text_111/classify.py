"""Classify misses and lost keeps (after the run; not part of the frozen scorer). Writes misses.json and tables for the report."""
import json, re, collections, sys
sys.path.insert(0, 'gen'); import values as V
r = json.load(open('results.json')); sm = {(m['file'], m['surface'], m['kind']): m.get('scan_saw_line') for m in json.load(open('runs/scanmatch.json'))}
WF = set(V.WFIRST); FF = set(V.FIRST)
def cls(m):
    g, k, s, v = m['genre'], m['kind'], m['surface'], m['value']
    if g == 'bencode': return 'A1 identifier abutting digits (bencode length prefixes)'
    if g == 'android_strings' and k == 'postcode': return 'A2 postcode right after a literal \\n escape'
    if k == 'email' and g == 'sieve_filter': return 'Z scorer artefact (surname of the same person in a folder name)'
    if k == 'account': return 'D account number under a key/value, positional or misspelt label'
    if k == 'mprn':
        return {'aq_appeal': 'C1 MPRN in a column labelled only by the header row', 'tox_output': 'C2 MPRN inside a test id (test_mprn_lookup[...])',
                'h5dump': 'C3 short MPRN with its label on another line'}.get(g, 'C MPRN other')
    if k == 'gas_serial': return 'B gas serial shapes not recognised (SSM…, yyM…; also lower case)'
    if k == 'name':
        if g in ('net_user', 'p4_describe', 'evidence_paths', 'sieve_filter'): return 'E5 name as a user name, file name or folder name'
        if ' ' not in s and '_' not in s and ',' not in s: return 'E4 first name alone in prose or a note column'
        if ',' in s or g in ('billing_reprint_queue', 'duos_backing'): return 'E3 surname first ("SURNAME, First" / "Surname First")'
        if s == s.lower(): return 'E2 lower-case full name'
        return 'E1 full name in a field or prose (plain-English word first names)'
    if k == 'address':
        if g in ('ntriples', 'sieve_filter'): return 'F3 town alone in a field or folder name'
        if g in ('gradle_test', 'turtle_rdf', 'wrapped_telex'): return 'F2 whole address left (house name + street without number, Welsh "Ffordd", or after a name mask)'
        return 'F1 locality or house name left beside a masked street'
    if k == 'phone': return 'A1 identifier abutting digits (bencode length prefixes)'
    return 'other'
rows = []
for m in r['misses']:
    c = cls(m)
    rows.append(dict(file=m['file'], genre=m['genre'], kind=m['kind'], value=m['value'], surface=m['surface'], cls=c, context=m['context'][:160],
                     scan_flagged_line=sm.get((m['file'], m['surface'], m['kind']))))
json.dump([dict(file=x['file'], kind=x['kind'], value=x['value'], surface=x['surface'], **{'class': x['cls']}, context=x['context'], scan_flagged_line=x['scan_flagged_line']) for x in rows],
          open('misses.json', 'w'), ensure_ascii=False, indent=1)
def kcls(m):
    g = m['genre']
    if m['kind'] == 'reading': return 'K1 6-digit meter reading masked as MPRN beside an MPAN/serial'
    if g == 'leef': return 'K2 rest of a caret-delimited LEEF line swallowed by a mask (ticket ids and fields deleted)'
    if g == 'ums_inventory': return 'K3 MPAN-REF-nn (and the next message type) masked as MPAN'
    if g == 'igt_portfolio': return 'K4 free-text cell / trailing UUID, message type, version masked as ADDRESS or MPRN'
    if g == 'memcached_get': return 'K5 first group of a UUID masked as ACCOUNT'
    if g == 'route_walk': return 'K6 "END OF WALK <test case>" masked as ADDRESS'
    return 'K other'
lk = [dict(m, cls=kcls(m)) for m in r['lost_keeps']]
json.dump(lk, open('lost_keeps.json', 'w'), ensure_ascii=False, indent=1)
out = []
cc = collections.Counter(x['cls'] for x in rows)
out.append('| class | leaks | kinds |'); out.append('|---|---|---|')
for c, n in sorted(cc.items()):
    ks = collections.Counter(x['kind'] for x in rows if x['cls'] == c)
    out.append('| %s | %d | %s |' % (c, n, ', '.join('%s %d' % kv for kv in ks.most_common())))
out.append('\n### Every miss\n\n| class | file | kind | surface left readable | context in the output |'); out.append('|---|---|---|---|---|')
for x in sorted(rows, key=lambda x: (x['cls'], x['file'])):
    out.append('| %s | %s | %s | `%s` | `%s` |' % (x['cls'].split(' ')[0], x['file'], x['kind'], x['surface'], x['context'].replace('|', '¦').replace('`', "'")))
kc = collections.Counter(x['cls'] for x in lk)
out.append('\n### Lost keeps\n\n| class | lost |'); out.append('|---|---|')
for c, n in sorted(kc.items()): out.append('| %s | %d |' % (c, n))
out.append('\n| class | file | kind | keep | context in the original |'); out.append('|---|---|---|---|---|')
for x in sorted(lk, key=lambda x: (x['cls'], x['file'])):
    out.append('| %s | %s | %s | `%s` | `%s` |' % (x['cls'].split(' ')[0], x['file'], x['kind'], x['surface'], x['context'][:140].replace('|', '¦').replace('`', "'")))
# names: word-names vs others
T = json.load(open('truth.json'))
missed = {(x['file'], x['surface']) for x in rows if x['kind'] == 'name'}
st = collections.Counter()
for fn, t in T.items():
    for s in t['secrets']:
        if s['kind'] != 'name': continue
        w = re.findall(r"[^\W\d_]+", s['surface'])
        grp = 'word-name' if any(x.capitalize() in WF for x in w) else 'other'
        st[grp, 'n'] += 1; st[grp, 'miss'] += (fn, s['surface']) in missed
out.append('\nNames: plain-English word names %d planted, %d missed; other names %d planted, %d missed.' % (st['word-name', 'n'], st['word-name', 'miss'], st['other', 'n'], st['other', 'miss']))
open('tables.md', 'w').write('\n'.join(out) + '\n')
print('\n'.join(out[:20])); print(out[-1]); print(kc)
