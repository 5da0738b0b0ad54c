# independent canonicaliser + extractor (helper-67's own parser; no Attest code)
import unicodedata, re, zipfile, io, base64, quopri, html
HOMO = str.maketrans({'А':'A','Е':'E','К':'K','М':'M','Ѕ':'S','В':'B','а':'a','е':'e','о':'o','с':'c','О':'O','Т':'T','Н':'H','Ν':'N','С':'C','Х':'X','Р':'P'})
def canon(s):
    s = unicodedata.normalize('NFKC', s).translate(HOMO)
    s = ''.join(ch for ch in s if unicodedata.category(ch)[0] not in ('M', 'C'))
    return re.sub(r'[^0-9a-z@]', '', s.lower())
def rtf_text(s):
    s = re.sub(r'\{\\\*[^{}]*\}', '', s)
    s = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), s)
    s = re.sub(r'\\u(-?\d+)\??', lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r'\\[a-z]+-?\d* ?', '', s)
    return s.replace('{', '').replace('}', '')
def sources(data, depth=0):
    """yield (where, text) for every readable rendering of the bytes"""
    if depth > 4: return
    if data[:2] == b'PK':
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
            for n in z.namelist():
                yield from ((f'{n}>{w}', t) for w, t in sources(z.read(n), depth + 1))
                yield (f'entryname', n)
            return
        except Exception: pass
    for enc in ('utf-8', 'utf-16-le', 'latin-1'):
        try: t = data.decode(enc); break
        except Exception: continue
    if data[:8] == b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1':
        yield ('cfb-utf16', data.decode('utf-16-le', 'ignore')); yield ('cfb-latin1', data.decode('latin-1'))
    yield ('raw', t)
    if 'MIME-Version' in t[:2000]:
        import email
        for part in email.message_from_bytes(data).walk():
            p = part.get_payload(decode=True)
            if p: yield ('mime', p.decode('utf-8', 'ignore'))
    u = html.unescape(t); yield ('unescaped', u)
    yield ('tagless', html.unescape(re.sub(r'<[^>]*>', '', t)))
    yield ('attrs', ' | '.join(re.findall(r'="([^"]*)"', u)))
    if t.lstrip().startswith('{\\rtf'): yield ('rtf', rtf_text(t))
    try: yield ('qp', quopri.decodestring(data).decode('utf-8', 'ignore'))
    except Exception: pass
    for b in re.findall(r'[A-Za-z0-9+/=\r\n]{24,}', t) + re.findall(r'(?<![A-Za-z0-9+/=])[A-Za-z0-9+/=]{16,}', t):
        try:
            d = base64.b64decode(re.sub(r'\s', '', b) + '==='[:(-len(re.sub(r"\s", "", b))) % 4])
            for e in ('utf-8', 'utf-16-le'):
                try: yield ('b64-' + e, d.decode(e)); break
                except Exception: pass
        except Exception: pass
def found_in(data, value):
    cv = canon(value); hits = []
    for w, t in sources(data):
        if cv in canon(t): hits.append(w)
    return hits
