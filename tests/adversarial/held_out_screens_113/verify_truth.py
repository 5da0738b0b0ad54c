"""Independent checks of the truth: values valid, surfaces consistent with values, boxes inside images and on ink."""
import json, os, re, sys, unicodedata
from PIL import Image, ImageStat
P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
PC = re.compile(r"^(GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$")
bad = 0; n = 0; kinds = {}
def fail(f, it, why):
    global bad; bad += 1; print("BAD", f, it.get("k"), it.get("v"), why)
for f in sorted(os.listdir("corpus")):
    if not f.endswith(".json"): continue
    d = json.load(open("corpus/" + f)); im = Image.open("corpus/" + d["image"]).convert("L"); W, H = im.size
    for it in d["items"]:
        n += 1; k, v, s = it["k"], it["v"], it["s"]; kinds[(it["r"], k)] = kinds.get((it["r"], k), 0) + 1
        ds = re.sub(r"\D", "", s); dv = re.sub(r"\D", "", v)
        if it["r"] == "id":
            if k == "mpan":
                if not (len(v) == 13 and v.isdigit() and str(sum(int(c) * p for c, p in zip(v[:12], P)) % 11 % 10) == v[12]): fail(f, it, "check digit")
                if dv not in ds: fail(f, it, "surface digits")
            elif k == "mpan_top":
                if not (len(v) == 8 and v.isdigit() and ds == v): fail(f, it, "top")
            elif k == "mprn":
                if not (6 <= len(v) <= 10 and v.isdigit() and ds == v): fail(f, it, "mprn")
            elif k == "eui64":
                if re.sub(r"[^0-9A-F]", "", s.upper()) != re.sub(r"[^0-9A-F]", "", v.upper()) or not re.sub(r"[^0-9A-F]", "", v.upper()).startswith("001C9B"): fail(f, it, "eui")
            elif k == "postcode":
                if not PC.match(v) or s.replace(" ", "").upper() != v.replace(" ", ""): fail(f, it, "postcode")
            elif k == "phone":
                if not re.match(r"^(01632 96\d{4}|07700 90\d{4}|020 7946 0\d{3}|0113 496 0\d{3})$", v) or dv[1:] not in ds: fail(f, it, "phone")
            elif k == "email":
                if not re.match(r"^[a-z0-9.\-]+@example\.(com|org|net|co\.uk)$", v) or s != v: fail(f, it, "email")
            elif k in ("eserial", "gserial"):
                if not re.match(r"^[A-Z0-9]{9,14}$", v) or s != v: fail(f, it, "serial")
        else:
            if re.fullmatch(r"\d{13}", dv) and str(sum(int(c) * p for c, p in zip(dv[:12], P)) % 11 % 10) == dv[12] and len(dv)==13 and k not in("uuid",): fail(f, it, "keep looks like MPAN")
        for x, y, w, h in it["boxes"]:
            if x < -1 or y < -1 or x + w > W + 1 or y + h > H + 1 or w <= 0 or h <= 0: fail(f, it, "box out of image %s" % [x, y, w, h]); continue
            st = ImageStat.Stat(im.crop((int(x), int(y), int(x + w + 1), int(y + h + 1))))
            if st.stddev[0] < 6: fail(f, it, "box has no ink")
print("items", n, "bad", bad)
for (r, k), c in sorted(kinds.items()): print(r, k, c)
