# Independent verification: (1) every XML part well-formed (lxml); (2) own parser: text nodes + attribute values + raw text parts;
# (3) LibreOffice render: pdftotext of render/pdf/*.pdf. Writes truth/truth.jsonl (truth_gen + verification fields).
import json, zipfile, subprocess, unicodedata, re, os, sys
from lxml import etree
ROOT='/tmp/ho39/docx'
def norm(s):
    s=unicodedata.normalize('NFKC',s)
    s=''.join(ch for ch in s if unicodedata.category(ch) not in ('Cf','Zs','Zl','Zp','Cc','Mn'))
    return re.sub(r'[\s\-\u2010-\u2015\u00ad]','',s).casefold()
def decode(b):
    if b[:2] in (b'\xff\xfe',b'\xfe\xff'): return b.decode('utf-16')
    if b[:3]==b'\xef\xbb\xbf': return b[3:].decode('utf-8','replace')
    return b.decode('utf-8','replace')
def parser_text(path):
    z=zipfile.ZipFile(path); out=[]; bad=[]
    for n in z.namelist():
        b=z.read(n)
        if n.endswith(('.xml','.rels')) or n.endswith('].xml'):
            try:
                root=etree.fromstring(b)
                out.append(''.join(root.itertext()))
                for el in root.iter():
                    if not isinstance(el.tag,str): continue
                    for a,v in el.attrib.items(): out.append('|'+v+'|')
            except Exception as e: bad.append(f'{n}: {e}'); out.append(decode(b))
        elif n.endswith('.txt'): out.append(decode(b))
    return '\n'.join(out), bad
def render_text(pdf):
    if not os.path.exists(pdf): return None
    return subprocess.run(['pdftotext','-layout',pdf,'-'],capture_output=True,text=True).stdout
def present(V,text,kind):
    if text is None: return False
    t=norm(text); v=norm(V)
    if v in t or v[::-1] in t: return True
    return False
def main():
    rows=[json.loads(l) for l in open(f'{ROOT}/truth/truth_gen.jsonl')]
    for r in rows:
        path=f"{ROOT}/{r['file']}"
        pt,bad=parser_text(path)
        rt=render_text(f"{ROOT}/render/pdf/"+os.path.basename(path)[:-5]+'.pdf')
        r['xml_wellformed']=not bad; r['xml_errors']=bad
        r['parser_found']=present(r['value'],pt,r['kind'])
        r['render_found']=present(r['value'],rt,r['kind'])
        r['render_ok']=rt is not None
        v=norm(r['value']); t=norm(rt or '')
        r['render_longest_run']=max((j-i for i in range(len(v)) for j in range(i+1,len(v)+1) if v[i:j] in t), default=0)
        r['render_doubled']= bool(rt) and ''.join(c+c for c in v) in t
        if r['kind']=='NAME':
            words=r['value'].split()
            r['render_words']=[w for w in words if rt and norm(w) in norm(rt)]
        r['visible_by']=('libreoffice-render' if r['render_found'] else '')+('+' if r['render_found'] and r['parser_found'] else '')+('xml-parser' if r['parser_found'] else '')
        if not r['render_found'] and (r['render_longest_run']>=8 or r['render_doubled']): r['visible_by']=('libreoffice-render-partial(%d chars%s)'%(r['render_longest_run'],', doubled' if r['render_doubled'] else ''))+('+xml-parser' if r['parser_found'] else '')
        if not r['visible_by']: r['visible_by']='by-construction-only (see note)'
    with open(f'{ROOT}/truth/truth.jsonl','w') as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
    import collections
    print(collections.Counter((r['type'],r['visible_by']) for r in rows))
    for r in rows:
        if not r['xml_wellformed']: print('MALFORMED',r['file'],r['xml_errors'][:2])
        if r['type']=='altered' and not r['render_found']: print('not-rendered',r['file'],r['design_visibility'],'parser' if r['parser_found'] else '')
main()
