"""Build the corpus: /tmp/ho41/text/corpus/*.  Truth: /tmp/ho41/text/truth.json"""
import re, json, os, random, sys, html, urllib.parse, shutil
sys.path.insert(0, os.path.dirname(__file__))
from ctx import Ctx
from genres import G

ROOT = "/tmp/ho41/text"
OUT = ROOT + "/corpus"
VARIANTS = 4


def jd(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def candidates(n):
    c = [n]
    for a in (False, True):
        c.append(jd(n, a))
        for b in (False, True):
            c.append(jd(jd(n, a), b))
    c += [html.escape(n), html.escape(n, quote=False), n.replace("&", "&amp;"), urllib.parse.quote_plus(n), urllib.parse.quote(n),
          urllib.parse.quote(n, safe=""), n.replace(" ", "+"), n.replace(":", "%3A"), n.replace("'", "\\'"), n.replace("'", "''"), n.replace('"', '""'),
          n.replace("\n", "\r\n"), n.replace("\n", "&#xa;"), html.escape(n).replace("\n", "&#xa;"), html.escape(n).replace(", ", ",<br>"), n.replace(", ", ",<br>")]
    return c


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rng = random.Random(4165)
    gctr = {}
    truth = []
    n = 0
    for gi, (gname, ext, enc, nl, fn) in enumerate(G):
        for v in range(VARIANTS):
            for attempt in range(30):
                c = Ctx(rng, "x", gctr)
                text = fn(c, v)
                cm = {"txt": ("", ""), "log": ("", ""), "lua": ("-- ", ""), "Jenkinsfile": ("// ", ""), "Dockerfile": ("# ", ""),
                      "yaml": ("# ", ""), "xml": ("<!-- ", " -->"), "drawio": ("<!-- ", " -->"), "html": ("<!-- ", " -->")}.get(ext)
                if cm:
                    ks = [c.k(t) for t in ("tc", "mpanref", "msg", "ts", "version", "dip", "epochms", "po")]
                    text = text.rstrip("\n") + "\n" + cm[0] + "evidence-tag: " + " | ".join(ks) + cm[1] + "\n"
                if nl != "\n":
                    text = text.replace("\r\n", "\n").replace("\n", nl)
                try:
                    text.encode(enc)
                    break
                except UnicodeEncodeError:
                    continue
            else:
                raise SystemExit("cannot encode " + gname)
            n += 1
            fid = "f%03d" % n
            fname = f"{fid}_{gname}_{v}.{ext}"
            # filename-borne identifiers (propagation genre)
            fname_ids = []
            if gname == "propagation_note" and v < 2:
                m = [d for d in c.ids if d["kind"] == "mpan"][0]["value"]
                fname = f"{fid}_evidence_{m[:2]}_{m[2:6]}_{m[6:10]}_{m[10:]}.txt" if v == 0 else f"{fid}_msn_{[d for d in c.ids if d['kind']=='eserial'][0]['value'].lower()}.txt"
                kind = "mpan" if v == 0 else "eserial"
                val = m if v == 0 else [d for d in c.ids if d['kind'] == 'eserial'][0]["value"]
                fname_ids.append(dict(kind=kind, value=val, form="filename", needle=fname, where="filename", words=[]))
            ids = []
            for i, d in enumerate(c.ids):
                found = None
                for cand in candidates(d["needle"]):
                    if cand in text:
                        found = cand
                        break
                if found is None:
                    raise SystemExit(f"needle not found {fname} {d['kind']} {d['form']} {d['needle']!r}")
                d = dict(d)
                if found != d["needle"]:
                    d["form"] += "+escaped"
                d["needle"] = found
                d["where"] = "body"
                d["id"] = f"{fid}-{i:02d}"
                ids.append(d)
            for j, d in enumerate(fname_ids):
                d["id"] = f"{fid}-fn{j}"
                ids.append(d)
            keeps = []
            allneedles = [d["needle"] for d in ids]
            for kp in c.keeps:
                if re.search(r"(?<![0-9A-Za-z])" + re.escape(kp["value"]) + r"(?![0-9A-Za-z])", text) and not any(kp["value"] in nd for nd in allneedles):
                    keeps.append(kp)
                else:
                    # keep may have been escaped/split; drop it from truth
                    pass
            data = text.encode(enc)
            with open(os.path.join(OUT, fname), "wb") as f:
                f.write(data)
            truth.append(dict(file=fname, fid=fid, genre=gname, encoding=enc, newline=repr(nl), ids=ids, keeps=keeps))
    with open(ROOT + "/truth.json", "w") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    ni = sum(len(t["ids"]) for t in truth)
    nk = sum(len(t["keeps"]) for t in truth)
    print(f"files={len(truth)} ids={ni} keeps={nk}")


if __name__ == "__main__":
    main()
