import re, json, os
def decode(data, hint=None):
    if data.startswith(b"\xff\xfe\x00\x00"): return data[4:].decode("utf-32-le")
    if data.startswith(b"\x00\x00\xfe\xff"): return data[4:].decode("utf-32-be")
    if data.startswith(b"\xff\xfe"): return data[2:].decode("utf-16-le")
    if data.startswith(b"\xfe\xff"): return data[2:].decode("utf-16-be")
    if data.startswith(b"\xef\xbb\xbf"): return data[3:].decode("utf-8")
    h={"utf-16-le-bom":"utf-16-le","utf-32-le-bom":"utf-32-le","utf-8-sig":"utf-8"}.get(hint,hint)
    def plaus(t):
        if not t: return True
        ok=sum(1 for c in t if c in "\n\r\t" or (" "<=c<="\u024f") or c in "£–—‘’“”…€·👍⏎")
        return ok/len(t)>0.97
    for e in ([h] if h else [])+["utf-8","utf-16-le","utf-16-be","utf-32-le","utf-32-be"]:
        try:
            t=data.decode(e)
            if plaus(t): return t
        except Exception: pass
    return data.decode("utf-8","replace")
def norm(s): return s.replace("\r\n","\n")
def strip(s): return re.sub(r"[^0-9A-Z\x00]","",s.upper())
LET=r"[^\W\d_]"
def words(s): return [w for w in re.findall(LET+"+",s) if len(w)>=3]
def wcount(text,w): return len(re.findall(r"(?<!"+LET+")"+re.escape(w)+r"(?!"+LET+")",text,flags=re.I))
def kcount(text,k): return len(re.findall(r"(?<![0-9A-Za-z])"+re.escape(k)+r"(?![0-9A-Za-z])",text))
def spans(text, secrets):
    sp=[]
    for s in secrets:
        pat=re.escape(s["text"])
        if s["kind"] in ("name","address") and s["form"] not in ("b64","b64_payload","b64_value","hex","pct_full"): pat=r"(?<![^\W\d_])"+pat+r"(?![^\W\d_])"
        for m in re.finditer(pat,text): sp.append((m.start(),m.end()))
    return sp
def blank(text, sp):
    L=list(text)
    for a,b in sp:
        for i in range(a,b): L[i]="\x00"
    return "".join(L)
