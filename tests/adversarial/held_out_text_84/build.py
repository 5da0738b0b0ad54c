"""Build the round-47 held-out text corpus: python3 build.py -> corpus/ + truth.json (seeded, deterministic)."""
import json, os, random, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import Doc, Person
from genres import G

SEED = 4747
PER_GENRE = 4
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")

ENCS = [("utf-8", 74), ("utf-8-sig", 5), ("utf-16-le-bom", 4), ("utf-16-be-bom", 2), ("utf-16-le", 3), ("utf-16-be", 3),
        ("utf-32-le-bom", 2), ("utf-32-be", 2), ("utf-32-le", 1), ("cp1252", 4)]


def encode(text, enc):
    if enc == "utf-8":
        return text.encode("utf-8")
    if enc == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc == "cp1252":
        return text.encode("cp1252")
    base = enc.replace("-bom", "")
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}[base]
    return (bom if enc.endswith("-bom") else b"") + text.encode(base)


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    master = random.Random(SEED)
    truth = {"seed": SEED, "files": {}}
    idx = 0
    for gname in sorted(G):
        fn, ext, nl = G[gname]
        for i in range(PER_GENRE):
            r = random.Random(f"{SEED}:{gname}:{i}")
            d = Doc(r)
            P = [Person(r) for _ in range(3)]
            tpl = fn(d, r, P)
            text, secrets, keeps = d.render(tpl)
            enc = r.choices([e for e, _ in ENCS], [w for _, w in ENCS])[0]
            if enc == "cp1252":
                try:
                    text.encode("cp1252")
                except UnicodeEncodeError:
                    enc = "utf-8"
            newline = "crlf" if (nl == "crlf" or r.random() < 0.12) else "lf"
            fname_secret = None
            if gname in ("dts_envelope", "powershell_transcript", "numpy_repr", "sumologic_export") and i == 0:
                name = f"f{idx:03d}_D0010_{P[0].mpan}_{gname}.{ext}"
                fname_secret = {"kind": "mpan", "text": P[0].mpan, "canon": P[0].mpan, "form": "filename"}
            else:
                name = f"f{idx:03d}_{gname}.{ext}"
            wire = text.replace("\n", "\r\n") if newline == "crlf" else text
            data = encode(wire, enc)
            with open(os.path.join(OUT, name), "wb") as fh:
                fh.write(data)
            truth["files"][name] = {"genre": gname, "encoding": enc, "newline": newline, "prefix": f"f{idx:03d}_",
                                    "secrets": secrets, "keeps": keeps, "filename_secret": fname_secret}
            idx += 1
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    ns = sum(len(v["secrets"]) for v in truth["files"].values())
    nk = sum(len(v["keeps"]) for v in truth["files"].values())
    print(f"files={idx} genres={len(G)} secrets={ns} keeps={nk}")


if __name__ == "__main__":
    main()
