"""Build FIRST_REPORT.md tables from corpus/truth.json, verify/verify.json and results/score.json."""
import json, collections
T = json.load(open('corpus/truth.json')); V = json.load(open('verify/verify.json')); S = json.load(open('results/score.json'))
VIS = {'render': 'visible on the page', 'word-only': 'Word displays it (per Word field/feature semantics)', 'word-only(update)': 'Word shows it after a field update (F9/print with update fields)',
       'field-code': 'visible in Word with field codes shown (Alt+F9)', 'extract': 'not on the page; a reader can extract it (parser / unzip)', 'ui': 'shown in a Word dialog/tooltip/pane'}
def vis(v):
    for k in VIS:
        if v == k: return VIS[k]
    if v.startswith('ui'): return 'Word UI: ' + v[3:-1] if '(' in v else VIS['ui']
    if v.startswith('word-only'): return 'Word only: ' + v[10:-1] if '(' in v else VIS['word-only']
    if v.startswith('extract'): return 'extractable: ' + v[8:-1] if '(' in v else VIS['extract']
    return v
def lo(e):
    r = V[e['file']]
    bits = []
    bits.append('LO PDF text: ' + ({True: 'YES', False: 'no', None: 'no PDF (LO failed)'}[r['lo_pdf']]))
    bits.append('parser: ' + (', '.join(r['parser_parts']) if r['parser_parts'] else 'not contiguous in any part'))
    if r['ocr'] is not None: bits.append('OCR of image: ' + ('YES' if r['ocr'] else 'no'))
    return '; '.join(bits)
F = S['files']
alt = T['altered']; ctl = T['controls']
def verdict(e): return F['corpus/' + e['file']]['verdict']
miss = [e for e in alt if verdict(e) == 'clean']
flagged_ctl = [e for e in ctl if verdict(e) != 'clean']
crash = [(f, v) for f, v in F.items() if v['verdict'] == 'CRASH']
other = [(f, v) for f, v in F.items() if v['verdict'].startswith('other')]
out = []
w = out.append
w(f'- Altered files flagged: **{len(alt) - len(miss)}/{len(alt)}** ({100 * (len(alt) - len(miss)) / len(alt):.1f} %)')
w(f'- Controls clean: **{len(ctl) - len(flagged_ctl)}/{len(ctl)}**')
w(f'- Crashes (traceback): **{len(crash)}**; other exit statuses: {len(other)}')
w(f'- One `attest scan` over everything: exit {S["scan_all_rc"]}, {S["scan_all_seconds"]} s; output lines not attributable to a file: {len(S["unattributed_lines"])}')
w('')
w('### Flag rate by class (altered)')
w('| class | flagged | total |'); w('|---|---|---|')
bycls = collections.defaultdict(lambda: [0, 0])
for e in alt:
    bycls[e['cls']][1] += 1; bycls[e['cls']][0] += verdict(e) != 'clean'
for k, (a, b) in sorted(bycls.items()): w(f'| {k} | {a} | {b} |')
w('')
w('### Every altered file NOT flagged, by class')
g = collections.defaultdict(list)
for e in miss: g[e['cls']].append(e)
for k in sorted(g):
    w(f'\n#### {k} ({len(g[k])} missed)')
    w('| file | technique | kind | planted value | where it sits | who shows it | independent check |'); w('|---|---|---|---|---|---|---|')
    for e in g[k]:
        w(f'| {e["file"].split("/")[1]} | {e["technique"]} | {e["kind"]} | `{e["value"]}` | {e["where"]} | {vis(e["visibility"])} | {lo(e)} |')
w('\n### Controls flagged')
if not flagged_ctl: w('none')
for e in flagged_ctl:
    f = F['corpus/' + e['file']]
    w(f'- {e["file"]} ({e["technique"]}, base {e["base"]}): ' + ' / '.join('`' + l.strip() + '`' for l in f['lines'][:6]))
w('\n### Crashes / other statuses / confusing output')
for f, v in crash + other:
    w(f'- {f}: {v["verdict"]}: ' + ' / '.join('`' + l.strip()[:200] + '`' for l in v['lines'][-6:]))
if S['unattributed_lines']:
    w('- unattributed output lines: ' + ' / '.join('`' + l[:200] + '`' for l in S['unattributed_lines'][:10]))
# flagged-but-how: refusals vs findings for altered files
ref = [(e, F['corpus/' + e['file']]) for e in alt if verdict(e) != 'clean']
kinds = collections.Counter()
for e, f in ref:
    txt = ' '.join(f['lines'])
    kinds['refused/unreadable' if any(x in txt.lower() for x in ('refus', 'cannot', 'unreadable', 'could not')) else 'finding'] += 1
w(f'\nHow altered files were flagged: {dict(kinds)}')
open('results/report_tables.md', 'w').write('\n'.join(out))
print('\n'.join(out[:8]))
