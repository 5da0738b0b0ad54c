"""Independent check of the truth files (stdlib only; does not import ids.py).
usage: python3 verify_truth.py CORPUSDIR"""
import sys, json, glob, re, struct

P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
PC = re.compile(r"^(?:[A-Z]{1,2}[0-9][A-Z0-9]?) [0-9][A-Z]{2}$")
PH = re.compile(r"^(07700 900\d{3}|01632 960\d{3}|020 7946 0\d{3}|0113 496 0\d{3})$")


def size(path):
    b = open(path, "rb").read(64 * 1024)
    if b[:8] == b"\x89PNG\r\n\x1a\n":
        return struct.unpack(">II", b[16:24])
    i = 2
    while i < len(b):
        if b[i] != 0xFF: i += 1; continue
        m = b[i + 1]
        if m in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", b[i + 5:i + 9]); return w, h
        i += 2 + struct.unpack(">H", b[i + 2:i + 4])[0]
    raise ValueError(path)


def norm(s): return re.sub(r"[^0-9A-Za-z]", "", s).upper()


errs = 0; n = 0
for j in sorted(glob.glob(sys.argv[1] + "/*.json")):
    t = json.load(open(j))
    W, H = size(sys.argv[1] + "/" + t["image"])
    for it in t["items"]:
        n += 1
        v, s, k = it["value"], it["surface"], it["kind"]
        bad = []
        if not it["rects"]: bad.append("no rect")
        for x, y, w, h in it["rects"]:
            if w < 2 or h < 2 or x < -2 or y < -2 or x + w > W + 2 or y + h > H + 2: bad.append("rect out of image %s" % [x, y, w, h])
        if k == "mpan":
            if not (len(v) == 13 and v.isdigit() and sum(int(a) * b for a, b in zip(v, P)) % 11 % 10 == int(v[12])): bad.append("mpan check")
        if k == "mpan_top" and not (len(v) == 8 and v.isdigit()): bad.append("top")
        if k == "mprn" and not (v.isdigit() and 6 <= len(v) <= 10): bad.append("mprn")
        if k == "eui64" and not re.fullmatch(r"001C9B[0-9A-F]{10}", v): bad.append("eui")
        if k == "postcode" and not PC.match(v): bad.append("postcode")
        if k == "phone" and not PH.match(v): bad.append("phone")
        if k == "email" and not re.search(r"@example\.(com|org|net|co\.uk)$", v): bad.append("email")
        # the surface drawn must carry the value (digits-only comparison where captions were added)
        if it["role"] == "id":
            ns, nv = norm(s), norm(v)
            if nv not in ns and re.sub(r"\D", "", s) != nv and nv not in norm(s.replace(",", "")): bad.append("surface %r != value %r" % (s, v))
        if bad:
            errs += 1; print(t["image"], it["id"], bad)
print("items", n, "errors", errs)
