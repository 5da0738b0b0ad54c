"""python3 gen/build.py -> corpus/ and truth.json (seeded, deterministic)."""
import os, sys, json, re, shutil
sys.path.insert(0, os.path.dirname(__file__))
from lib import R, Doc, STREET_GENERIC, TITLES
from genres import G

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORP = os.path.join(ROOT, "corpus")
SEED = 4949

ENCS = [("utf-8", b"", "utf-8")] * 36 + [("utf-8-sig", b"", "utf-8-sig")] * 2 + [
    ("utf-16-le+bom", b"\xff\xfe", "utf-16-le"), ("utf-16-be", b"", "utf-16-be"), ("utf-16-le", b"", "utf-16-le"),
    ("utf-32-le+bom", b"\xff\xfe\x00\x00", "utf-32-le"), ("utf-32-be", b"", "utf-32-be")]

WORD = re.compile(r"[^\W\d_]{3,}")
NOSCORE = {t.lower() for t in TITLES} | {"miss"} | STREET_GENERIC


def words_of(text, kind):
    if kind not in ("name", "address"):
        return None
    t = re.sub(r"&#x27;|&amp;|&#39;|%27|%20|\+", " ", text)
    return sorted({w for w in WORD.findall(t) if w.lower() not in NOSCORE})


def main():
    if os.path.exists(CORP):
        shutil.rmtree(CORP)
    os.makedirs(CORP)
    r = R(SEED)
    truth = {}
    names = sorted(G)
    n = 0
    for gi, gname in enumerate(names):
        fn, ext = G[gname]
        count = 4 if gi < 15 else 3
        for j in range(count):
            d = Doc(r)
            text = fn(d)
            enc_label, bom, codec = r.choice(ENCS)
            nl = "crlf" if r.random() < 0.2 else "lf"
            fname = f"{gname}_{j+1:02d}.{ext}"
            # checks
            for s in d.secrets:
                assert s["text"] in text, (fname, s)
            for k in d.keeps:
                assert k["text"] in text, (fname, k)
            # word conflicts for names / addresses: word must only occur inside secret spans
            spans = []
            for s in d.secrets:
                for m in re.finditer(re.escape(s["text"]), text):
                    spans.append((m.start(), m.end()))
            for s in d.secrets:
                ws = words_of(s["text"], s["kind"])
                if ws is None:
                    continue
                ok, bad = [], []
                for w in ws:
                    clash = False
                    for m in re.finditer(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", text, re.I):
                        if not any(a <= m.start() and m.end() <= b for a, b in spans):
                            clash = True
                    (bad if clash else ok).append(w)
                s["words"] = ok
                if bad:
                    s["words_excluded"] = bad
            out = text.replace("\n", "\r\n") if nl == "crlf" else text
            data = bom + out.encode(codec)
            with open(os.path.join(CORP, fname), "wb") as f:
                f.write(data)
            truth[fname] = {"genre": gname, "encoding": enc_label, "newline": nl,
                            "secrets": d.secrets, "keeps": d.keeps}
            n += 1
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    ns = sum(len(v["secrets"]) for v in truth.values()); nk = sum(len(v["keeps"]) for v in truth.values())
    print(f"{n} files, {len(names)} genres, {ns} secrets, {nk} keeps")


if __name__ == "__main__":
    main()
