#!/usr/bin/env python3
"""Deterministic held-out text corpus generator. Usage: gen.py OUTDIR  (writes OUTDIR/corpus/* and OUTDIR/truth.json)"""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import F
from genres import GENRES

SEED = 5858
N = 200
CODECS = [("utf-16-le", False), ("utf-16-be", False), ("utf-16-le", True), ("utf-16-be", True),
          ("utf-32-le", True), ("utf-32-be", False), ("utf-32-le", False), ("utf-32-be", True)]
CLUTTER = ["\x1b[32m✔\x1b[0m heartbeat ok", "-- MARK --", "pool size=8 active=2 idle=6",
           "WARNING: proxy env not set, using direct", "GC pause 14ms", "…(3 lines truncated)…",
           "#################################################", "\t\t(continued)", "=== page 2 of 3 ===",
           "DEBUG tls handshake ok cipher=TLS_AES_256_GCM_SHA384", "~~~ output truncated ~~~"]
BOMS = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00",
        "utf-32-be": b"\x00\x00\xfe\xff", "utf-8": b"\xef\xbb\xbf"}


def main(out):
    rng = random.Random(SEED)
    cdir = os.path.join(out, "corpus")
    os.makedirs(cdir, exist_ok=True)
    truth = {"seed": SEED, "files": []}
    order = [GENRES[i % len(GENRES)] for i in range(N)]
    rng.shuffle(order)
    for i, g in enumerate(order):
        frng = random.Random(f"{SEED}-{i}-{g.__name__}")
        f = F(frng)
        text, ext = g(f)
        # options offered to f.ch() are all evaluated (and planted); keep only what the text really holds
        f.secrets = [s for s in f.secrets if s["surface"] in text]
        f.keeps = [k for k in f.keeps if k["surface"] in text]
        if ext in ("log", "txt") and frng.random() < 0.4:
            lines = text.split("\n")
            for _ in range(frng.randint(1, 3)):
                pos = frng.randint(1, max(1, len(lines) - 1))
                lines.insert(pos, frng.choice(CLUTTER))
            text = "\n".join(lines)
        u = rng.random()
        if u < 0.15:
            codec, bom = CODECS[i % len(CODECS)]
        elif u < 0.22:
            codec, bom = "utf-8", True
        else:
            codec, bom = "utf-8", False
        nl = "crlf" if rng.random() < 0.2 else "lf"
        if nl == "crlf":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = (BOMS[codec] if bom else b"") + text.encode(codec)
        name = f"{i:03d}_{g.__name__}.{ext}"
        with open(os.path.join(cdir, name), "wb") as fh:
            fh.write(data)
        truth["files"].append({"file": name, "genre": g.__name__, "codec": codec, "bom": bom, "newline": nl,
                               "secrets": f.secrets, "keeps": f.keeps})
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, indent=1, ensure_ascii=False)
    ns = sum(len(x["secrets"]) for x in truth["files"])
    nk = sum(len(x["keeps"]) for x in truth["files"])
    print(f"{N} files, {len(set(x['genre'] for x in truth['files']))} genres, {ns} secrets, {nk} keeps")


if __name__ == "__main__":
    main(sys.argv[1])
