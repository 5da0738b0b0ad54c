"""python3 gen/build.py -> corpus/ + truth.json (seeded, deterministic)"""
import hashlib, json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import P
from genres import GENRES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "corpus")
ENC_CYCLE = (["utf-16-le-bom", "utf-16-be", "utf-16-le", "utf-32-le-bom", "utf-16-be-bom", "utf-32-be", "utf-32-le"] * 5)[:31]


def encode(text, enc):
    if enc == "utf-8": return text.encode("utf-8")
    if enc == "utf-8-bom": return b"\xef\xbb\xbf" + text.encode("utf-8")
    base, bom = enc.replace("-bom", ""), enc.endswith("-bom")
    codec = {"utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be", "utf-32-le": "utf-32-le", "utf-32-be": "utf-32-be"}[base]
    b = text.encode(codec)
    if bom:
        b = "\ufeff".encode(codec) + b
    return b


def main():
    os.makedirs(OUT, exist_ok=True)
    names = sorted(GENRES)
    plan = []
    for gi, g in enumerate(names):
        for i in range(4 if gi < 32 else 3):
            plan.append((g, i))
    plan = plan[:200]
    order = random.Random(56).sample(range(len(plan)), len(plan))
    encs = {}
    for j, idx in enumerate(order):
        encs[idx] = ENC_CYCLE[j] if j < len(ENC_CYCLE) else ("utf-8-bom" if j < len(ENC_CYCLE) + 17 else "utf-8")
    truth = {}
    for idx, (g, i) in enumerate(plan):
        seed = int(hashlib.sha256(f"r56-{g}-{i}".encode()).hexdigest()[:12], 16)
        p = P(random.Random(seed))
        text, ext = GENRES[g](p)
        crlf = random.Random(seed + 1).random() < 0.22
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n") if g != "asciinema" else text.replace("\n", "\r\n")
        fix = (lambda s: s.replace("\n", "\r\n")) if crlf else (lambda s: s)
        fn = f"{idx:03d}_{g}_{i}.{ext}"
        enc = encs[idx]
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(encode(text, enc))
        truth[fn] = {"genre": g, "encoding": enc, "newline": "CRLF" if crlf else "LF",
                     "secrets": [dict(s, surface=fix(s["surface"])) for s in p.sec],
                     "keeps": [dict(k, surface=fix(k["surface"])) for k in p.keeps]}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    ns = sum(len(t["secrets"]) for t in truth.values()); nk = sum(len(t["keeps"]) for t in truth.values())
    print(f"{len(truth)} files, {len(set(t['genre'] for t in truth.values()))} genres, {ns} secrets, {nk} keeps")


if __name__ == "__main__":
    main()
