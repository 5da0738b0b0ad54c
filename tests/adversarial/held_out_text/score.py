#!/usr/bin/env python3
"""Re-run Attest on ./corpus (nothing regenerated) into a fresh out dir and score against truth.json.

Leak rules (applied uniformly):
  * digit/alnum identifiers (mpan, mprn, elec_serial, gas_serial, eui64, phone, postcode, email):
    norm(x) = NFKC -> casefold -> keep only alphanumerics.  The secret (or its explicit key) leaks if
    norm(key) occurs in norm(output) more often than in norm(input with every secret span blanked)
    (the baseline, normally 0).  So separators/whitespace/punctuation between characters are ignored.
  * name: every token of 3+ letters of the name is checked separately as a whole word in the
    casefolded NFKC output (after removing verbatim copies of other leaked secrets such as e-mails);
    the secret leaks if any token occurs more often than in the blanked input (baseline).
    So "[NAME-1] Okonkwo" is a leak of "Adaeze Okonkwo".  De-duplication: a name secret whose whole
    string survives (whole-word, casefolded) is a leak and its surviving tokens are charged to it
    first; another name secret sharing a token (e.g. "Priyanka Raghunathan" vs a later "priyanka")
    only counts as leaked if surplus occurrences of one of its tokens remain after that.
  * address: leaks if the house number (whole number) followed within 40 characters by the street
    name (street minus a trailing street-type word; words matched with any separators between) is
    readable, or for a named house, the house name is readable; counted against the same baseline.
    The postcode is scored separately as kind=postcode.
  * keep: the keep string must still occur verbatim at least as many times as in the input.
  * file names: every filename secret is checked against the output file name with the alnum rule.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
OUT = os.path.join(HERE, "out")
WS = os.path.join(HERE, "ws")
REPORT = os.path.join(HERE, "report.json")
ATTEST = os.environ.get("ATTEST") or shutil.which("attest") or "attest"
STREET_TYPES = {"street", "road", "lane", "drive", "terrace", "place", "avenue", "close", "walk",
                "parade", "gardens", "grove", "way", "crescent", "gate", "green"}


def nfk(s):
    return unicodedata.normalize("NFKC", s).casefold()


def alnum(s):
    return "".join(c for c in nfk(s) if c.isalnum())


def blank(text, strings):
    for s in sorted(strings, key=len, reverse=True):
        text = text.replace(s, "\u0000" * 3)
    return text


def count_alnum(hay_norm, key):
    k = alnum(key)
    if not k:
        return 0
    return len(re.findall(re.escape(k), hay_norm))


def name_tokens(name):
    return [t for t in re.findall(r"[^\W\d_]+", nfk(name)) if len(t) >= 3]


def count_word(hay, tok):
    return len(re.findall(r"(?<![^\W\d_])" + re.escape(tok) + r"(?![^\W\d_])", hay))


def addr_regex(sec):
    street = nfk(sec["street"])
    words = re.findall(r"[^\W_]+", street)
    if sec["num"] and len(words) > 1 and words[-1] in STREET_TYPES:
        words = words[:-1]
    sw = r"[\W_]*".join(re.escape(w) for w in words)
    if sec["num"]:
        return re.compile(r"(?<![0-9])" + re.escape(nfk(sec["num"])) + r"(?![0-9])[\s\S]{0,40}?" + sw, re.S)
    return re.compile(r"(?<![^\W\d_])" + sw + r"(?![^\W\d_])", re.S)


def run_attest(files):
    for p in (OUT, WS):
        if os.path.exists(p):
            shutil.rmtree(p)
    if os.path.exists(REPORT):
        os.remove(REPORT)
    cmd = [ATTEST, "--workspace", WS, "redact", *files, "--out", OUT, "--report", REPORT]
    t = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    dt = time.time() - t
    with open(os.path.join(HERE, "attest_stdout.txt"), "w") as f:
        f.write(p.stdout)
    with open(os.path.join(HERE, "attest_stderr.txt"), "w") as f:
        f.write(p.stderr)
    return p.returncode, dt


def context(out_text, sec):
    """~80 chars of output around where the secret (or a token of it) survives."""
    o = nfk(out_text)
    pats = []
    if sec["kind"] == "name":
        pats = [r"(?<![^\W\d_])" + re.escape(t) + r"(?![^\W\d_])" for t in name_tokens(sec["s"])]
    elif sec["kind"] == "address":
        pats = [addr_regex(sec).pattern]
    else:
        k = alnum(sec.get("key", sec["s"]))
        pats = [r"[\W_]*".join(re.escape(c) for c in k)]
    for p in pats:
        m = re.search(p, o, re.S)
        if m:
            a = max(0, m.start() - 30)
            b = min(len(out_text), m.end() + 30)
            return out_text[a:b].replace("\n", "⏎")
    return "(not located verbatim; matched only after normalisation)"


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))["files"]
    files = [os.path.join(CORPUS, t["file"]) for t in truth]
    if "--no-run" in sys.argv:      # re-score the existing ./out without re-running attest
        st = json.load(open(os.path.join(HERE, "run_stats.json")))
        rc, dt = st["rc"], st["seconds"]
    else:
        rc, dt = run_attest(files)
        json.dump({"rc": rc, "seconds": dt}, open(os.path.join(HERE, "run_stats.json"), "w"))
    rep = json.load(open(REPORT, encoding="utf-8")) if os.path.exists(REPORT) else {"files": [], "errors": []}
    by_input = {}
    for fr in rep.get("files", []):
        by_input[fr.get("input")] = fr
    tot = defaultdict(lambda: [0, 0])       # kind -> [masked, total]
    gen = defaultdict(lambda: [0, 0])
    ktot = defaultdict(lambda: [0, 0])      # keep kind -> [kept, total]
    leaks, lost, refused, fname_leaks = [], [], [], []
    for idx, t in enumerate(truth, start=1):
        fr = by_input.get(idx)
        outp = fr.get("output") if fr else None
        src = open(os.path.join(CORPUS, t["file"]), encoding="utf-8", newline="").read()
        if not outp or not os.path.exists(outp):
            refused.append((t["file"], fr))
            for s in t["secrets"]:
                tot[s["kind"]][0] += 1; tot[s["kind"]][1] += 1
                gen[t["genre"]][0] += 1; gen[t["genre"]][1] += 1
            continue
        out = open(outp, encoding="utf-8", errors="replace", newline="").read()
        all_secret_strings = [s["s"] for s in t["secrets"]]
        base_text = blank(src, all_secret_strings)
        base_norm = alnum(base_text)
        base_nfk = nfk(base_text)
        out_norm = alnum(out)
        out_nfk = nfk(out)
        other = [x["s"] for x in t["secrets"] if x["kind"] != "name" and x["s"] in out]
        hay = nfk(blank(out, other))
        surplus = defaultdict(int)
        name_secs = [x for x in t["secrets"] if x["kind"] == "name"]
        for x in name_secs:
            for tok in name_tokens(x["s"]):
                surplus[tok] = count_word(hay, tok) - count_word(base_nfk, tok)
        name_leak = {}
        for x in name_secs:   # whole name string survives -> leak, charge its tokens
            n = count_word(hay, nfk(x["s"])) if name_tokens(x["s"]) else 0
            if n > 0:
                name_leak[x["s"]] = True
                for tok in name_tokens(x["s"]):
                    surplus[tok] -= n
        for x in name_secs:
            if x["s"] not in name_leak:
                name_leak[x["s"]] = any(surplus[tok] > 0 for tok in name_tokens(x["s"]))
        for s in t["secrets"]:
            kind = s["kind"]
            if kind == "name":
                leaked = name_leak[s["s"]]
            elif kind == "address":
                rx = addr_regex(s)
                leaked = len(rx.findall(out_nfk)) > len(rx.findall(base_nfk))
            else:
                key = s.get("key", s["s"])
                leaked = count_alnum(out_norm, key) > count_alnum(base_norm, key)
            tot[kind][1] += 1; gen[t["genre"]][1] += 1
            if leaked:
                leaks.append((t["file"], t["genre"], kind, s["s"], context(out, s)))
            else:
                tot[kind][0] += 1; gen[t["genre"]][0] += 1
        for k in t["keeps"]:
            ktot[k["kind"]][1] += 1
            if out.count(k["s"]) >= src.count(k["s"]):
                ktot[k["kind"]][0] += 1
            else:
                i = src.find(k["s"])
                lost.append((t["file"], k["kind"], k["s"], src[max(0, i - 30):i + len(k["s"]) + 30].replace("\n", "⏎")))
        oname = os.path.basename(outp)
        for fs in t.get("filename_secrets", []):
            tot["filename:" + fs["kind"]][1] += 1
            if alnum(fs["s"]) in alnum(oname):
                fname_leaks.append((t["file"], oname, fs["kind"], fs["s"]))
            else:
                tot["filename:" + fs["kind"]][0] += 1

    # any output file name that contains a body secret of any file?
    ns = sum(v[1] for k, v in tot.items() if not k.startswith("filename:"))
    nm = sum(v[0] for k, v in tot.items() if not k.startswith("filename:"))
    nk = sum(v[1] for v in ktot.values())
    nkk = sum(v[0] for v in ktot.values())
    size = sum(os.path.getsize(f) for f in files)
    L = []
    L.append("# Held-out text corpus ho30 – Attest redact results\n")
    L.append(f"Corpus: {len(truth)} files, {size/1024:.0f} KiB, {len(set(t['genre'] for t in truth))} genres. "
             f"attest exit code {rc}, wall time {dt:.1f}s. Report errors: {len(rep.get('errors', []))}.\n")
    L.append("## Headline\n")
    L.append(f"- **Recall (body secrets masked / secrets): {nm}/{ns} = {100*nm/ns:.2f} %**")
    L.append(f"- Leaks: {ns-nm}")
    L.append(f"- Keep rate: {nkk}/{nk} = {100*nkk/nk:.2f} %")
    L.append(f"- Refused / no output: {len(refused)}")
    fl_tot = sum(v[1] for k, v in tot.items() if k.startswith("filename:"))
    L.append(f"- Identifiers in input file names carried into output file names: {len(fname_leaks)}/{fl_tot}\n")
    L.append("## Leak rules\n")
    L.append(__doc__.split("Leak rules (applied uniformly):")[1].strip() + "\n")
    L.append("## Recall per kind\n\n| kind | masked | total | recall |\n|---|---|---|---|")
    for k in sorted(tot):
        m, n = tot[k]
        L.append(f"| {k} | {m} | {n} | {100*m/n:.1f} % |")
    L.append("\n## Recall per genre\n\n| genre | masked | total | recall |\n|---|---|---|---|")
    for k in sorted(gen):
        m, n = gen[k]
        L.append(f"| {k} | {m} | {n} | {100*m/n:.1f} % |")
    L.append("\n## Keep rate per kind\n\n| keep kind | kept | total | rate |\n|---|---|---|---|")
    for k in sorted(ktot):
        m, n = ktot[k]
        L.append(f"| {k} | {m} | {n} | {100*m/n:.1f} % |")
    L.append(f"\n## Refused ({len(refused)})\n")
    for f, fr in refused:
        L.append(f"- {f}: {json.dumps(fr)[:300] if fr else 'no report entry'}")
    if rep.get("errors"):
        L.append("\nReport errors:\n")
        for e in rep["errors"]:
            L.append(f"- {json.dumps(e, ensure_ascii=False)[:300]}")
    L.append(f"\n## File-name leaks ({len(fname_leaks)})\n")
    for f, o, k, s in fname_leaks:
        L.append(f"- {f} -> `{o}` ({k}: `{s}`)")
    L.append(f"\n## Every leak ({len(leaks)})\n\n| file | kind | secret | output context |\n|---|---|---|---|")
    esc = lambda x: x.replace("|", "\\|").replace("\n", "⏎").replace("`", "'")
    for f, g, k, s, c in sorted(leaks, key=lambda x: (x[2], x[1], x[0])):
        L.append(f"| {f} | {k} | `{esc(s)}` | `{esc(c)}` |")
    L.append(f"\n## Every keep lost ({len(lost)})\n\n| file | keep kind | keep | input context |\n|---|---|---|---|")
    for f, k, s, c in lost:
        L.append(f"| {f} | {k} | `{esc(s)}` | `{esc(c)}` |")
    open(os.path.join(HERE, "RESULTS.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
    json.dump({"leaks": leaks, "lost": lost, "refused": [r[0] for r in refused], "fname_leaks": fname_leaks},
              open(os.path.join(HERE, "results.json"), "w"), indent=1, ensure_ascii=False)
    print(f"recall {nm}/{ns} = {100*nm/ns:.2f}%  keep {nkk}/{nk} = {100*nkk/nk:.2f}%  refused {len(refused)}  fname leaks {len(fname_leaks)}  ({dt:.1f}s)")


if __name__ == "__main__":
    main()
