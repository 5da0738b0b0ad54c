"""Build the ho37 text corpus + truth.json. Run once; then freeze."""
import os, sys, json, random, hashlib, codecs
sys.path.insert(0, os.path.dirname(__file__))
import data
from data import Data, begin, Reg, mpan_check
from genres1 import GENRES1
from genres2 import GENRES2
from genres3 import GENRES3
from genres4 import GENRES4

OUT = "/tmp/ho37/text/corpus"
EXTRA = {"typed_invisible": 14, "typed_separators": 10, "encoded_blobs": 6, "html_evidence": 8, "lookalike_keeps": 6,
         "addr_variants": 5, "app_log_addresses": 6, "unicode_digits": 4, "fixed_wrap": 4, "edges": 6, "qp_mail": 5,
         "propagation": 4, "badcheck": 3, "outlook_fwd": 5, "complaint_notes": 5, "job_card": 5}

ENCS = [("utf-8", 55), ("utf-8-sig", 10), ("cp1252", 10), ("utf-16-le+bom", 6), ("utf-16-be+bom", 4), ("utf-16-le", 4),
        ("utf-16-be", 3), ("utf-32-le+bom", 3), ("utf-32-be", 2), ("utf-32-le", 3)]

def encode(text, enc):
    if enc == "utf-8": return text.encode("utf-8")
    if enc == "utf-8-sig": return codecs.BOM_UTF8 + text.encode("utf-8")
    if enc == "cp1252": return text.encode("cp1252")
    base, _, bom = enc.partition("+")
    b = text.encode(base)
    if bom:
        b = ("\ufeff").encode(base) + b
    return b

def main():
    os.makedirs(OUT, exist_ok=True)
    d = Data(3712)
    er = random.Random(99)
    truth = {"files": []}
    genres = GENRES1 + GENRES2 + GENRES3 + GENRES4
    for g in genres:
        n = EXTRA.get(g.__name__, 4)
        for i in range(n):
            begin(); d.used = set()
            fname, text = g(d, i)
            sec, keeps = Reg.cur["secrets"], Reg.cur["keeps"]
            # validate
            for s in sec:
                if not all(p in text for p in s["written"].split("|")):
                    esc = json.dumps(s["written"])[1:-1]
                    unf = text.replace("=\n", "").replace("\n", "")
                    assert esc in text or s["written"] in unf, (fname, s)
                    if esc in text: s["written_as"] = esc
                if s["kind"] == "mpan":
                    v = s["value"]; assert len(v) == 13 and int(v[-1]) == mpan_check(v[:12]) and 10 <= int(v[:2]) <= 23, v
            for k in keeps:
                if k["value"] not in text:
                    esc = json.dumps(k["value"])[1:-1]
                    assert esc in text, (fname, k)
                    k["value"] = esc
            # encoding / line endings
            enc = er.choices([e for e, _ in ENCS], [w for _, w in ENCS])[0]
            if fname.endswith(".ics"):
                nl = "\r\n"; text = text.replace("\r\n", "\n")
            else:
                nl = er.choices(["\n", "\r\n", "\r"], [60, 35, 5])[0]
                if nl == "\r" and not fname.endswith(".txt"):
                    nl = "\n"
            t2 = text.replace("\n", nl)
            try:
                raw = encode(t2, enc)
            except UnicodeEncodeError:
                enc = "utf-8"; raw = encode(t2, enc)
            if enc.startswith("utf-16") or enc.startswith("utf-32"):
                # no NUL-containing encodings for .mk/.reg? keep realistic: .reg is normally UTF-16LE+BOM
                pass
            if fname.endswith(".reg"):
                enc = "utf-16-le+bom"; raw = encode(t2, enc)
            path = os.path.join(OUT, fname)
            assert not os.path.exists(path), fname
            open(path, "wb").write(raw)
            truth["files"].append({"file": fname, "genre": g.__name__, "encoding": enc, "newline": repr(nl),
                                   "secrets": sec, "keeps": keeps})
    json.dump(truth, open("/tmp/ho37/text/truth.json", "w"), indent=1, ensure_ascii=False)
    ns = sum(len(f["secrets"]) for f in truth["files"]); nk = sum(len(f["keeps"]) for f in truth["files"])
    print(len(truth["files"]), "files", len(genres), "genres", ns, "secrets", nk, "keeps")

main()
