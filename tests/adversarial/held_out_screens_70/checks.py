"""Output container checks: alpha, ICC, ancillary chunks, metadata; raw byte search for every truth value."""
import sys, glob, json, os, re
from PIL import Image
d = sys.argv[1]; out = {}
for tf in sorted(glob.glob('/tmp/ho43/screens/truth/*.json')):
    t = json.load(open(tf)); stem = os.path.splitext(t['file'])[0]
    c = [p for p in glob.glob(os.path.join(d, '**', stem + '*'), recursive=True) if os.path.isfile(p)]
    if not c: out[t['item']] = dict(missing=True); continue
    p = sorted(c, key=len)[0]; raw = open(p, 'rb').read(); im = Image.open(p)
    chunks = []
    if raw[:8] == b'\x89PNG\r\n\x1a\n':
        i = 8
        while i < len(raw):
            n = int.from_bytes(raw[i:i + 4], 'big'); typ = raw[i + 4:i + 8].decode('latin1'); chunks.append(typ); i += 12 + n
    elif raw[:2] == b'\xff\xd8':
        i = 2
        while i < len(raw) - 4 and raw[i] == 0xFF:
            m = raw[i + 1]
            if m == 0xDA: chunks.append('SOS'); break
            n = int.from_bytes(raw[i + 2:i + 4], 'big'); chunks.append('%02X' % m); i += 2 + n
    vals = [e['value'] for e in t['ids']] + [h['value'] for h in t.get('hidden', [])]
    inbytes = [v for v in vals if v.encode() in raw or v.encode('utf-16-be') in raw]
    out[t['item']] = dict(file=p, format=im.format, mode=im.mode, size=im.size, icc=bool(im.info.get('icc_profile')),
                          has_alpha=im.mode in ('RGBA', 'LA', 'PA') or 'transparency' in im.info, chunks=sorted(set(chunks)),
                          info=sorted(k for k in im.info if k not in ('dpi', 'jfif', 'jfif_version', 'jfif_unit', 'jfif_density', 'progressive', 'progression')),
                          values_in_bytes=inbytes)
json.dump(out, open(sys.argv[2], 'w'), indent=1)
for k, v in out.items():
    flag = v.get('missing') or v.get('icc') or v.get('has_alpha') or v.get('values_in_bytes') or v.get('info')
    if flag: print(k, {x: v.get(x) for x in ('missing', 'mode', 'icc', 'has_alpha', 'chunks', 'info', 'values_in_bytes')})
