# POST-FREEZE ADDENDUM (made after seeing the first results: P_extra_field was missed). Zip-level hiding variants.
import zipfile, io, struct, json, random, os, sys
sys.argv = ['x']
import idents
R = random.Random(4950)
def build(base, text, mode):
    z = zipfile.ZipFile('bases/%s.docx' % base); items = [(i.filename, z.read(i)) for i in z.infolist()]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as o:
        for n, d in items:
            zi = zipfile.ZipInfo(n, (2026, 12, 6, 22, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            if mode == 'extra_ctypes' and n == '[Content_Types].xml' or mode == 'extra_rels' and n == '_rels/.rels':
                zi.extra = struct.pack('<HH', 0x7075, len(text.encode()) + 5) + b'\x01' + b'\0\0\0\0' + text.encode()  # Info-ZIP Unicode Path extra (0x7075) carrying the text
            if mode == 'extra_utf16' and n.endswith('document.xml'):
                t = text.encode('utf-16-le'); zi.extra = struct.pack('<HH', 0xCAFE, len(t)) + t
            o.writestr(zi, d)
            if mode == 'gap' and n.endswith('document.xml'):
                o.fp.seek(o.start_dir); o.fp.write(b'\0' + text.encode() + b'\0'); o.start_dir = o.fp.tell()  # bytes between two entries that no header points at
    data = bio.getvalue()
    if mode == 'trailing': data += b'\r\n' + text.encode()
    if mode == 'orphan_local':
        # a local entry holding a note part, not listed in the central directory, placed before the first entry
        bio2 = io.BytesIO()
        with zipfile.ZipFile(bio2, 'w', zipfile.ZIP_STORED) as o2: o2.writestr('word/note.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % text)
        b2 = bio2.getvalue(); eocd = b2.rfind(b'PK\x01\x02'); local = b2[:eocd]
        # rebuild the real zip after the orphan local entry: python zipfile handles offset via prepended data
        data = local + data
    return data
T = []
MODES = ['extra_utf16', 'extra_ctypes', 'extra_rels', 'gap', 'trailing', 'orphan_local']
n = 0
for mi, m in enumerate(MODES):
    for ki, k in enumerate(['mpan', 'serial', 'name', 'postcode']):
        v = idents.GEN[k](R); text = '%s: %s' % (idents.LABEL[k], v); base = ['pack', 'pyd', 'lo', 'min'][(mi + ki) % 4]
        fn = 'addendum/%02d_Z_%s_%s_%s.docx' % (n, m, k, base); open(fn, 'wb').write(build(base, text, m)); n += 1
        T.append(dict(file=fn, technique='Z_' + m, kind=k, value=v, shown=v, text=text, base=base, role='addendum'))
    kv = idents.KEEPS[mi][1]; fn = 'addendum/%02d_Zc_%s_keep_%s.docx' % (n, m, 'pyd'); open(fn, 'wb').write(build('pyd', 'Ref: ' + kv, m)); n += 1
    T.append(dict(file=fn, technique='Z_' + m, kind='keep', value=kv, shown=kv, text='Ref: ' + kv, base='pyd', role='addendum_control'))
json.dump(T, open('truth_addendum.json', 'w'), indent=1)
for t in T:
    raw = open(t['file'], 'rb').read(); ok = t['value'].encode() in raw or t['value'].encode('utf-16-le') in raw
    try: zipfile.ZipFile(t['file']).testzip(); zok = True
    except Exception as e: zok = str(e)
    print(t['file'], 'bytes-present' if ok else 'NOT-PRESENT(compressed?)', 'zip-ok' if zok is True else zok)
