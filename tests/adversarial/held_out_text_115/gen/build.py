#!/usr/bin/env python3
"""Build the round-54 text corpus: python3 gen/build.py  -> corpus/, truth.json (seeded, deterministic)."""
import json, os, random, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vals
from vals import *
import genres

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 5454
STREET_TYPES = {"road", "street", "avenue", "lane", "close", "drive", "way", "terrace", "crescent", "place", "gardens",
                "court", "flat", "heol", "ffordd", "stryd", "view", "rise", "walk", "parade", "wynd", "brae", "the"}


class Person:
    pass


def canon(s):
    return re.sub(r"[^0-9A-Z]", "", s.upper())


def words(s, drop=()):
    ws = re.findall(r"[^\W\d_]{3,}", s)
    out = [w for w in ws if w.lower() not in drop]
    return out or ws


class Planter:
    def __init__(self, r):
        self.r = r
        self.secrets = []
        self.keeps = []

    def person(self):
        r = self.r
        p = Person()
        g, f = r.choice(GIVEN), r.choice(FAMILY)
        p.name = g + " " + f
        p.mpan = mpan_core(r)
        pc_, mtc, llf = mpan_top(r)
        p.full_plain = pc_ + mtc + llf + p.mpan
        p.full_spaced = "S %s %s %s %s %s %s %s" % (pc_, mtc, llf, p.mpan[:2], p.mpan[2:6], p.mpan[6:10], p.mpan[10:])
        p.mprn = mprn(r)
        p.es = e_serial(r)
        p.gs = g_serial(r)
        p.eui = eui64(r)
        p.addr, p.pc, p.town = address(r)
        p.phone = phone(r)
        p.email = email(r, g, f)
        p.acct = account(r)
        return p

    def s(self, kind, surface):
        e = {"kind": kind, "surface": surface}
        if kind in ("name",):
            e["mode"] = "words"
            e["words"] = words(surface)
        elif kind == "address":
            e["mode"] = "words"
            e["words"] = words(surface, STREET_TYPES)
        elif kind == "email":
            loc, dom = surface.split("@")
            e["mode"] = "windows"
            e["canon"] = canon(surface)
            e["win_max_start"] = max(0, len(canon(loc)) - 1)
        elif kind == "mpan_full":
            e["mode"] = "windows"
            e["canon"] = canon(surface.replace("S ", "", 1) if surface.startswith("S ") else surface)
            e["win_min_start"] = 5
        else:
            e["mode"] = "windows"
            e["canon"] = canon(surface)
        self.secrets.append(e)
        return surface

    def s_raw(self, kind, value, surface):
        self.secrets.append({"kind": kind, "surface": surface, "mode": "verbatim", "value": value})
        return surface

    def k(self, kind, surface):
        self.keeps.append({"kind": kind, "surface": surface})
        return surface


ENCODINGS = ["utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-16-be", "utf-32-le-bom", "utf-32-be", "utf-32-le", "utf-32-be-bom"]


def encode(text, enc):
    if enc == "utf-8":
        return text.encode("utf-8")
    if enc == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    base = enc.replace("-bom", "")
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}[base]
    return (bom if enc.endswith("-bom") else b"") + text.encode(base)


EXT = {"reg_export": "reg", "clixml": "xml", "bpmn": "bpmn", "fodt": "fodt", "jira_rss": "xml", "great_expectations": "json",
       "jsonschema": "json", "asana_json": "json", "ev_charger": "json", "mermaid": "md", "jekyll_post": "md", "gitlab_issue": "md",
       "plantuml": "puml", "asyncapi": "yaml", "puppet_report": "yaml", "nix": "nix", "jsonnet": "jsonnet", "cue": "cue",
       "dhall": "dhall", "prolog_facts": "pl", "viber_csv": "csv", "hes_export": "csv", "git_format_patch": "patch",
       "hg_log": "txt", "stata_log": "log", "syslog5424": "log", "glue_log": "log"}


def main():
    r = random.Random(SEED)
    names = sorted(genres.GENRES)
    out = os.path.join(ROOT, "corpus")
    os.makedirs(out, exist_ok=True)
    truth = {}
    n_files = 204
    plan = [names[i % len(names)] for i in range(n_files)]
    for i, g in enumerate(plan):
        P = Planter(random.Random(r.getrandbits(64)))
        text = genres.GENRES[g](P)
        ext = EXT.get(g, "txt")
        if ext in ("txt", "log", "md", "patch", "puml", "pl", "csv") and g not in ("hes_export", "viber_csv"):
            q = P.person()
            cm = {"pl": "% ", "puml": "' ", "csv": "# "}.get(ext, "")
            text += (f"{cm}evidence: {P.k('tc', keep_tc(P.r))} step {P.r.randint(1, 12)}, {P.k('msg', P.r.choice(MSG))} at {P.k('ts', keep_ts(P.r))}, "
                     f"{P.k('ver', keep_ver(P.r))}, dummy {P.k('ref', keep_ref(P.r))}, {P.k('ticket', keep_ticket(P.r))}\n"
                     f"{cm}witnessed by {P.s('name', q.name)} ({P.s('phone', phone_form(P.r, q.phone))}); {P.k('word', P.r.choice(WORDS))}; "
                     f"total {P.k('amount', keep_amount(P.r))}, last read {P.k('reading', keep_reading(P.r))}, msg {P.k('uuid', keep_uuid(P.r))}\n")
        # encoding / newline choice
        x = r.random()
        if g in ("reg_export", "clixml"):
            enc, nl = "utf-16-le-bom", "\r\n"
        else:
            enc = ENCODINGS[i % len(ENCODINGS)] if x < 0.13 else ("utf-8-bom" if x < 0.22 else "utf-8")
            nl = "\r\n" if r.random() < 0.22 else "\n"
        text = text.replace("\n", nl)
        fn = "%03d_%s.%s" % (i, g, EXT.get(g, "txt"))
        with open(os.path.join(out, fn), "wb") as f:
            f.write(encode(text, enc))
        truth[fn] = {"genre": g, "encoding": enc, "newline": "CRLF" if nl == "\r\n" else "LF",
                     "secrets": P.secrets, "keeps": P.keeps}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    ns = sum(len(t["secrets"]) for t in truth.values())
    nk = sum(len(t["keeps"]) for t in truth.values())
    print("files", len(truth), "genres", len(set(plan)), "secrets", ns, "keeps", nk)


if __name__ == "__main__":
    main()
