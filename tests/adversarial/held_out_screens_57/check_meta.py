import sys, os, glob, json, struct, re, zlib
outdir = sys.argv[1]; T = "/tmp/ho38/screens/truth"
vals = {}
for f in glob.glob(f"{T}/*.json"):
    t = json.load(open(f))
    for i in t["items"] + t.get("metadata", []):
        if i.get("t", "id") == "id": vals.setdefault(os.path.splitext(t["file"])[0], set()).add(i["val"])
def png_chunks(b):
    out = []; p = 8
    while p < len(b):
        n, = struct.unpack(">I", b[p:p+4]); typ = b[p+4:p+8].decode("latin1"); out.append(typ); p += 12 + n
    return out
def jpeg_markers(b):
    out = []; p = 2
    while p < len(b) - 4:
        if b[p] != 0xFF: break
        m = b[p+1]
        if m == 0xDA: out.append("SOS"); break
        n, = struct.unpack(">H", b[p+2:p+4]); out.append({0xE0: "APP0", 0xE1: "APP1(EXIF/XMP)", 0xE2: "APP2(ICC)", 0xFE: "COM", 0xED: "APP13", 0xEE: "APP14"}.get(m, f"{m:02X}")); p += 2 + n
    return out
res = []
for f in sorted(glob.glob(f"{outdir}/*")):
    b = open(f, "rb").read(); r = dict(file=os.path.basename(f), size=len(b))
    if b[:8] == b"\x89PNG\r\n\x1a\n":
        ch = png_chunks(b); r["fmt"] = "png"; r["chunks"] = sorted(set(ch)); ct = b[25]
        r["colour_type"] = ct; r["alpha"] = ct in (4, 6) or "tRNS" in ch; r["icc"] = "iCCP" in ch
        r["ancillary"] = sorted(set(c for c in ch if c not in ("IHDR", "IDAT", "IEND", "PLTE")))
    elif b[:2] == b"\xff\xd8":
        m = jpeg_markers(b); r["fmt"] = "jpeg"; r["markers"] = m; r["icc"] = "APP2(ICC)" in m; r["alpha"] = False
        r["ancillary"] = [x for x in m if x.startswith("APP1") or x in ("COM", "APP2(ICC)", "APP13")]
    else: r["fmt"] = "other"
    stem = os.path.splitext(os.path.basename(f))[0]
    raw = b
    # decompress zTXt/iCCP/iTXt too
    hits = []
    for v in vals.get(stem, []):
        for needle in {v, v.replace(" ", ""), v.upper(), v.lower()}:
            if len(needle) >= 6 and needle.encode("utf-8", "ignore") in raw: hits.append(v); break
    r["raw_value_hits"] = hits
    res.append(r)
json.dump(res, open(sys.argv[2], "w"), indent=1)
bad = [r for r in res if r.get("alpha") or r.get("icc") or r.get("ancillary") or r.get("raw_value_hits")]
print(len(res), "files;", len(bad), "with alpha/ICC/ancillary/raw hits")
for r in bad: print(" ", r["file"], {k: r[k] for k in ("alpha", "icc", "ancillary", "raw_value_hits") if r.get(k)})
