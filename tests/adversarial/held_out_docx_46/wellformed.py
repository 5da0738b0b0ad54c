import zipfile, glob, os, sys
from lxml import etree
bad = 0
for f in sorted(glob.glob('corpus/*')):
    if f.endswith('.xml'):
        try: etree.parse(f)
        except Exception as e: print('BAD', f, e); bad += 1
        continue
    z = zipfile.ZipFile(f)
    for n in z.namelist():
        if n.endswith('.xml') or n.endswith('.rels'):
            try: etree.fromstring(z.read(n))
            except Exception as e: print('BAD', f, n, e); bad += 1
print('bad', bad)
