"""Check alpha / ICC / metadata in Attest's outputs (out/) and search raw bytes for every secret of the image."""
import json, os, struct, re
from PIL import Image
ROOT = "/tmp/ho35/screens"; T = json.load(open(f"{ROOT}/truth.json"))
def png_chunks(b):
    out = []; i = 8
    while i < len(b):
        n = struct.unpack(">I", b[i:i+4])[0]; out.append(b[i+4:i+8].decode("latin1")); i += 12 + n
    return out
def jpeg_segments(b):
    out = []; i = 2
    while i < len(b) - 1 and b[i] == 0xFF:
        m = b[i+1]
        if m == 0xDA: out.append("SOS"); break
        n = struct.unpack(">H", b[i+2:i+4])[0]; seg = b[i+4:i+2+n]
        tag = {0xE0: "APP0", 0xE1: "APP1(EXIF/XMP)", 0xE2: "APP2(ICC)" if seg.startswith(b"ICC_PROFILE") else "APP2", 0xFE: "COM"}.get(m, f"{m:02X}")
        out.append(tag); i += 2 + n
    return out
rows = []; problems = []
for f, t in T.items():
    for d in ("corpus", "out"):
        p = f"{ROOT}/{d}/{f}"
        if not os.path.exists(p): rows.append({"file": f, "dir": d, "missing": True}); continue
        b = open(p, "rb").read(); im = Image.open(p)
        fmt = im.format; segs = png_chunks(b) if b.startswith(b"\x89PNG") else jpeg_segments(b)
        extra = [s for s in segs if s not in ("IHDR", "IDAT", "IEND", "PLTE", "APP0", "SOS", "DB", "C0", "C2", "C4", "DD", "DQT")]
        extra = [s for s in extra if s not in ("DB", "C4", "C0", "C2", "DD")]
        found = []
        for s in t["secrets"]:
            vals = [s.get("core")] + s.get("tokens", []) + [s["text"]]
            for v in vals:
                if not v or len(v) < 6: continue
                for enc in (v.encode(), v.encode("utf-16-le"), v.encode("utf-16-be")):
                    if enc in b: found.append(v); break
                else: continue
                break
        r = {"file": f, "dir": d, "format": fmt, "mode": im.mode, "size": im.size, "icc": "icc_profile" in im.info, "info_keys": sorted(k for k in im.info if k not in ("dpi",)), "segments": extra, "secrets_in_bytes": sorted(set(found))}
        rows.append(r)
        if d == "out" and (r["icc"] or r["secrets_in_bytes"] or im.mode in ("RGBA", "LA", "PA") or any(s in ("tEXt", "iTXt", "zTXt", "eXIf", "iCCP", "COM", "APP1(EXIF/XMP)", "APP2(ICC)") for s in extra)):
            problems.append(r)
json.dump({"rows": rows, "problems": problems}, open(f"{ROOT}/metacheck.json", "w"), indent=1)
outs = [r for r in rows if r["dir"] == "out" and not r.get("missing")]
print("outputs:", len(outs), "with alpha:", sum(r["mode"] in ("RGBA", "LA", "PA") for r in outs), "with ICC:", sum(r["icc"] for r in outs),
      "with ancillary text/exif/icc segments:", sum(bool(set(r["segments"]) & {"tEXt", "iTXt", "zTXt", "eXIf", "iCCP", "COM", "APP1(EXIF/XMP)", "APP2(ICC)"}) for r in outs),
      "with a secret in raw bytes:", sum(bool(r["secrets_in_bytes"]) for r in outs))
ins = [r for r in rows if r["dir"] == "corpus"]
print("inputs with secrets in raw bytes (expected for metadata cases):", [(r["file"], r["secrets_in_bytes"]) for r in ins if r["secrets_in_bytes"]])
for r in problems: print("PROBLEM", json.dumps(r))
print("format changes:", [(r["file"], r["format"]) for r in outs if r["file"].lower().endswith(".jpg") != (r["format"] == "JPEG")])
print("modes:", sorted(set((r["mode"], r["format"]) for r in outs)))
