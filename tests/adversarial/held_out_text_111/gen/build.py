"""Deterministic corpus builder: python3 gen/build.py  -> corpus/*, truth.json"""
import os, sys, json, random, re, codecs, shutil
sys.path.insert(0, os.path.dirname(__file__))
import genres, ctx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
EXT = {"ums_inventory": "csv", "d0036_hh": "txt", "aq_appeal": "tsv", "igt_portfolio": "csv", "revenue_protection": "txt", "route_walk": "txt",
       "chf_firmware": "log", "wan_coverage": "json", "outage_sms": "psv", "duos_backing": "txt", "smtp_transcript": "txt", "postfix_log": "log",
       "imap_fetch": "txt", "cef_siem": "log", "leef": "log", "srt_subtitles": "srt", "turtle_rdf": "ttl", "ntriples": "nt", "jsonld": "jsonld",
       "android_strings": "xml", "apple_strings": "strings", "doctest": "py", "julia_repl": "txt", "stata_log": "log", "spss_output": "txt",
       "gremlin_console": "txt", "zkcli": "txt", "memcached_get": "txt", "hg_log": "txt", "p4_describe": "txt", "git_stash_notes": "txt",
       "gradle_test": "txt", "bazel_test_log": "log", "tox_output": "txt", "jsonnet": "jsonnet", "cue_values": "cue", "nix_attrs": "nix",
       "dhall_config": "dhall", "handlebars_fixture": "txt", "pug_template": "pug", "man_troff": "1", "gemtext": "gmi", "fax_cover": "txt",
       "telex": "txt", "ncdump_cdl": "cdl", "h5dump": "txt", "bencode": "txt", "net_user": "txt", "sieve_filter": "sieve", "scheme_sexp": "scm",
       "prolog_facts": "pl", "ps_format_list": "txt", "chat_lowercase": "txt", "typo_handover": "txt", "xlsx_as_text_rows": "txt",
       "welsh_note": "txt", "scots_csv_semicolon_quoted": "csv", "yaml_multidoc": "yaml", "sql_merge": "sql", "otel_traceparent": "log", "evidence_paths": "txt", "wrapped_telex": "txt", "portal_copy_nbsp": "txt", "billing_reprint_queue": "txt"}
ENCS = ["utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "utf-32-le-bom", "utf-32-be", "utf-32-le", "utf-32-be-bom"]

def encode(text, enc):
    if enc == "utf-8": return text.encode("utf-8")
    if enc == "utf-8-bom": return codecs.BOM_UTF8 + text.encode("utf-8")
    base, bom = enc.replace("-bom", ""), enc.endswith("-bom")
    b = text.encode(base)
    if bom:
        b = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[base] + b
    return b

def finalize(raw, items):
    out, secrets, keeps = [], [], []
    pos = 0; i = 0; stack = []
    text = []
    n = 0
    while i < len(raw):
        ch = raw[i]
        if ch in "\x01\x04":
            j = raw.index("\x02", i)
            idx = int(raw[i + 1:j])
            stack.append((ch, idx, n))
            i = j + 1
        elif ch == "\x03":
            lead, idx, start = stack.pop()
            kind, surface, value = items[idx]
            rec = {"kind": kind, "surface": surface, "value": value, "start": start}
            (secrets if lead == "\x01" else keeps).append(rec)
            i += 1
        else:
            text.append(ch); n += 1; i += 1
    t = "".join(text)
    for s in secrets + keeps:
        assert t[s["start"]:s["start"] + len(s["surface"])] == s["surface"], s
    # keeps that are words colliding with planted name/address words are dropped (not scored)
    sw = set()
    for s in secrets:
        if s["kind"] in ("name", "address"):
            sw |= {w.lower() for w in re.findall(r"[^\W\d_]{3,}", s["surface"])}
    keeps = [k for k in keeps if not (k["kind"] == "word" and k["surface"].lower() in sw)]
    return t, secrets, keeps

PFX = {"csv": "# ", "tsv": "# ", "log": "", "psv": "# ", "txt": "", "ttl": "# ", "nt": "# ", "py": "# ", "jsonnet": "// ", "cue": "// ",
       "nix": "# ", "dhall": "-- ", "pug": "//- ", "1": ".\\\" ", "gmi": "", "cdl": "// ", "sieve": "# ", "scm": ";; ", "pl": "% ", "yaml": "# ", "sql": "-- "}
def trailer(c, ext):
    if ext not in PFX: return ""
    r = c.r
    parts = [c.tc(), c.mt(), c.ts()] + r.sample([c.ver, c.uuid, c.dip, c.ref, c.tk, c.amt], 2)
    parts = [p() if callable(p) else p for p in parts]
    return PFX[ext] + "evidence: " + ", ".join(parts) + "\n"

def main():
    r0 = random.Random(53053)
    if os.path.isdir(CORPUS): shutil.rmtree(CORPUS)
    os.makedirs(CORPUS)
    names = sorted(genres.G)
    plan = []
    for g in names: plan += [g] * 3
    extra = r0.sample(names, 200 - len(plan))
    plan += extra
    plan.sort()
    truth = {}
    counts = {}
    for k, g in enumerate(plan):
        counts[g] = counts.get(g, 0) + 1
        r = random.Random("%d-%s-%d" % (53053, g, counts[g]))
        c = ctx.Ctx(r)
        raw = genres.G[g](c)
        raw += trailer(c, EXT.get(g, "txt"))
        t, secrets, keeps = finalize(raw, c.items)
        x = r0.random()
        if x < 0.16: enc = ENCS[k % len(ENCS)]
        elif x < 0.25: enc = "utf-8-bom"
        else: enc = "utf-8"
        nl = "crlf" if r0.random() < 0.22 else "lf"
        if nl == "crlf":
            # offsets shift: recompute by mapping
            t2 = t.replace("\n", "\r\n")
            def sh(o): return o + t[:o].count("\n")
            for s in secrets + keeps: s["start"] = sh(s["start"])
            t = t2
        fn = "%03d_%s.%s" % (k, g, EXT.get(g, "txt"))
        with open(os.path.join(CORPUS, fn), "wb") as f:
            f.write(encode(t, enc))
        truth[fn] = {"genre": g, "encoding": enc, "newline": nl, "secrets": secrets, "keeps": keeps}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
    ns = sum(len(v["secrets"]) for v in truth.values()); nk = sum(len(v["keeps"]) for v in truth.values())
    print("files", len(truth), "genres", len(set(plan)), "secrets", ns, "keeps", nk)

if __name__ == "__main__":
    main()
