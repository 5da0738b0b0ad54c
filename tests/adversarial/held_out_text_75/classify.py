import json, sys, re, collections
s = json.load(open(sys.argv[1]))
def cls(l):
    k, f, g = l['kind'], l['form'], l['genre']
    if k == 'name':
        r = ' '.join(l['readable'])
        if any(ord(c) > 127 for c in r) and f in ('lower',): return 'A1 lower-case name: only part masked / not masked (particles, hyphen, apostrophe, Ó, non-ASCII)'
        if f == 'lower': return 'A1 lower-case name: only part masked / not masked (particles, hyphen, apostrophe, Ó, non-ASCII)'
        if f in ('upper', 'upper-surname-first'): return 'A2 ALL-CAPS surname beside masked forename, or SURNAME, Forename'
        if f == 'initial': return 'A3 initial + surname ("M. Fitzwarren")'
        return 'A4 Surname, Forename (mixed case)'
    if k == 'address':
        return 'B address with lower-case street / locality left outside mask (no commas)'
    if k == 'mprn': return 'C MPRN unlabelled in delimited row, separated/encoded/non-ASCII digits'
    if k in ('gser', 'eser'):
        if f.startswith('split'): return 'D1 meter serial split across a line with quote/comment prefix'
        return 'D2 meter serial: "/" separator, hex blob, lower-dashed w/o label'
    if k == 'phone': return 'E UK phone without label (SMS "OUT to"/"IN from") or "_" separators'
    if k == 'mpan_badcheck': return 'F 13-digit bad-check MPAN in MPAN context, UTF-32 file'
    return 'Z other'
by = collections.defaultdict(list)
for l in s['leaks']: by[cls(l)].append(l)
for c in sorted(by):
    print('\n### %s (%d)\n' % (c, len(by[c])))
    print('| file | enc | kind | form | value | readable |\n|---|---|---|---|---|---|')
    for l in by[c]:
        print('| %s | %s | %s | %s | %s | %s |' % (l['file'], l['enc'], l['kind'], l['form'], l['value'], '; '.join(l['readable'])))
