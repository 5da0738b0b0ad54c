"""Group the misses of a score JSON into classes and print a Markdown list (every miss, with what stayed readable)."""
import sys, json, re, collections, os
sys.path.insert(0, os.path.dirname(__file__))
from score import alnum, windows, fold, views, decodings
r = json.load(open(sys.argv[1])); outdir = sys.argv[2]


def cls(m):
    f = ' '.join(m['forms']); k = m['kind']; hits = ' '.join(m['hits'])
    if m['enc'] == 'cp500':
        return 'A. EBCDIC (cp500) text file passed through untouched (0 findings, not refused)'
    if 'java-serialised-b64' in f or (m['genre'] == 'camunda' and all(h.startswith('decoded') for h in m['hits'])):
        return 'B. base64 of a binary container (Java-serialised object in a Camunda variable) not decoded'
    if 'telegram-entity-split' in f:
        return 'C. digits split across JSON array string segments (Telegram rich-text entities)'
    if 'bbcode-split' in f:
        return 'C. digits split by BBCode tags ([b]..[/b])'
    if 'spark-truncated' in f:
        return 'D. 21-digit MPAN truncated by the tool that printed it (Spark show(): 17 digits + "...")'
    if m['genre'] == 'cypher' and k == 'mprn':
        return 'E. MPRN labelled only by a table column header (c.mprn), any form'
    if 'dynamo-M' in f:
        return 'F. address split into structured fields: town field left readable'
    if m['genre'] == 'influx' and k in ('address', 'postcode'):
        return 'G. address/postcode with backslash-escaped spaces and commas (InfluxDB line protocol)'
    if k == 'name':
        return 'H. names: particles, double-barrelled, Gaelic or upper-case diacritic surnames only partly masked'
    if 'homoglyph' in f:
        return 'I. serial typed with letter O for zero'
    if hits.replace('~homoglyph', '').split() and all(h.startswith('esc') for h in m['hits']):
        return 'J. separator or space written as a \\uXXXX escape (nested JSON string / Python repr)'
    if re.search(r'sp:(pipe|tab|endash|minus|hyph2010|middot|nnbsp|emsp)|sp:nbsp', f) and k != 'postcode':
        return 'K. separator outside the issue\'s list between digit groups (| TAB en-dash U+2010 minus middot NNBSP EMSP NBSP)'
    if re.search(r'sep:[:,/+]|longspace|spaced|hyph', f):
        return 'L. named separators (: , / + long spaces, spaced groups, hyphens) on serials, phones, MPRNs'
    if 'split' in f:
        return 'M. line split with a comment prefix ("! ")'
    if 'ent_dec' in f:
        return 'N. entity-encoded postcode inside XML text'
    if m['enc'] == 'utf-7':
        return 'O. postcode with NBSP in a UTF-7 file'
    if 'invis' in f or 'fullwidth' in f or 'arabic' in f or 'persian' in f:
        return 'P. invisible characters / non-ASCII digits'
    return 'Z. other'


groups = collections.OrderedDict()
for m in sorted(r['misses'], key=lambda m: cls(m)):
    groups.setdefault(cls(m), []).append(m)
for c, ms in groups.items():
    print('\n### %s — %d\n' % (c, len(ms)))
    for m in ms:
        data = open(os.path.join(outdir, m['file']), 'rb').read()
        t = decodings(data, m['enc'])[0]
        v = views(t)
        snip = ''
        for vn in ('raw', 'decoded', 'esc'):
            for line in v[vn].splitlines():
                a = alnum(line)
                if m['kind'] in ('name', 'address'):
                    ws = [h.split(':', 1)[1] for h in m['hits'] if ':' in h]
                    ok = any(w != 'postcode' and re.search(r'\b%s\b' % re.escape(fold(w)), fold(line)) for w in ws) or ('postcode' in ws and alnum(m['value'].rsplit(', ', 1)[1]) in a)
                else:
                    ok = any(w in a or w in a.replace('0x', '') or w in a.replace('o', '0') for w in windows(alnum(m['value'])))
                if ok:
                    snip = '%s: %r' % (vn, line.strip()[:160]); break
            if snip:
                break
        if not snip:
            snip = 'readable only when adjacent lines/segments are joined'
        print('- `%s` %s `%s` form %s — %s' % (m['file'], m['kind'], m['value'], '+'.join(m['forms']), snip.replace('`', "'")))
