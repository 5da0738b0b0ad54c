import base64, urllib.parse

def groups_mpan(m):
    return [m[0:2], m[2:6], m[6:10], m[10:13]]

def mp_sep(m, sep=" "):
    return sep.join(groups_mpan(m))

def mp_S(top, m):
    pc, mtc, llfc = top
    return "S %s %s %s\n  %s" % (pc, mtc, llfc, mp_sep(m))

def invis(s, ch="\u200e", every=1):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i < len(s) - 1 and (i + 1) % every == 0:
            out.append(ch)
    return "".join(out)

def fullwidth(s):
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in s)

def arabic_indic(s):
    return "".join(chr(ord(c) - 0x30 + 0x0660) if c.isdigit() else c for c in s)

def devanagari(s):
    return "".join(chr(ord(c) - 0x30 + 0x0966) if c.isdigit() else c for c in s)

def b64(s):
    return base64.b64encode(s.encode()).decode()

def hexenc(s):
    return s.encode().hex()

def pct(s):
    return "".join("%%%02X" % b for b in s.encode())

def entities(s, dec=True):
    return "".join(("&#%d;" % ord(c)) if dec else ("&#x%x;" % ord(c)) for c in s)

def eui_fmt(e, style):
    pairs = [e[i:i + 2] for i in range(0, 16, 2)]
    if style == "dash": return "-".join(pairs)
    if style == "colon": return ":".join(pairs).lower()
    if style == "dot": return ".".join(e[i:i + 4] for i in range(0, 16, 4)).lower()
    if style == "0x": return "0x" + e
    if style == "0xl": return "0x" + e.lower()
    if style == "space": return " ".join(pairs)
    if style == "lower": return e.lower()
    return e

def ser_fmt(s, style):
    if style == "lower": return s.lower()
    if style == "spaced": return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == "hyph": return s[:4] + "-" + s[4:]
    if style == "charspace": return " ".join(s)
    return s

def wrap_fixed(text, col):
    out = []
    for line in text.split("\n"):
        while len(line) > col:
            out.append(line[:col]); line = line[col:]
        out.append(line)
    return "\n".join(out)

def qp_encode_line(s, width=76):
    # quoted-printable (utf-8) with soft breaks at a fixed width
    enc = []
    for b in s.encode("utf-8"):
        c = chr(b)
        enc.append(c if (33 <= b <= 126 and c != "=") or c == " " else "=%02X" % b)
    s = "".join(enc)
    out = []
    while len(s) > width - 1:
        cut = width - 1
        k = s.rfind("=", max(0, cut - 2), cut)
        if k != -1:
            cut = k
        out.append(s[:cut] + "=")
        s = s[cut:]
    out.append(s)
    return "\n".join(out)
