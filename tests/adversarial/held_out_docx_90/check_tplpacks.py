# check_tplpacks.py TPLRUN: for each written pack, did the template's altered/new parts (by bytes) or the value reach the pack?
import json, sys, zipfile, hashlib
import verify_lib as V
D = '/tmp/ho48/docx'; T = sys.argv[1]
base = zipfile.ZipFile(f'{D}/bases/pack.docx'); bh = {n: hashlib.sha256(base.read(n)).hexdigest() for n in base.namelist()}
for r in json.load(open(f'{T}/templates_result.json')):
    tz = zipfile.ZipFile(f'{D}/templates/{r["file"]}')
    changed = [n for n in tz.namelist() if bh.get(n) != hashlib.sha256(tz.read(n)).hexdigest()]
    carried = []
    if r['written']:
        pz = zipfile.ZipFile(f'{T}/{r["file"][:-5]}_pack.docx'); ph = {hashlib.sha256(pz.read(n)).hexdigest(): n for n in pz.namelist()}
        carried = [n for n in changed if n.startswith('word/') and not n.endswith('.rels') and n != 'word/document.xml' and hashlib.sha256(tz.read(n)).hexdigest() in ph]
    r['template_parts_changed'] = changed; r['template_parts_carried_verbatim'] = carried
    print(r['file'], 'rc', r['rc'], 'written', r['written'], 'value_text_in_pack', r.get('value_in_pack'), 'scan_rc', r.get('scan_rc'), 'carried', carried)
    if not r['written']: print('   ', r['out'].strip().replace('\n', ' / ')[-300:])
json.dump(json.load(open(f'{T}/templates_result.json')), open(f'{T}/templates_result.json', 'w'), indent=1)
