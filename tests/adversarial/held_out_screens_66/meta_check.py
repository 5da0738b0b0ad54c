import sys, glob, os, json
from PIL import Image
d=sys.argv[1]; rows=[]
for f in sorted(glob.glob(d+'/*')):
    if f.endswith('.json'): continue
    im=Image.open(f); info={k:(str(v)[:80] if not isinstance(v,bytes) else '%d bytes'%len(v)) for k,v in im.info.items() if k not in('dpi',)}
    raw=open(f,'rb').read()
    chunks=[]
    if raw[:8]==b'\x89PNG\r\n\x1a\n':
        i=8
        while i<len(raw):
            n=int.from_bytes(raw[i:i+4],'big'); t=raw[i+4:i+8].decode('latin1'); chunks.append(t); i+=12+n
    has_alpha=im.mode in('RGBA','LA','PA') or 'transparency' in im.info
    rows.append(dict(file=os.path.basename(f),format=im.format,mode=im.mode,size=im.size,alpha=has_alpha,icc='icc_profile' in im.info,info=info,png_chunks=sorted(set(chunks)-{'IHDR','IDAT','IEND'})))
for r in rows: print(r)
json.dump(rows,open(sys.argv[2],'w'),indent=0)
