"""Judging rules. leaked(item, text) / readable(keep, text)."""
import re, unicodedata
NAMEK = {'name', 'address', 'town'}
def norm(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().upper()
    s = re.sub(r'[^A-Z0-9]', '', s)
    return s.replace('O', '0').replace('I', '1')
def words(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().upper()
    return set(re.findall(r'[A-Z]{3,}', s))
def id_readable(kind, value, text):
    if kind in NAMEK:
        w = words(value); return sorted(w & words(text))
    v = norm(value); T = norm(text)
    if len(v) <= 8: return [v] if v in T else []
    return sorted({v[i:i+8] for i in range(len(v)-7) if v[i:i+8] in T})[:3]
def keep_readable(value, text):
    return norm(value) in norm(text)
