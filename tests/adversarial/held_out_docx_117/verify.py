"""Independent check that each planted value is visible: parser (all files), LibreOffice PDF text (render techniques),
Tesseract on the planted picture (picture techniques). Writes verify.json."""
import json, zipfile, re, subprocess, os, sys, io
import xml.etree.ElementTree as ET
ROOT = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
def norm(s): return re.sub(r"\s+", "", s).lower()
def alltext(z):
    out = {}
    for n in z.namelist():
        if not n.endswith(".xml"): continue
        try: root = ET.fromstring(z.read(n))
        except ET.ParseError: continue
        bits = []
        for el in root.iter():
            if el.text: bits.append(el.text)
            bits.extend(el.attrib.values())
        out[n] = "\n".join(bits)
    return out
def parser_check(path, t):
    z = zipfile.ZipFile(path); tech = t["technique"]; v = t["value"]
    if tech == "group_descr":
        for n in z.namelist():
            if n.endswith(".xml") and "word/" in n:
                try: root = ET.fromstring(z.read(n))
                except ET.ParseError: continue
                for el in root.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
                    if el.get("descr", "").endswith(": " + v): return True, "docPr descr in " + n
        return False, "no descr"
    if tech == "footnote_comment":
        c = ET.fromstring(z.read("word/comments.xml")); f = ET.fromstring(z.read("word/footnotes.xml"))
        txt = {cm.get(W + "id"): "".join(x.text or "" for x in cm.iter(W + "t")) for cm in c.iter(W + "comment")}
        anch = {e.get(W + "id") for e in f.iter(W + "commentReference")}
        ok = any(v in txt.get(i, "") for i in anch)
        return ok, "comment text anchored in a footnote" if ok else "missing"
    if tech == "numstylelink_lvltext":
        num = ET.fromstring(z.read("word/numbering.xml")); doc = ET.fromstring(z.read("word/document.xml"))
        styles = ET.fromstring(z.read("word/styles.xml"))
        nums = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in num.iter(W + "num")}
        absn = {a.get(W + "abstractNumId"): a for a in num.iter(W + "abstractNum")}
        for p in doc.iter(W + "numId"):
            a = absn.get(nums.get(p.get(W + "val")))
            if a is None: continue
            nsl = a.find(W + "numStyleLink")
            if nsl is None: continue
            for st in styles.iter(W + "style"):
                if st.get(W + "styleId") == nsl.get(W + "val"):
                    sid = st.find(".//" + W + "numId").get(W + "val")
                    lt = absn[nums[sid]].find(".//" + W + "lvlText").get(W + "val")
                    if lt.endswith(v): return True, "resolved numStyleLink -> lvlText"
        return False, "chain not resolved"
    allt = "\n".join(alltext(z).values())
    if t["group"] == "text":
        return (norm(v) in norm(allt)), "value present in XML text"
    return True, "picture (checked by OCR)"
def pdf_text(fn):
    p = os.path.join(ROOT, "pdf", fn[:-5] + ".pdf")
    if not os.path.exists(p): return None
    return subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True).stdout
def planted_image(path):
    z = zipfile.ZipFile(path)
    ims = [n for n in z.namelist() if "/media/attx" in n]
    return z.read(ims[-1]) if ims else None
def ocr_variants(data):
    from PIL import Image, ImageOps
    im = Image.open(io.BytesIO(data)).convert("L")
    vs = [im, ImageOps.autocontrast(im).point(lambda x: 255 if x > 150 else 0), ImageOps.invert(im)]
    vs += [v.rotate(a, expand=True, fillcolor=255) for a in (-18, 18) for v in vs[:2]]
    texts = []
    for v in vs:
        v = v.resize((v.width * 2, v.height * 2))
        b = io.BytesIO(); v.save(b, "PNG")
        for psm in ("6", "11"):
            r = subprocess.run(["nice", "tesseract", "stdin", "stdout", "--psm", psm], input=b.getvalue(), capture_output=True)
            texts.append(r.stdout.decode("utf-8", "replace"))
            yield texts[-1]
def main():
    truth = json.load(open(os.path.join(ROOT, "truth.json")))
    res = {}
    for t in truth:
        fn = t["file"]; path = os.path.join(ROOT, "corpus", fn); v = t["value"]; r = {}
        ok, why = parser_check(path, t); r["parser"] = ok; r["parser_why"] = why
        if t["how"].startswith("render"):
            txt = pdf_text(fn)
            r["render"] = None if txt is None else (norm(v) in norm(txt))
        if t["group"] == "picture":
            data = planted_image(path); r["ocr"] = False
            for txt in ocr_variants(data):
                if norm(v) in norm(txt): r["ocr"] = True; break
        checks = [r[k] for k in ("render", "ocr") if k in r]
        r["visible"] = bool(ok) and all(c is True for c in checks) if checks else bool(ok)
        res[fn] = r
        print(fn, r, flush=True)
    json.dump(res, open(os.path.join(ROOT, "verify.json"), "w"), indent=1)
    bad = [k for k, r in res.items() if not r["visible"]]
    print("not verified:", len(bad)); [print("  ", b, res[b]) for b in bad]
if __name__ == "__main__": main()
