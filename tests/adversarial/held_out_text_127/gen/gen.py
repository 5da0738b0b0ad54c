#!/usr/bin/env python3
"""Round 57 TEXT corpus generator (seeded, deterministic). Usage: python3 gen.py OUTDIR"""
import sys, os, json, random, inspect
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib, genres1, genres2, genres3, genres4, genres5
GEN = []
for m in (genres1, genres2, genres3, genres4, genres5):
    for n, f in inspect.getmembers(m, inspect.isfunction):
        if f.__module__ == m.__name__: GEN.append((n, f))
GEN.sort()
ENC = {  # name: (codec, bom bytes)
 "utf-8": ("utf-8", b""), "utf-8-bom": ("utf-8", b"\xef\xbb\xbf"),
 "utf-16-le-bom": ("utf-16-le", b"\xff\xfe"), "utf-16-be-bom": ("utf-16-be", b"\xfe\xff"),
 "utf-16-le": ("utf-16-le", b""), "utf-16-be": ("utf-16-be", b""),
 "utf-32-le-bom": ("utf-32-le", b"\xff\xfe\x00\x00"), "utf-32-be": ("utf-32-be", b""), "utf-32-le": ("utf-32-le", b""),
}
def main(out):
    os.makedirs(out, exist_ok=True)
    rng = random.Random(57_2026)
    plan = []
    for n, f in GEN: plan += [(n, f)] * 3
    extra = rng.sample(GEN, 200 - len(plan)); plan += extra
    encs = (["utf-16-le-bom"]*8 + ["utf-16-be-bom"]*5 + ["utf-16-le"]*6 + ["utf-16-be"]*3 + ["utf-32-le-bom"]*4 + ["utf-32-be"]*2 + ["utf-32-le"]*2
            + ["utf-8-bom"]*16)
    encs += ["utf-8"] * (len(plan) - len(encs)); rng.shuffle(encs)
    crlf = set(rng.sample(range(len(plan)), 44))
    truth = {"files": []}
    counters = {}
    for i, (n, f) in enumerate(plan):
        counters[n] = counters.get(n, 0) + 1
        fr = random.Random(f"{n}-{counters[n]}-57")
        g = lib.File(fr, n, None)
        text, ext = f(g)
        cm = {"json": "//", "groovy": "//", "pro": "%", "arff": "%", "lst": "--", "dfm": "//", "wiki": "#", "tid": "#"}.get(ext, "#")
        hr = g.r.randint(0, 3)
        if hr == 0: h = f"{cm} evidence: {g.k_tc()} step {g.r.randint(1,12)} | {g.k_mref()} | {g.k_dip()} | captured {g.k_ts()}"
        elif hr == 1: h = f"{cm} attached to {g.k_ticket()} ({g.k_flow()}) — tool {g.k_ver()}, {g.k_mref()}"
        elif hr == 2: h = f"{cm} {g.k_mref()} / {g.k_dip()} / balance {g.k_amt()} / last read {g.k_read()}"
        else: h = f"{cm} run {g.k_uuid()} for {g.k_tc()} ({g.k_org()}) {g.k_dip()}"
        tu = g.r.random()
        if tu < .25: h += f"\n{cm} note: acct {g.acct()}, full MPAN {g.mpan21()}"
        elif tu < .45: h += f"\n{cm} note: CHF {g.eui()} / contact {g.email()} / a/c {g.acct()}"
        elif tu < .6: h += f"\n{cm} note: top line {g.mpan21()} (ref {g.k_mref()})"
        text = h + "\n" + text
        nl = "\r\n" if i in crlf else "\n"
        if nl == "\r\n":
            text = text.replace("\n", "\r\n")
            for s in g.secrets + g.keeps: s["surface"] = s["surface"].replace("\n", "\r\n")
        fname = f"{i:03d}_{n}.{ext}"
        codec, bom = ENC[encs[i]]
        with open(os.path.join(out, fname), "wb") as fh: fh.write(bom + text.encode(codec))
        truth["files"].append(dict(file=fname, genre=n, encoding=encs[i], codec=codec, bom=bom.hex(), newline="CRLF" if nl == "\r\n" else "LF",
                                   secrets=g.secrets, keeps=g.keeps))
    with open(os.path.join(out, "..", "truth.json"), "w", encoding="utf-8") as fh: json.dump(truth, fh, ensure_ascii=False, indent=1)
    ns = sum(len(f["secrets"]) for f in truth["files"]); nk = sum(len(f["keeps"]) for f in truth["files"])
    print(f"files {len(plan)} genres {len(GEN)} secrets {ns} keeps {nk}")
if __name__ == "__main__": main(sys.argv[1])
