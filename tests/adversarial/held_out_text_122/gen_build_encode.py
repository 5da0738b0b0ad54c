def encode(text, enc):
    if enc == "utf-8": return text.encode("utf-8")
    if enc == "utf-8-bom": return b"\xef\xbb\xbf" + text.encode("utf-8")
    base, bom = enc.replace("-bom", ""), enc.endswith("-bom")
    codec = {"utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be", "utf-32-le": "utf-32-le", "utf-32-be": "utf-32-be"}[base]
    b = text.encode(codec)
    if bom:
        b = "\ufeff".encode(codec) + b
    return b
