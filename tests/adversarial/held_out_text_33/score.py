#!/usr/bin/env python3
"""Score Attest's text redaction on the held-out corpus.

    python3 /tmp/ho32/text/score.py [--attest /tmp/venv/bin/attest] [--out DIR] [--batch 40] [--no-run]

Runs `attest redact --out OUT/batchN --report OUT/batchN/report.json FILES...` in batches (sequentially),
then checks every output against truth.json:
  * a secret leaks if its characters are still recoverable from the output: the output is decoded
    (BOM/encoding), and viewed raw, with HTML tags dropped and entities decoded, with quoted-printable,
    %-encoding, base64 and hex blobs decoded, and with hex-dump ASCII columns joined; every view is
    normalised (NFKC, Unicode digits -> ASCII, format/bidi/variation/combining characters removed,
    case-folded).  Digit/alnum identifiers: the canonical value (separators removed) surviving, or
    any run of 8 consecutive digits of it surviving, counts as a leak.  Names/addresses: any of the
    secret's distinctive words surviving counts.  To avoid false alarms, survival is measured against a
    baseline: the same count in the input with every secret blanked out (so a surname that is also used
    elsewhere in the file as an ordinary word is only a leak if it survives more often than that).
  * a keep is lost if it appears fewer times in the output than it does in the input outside secrets.
  * a file Attest refuses (no output / listed in report errors) counts as neither; reported separately.
Writes RESULTS.md and results.json next to this script.
"""
import argparse, base64, binascii, collections, html, json, os, quopri, re, subprocess, sys, unicodedata, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
STOP = {"road", "street", "close", "avenue", "lane", "grove", "crescent", "drive", "way", "gardens", "terrace",
        "place", "court", "rise", "view", "mews", "walk", "brae", "row", "hill", "flat", "apartment", "unit",
        "house", "cottage", "the", "mr", "mrs", "ms", "miss", "dr", "mx"}


# ------------------------------------------------------------------ decoding
def decode_bytes(b, enc_hint):
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8", "replace")
    if b.startswith(b"\xff\xfe\x00\x00"):
        return b[4:].decode("utf-32-le", "replace")
    if b.startswith(b"\x00\x00\xfe\xff"):
        return b[4:].decode("utf-32-be", "replace")
    if b.startswith(b"\xff\xfe"):
        return b[2:].decode("utf-16-le", "replace")
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be", "replace")
    nul = b.count(b"\x00")
    if nul > len(b) // 5 and len(b) >= 4:
        cands = ["utf-32-be", "utf-32-le", "utf-16-le", "utf-16-be"]
        if enc_hint in ("utf-32-be", "utf-16-le"):
            cands.remove(enc_hint); cands.insert(0, enc_hint)
        for c in cands:
            try:
                t = b.decode(c)
                if sum(ch.isprintable() or ch in "\r\n\t" for ch in t) > 0.95 * max(1, len(t)):
                    return t
            except UnicodeDecodeError:
                pass
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252", "replace")


FORMAT_RE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    out = []
    for ch in s:
        if ch.isdigit() and not ("0" <= ch <= "9"):
            try:
                out.append(str(unicodedata.decimal(ch)))
                continue
            except (TypeError, ValueError):
                pass
        cat = unicodedata.category(ch)
        if cat in ("Cf", "Mn", "Me") or FORMAT_RE.match(ch):
            continue
        out.append(ch)
    return "".join(out).casefold()


def printable_ratio(t):
    return sum(c.isprintable() or c in "\r\n\t" for c in t) / max(1, len(t))


B64_RE = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
HEX_RE = re.compile(r"(?:[0-9A-Fa-f]{2}){8,}")
DUMP_RE = re.compile(r"^[0-9A-Fa-f]{8}:\s+(?:[0-9A-Fa-f]{2,4}\s)+\s*'(.*)'\s*$", re.M)


def views(t):
    """every reading of the text a person or a tool could recover"""
    v = [t]
    nohtml_a = html.unescape(re.sub(r"<[^>]*>", "", t))
    nohtml_b = html.unescape(re.sub(r"<[^>]*>", " ", t))
    v += [nohtml_a, nohtml_b]
    try:
        v.append(quopri.decodestring(t.encode("utf-8", "replace")).decode("utf-8", "replace"))
    except Exception:
        pass
    v.append(urllib.parse.unquote_plus(t))
    blobs = []
    for m in B64_RE.finditer(t):
        s = m.group(0)
        s2 = s + "=" * (-len(s) % 4)
        try:
            d = base64.b64decode(s2, validate=False).decode("utf-8")
            if printable_ratio(d) > 0.9:
                blobs.append(d)
        except Exception:
            pass
    for m in HEX_RE.finditer(t):
        try:
            d = binascii.unhexlify(m.group(0)).decode("utf-8")
            if printable_ratio(d) > 0.9:
                blobs.append(d)
        except Exception:
            pass
    dump = "".join(DUMP_RE.findall(t))
    if dump:
        blobs.append(dump)
    v += blobs
    return v


class View:
    def __init__(self, text):
        self.parts = [norm(x) for x in views(text)]
        self.squashed = [re.sub(r"[^0-9a-z]", "", p) for p in self.parts]
        self.words = collections.Counter()
        for p in self.parts:
            self.words.update(re.findall(r"[^\W\d_]+", p))

    def count(self, needle):
        return sum(s.count(needle) for s in self.squashed)


# ------------------------------------------------------------------ checks
def secret_checks(sec):
    """(strings checked in squashed view, words checked in word view)"""
    strings, words = set(), set()
    if "canon" in sec:
        c = re.sub(r"[^0-9a-z]", "", norm(sec["canon"]))
        if sec["kind"] == "email":
            # the whole address (local part + domain): a bare local part equals the squashed name,
            # which is scored as a name of its own
            c = re.sub(r"[^0-9a-z]", "", norm(sec["value"]))
        strings.add(c)
        for run in re.findall(r"\d{8,}", c):
            for i in range(len(run) - 7):
                strings.add(run[i:i + 8])
    for tok in sec.get("tokens", []):
        for w in re.findall(r"[^\W\d_]+", norm(tok)):
            if len(w) >= 3 and w not in STOP:
                words.add(w)
    return strings, words


def blank_secrets(text, secrets):
    for s in sorted({x["value"] for x in secrets}, key=len, reverse=True):
        text = text.replace(s, "\n\x00\n")
    return text


def keep_base_count(text, keep, secrets):
    spans = []
    for s in {x["value"] for x in secrets}:
        i = text.find(s)
        while i >= 0:
            spans.append((i, i + len(s)))
            i = text.find(s, i + 1)
    n, i = 0, text.find(keep)
    while i >= 0:
        if not any(a < i + len(keep) and i < b for a, b in spans):
            n += 1
        i = text.find(keep, i + len(keep))
    return n


# ------------------------------------------------------------------ running attest
def run_attest(attest, files, outroot, batch):
    mapping, refused, notes = {}, {}, []
    env = dict(os.environ)
    env.setdefault("ATTEST_WORKSPACE", os.path.join(outroot, "_workspace"))
    for bi in range(0, len(files), batch):
        chunk = files[bi:bi + batch]
        od = os.path.join(outroot, f"batch{bi // batch:02d}")
        os.makedirs(od, exist_ok=True)
        rep = os.path.join(od, "report.json")
        cmd = [attest, "redact", "--out", od, "--report", rep] + [os.path.join(CORPUS, f) for f in chunk]
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=1800)
        notes.append(f"batch {bi // batch}: exit {p.returncode}")
        with open(os.path.join(od, "attest_stdout.txt"), "w") as fh:
            fh.write(p.stdout + "\n--- stderr ---\n" + p.stderr)
        report = None
        if os.path.exists(rep):
            try:
                report = json.load(open(rep))
            except Exception:
                report = None
        if report is None and len(chunk) > 1:
            # whole batch failed: fall back to one file at a time
            for f in chunk:
                m, r, n = run_attest(attest, [f], os.path.join(od, "single_" + f.replace(".", "_")), 1)
                mapping.update(m); refused.update(r); notes += n
            continue
        errs = {}
        for e in (report or {}).get("errors", []):
            key = os.path.basename(str(e.get("file") or e.get("input") or e.get("path") or ""))
            errs[key] = e
        by_name = {}
        for e in (report or {}).get("files", []):
            by_name[os.path.basename(str(e.get("file", "")))] = e
        for f in chunk:
            e = by_name.get(f)
            outp = None
            if e and e.get("output"):
                outp = e["output"] if os.path.isabs(e["output"]) else os.path.join(os.getcwd(), e["output"])
                if not os.path.exists(outp):
                    outp = os.path.join(od, os.path.basename(e["output"]))
            if not outp or not os.path.exists(outp):
                cand = os.path.join(od, f)
                outp = cand if os.path.exists(cand) else None
            if f in errs or outp is None or (e and e.get("refused")):
                refused[f] = errs.get(f) or (e and e.get("refused")) or "no output written"
                if outp and f not in errs:
                    refused[f] = "output present but flagged: " + str(refused[f])
            else:
                mapping[f] = outp
    return mapping, refused, notes


# ------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--attest", default="/tmp/venv/bin/attest")
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--batch", type=int, default=40)
    ap.add_argument("--no-run", action="store_true", help="score existing outputs in --out (mapping.json)")
    a = ap.parse_args()
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))["files"]
    files = sorted(truth)
    os.makedirs(a.out, exist_ok=True)
    mp = os.path.join(a.out, "mapping.json")
    if a.no_run:
        saved = json.load(open(mp)); mapping, refused, notes = saved["mapping"], saved["refused"], saved["notes"]
    else:
        cwd = os.getcwd()
        os.chdir(a.out)
        try:
            mapping, refused, notes = run_attest(a.attest, files, a.out, a.batch)
        finally:
            os.chdir(cwd)
        json.dump({"mapping": mapping, "refused": {k: str(v) for k, v in refused.items()}, "notes": notes}, open(mp, "w"), indent=1)

    per_kind = collections.defaultdict(lambda: [0, 0])    # kind -> [total, leaked]
    per_genre = collections.defaultdict(lambda: [0, 0])
    per_form = collections.defaultdict(lambda: [0, 0])
    keep_kind = collections.defaultdict(lambda: [0, 0])   # kind -> [total, lost]
    keep_genre = collections.defaultdict(lambda: [0, 0])
    leaks, lost, refused_list = [], [], []
    for f in files:
        t = truth[f]
        if f not in mapping:
            refused_list.append({"file": f, "genre": t["genre"], "why": str(refused.get(f, "not run"))[:300],
                                 "secrets": len(t["secrets"]), "keeps": len(t["keeps"])})
            continue
        src = decode_bytes(open(os.path.join(CORPUS, f), "rb").read(), t["encoding"])
        out = decode_bytes(open(mapping[f], "rb").read(), t["encoding"])
        base_v = View(blank_secrets(src, t["secrets"]))
        out_v = View(out)
        for s in t["secrets"]:
            strings, words = secret_checks(s)
            hit = [x for x in strings if out_v.count(x) > base_v.count(x)]
            hitw = [w for w in words if out_v.words[w] > base_v.words[w]]
            leaked = bool(hit or hitw)
            form = s.get("form", "plain")
            for dct, key in ((per_kind, s["kind"]), (per_genre, t["genre"]), (per_form, form)):
                dct[key][0] += 1
                dct[key][1] += leaked
            if leaked:
                leaks.append({"file": f, "genre": t["genre"], "kind": s["kind"], "form": form,
                              "value": s["value"] if len(s["value"]) < 120 else s["value"][:117] + "...",
                              "survived": sorted(hit, key=len, reverse=True)[:2] + sorted(hitw)})
        for k in t["keeps"]:
            n_in = keep_base_count(src, k["value"], t["secrets"])
            if n_in == 0:
                continue
            n_out = out.count(k["value"])
            is_lost = n_out < n_in
            keep_kind[k["kind"]][0] += 1; keep_kind[k["kind"]][1] += is_lost
            keep_genre[t["genre"]][0] += 1; keep_genre[t["genre"]][1] += is_lost
            if is_lost:
                lost.append({"file": f, "genre": t["genre"], "kind": k["kind"], "value": k["value"], "in": n_in, "out": n_out})

    tot = sum(v[0] for v in per_kind.values()); lk = sum(v[1] for v in per_kind.values())
    ktot = sum(v[0] for v in keep_kind.values()); klost = sum(v[1] for v in keep_kind.values())
    res = {"files": len(files), "scored_files": len(mapping), "refused_files": len(refused_list),
           "secrets_scored": tot, "leaks": lk, "recall": (tot - lk) / tot if tot else None,
           "keeps_scored": ktot, "keeps_lost": klost, "keep_rate": (ktot - klost) / ktot if ktot else None,
           "recall_per_kind": {k: {"total": v[0], "leaked": v[1], "recall": round((v[0] - v[1]) / v[0], 4)} for k, v in sorted(per_kind.items())},
           "recall_per_genre": {k: {"total": v[0], "leaked": v[1], "recall": round((v[0] - v[1]) / v[0], 4)} for k, v in sorted(per_genre.items())},
           "recall_per_form": {k: {"total": v[0], "leaked": v[1], "recall": round((v[0] - v[1]) / v[0], 4)} for k, v in sorted(per_form.items())},
           "keep_rate_per_kind": {k: {"total": v[0], "lost": v[1], "rate": round((v[0] - v[1]) / v[0], 4)} for k, v in sorted(keep_kind.items())},
           "keep_rate_per_genre": {k: {"total": v[0], "lost": v[1], "rate": round((v[0] - v[1]) / v[0], 4)} for k, v in sorted(keep_genre.items())},
           "leaks": leaks, "lost_keeps": lost, "refused": refused_list, "run_notes": notes}
    json.dump(res, open(os.path.join(HERE, "results.json"), "w"), indent=1, ensure_ascii=False)

    def pct(x):
        return "n/a" if x is None else f"{100 * x:.2f} %"
    L = ["# Attest held-out text corpus – results", "",
         f"Files: {len(files)} (scored {len(mapping)}, refused {len(refused_list)})  ",
         f"Secrets scored: {tot}, leaked: {lk}, **recall {pct(res['recall'])}**  ",
         f"Keeps scored: {ktot}, lost: {klost}, **keep rate {pct(res['keep_rate'])}**", "",
         "## Recall per kind", "", "| kind | total | leaked | recall |", "|---|---|---|---|"]
    L += [f"| {k} | {v['total']} | {v['leaked']} | {pct(v['recall'])} |" for k, v in res["recall_per_kind"].items()]
    L += ["", "## Recall per form (obfuscation)", "", "| form | total | leaked | recall |", "|---|---|---|---|"]
    L += [f"| {k} | {v['total']} | {v['leaked']} | {pct(v['recall'])} |" for k, v in res["recall_per_form"].items()]
    L += ["", "## Recall per genre", "", "| genre | total | leaked | recall |", "|---|---|---|---|"]
    L += [f"| {k} | {v['total']} | {v['leaked']} | {pct(v['recall'])} |" for k, v in res["recall_per_genre"].items()]
    L += ["", "## Keep rate per kind", "", "| kind | total | lost | rate |", "|---|---|---|---|"]
    L += [f"| {k} | {v['total']} | {v['lost']} | {pct(v['rate'])} |" for k, v in res["keep_rate_per_kind"].items()]
    L += ["", "## Keep rate per genre", "", "| genre | total | lost | rate |", "|---|---|---|---|"]
    L += [f"| {k} | {v['total']} | {v['lost']} | {pct(v['rate'])} |" for k, v in res["keep_rate_per_genre"].items()]
    L += ["", f"## Leaks ({len(leaks)})", "", "| file | kind | form | value | survived |", "|---|---|---|---|---|"]
    esc = lambda s: json.dumps(s, ensure_ascii=True)[1:-1].replace("|", "\\|")
    L += [f"| {x['file']} | {x['kind']} | {x['form']} | `{esc(x['value'])}` | {esc(', '.join(x['survived']))} |" for x in leaks]
    L += ["", f"## Lost keeps ({len(lost)})", "", "| file | kind | value | in | out |", "|---|---|---|---|---|"]
    L += [f"| {x['file']} | {x['kind']} | `{esc(x['value'])}` | {x['in']} | {x['out']} |" for x in lost]
    L += ["", f"## Refused files ({len(refused_list)})", ""]
    L += [f"- {x['file']} ({x['secrets']} secrets, {x['keeps']} keeps): {esc(x['why'])}" for x in refused_list]
    L += ["", "Run notes: " + "; ".join(notes), ""]
    open(os.path.join(HERE, "RESULTS.md"), "w", encoding="utf-8").write("\n".join(L))
    print(f"files {len(files)} scored {len(mapping)} refused {len(refused_list)}")
    print(f"recall {pct(res['recall'])} ({lk} leaks / {tot}); keep rate {pct(res['keep_rate'])} ({klost} lost / {ktot})")
    for k, v in res["recall_per_kind"].items():
        print(f"  {k:12} {v['total']:5} leaked {v['leaked']:4}  recall {pct(v['recall'])}")


if __name__ == "__main__":
    main()
