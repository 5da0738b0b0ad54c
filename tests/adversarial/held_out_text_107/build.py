#!/usr/bin/env python3
"""Build the round-52 text corpus: corpus/*.txt etc + truth.json. Deterministic (seed 5252)."""
import json, os, random, sys, quopri, hashlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from genlib import Planter
from genres import G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
EXT = {"xray_exec_json": "json", "zephyr_scale_csv": "csv", "tap_bats": "tap", "gotest_v": "log", "hurl_file": "hurl",
       "tavern_yaml": "tavern.yaml", "logicapp_runs": "json", "couchdb_alldocs": "json", "informix_unl": "unl",
       "xmpp_stanzas": "xml", "rocketchat_export": "ndjson", "zulip_topic": "md", "fortran_namelist": "nml", "nix_expr": "nix",
       "asn1_value": "asn", "consumer_api_json": "json", "seq_clef": "clef", "log4j2_json": "jsonl", "ios_ips": "ips",
       "mhtml_save": "mhtml", "smartsheet_csv": "csv", "remedy_export": "tsv", "ums_inventory": "csv", "clickdrop_csv": "csv",
       "sap_pipo_monitor": "txt", "sticky_notes": "md"}
ENCS = ["utf-16-le+bom", "utf-16-be+bom", "utf-16-le", "utf-16-be", "utf-32-le+bom", "utf-32-be", "utf-32-le", "utf-16-le+bom"]


def encode(text, enc):
    bom = enc.endswith("+bom")
    base = enc.replace("+bom", "")
    b = text.encode(base)
    if bom:
        b = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}[base] + b
    return b


def fix_truth(p, vt, fn):
    """Surfaces some genres transform (file names, URL forms, local parts): record what is really in the text."""
    keep = []
    for d in p.secrets:
        if d["surface"] in vt:
            keep.append(d); continue
        s = d["surface"]
        for v in (s.replace(" ", "_"), s.replace(" ", "+"), s.replace(" ", ""), s.split("@")[0] if "@" in s else None):
            if v and v in vt:
                d["surface"] = v
                if d["kind"] == "email" and "@" not in v:
                    d["kind"] = "email_local"; d["value"] = v  # user name = e-mail local part: reported, not scored
                keep.append(d); break
        else:
            print(f"  {fn}: dropped secret not in text {d['kind']}")
    p.secrets[:] = keep
    ks = []
    for d in p.keeps:
        if d["surface"] in vt:
            ks.append(d)
        elif d["surface"].replace(" ", "_") in vt:
            d["surface"] = d["surface"].replace(" ", "_"); ks.append(d)
    p.keeps[:] = ks


def main():
    rng = random.Random(5252)
    os.makedirs(OUT, exist_ok=True)
    names = sorted(G)
    jobs = [(g, k) for k in range(3) for g in names]
    rng.shuffle(jobs)
    truth = {}
    n_wide = 0
    for i, (g, k) in enumerate(jobs):
        p = Planter(random.Random(f"{g}-{k}-5252"))
        text = G[g](p)
        x = rng.random()
        if x < 0.155:
            enc = ENCS[n_wide % len(ENCS)]; n_wide += 1
        elif x < 0.22:
            enc = "utf-8-sig"
        else:
            enc = "utf-8"
        nl = "\r\n" if rng.random() < 0.22 else "\n"
        if nl == "\r\n":
            text = text.replace("\n", "\r\n")
        fn = f"{i:03d}_{g}.{EXT.get(g, 'txt')}"
        b = encode(text, enc) if enc.startswith("utf-16") or enc.startswith("utf-32") else text.encode(enc)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(b)
        view = "qp" if g == "mhtml_save" else None
        vt = text if view is None else text + "\n" + quopri.decodestring(text.encode("utf-8")).decode("utf-8")
        fix_truth(p, vt, fn)
        truth[fn] = {"genre": g, "encoding": enc, "newline": "CRLF" if nl == "\r\n" else "LF", "view": view,
                     "secrets": p.secrets, "keeps": p.keeps, "sha256": hashlib.sha256(b).hexdigest()}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    ns = sum(len(t["secrets"]) for t in truth.values()); nk = sum(len(t["keeps"]) for t in truth.values())
    print(f"{len(truth)} files, {len(set(t['genre'] for t in truth.values()))} genres, {ns} secrets, {nk} keeps, wide={n_wide}")


if __name__ == "__main__":
    main()
