# supplementary: SVG text in the svgBlip part (parser), value bytes in the zip extra field / raw archive
import json, zipfile, struct
from lxml import etree
T = json.load(open('truth.json')); out = {}
for t in T:
    if t['technique'] == 'I_svgblip':
        z = zipfile.ZipFile(t['file']); svg = [n for n in z.namelist() if n.endswith('.svg')][0]
        txt = ''.join(etree.fromstring(z.read(svg)).itertext()); out[t['file']] = dict(svg_text=t['value'] in txt)
    if t['technique'] == 'P_extra_field':
        z = zipfile.ZipFile(t['file']); ex = [i.extra for i in z.infolist() if i.extra]
        out[t['file']] = dict(extra_field=any(t['value'].encode() in e for e in ex))
    if t['technique'] == 'P_prefix_junk':
        z = zipfile.ZipFile(t['file']); raw = open(t['file'], 'rb').read()
        out[t['file']] = dict(zip_opens=True, starts_with_PK=raw[:2] == b'PK')
for k, v in out.items(): print(k, v)
json.dump(out, open('verify_extra.json', 'w'), indent=1)
