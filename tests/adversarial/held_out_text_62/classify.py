import json, re, sys, collections, unicodedata
sys.argv = ['x', 'out']
src = open('score.py').read().split("if __name__")[0]
exec(src)
r = json.load(open(sys.argv[1] + '.score.json' if False else 'res.json'))
T = {f['file']: f for f in TRUTH}

def cls(l):
    g, k, f = l['genre'], l['kind'], l['form']
    if f in ('pdf-TJ-kerned', 'pdf-Tj-per-glyph') or (g == 'pdf-content-stream' and k in ('address',)):
        return 'A. value split across text-show operators / fields / literals (PDF TJ/Tj, ZPL ^FD, Excel CONCAT, VBA Chr(), GS1 AIs)'
    if g in ('zpl', 'printed-label') or f in ('excel-concat', 'vba-chr-concat'):
        return 'A. value split across text-show operators / fields / literals (PDF TJ/Tj, ZPL ^FD, Excel CONCAT, VBA Chr(), GS1 AIs)'
    if f.startswith('blob-') or f == 'base64url-json-query':
        return 'E. encoded blob not decoded, or decoded once but the same blob left elsewhere (QP without soft breaks, JSON \\u-escaped payload, base64url in a 2nd URL)'
    if l['view'] in ('jsonu', 'jsonesc') and not f.startswith('blob-'):
        return 'D. JSON \\uXXXX escapes of format characters / separators inside a value (json.dumps ensure_ascii)'
    if k == 'mprn':
        return 'C. MPRN not found unless labelled "MPRN": bare or "GAS"/"Gas ref"/"SP"/REF*12-labelled 10-digit numbers, in any form'
    if k in ('eserial', 'gserial') and f == 'nato-spoken' or f == 'postcode-nato-spoken':
        return 'F. spoken / NATO-alphabet serials and postcodes in transcripts'
    if k in ('eserial', 'gserial', 'eui'):
        return 'B. serial / device id with a separator that is not bridged ("|", 4-space runs, one char per line)'
    if g == 'qif':
        return 'G. QIF field-code letter glued to the value (PName, AStreet, APostcode): names, address lines, postcodes all readable'
    if k == 'address':
        return 'H. address only partly covered: street without house number in its own field/line/segment, locality after the masked span, house-name addresses in PDF strings'
    if k == 'name':
        return 'I. names: first name and particles left when the surname has particles (ap, van der, von, de la, St John-), lower-case surname'
    if k == 'postcode':
        return 'J. postcode in a non-standard spacing form (thin/no-break/zero-width space, tab, "/", ".", "-", "_", double space, lower case, full-width) outside an address line'
    return 'Z. other'

by = collections.defaultdict(list)
for l in r['leaks']:
    by[cls(l)].append(l)

def ctx(l):
    p = find_out('out', l['file'])
    t = decode(open(p, 'rb').read(), T[l['file']]['encoding'])
    v = views(t)[l['view']]
    w = l['readable']
    if l['kind'] in ('name', 'address'):
        m = re.search(re.escape(w), norm(v), re.I)
        s = norm(v)
        if m: return s[max(0, m.start()-45): m.end()+30].replace('\n', '⏎').replace('\t', '⇥')
    return ''

out = []
for c in sorted(by):
    ls = by[c]
    out.append(f"\n### {c} — {len(ls)} leaks\n")
    out.append("| file | kind | form | surface in original | readable in output (view) | output context |")
    out.append("|---|---|---|---|---|---|")
    for l in sorted(ls, key=lambda l: (l['form'], l['file'])):
        s = l['surface'].replace('\n', '⏎').replace('|', '¦').replace('\t', '⇥')
        s = s.encode('unicode_escape').decode() if any(unicodedata.category(ch) in ('Cf', 'Zs', 'Mn') and ch != ' ' for ch in s) else s
        out.append(f"| {l['file']} | {l['kind']} | {l['form']} | `{s[:70]}` | `{l['readable']}` ({l['view']}) | `{ctx(l).replace('|','¦')[:110]}` |")
print('\n'.join(out))
print('\nCLASS COUNTS', {c[:2]: len(v) for c, v in sorted(by.items())}, file=sys.stderr)
