#!/usr/bin/env python3
"""Build the round-48 text corpus + truth.json. Seeded and deterministic: python3 gen/gen.py"""
import base64, json, os, random, sys, quopri, shutil
sys.path.insert(0, os.path.dirname(__file__))
from lib import Rec, Builder, fill, esc
from genres import G

SEED = 4848
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")
WORDNUM = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
NATO = {c: w for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu".split())}


def spoken_digits(s, rng):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            out.append(c)
            i += 1
            continue
        w = WORDNUM[int(c)] if c != "0" else rng.choice(["oh", "zero"])
        if i + 1 < len(s) and s[i + 1] == c and rng.random() < 0.8:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def nato_pc(pc, rng):
    out = []
    for c in pc.replace(" ", ""):
        out.append(f"{c} for {NATO[c]}" if c.isalpha() else WORDNUM[int(c)])
    return ", ".join(out)


OCRMAP = {"0": "O", "1": "l", "5": "S", "8": "B", "o": "0", "l": "1", "S": "5", "I": "1"}


def ocr(s, rng, p=0.35):
    return "".join(OCRMAP[c] if c in OCRMAP and rng.random() < p else c for c in s)


def extra(rec, recB, rng):
    d = {}
    m = rec.mpan
    d["MPAN_SPOKEN"] = (spoken_digits(m, rng), "id", "mpan", "spoken")
    d["PC_NATO"] = (nato_pc(rec.pc, rng), "id", "postcode", "nato")
    d["ESER_SPOKEN"] = (" ".join(NATO.get(c, c) if c.isalpha() else WORDNUM[int(c)] for c in rec.eser), "id", "elec_serial", "spoken_nato")
    d["OCR_NAME"] = (ocr(f"{rec.first} {rec.last}", rng), "id", "name", "ocr")
    d["OCR_ADDR"] = (ocr(f"{rec.line1}, {rec.town} {rec.pc}", rng), "id", "address", "ocr")
    d["OCR_MPAN"] = (ocr(f"{m[:2]} {m[2:6]} {m[6:10]} {m[10:]}", rng, 0.3), "id", "mpan", "ocr")
    d["OCR_ESER"] = (ocr(rec.eser, rng, 0.4), "id", "elec_serial", "ocr")
    d["MTOP"] = (f"{rec.mtop[:2]} {rec.mtop[2:5]} {rec.mtop[5:]}", "text", None, None)
    rj = json.dumps({"mpan": m, "name": f"{rec.first} {rec.last}", "postcode": rec.pc}, ensure_ascii=False)
    d["B64REC"] = (base64.b64encode(rj.encode()).decode(), "id", "mpan", "base64_json")
    rj2 = json.dumps({"msn": recB.eser, "chf": recB.eui, "phone": recB.phone})
    d["B64REC2"] = (base64.b64encode(rj2.encode()).decode(), "id", "elec_serial", "base64_json")
    d["B64NAME"] = (base64.b64encode(f"{rec.first} {rec.last}".encode()).decode(), "id", "name", "rfc2047_b")
    q = quopri.encodestring(f"Meter fault for {rec.first} {rec.last}".encode(), header=True).decode()
    d["QPSUBJ"] = (q, "id", "name", "rfc2047_q")
    d["NAME_SQL"] = (esc(f"{rec.first} {rec.last}", "sql"), "id", "name", "sql_escaped")
    d["ADDR1_SQL"] = (esc(rec.line1, "sql"), "id", "address", rec.addr_tech)
    data1 = (m + ";OK").encode()
    h1 = " ".join(data1[i:i + 2].hex() for i in range(0, 16, 2))
    data2 = rec.eser.encode().ljust(16, b".")
    h2 = " ".join(data2[i:i + 2].hex() for i in range(0, 16, 2))
    d["HEXLINE1"] = [(h1, "id", "mpan", "xxd_hex"), ("  ", "text", None, None), (m, "id", "mpan", "xxd_ascii"), (";OK", "text", None, None)]
    d["HEXLINE2"] = [(h2, "id", "elec_serial", "xxd_hex"), ("  ", "text", None, None), (rec.eser, "id", "elec_serial", "xxd_ascii"), (data2.decode()[len(rec.eser):], "text", None, None)]
    return d


FOOTERS = [
    "evidence for {{TC}} step 3: {{FLOW}} sent {{DATE}}, DIP msg {{DIP}}, epoch {{TSMS}}, read {{KWH}} kWh, invoice {{INV}}, {{WO}}, GTIN {{EAN}}",
    "witnessed {{DATE}} ({{KTOWN}} lab), {{TC}} / {{MREF}}, build {{VER}} at {{SHA7}}, unix {{UNIX}}, tariff {{TARIFF}}, total {{GBP}}, the {{WORD}} cable tray",
    "{{MREF}} used; {{IF}} id {{UUID}}; reading {{READ}} ({{KWH}} kWh); charged {{GBP}}; {{INV}}; retest {{TC}} on {{DATE}}",
    "ref {{TC}} | {{FLOW}} | {{IF}} | {{DIP}} | {{TSMS}} | {{EAN}} | {{VER}} | {{WO}} | {{KTOWN}} depot | {{WORD}} box",
]

ENCODINGS = [("utf-16-le-bom", "utf-16"), ("utf-16-be", "utf-16-be"), ("utf-16-le", "utf-16-le"),
             ("utf-32-le-bom", "utf-32"), ("utf-32-be", "utf-32-be"), ("utf-8-bom", "utf-8-sig")]


def main():
    rng = random.Random(SEED)
    if os.path.exists(CORPUS):
        shutil.rmtree(CORPUS)
    os.makedirs(CORPUS)
    truth = {"seed": SEED, "files": {}}
    idx = 0
    per = 3
    files_plan = []
    for gi, (name, ext, mode, tpl) in enumerate(G):
        n = per + (1 if gi % 2 == 0 else 0)
        for k in range(n):
            files_plan.append((name, ext, mode, tpl, k))
    for name, ext, mode, tpl, k in files_plan:
        rec, recB = Rec(rng, 0), Rec(rng, 1)
        rec._ph = rec.ph()
        recB._ph = recB.ph()
        rec._ph.update(extra(rec, recB, rng))
        recB._ph.update(extra(recB, rec, rng))
        # expand multi-part placeholders by a pre-pass: replace in template with unique sub-keys
        t = tpl
        for key in ("HEXLINE1", "HEXLINE2"):
            if "{{" + key + "}}" in t:
                parts = rec._ph[key]
                subs = []
                for j, p in enumerate(parts):
                    rec._ph[f"{key}_{j}"] = p
                    subs.append("{{" + f"{key}_{j}" + "}}")
                t = t.replace("{{" + key + "}}", "".join(subs))
        if ext not in ("json",):
            lead = {"sh": "# ", "toml": "# ", "xml": "<!-- ", "csv": "# ", "usr": "# ", "http": "# ", "md": "> ", "eml": ""}.get(ext, "-- ")
            tail = " -->" if ext == "xml" else ""
            t = t + lead + FOOTERS[idx % len(FOOTERS)] + tail + "\n"
        b = Builder()
        fill(b, t, [rec, recB], mode)
        text = b.text()
        r = rng.random()
        if r < 0.12:
            enc_name, codec = ENCODINGS[idx % len(ENCODINGS)]
        elif r < 0.16:
            enc_name, codec = "utf-8-bom", "utf-8-sig"
        else:
            enc_name, codec = "utf-8", "utf-8"
        nl = "crlf" if rng.random() < 0.2 else "lf"
        fn = f"{idx:03d}_{name}.{ext}"
        raw = text.replace("\n", "\r\n") if nl == "crlf" else text
        data = raw.encode(codec)
        with open(os.path.join(CORPUS, fn), "wb") as f:
            f.write(data)
        truth["files"][fn] = {"genre": name, "encoding": enc_name, "codec": codec, "newline": nl, "items": b.items}
        idx += 1
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    ids = sum(1 for v in truth["files"].values() for it in v["items"] if it["role"] == "id")
    keeps = sum(1 for v in truth["files"].values() for it in v["items"] if it["role"] == "keep")
    print(f"{idx} files, {len(G)} genres, {ids} ids, {keeps} keeps")


if __name__ == "__main__":
    main()
