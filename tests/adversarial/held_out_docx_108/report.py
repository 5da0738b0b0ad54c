"""Post-run analysis (written after the freeze; reads frozen truth + results): misses.json and tables for FIRST_REPORT.md."""
import json, os, re, sys, unicodedata
sys.path.insert(0, 'gen'); import score as S
truth = json.load(open('truth.json')); vis = json.load(open('verify/visibility.json'))
res = {t['file']: json.load(open('results/' + t['file'] + '.json')) for t in truth if os.path.exists('results/' + t['file'] + '.json')}
sc = S.score(res, truth)
def on_value(r, v):
    a = S.alnum(v); hits = []
    for line in (r.get('out') or '').splitlines():
        m = re.search(r': ([A-Z_]+) (•+)(.*)$', line)
        if m:
            tail = S.alnum(m.group(3))
            hits.append((m.group(1), tail, bool(tail) and a.endswith(tail) or (tail and tail in a)))
    return hits
CLASS = {
 'x_subscript_digits': 'T1 digits written as Unicode subscripts', 'x_odd_unicode_space': 'T2 groups joined by Ogham/medium-math/ideographic/punctuation/hair space',
 'x_chart_axis_title_runs': 'T3 chart axis title split over two DrawingML runs', 'x_comment_initials': 'T4 comment author initials (w:initials)',
 'x_app_manager_company': 'T5 app.xml Manager/Company', 'x_core_content_status': 'T6 core contentStatus',
 'x_hidden_para_mark_join': 'T7 two paragraphs joined by a hidden paragraph mark', 'x_field_result_two_paras': 'T8 field result spanning two paragraphs',
 'x_inline_textbox_split': 'T9 run + inline text box', 'p_bar_chart_callout': 'P1 chart picture callout', 'p_flow_diagram_wrapped': 'P2 diagram box, value wrapped on two lines',
 'p_fax_1bit_dither': 'P3 1-bit dithered fax/scan, skewed', 'p_nameplate_emboss': 'P4 embossed metal nameplate', 'p_busy_pattern_bg': 'P5 striped/dotted background',
 'p_wide_tracking': 'P6 wide letter-spacing', 'p_sheared_italic': 'P7 sheared (oblique) text', 'p_hollow_outline': 'P8 hollow outline letters',
 'p_spreadsheet_cell': 'P9 spreadsheet screenshot, highlighted 15 px cell'}
misses = []
for t in sc['misses']:
    r = res.get(t['file'], {}); oc = sc['outcomes'].get(t['file'])
    v = vis[t['file']]
    misses.append(dict(file=t['file'], kind=t['kind'], value=t['value'], surface=t['surface'], class_=CLASS[t['technique']], technique=t['technique'],
                       outcome=oc, carrier=t['carrier'], context='%s: %s' % (t['label'], t['surface'].replace('|', ' ⏎ ')),
                       independently_visible=v.get('visible'), verify_method=v.get('method'), scan_output=((r.get('out') or '') + (r.get('err') or '')).strip()[:300]))
json.dump([{('class' if k == 'class_' else k): v for k, v in m.items()} for m in misses], open('misses.json', 'w'), indent=1, ensure_ascii=False)
# flagged but not on the value
offv = []
for t in truth:
    if t['set'] == 'altered' and sc['outcomes'].get(t['file']) == 'flagged':
        h = on_value(res[t['file']], t['value'])
        if not any(x[2] for x in h): offv.append((t['file'], t['value'], h))
json.dump(dict(score={k: v for k, v in sc.items() if k not in ('outcomes', 'misses')}, off_value=offv), open('analysis.json', 'w'), indent=1, ensure_ascii=False)
print('misses', len(misses)); print('flagged but not on the planted value:', len(offv))
for o in offv: print('  ', o)
from collections import Counter
print(Counter(m['class_'] for m in misses))
print('controls flagged:')
for f in sc['controls_flagged']: print('  ', f, (res[f]['out'] + res[f]['err']).replace('\n', ' // ')[:300])
secs = [r['secs'] for r in res.values() if 'secs' in r]; print('scan secs median %.1f max %.1f' % (sorted(secs)[len(secs) // 2], max(secs)))
