import json, sys, zipfile, io, os, subprocess
sys.path.insert(0, '/tmp/ho45/docx/gen')
exec(open('/tmp/ho45/docx/gen/verify.py').read().split('truth = json.load')[0])
R = '/tmp/ho45/docx'
TT = json.load(open(f'{R}/templates_truth.json'))
def leak8(value, text):
    cv = canon(value); ct = canon(text)
    return any(cv[i:i+8] in ct for i in range(0, max(1, len(cv) - 7))) if len(cv) >= 8 else cv in ct
out = []
for t in TT:
    b = os.path.basename(t['file'])[:-5]
    p = f'{R}/tplpacks/{b}.pack.docx'
    rc = open(f'{R}/tplpacks/{b}.out').read().strip().replace('\n', ' ')[:220]
    if not os.path.exists(p):
        out.append((b, t['kind'], 'NOT WRITTEN', rc)); continue
    allt, vis, errs = pkg_text(open(p, 'rb').read())
    found = leak8(t['value'], allt) or leak8(t['value'], vis)
    where = []
    z = zipfile.ZipFile(p)
    for n in z.namelist():
        d = z.read(n)
        try: tx = xml_text(d) if n.endswith(('.xml', '.rels')) else ''
        except Exception: tx = ''
        if tx and leak8(t['value'], tx): where.append(n)
    ocr = ''
    if t['kind'] == 'mprn' and 'hdr_image' in b:
        for n in z.namelist():
            if n.startswith('word/media/') and z.read(n) == open(f'{R}/templates/{b}.docx','rb').read()[:0] + zipfile.ZipFile(f'{R}/templates/{b}.docx').read('word/media/logo91.png'):
                where.append(n + ' (header image bytes identical to template)')
    out.append((b, t['kind'], 'WRITTEN, identifier present: ' + ', '.join(where) if (found or where) else 'WRITTEN, clean', rc))
for o in out: print(' | '.join(o))
json.dump(out, open(f'{R}/tplpacks/results.json', 'w'), indent=1, ensure_ascii=False)
