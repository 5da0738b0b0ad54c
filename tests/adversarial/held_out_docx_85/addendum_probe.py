# POST-FREEZE ADDENDUM (made after seeing run1): probes to separate the causes of the name and SVG misses.
import json, os, sys, subprocess, concurrent.futures as cf
sys.path.insert(0, os.path.dirname(__file__))
from gen import build, ROOT
from pkg import Pkg, P
A = '/tmp/ho47/bin/attest'
items = [
 ('p01', 'name', 'Paul Okonkwo', 'Paul Okonkwo confirmed the reading', 'comment_anchor_split', 'minimal'),
 ('p02', 'name', 'Sarah Pritchard', 'Sarah Pritchard confirmed the reading', 'flddata_b64', 'minimal'),
 ('p03', 'name', 'Aoife Brown', 'Aoife Brown confirmed the reading', 'pic_hlink_tooltip', 'minimal'),
 ('p04', 'name', 'Paul Okonkwo', 'Customer: Paul Okonkwo', 'flddata_b64', 'minimal'),
 ('p05', 'name', 'Paul Adeyemi', 'Customer: Paul Adeyemi', 'pic_hlink_tooltip', 'minimal'),
 ('p06', 'name', 'Sarah Pritchard', 'Customer: Sarah Pritchard', 'svg_char_texts', 'minimal'),
 ('p07', 'mprn', '47970426', 'MPRN 47970426', 'svg_char_texts', 'minimal'),
 ('p08', 'address', '14 Church Street, Leeds', 'Site: 14 Church Street, Leeds', 'svg_char_texts', 'minimal'),
 ('p09', 'mprn', '4797042615', 'meter point reference 4797042615', 'svg_char_texts', 'minimal'),
 ('p10', 'mprn', '47970426', 'meter point reference 47970426', 'comment_anchor_split', 'minimal'),
 ('p11', 'name', 'Paul Adeyemi', 'Paul Adeyemi confirmed the reading', 'docpr_name', 'minimal'),
]
out = []
for pid, kind, v, text, tech, base in items:
    it = dict(id=f'{pid}_{tech}_{kind}', kind=kind, value=v, text=text, target=v, technique=tech, base=base, control=False)
    info, path = build(it, f'{ROOT}/addendum/corpus'); it.update(info); it['file'] = path; out.append(it)
def run(it):
    ws = f'{ROOT}/addendum/ws_{it["id"][:3]}'
    p = subprocess.run([A, '--workspace', ws, 'scan', it['file']], capture_output=True, text=True, timeout=300)
    it['rc'] = p.returncode; it['out'] = p.stdout + p.stderr; return it
with cf.ThreadPoolExecutor(4) as ex: res = list(ex.map(run, out))
json.dump(res, open(f'{ROOT}/addendum/results.json', 'w'), indent=1, ensure_ascii=False)
for it in res: print(it['id'], repr(it['text']), 'rc', it['rc'], '|', it['out'].strip().replace('\n', ' || ')[-200:])
