import json,subprocess,shutil,os,zipfile,hashlib,re,sys,unicodedata
sys.path.insert(0,'/tmp/ho51/docx/gen')
ROOT='/tmp/ho51/docx'; OUT=sys.argv[1] if len(sys.argv)>1 else ROOT+'/tplrun1'; os.makedirs(OUT,exist_ok=True)
from lxml import etree
def canon(s):
    s=unicodedata.normalize('NFKC',s); s=''.join(chr(ord(c)-0xF080+48) if 0xF080<=ord(c)<=0xF089 else c for c in s)
    return re.sub(r'[^0-9a-z@]','',s.lower())
def alltext(fn):
    z=zipfile.ZipFile(fn); buf=[]
    for n in z.namelist():
        if n.endswith('.xml'):
            try: t=etree.fromstring(z.read(n))
            except Exception: continue
            for e in t.iter():
                if not isinstance(e.tag,str): continue
                ln=etree.QName(e).localname
                if ln=='sym': buf.append(chr(int(e.get('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}char'),16)))
                if e.text and ln in('t','instrText','identifier'): buf.append(e.text)
                for k,v in e.attrib.items():
                    if etree.QName(k).localname in('val',): buf.append(v)
    return ''.join(buf), {hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist()}
res=[]
for t in json.load(open(ROOT+'/templates_truth.json')):
    b=t['file'][:-5]; ws=f'{ROOT}/ws/tpl_{b}'; shutil.rmtree(ws,ignore_errors=True); subprocess.run(['/tmp/ho51/bin/attest','--workspace',ws,'demo'],capture_output=True)
    outf=f'{OUT}/{b}_pack.docx'
    p=subprocess.run(['/tmp/ho51/bin/attest','--workspace',ws,'pack','1','--template',ROOT+'/templates/'+t['file'],'--out',outf],capture_output=True,text=True,timeout=300)
    r=dict(file=t['file'],kind=t['kind'],value=t['value'],rc=p.returncode,msg=(p.stdout+p.stderr)[-400:],written=os.path.exists(outf))
    if r['written']:
        txt,h=alltext(outf); r['value_in_pack']=canon(t['value']) in canon(txt)
        if 'png_sha256' in t: r['image_in_pack']=t['png_sha256'] in h
    res.append(r); print(r['file'],r['rc'],r['written'],r.get('value_in_pack'),r.get('image_in_pack'),r['msg'].replace('\n',' | ')[:250])
json.dump(res,open(OUT+'/templates.json','w'),indent=1,ensure_ascii=False)
