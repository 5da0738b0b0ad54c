import re, zipfile, zlib
def norm(s): return re.sub(r'[\s\u00a0]+', '', s).casefold()
def rtf_text(s):
    s = re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode('cp1252'), s)
    return s
def parts_text(fn):
    z = zipfile.ZipFile(fn); out = []
    for n in z.namelist():
        b = z.read(n)
        if b.startswith(b'\xff\xfe'): t = b.decode('utf-16')
        else: t = b.decode('utf-8', 'replace')
        if n.endswith('.rtf'): t = rtf_text(t)
        if n.endswith('.png'):
            i = 8
            while i < len(b) - 8:
                L = int.from_bytes(b[i:i+4], 'big'); typ = b[i+4:i+8]
                if typ == b'zTXt':
                    k, rest = b[i+8:i+8+L].split(b'\0', 1); out.append(zlib.decompress(rest[1:]).decode('latin-1'))
                i += 12 + L
        t = re.sub(r'<[^>]+>', '', t); out.append(t)
    return '\n'.join(out)
