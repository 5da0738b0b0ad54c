"""Decoding helpers shared by verify.py and score.py (not by the generator)."""
import quopri, re

BOMS = [(b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
        (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")]


def decode_declared(b, enc):
    """Decode bytes as the declared encoding. Returns (text, ok_bom, ok_decode)."""
    base = enc.replace("+bom", "")
    if enc == "utf-8-sig":
        ok_bom = b.startswith(b"\xef\xbb\xbf")
        try:
            return b.decode("utf-8-sig"), ok_bom, True
        except UnicodeDecodeError:
            return b.decode("utf-8-sig", "replace"), ok_bom, False
    want_bom = enc.endswith("+bom")
    has = None
    for m, e in BOMS:
        if b.startswith(m):
            has = (m, e)
            break
    ok_bom = (has is not None and has[1] == base) if want_bom else (has is None)
    body = b[len(has[0]):] if (has and has[1] == base) else b
    try:
        return body.decode(base), ok_bom, True
    except UnicodeDecodeError:
        return body.decode(base, "replace"), ok_bom, False


def sniff(b):
    for m, e in BOMS:
        if b.startswith(m):
            return b[len(m):].decode(e, "replace")
    if len(b) > 8 and b[1:2] == b"\x00" and b[3:4] == b"\x00":
        return b.decode("utf-32-le" if b[2:3] == b"\x00" else "utf-16-le", "replace")
    if len(b) > 8 and b[0:1] == b"\x00":
        return b.decode("utf-32-be" if b[1:2] == b"\x00" else "utf-16-be", "replace")
    return b.decode("utf-8", "replace")


def views(text, view):
    v = [text]
    if view == "qp":
        v.append(quopri.decodestring(text.encode("utf-8", "replace")).decode("utf-8", "replace"))
    return v


def canon(s):
    return re.sub(r"[^0-9A-Z]", "", s.upper())
