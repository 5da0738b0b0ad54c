"""Independent check of HTML-ish files: lxml text_content (what a browser shows), then digits/letters compared."""
import json, re, lxml.html, html, unicodedata
t = json.load(open("truth.json"))
ok = n = 0
for f in t:
    if not f["file"].endswith((".html", ".xml", ".kml")):
        continue
    raw = open("corpus/" + f["file"], "rb").read()
    for e in ("utf-32", "utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or raw[:4] == b"\x00\x00\xfe\xff" else ():
        pass
    import sys; sys.path.insert(0, ".")
    import score
    txt = score.decode_bytes(raw, f["encoding"])
    try:
        doc = lxml.html.fromstring(re.sub(r"^<\?xml[^>]*>", "", txt).encode("utf-8"))
        vis = doc.text_content()
    except Exception as ex:
        vis = html.unescape(re.sub(r"<[^>]+>", "", txt))
    vis = re.sub(r"[^0-9a-z]", "", unicodedata.normalize("NFKC", vis).lower())
    for i in f["ids"]:
        if i["kind"] in ("name", "address") or not any(x in i["form"] for x in ("html", "ent", "plain", "sep", "spaced")):
            continue
        n += 1
        p = re.sub(r"[^0-9a-z]", "", i["probe"].lower())
        if p in vis:
            ok += 1
        else:
            print("not visible via lxml:", f["file"], i["kind"], i["value"], i["form"])
print("html-visible check", ok, "/", n)
