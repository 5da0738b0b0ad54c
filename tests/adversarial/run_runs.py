"""Drive the run-propagation corpus (run_corpus.py) through the black-box CLI and measure recall.

    python tests/adversarial/run_runs.py [--seed 0] [--n 48] [--jobs 2] [--keep DIR] [--only NAME ...]
                                         [--no-screens] [--json results.json] [--strict]

For each scenario: a fresh workspace, HOME and keyring file in a temp folder (file_keyring.py beside
this file, named by PYTHON_KEYRING_BACKEND, so that found values are remembered across commands),
`attest import` of a small case, `attest register add` for the register values, `attest run start`,
then each event in order: `attest run step` (files attached with --attach/--payload/--response, a
typed actual result, caption and sometimes a deviation reason), `attest run observe`,
`attest run defect`; sometimes `attest run finish`; then `attest pack --with-files`,
`attest run show` (text and --json) and `attest audit verify`.

Then, by our own means only (letters and digits, upper case; no Attest code is imported), every
planted value is looked for in:

  evidence   the run's stored evidence files (as `run show --json` lists them)
  typed      the stored typed texts (actual results, captions, deviation reasons, observations,
             defect titles, evidence file names) as `run show --json` gives them
  run-show   the text and JSON output of `attest run show`
  pack       every part of the .docx (XML text joined and raw, binary parts decoded, part names,
             the zip comment) and every file of the --with-files folder
  ws-files   every file in the workspace folder except the database (found-values.enc etc.)
  db         every table except audit_log, its rows as `sqlite3 .dump` writes them (read with Python's
             sqlite3 module; hex blobs decoded too)
  cli        what every command printed (stdout and stderr)

and, for information only, `audit` (the audit_log table: the docs say the entry written when a text
was typed keeps it as typed) and `db-raw` (the database and WAL files' raw bytes: freed pages).

Keep values (non-identifiers planted in the same positions) are looked for in the stored form of
the place they were put in, and in the pack. Decoys (never planted) measure false positives.
A screenshot's value is checked by the ink left in its box and by tesseract (independent OCR) in the
stored image, the --with-files copies and the pack's media; a missing tesseract fails the scenario.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures as cf
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import file_keyring  # noqa: E402
import run_corpus as rc  # noqa: E402
from run_corpus import norm  # noqa: E402

PLACES = ["evidence", "typed", "run-show", "pack", "ws-files", "db", "db-stale", "cli"]
INFO_PLACES = ["audit", "db-raw", "cli-echo"]
TYPED_PLACES = ("actual", "caption", "deviation", "observation", "defect", "filename")


def find_cli() -> list[str]:
    """The `attest` console script beside this Python (as tests/test_cli.py finds it), else on PATH."""
    exe = Path(sys.executable).with_name("attest")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("attest")
    if found:
        return [found]
    raise ToolMissing("the attest command is not installed (pip install -e .)")


class ToolMissing(RuntimeError):
    """An outside tool a check needs is not there: the check fails, it never passes by default."""


# --------------------------------------------------------------------------------------------
# independent text extraction


def byte_views(b: bytes) -> list[str]:
    """Normalised views of some bytes: UTF-8, Latin-1 and (if it has zero bytes) UTF-16 both ways."""
    views = [b.decode("utf-8", "ignore"), b.decode("latin-1")]
    if b.count(b"\x00") * 8 > len(b):
        for enc in ("utf-16-le", "utf-16-be"):
            views.append(b.decode(enc, "ignore"))
            views.append(b[1:].decode(enc, "ignore"))
    return [norm(v) for v in views]


def docx_views(path: Path) -> list[tuple[str, str]]:
    """(part, normalised text) for every part of a .docx: XML text joined, raw XML, binary parts decoded."""
    from lxml import etree

    out: list[tuple[str, str]] = []
    with zipfile.ZipFile(path) as z:
        out.append(("zip:comment", norm(z.comment.decode("latin-1"))))
        out.append(("zip:names", norm(" ".join(z.namelist()))))
        for info in z.infolist():
            data = z.read(info)
            out.append((f"{info.filename}:comment", norm(info.comment.decode("latin-1"))))
            if info.filename.endswith((".xml", ".rels")):
                try:
                    root = etree.fromstring(data)
                    out.append((info.filename + ":text", norm("".join(root.itertext()))))
                except etree.XMLSyntaxError:
                    pass
                out.append((info.filename + ":raw", norm(data.decode("utf-8", "ignore"))))
            else:
                for i, v in enumerate(byte_views(data)):
                    out.append((f"{info.filename}:bytes{i}", v))
    return out


def ocr(path: Path) -> str:
    """What tesseract (an OCR engine independent of Attest's) reads in an image, normalised. A missing
    or failing tesseract raises: an OCR check that could not run must never count as "not found"."""
    exe = shutil.which("tesseract")
    if not exe:
        raise ToolMissing("tesseract is not installed (Debian: tesseract-ocr, in packaging/debian-packages.txt)")
    p = subprocess.run([exe, str(path), "-", "--psm", "6"], capture_output=True, text=True, timeout=120)
    if p.returncode:
        raise RuntimeError(f"tesseract failed on {path.name} (exit {p.returncode}): {p.stderr.strip()[-300:]}")
    return norm(p.stdout)


def db_tables(db: Path) -> dict[str, str]:
    """Every table of an SQLite database (internal sqlite_* tables aside) as `sqlite3 .dump` writes its
    rows: one INSERT per row, each value an SQL literal (text quoted with ' doubled, blobs X'hex').
    Read with Python's sqlite3 module from a copy of the database and its WAL, so the workspace's own
    files are never opened for writing."""
    import sqlite3

    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="attest-db-") as tmp:
        for suffix in ("", "-wal"):
            src = db.with_name(db.name + suffix)
            if src.exists():
                shutil.copyfile(src, Path(tmp) / src.name)
        conn = sqlite3.connect(Path(tmp) / db.name)
        conn.text_factory = lambda b: b.decode("utf-8", "replace")
        try:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                 "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
            for t in tables:
                cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
                row_sql = " || ',' || ".join(f'quote("{c}")' for c in cols)
                out[t] = "".join(f'INSERT INTO "{t}" VALUES({row[0]});\n'
                                 for row in conn.execute(f'SELECT {row_sql} FROM "{t}"'))
        finally:
            conn.close()
    return out


def ink_left(original: bytes, stored: bytes, box: tuple[int, int, int, int]) -> float | None:
    """Share of the original's dark pixels inside box that are still dark in the stored image."""
    from PIL import Image

    a = Image.open(io.BytesIO(original)).convert("L")
    b = Image.open(io.BytesIO(stored)).convert("L")
    if a.size != b.size:
        return None
    ink = kept = 0
    x0, y0, x1, y1 = box
    pa, pb = a.load(), b.load()
    for y in range(y0, y1):
        for x in range(x0, x1):
            if pa[x, y] < 100:
                ink += 1
                if pb[x, y] < 100 and abs(pa[x, y] - pb[x, y]) < 40:
                    # still dark: either the glyph or a dark mask; tell them apart by the paper around
                    kept += 1
    if not ink:
        return 0.0
    # a solid dark mask also keeps "ink" dark: count the paper pixels that turned dark too
    paper = paper_dark = 0
    for y in range(y0, y1):
        for x in range(x0, x1):
            if pa[x, y] > 200:
                paper += 1
                if pb[x, y] < 100:
                    paper_dark += 1
    if paper and paper_dark / paper > 0.8:  # covered by a dark fill
        return 0.0
    return kept / ink


# --------------------------------------------------------------------------------------------
# one scenario


class ScenarioRun:
    def __init__(self, sc: rc.Scenario, root: Path, cli: list[str], base_env: dict[str, str]):
        self.sc = sc
        self.dir = root / sc.name
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.home = self.dir / "home"
        self.inp = self.dir / "in"
        self.ws = self.dir / "ws"
        self.out = self.dir / "out"
        for d in (self.home, self.inp, self.out):
            d.mkdir(parents=True)
        self.cli = cli
        self.env = file_keyring.subprocess_env(base_env)
        self.env.update({
            "HOME": str(self.home), "XDG_DATA_HOME": str(self.home / ".local/share"),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
        })
        self.env.pop("ATTEST_WORKSPACE", None)
        self.env.pop("ATTEST_PASSPHRASE", None)
        self.log: list[dict] = []
        self.problems: list[str] = []
        self.cli_given: list[tuple[str, str]] = []

    def attest(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        argv = [*self.cli, "--workspace", str(self.ws), *args]
        t0 = time.time()
        p = subprocess.run(argv, capture_output=True, text=True, env=self.env, cwd=self.dir, input=stdin,
                           timeout=600)
        self.log.append({"argv": argv, "stdin": stdin, "rc": p.returncode, "stdout": p.stdout,
                         "stderr": p.stderr, "secs": round(time.time() - t0, 2)})
        return p

    def write_repro(self) -> None:
        lines = ["#!/bin/sh", "# replay of this scenario's commands (inputs are in ./in)", "set -x",
                 f'cd "$(dirname "$0")"', "rm -rf ws home out && mkdir -p home out",
                 'export HOME="$PWD/home" XDG_DATA_HOME="$PWD/home/.local/share" '
                 'XDG_CONFIG_HOME="$PWD/home/.config"',
                 f"export PYTHON_KEYRING_BACKEND={file_keyring.NAME} "
                 f"PYTHONPATH={shlex.quote(str(Path(file_keyring.__file__).resolve().parent))}"]
        for entry in self.log:
            argv = ["attest"] + [a.replace(str(self.dir) + "/", "") for a in entry["argv"][len(self.cli):]]
            cmd = " ".join(shlex.quote(a) for a in argv)
            if entry["stdin"] is not None:
                cmd = f"printf '%s' {shlex.quote(entry['stdin'])} | {cmd}"
            lines.append(cmd)
        (self.dir / "repro.sh").write_text("\n".join(lines) + "\n")

    # -- driving ---------------------------------------------------------------------------------
    def drive(self) -> None:
        sc = self.sc
        (self.dir / "case.yaml").write_text(sc.case_yaml())
        p = self.attest("import", "case.yaml")
        if p.returncode:
            self.problems.append(f"import failed: {p.stderr.strip()[:200]}")
            return
        for kind, value in sc.register():
            p = self.attest("register", "add", "--kind", kind, "-", stdin=value + "\n")
            if p.returncode:
                self.problems.append(f"register add {kind} failed: {p.stderr.strip()[:200]}")
        p = self.attest("run", "start", sc.tc_ref, "--tester", "Asha Patel", "--environment", "SIT-A")
        m = re.match(r"\s*(\d+)", p.stdout)
        if p.returncode or not m:
            self.problems.append(f"run start failed: {p.stderr.strip()[:200]}")
            return
        self.run_id = m.group(1)
        for e in sc.events:
            if e.kind == "step":
                d = self.inp / f"e{e.idx:02d}"
                d.mkdir(parents=True, exist_ok=True)
                args = ["run", "step", self.run_id, "--status", e.status, f"--actual={e.actual}",
                        f"--caption={e.caption}"]
                if e.deviation:
                    args.append(f"--deviation={e.deviation}")
                for f in e.files:
                    (d / f.name).write_bytes(f.data)
                    args += [f"--{f.kind}", str(d / f.name)]
                p = self.attest(*args)
            elif e.kind == "observe":
                args = ["run", "observe", self.run_id, f"--text={e.text}"]
                if e.step:
                    args += ["--step", str(e.step)]
                p = self.attest(*args)
            else:
                args = ["run", "defect", self.run_id, "--severity", "S3", "--priority", "P3",
                        f"--description={e.description}"]
                if e.step:
                    args += ["--step", str(e.step)]
                args += ["--", e.text]
                p = self.attest(*args)
            if p.returncode:
                self.problems.append(f"event {e.idx} ({e.kind}) exit {p.returncode}: "
                                     f"{(p.stderr.strip().splitlines() or [''])[-1][:300]}")
        if sc.finish:
            p = self.attest("run", "finish", self.run_id)
            if p.returncode:
                self.problems.append(f"run finish exit {p.returncode}: {p.stderr.strip()[-300:]}")
        pk = self.attest("pack", self.run_id, "--out", str(self.out / "pack.docx"), "--with-files")
        self.pack_rc = pk.returncode
        self.show_text = self.attest("run", "show", self.run_id).stdout
        js = self.attest("run", "show", self.run_id, "--json")
        try:
            self.show = json.loads(js.stdout)
        except json.JSONDecodeError:
            self.show = {}
            self.problems.append("run show --json did not parse")
        av = self.attest("audit", "verify")
        self.audit_rc = av.returncode
        if av.returncode:
            self.problems.append(f"audit verify exit {av.returncode}: {av.stdout.strip()[-300:]}")
        # keyring in use?
        kr = file_keyring.keyring_file(self.env)
        self.keyring_found = kr.exists() and '"found:' in kr.read_text(errors="ignore")
        self.found_file = (self.ws / "found-values.enc").exists()

    # -- reading back ----------------------------------------------------------------------------
    def stored(self) -> None:
        """Map every planted location to its stored text (normalised) and collect every place's views."""
        sc = self.sc
        show = self.show or {}
        self.loc_text: dict[str, list[str]] = collections.defaultdict(list)
        self.loc_bytes: dict[str, bytes] = {}
        self.places: dict[str, list[tuple[str, str]]] = {p: [] for p in PLACES + INFO_PLACES}
        steps = {s["index"]: s for s in show.get("steps", [])}
        events_by_step = {e.step: e for e in sc.events if e.kind == "step"}
        # evidence files
        for idx, st in steps.items():
            e = events_by_step.get(idx)
            evs = st.get("evidence", [])
            unmatched = list(e.files) if e else []
            for item in evs:
                path = self.ws / "evidence" / item["sha256"][:2] / item["sha256"]
                data = path.read_bytes() if path.exists() else b""
                if not path.exists():
                    self.problems.append(f"evidence #{item['id']} file missing")
                views = byte_views(data)
                self.places["evidence"] += [(f"step{idx}:#{item['id']}:{item['name']}", v) for v in views]
                spec = None
                for f in unmatched:
                    if f.marker and norm(f.marker) in views[0]:
                        spec = f
                        break
                if spec is None:
                    for f in unmatched:
                        if f.name == item["name"] or (f.fmt == "png" and item["name"].endswith(".png")):
                            spec = f
                            break
                if spec is None and len(unmatched) == 1:
                    spec = unmatched[0]
                if spec is None:
                    self.problems.append(f"step {idx}: evidence #{item['id']} not mapped to a planted file")
                    continue
                unmatched.remove(spec)
                self.loc_text[spec.loc] += views
                self.loc_bytes[spec.loc] = data
                self.loc_text[spec.loc + ":name"].append(norm(item["name"]))
                self.places["typed"].append((f"step{idx}:#{item['id']}:name", norm(item["name"])))
                if e is not None:
                    self.loc_text[f"e{e.idx}:caption"].append(norm(item.get("caption", "")))
                self.places["typed"].append((f"step{idx}:#{item['id']}:caption", norm(item.get("caption", ""))))
            if e is not None:
                self.loc_text[f"e{e.idx}:actual"].append(norm(st.get("actual") or ""))
            self.places["typed"].append((f"step{idx}:actual", norm(st.get("actual") or "")))
        for dv in show.get("deviations", []):
            e = events_by_step.get(dv.get("step"))
            if e is not None:
                self.loc_text[f"e{e.idx}:deviation"].append(norm(dv.get("reason", "")))
            self.places["typed"].append((f"deviation step {dv.get('step')}", norm(dv.get("reason", ""))))
        obs_events = [e for e in sc.events if e.kind == "observe"]
        for e, ob in zip(obs_events, sorted(show.get("observations", []), key=lambda o: o["id"])):
            self.loc_text[f"e{e.idx}:observation"].append(norm(ob.get("text", "")))
        for ob in show.get("observations", []):
            self.places["typed"].append((f"observation {ob['id']}", norm(ob.get("text", ""))))
        def_events = [e for e in sc.events if e.kind == "defect"]
        for e, df in zip(def_events, sorted(show.get("defects", []), key=lambda o: o["id"])):
            self.loc_text[f"e{e.idx}:defect"].append(norm(df.get("title", "")))
        for df in show.get("defects", []):
            self.places["typed"].append((f"defect {df['id']}", norm(df.get("title", ""))))
        # run show
        self.places["run-show"] = [("text", norm(self.show_text)), ("json", norm(json.dumps(show)))]
        defects_dump = ""
        # pack
        pack = self.out / "pack.docx"
        if pack.exists():
            self.places["pack"] += [(f"docx:{p}", t) for p, t in docx_views(pack)]
        files_dir = self.out / "pack_files"
        if files_dir.exists():
            for f in sorted(files_dir.rglob("*")):
                if f.is_file():
                    self.places["pack"].append((f"files:{f.name}:name", norm(f.name)))
                    self.places["pack"] += [(f"files:{f.name}", v) for v in byte_views(f.read_bytes())]
        # workspace files
        for f in sorted(self.ws.rglob("*")):
            if not f.is_file():
                continue
            rel = str(f.relative_to(self.ws))
            if f.name.startswith("attest.db"):
                self.places["db-raw"] += [(rel, v) for v in byte_views(f.read_bytes())]
                continue
            self.places["ws-files"].append((rel + ":name", norm(rel)))
            self.places["ws-files"] += [(rel, v) for v in byte_views(f.read_bytes())]
        # database
        db = self.ws / "attest.db"
        self.live_dump = ""
        self.raw_db = b"".join(p.read_bytes() for p in sorted(self.ws.glob("attest.db*")))
        if not db.exists():
            self.problems.append("the workspace has no attest.db")
        dumps = db_tables(db) if db.exists() else {}
        self.audit_dump = dumps.get("audit_log", "")
        if db.exists():
            if "audit_log" not in dumps:
                self.problems.append("attest.db has no audit_log table")
            for t, dump in dumps.items():
                hexes = " ".join(bytes.fromhex(h).decode("latin-1") for h in re.findall(r"X'([0-9a-fA-F]+)'", dump)
                                 if len(h) % 2 == 0)
                place = "audit" if t == "audit_log" else "db"
                if place == "db":
                    self.live_dump += dump
                self.places[place] += [(t, norm(dump)), (t + ":blobs", norm(hexes))]
                if t == "defects":
                    defects_dump = norm(dump)
        for e in def_events:  # the description is not in `run show`: read it from the database
            self.loc_text[f"e{e.idx}:description"] += [norm(self.show_text), defects_dump]
        # every command's output; a value the same command was given (typed) is only an echo
        for i, entry in enumerate(self.log):
            given = norm(" ".join(entry["argv"]) + (entry["stdin"] or ""))
            outp = norm(entry["stdout"] + "\n" + entry["stderr"])
            label = f"cmd{i}:{' '.join(entry['argv'][len(self.cli) + 2:][:3])}"
            self.places["cli"].append((label, outp))
            self.cli_given.append((label, given))

    # -- judging ---------------------------------------------------------------------------------
    def judge(self) -> dict:
        sc = self.sc
        typed_raw = {norm(o.text) for o in sc.occs if o.place in TYPED_PLACES}
        values = []
        for s in sc.secrets:
            key = s.key
            hits = {}
            for place, views in self.places.items():
                where = sorted({w for w, v in views if key in v})
                if place == "cli":
                    echo = {w for w, g in self.cli_given if key in g}
                    if echo & set(where):
                        hits["cli-echo"] = sorted(echo & set(where))[:6]
                    where = [w for w in where if w not in echo]
                if where:
                    hits[place] = where[:6]
            partial = {}
            for pstr in s.partial:
                pk = norm(pstr)
                for place in [p for p in PLACES if p not in ("cli", "db-stale")]:
                    where = sorted({w for w, v in self.places[place] if pk in v})
                    if where and place not in hits:
                        partial[place] = where[:4]
            occ_results = []
            for o in sc.occs:
                if o.sid != s.sid:
                    continue
                r = {"role": o.role, "form": o.form, "place": o.place, "loc": o.loc, "event": o.event,
                     "direction": o.direction, "text": o.text}
                if o.place == "screenshot":
                    r.update(self.judge_image(o, s))
                    # an image leak is a leak of the value, as much as a text one
                    if r.get("leaked_stored"):
                        hits.setdefault("evidence", []).append(f"{o.loc}:pixels")
                    ocr_pack = r.get("ocr_pack_files", []) + r.get("ocr_pack_media", [])
                    if ocr_pack:
                        hits["pack"] = (hits.get("pack", []) + [f"ocr:{x}" for x in ocr_pack])[:8]
                elif o.place == "filename":
                    texts = self.loc_text.get(o.loc + ":name")
                    r["leaked"] = None if not texts else any(key in t for t in texts)
                else:
                    texts = self.loc_text.get(o.loc)
                    r["leaked"] = None if not texts else any(norm(o.line) in t for t in texts)
                    r["value_in_item"] = None if not texts else any(key in t for t in texts)
                occ_results.append(r)
            # database pages beyond the audit log: every planted string counted in the raw
            # database (and WAL) and in the audit_log dump; more in the raw file = a stale copy
            stale = []
            for o in sc.occs:
                if o.sid == s.sid:
                    t = o.text
                    raw_n = self.raw_db.count(t.encode())
                    audit_n = self.audit_dump.count(t.replace("'", "''"))
                    live_n = self.live_dump.count(t.replace("'", "''"))
                    if raw_n > audit_n + live_n:
                        stale.append(f"{t!r}: raw {raw_n} > audit {audit_n} + tables {live_n}")
            if stale:
                hits["db-stale"] = sorted(set(stale))[:4]
            typed_in = any(o.sid == s.sid and o.place in TYPED_PLACES for o in sc.occs)
            values.append({"sid": s.sid, "klass": s.klass, "value": s.value, "direction": s.direction,
                           "hits": hits, "partial": partial, "occurrences": occ_results,
                           "typed_planted": typed_in, "pack_written": (self.out / "pack.docx").exists()})
        keeps = []
        pack_all = [v for _, v in self.places["pack"]]
        for k in sc.keeps:
            if k.place == "screenshot":
                continue
            texts = self.loc_text.get(k.loc)
            kk = norm(k.value)
            keeps.append({"ktype": k.ktype, "value": k.value, "loc": k.loc, "place": k.place,
                          "kept": None if not texts else any(kk in t for t in texts),
                          "in_pack": None if not pack_all else any(kk in t for t in pack_all)})
        decoys = []
        for d in sc.decoys:
            where = {p: sorted({w for w, v in views if d.key in v})[:3] for p, views in self.places.items()}
            where = {p: w for p, w in where.items() if w}
            if where:
                decoys.append({"klass": d.klass, "value": d.value, "where": where})
        return {"name": sc.name, "problems": self.problems, "pack_rc": getattr(self, "pack_rc", None),
                "audit_rc": getattr(self, "audit_rc", None), "keyring_found": getattr(self, "keyring_found", False),
                "found_file": getattr(self, "found_file", False), "values": values, "keeps": keeps,
                "decoy_hits": decoys, "typed_raw": sorted(typed_raw),
                "secs": round(sum(x["secs"] for x in self.log), 1), "commands": len(self.log),
                "pack_msg": next((x["stdout"] + x["stderr"] for x in self.log if x["argv"][len(self.cli) + 2:][:1]
                                  == ["pack"]), "")[-600:]}

    def judge_image(self, o: rc.Occ, s: rc.Secret) -> dict:
        spec = next(f for e in self.sc.events for f in e.files if f.loc == o.loc)
        box = dict(spec.image_boxes)[s.sid]
        r: dict = {}
        stored = self.loc_bytes.get(o.loc)
        orig_path = self.dir / f"{o.loc}_original.png"
        orig_path.write_bytes(spec.data)
        r["ocr_control"] = s.key in ocr(orig_path)
        if not r["ocr_control"]:
            self.problems.append(f"tesseract does not read {s.value!r} on the original screenshot {o.loc}: "
                                 "its OCR checks would prove nothing")
        if stored:
            sp = self.dir / f"{o.loc}_stored.png"
            sp.write_bytes(stored)
            left = ink_left(spec.data, stored, box)
            r["ink_left"] = left
            r["ocr_stored"] = s.key in ocr(sp)
            if left is None:
                self.problems.append(f"the stored screenshot {o.loc} is not the original's size: ink not measured")
            r["leaked_stored"] = bool((left is not None and left > 0.5) or r["ocr_stored"])
        else:
            r["leaked_stored"] = None
        files_dir = self.out / "pack_files"
        pack_imgs = sorted(files_dir.glob("*.png")) if files_dir.exists() else []
        r["ocr_pack_files"] = [p.name for p in pack_imgs if s.key in ocr(p)]
        pack = self.out / "pack.docx"
        hits = []
        if pack.exists():
            with zipfile.ZipFile(pack) as z:
                for n in z.namelist():
                    if n.startswith("word/media/") and n.lower().endswith((".png", ".jpg", ".jpeg")):
                        p = self.dir / ("media_" + Path(n).name)
                        p.write_bytes(z.read(n))
                        if s.key in ocr(p):
                            hits.append(n)
        r["ocr_pack_media"] = hits
        r["leaked"] = None if r["leaked_stored"] is None else bool(r["leaked_stored"] or r["ocr_pack_files"] or hits)
        return r


def run_one(sc: rc.Scenario, root: Path, cli: list[str], env: dict[str, str]) -> dict:
    r = ScenarioRun(sc, root, cli, env)
    try:
        r.drive()
        r.stored()
        res = r.judge()
    except Exception as exc:  # report and go on: one broken scenario must not hide the others
        import traceback

        res = {"name": sc.name, "problems": r.problems + [f"driver error: {exc!r}",
                                                          traceback.format_exc()[-800:]],
               "values": [], "keeps": [], "decoy_hits": []}
    r.write_repro()
    (r.dir / "log.json").write_text(json.dumps(r.log, indent=1))
    return res


def run_scenarios(scenarios: list[rc.Scenario], root: Path, cli: list[str], env: dict[str, str], jobs: int,
                  progress: bool = False) -> list[dict]:
    """Run every scenario (each in its own folder under root, `jobs` at a time); results by name."""
    results: list[dict] = []
    with cf.ThreadPoolExecutor(max_workers=jobs) as ex:
        futs = {ex.submit(run_one, sc, root, cli, env): sc.name for sc in scenarios}
        for fut in cf.as_completed(futs):
            res = fut.result()
            results.append(res)
            if progress:
                print(f"[{len(results)}/{len(scenarios)}] {res['name']} {res.get('secs', '?')}s "
                      f"pack={res.get('pack_rc')} problems={len(res['problems'])}", file=sys.stderr, flush=True)
    return sorted(results, key=lambda r: r["name"])


# --------------------------------------------------------------------------------------------
# reporting


def pct(a: int, b: int) -> str:
    return f"{a}/{b}" + (f" ({100 * a / b:.0f}%)" if b else "")


def summarise(results: list[dict], scenarios: dict[str, rc.Scenario]) -> tuple[str, int]:
    out: list[str] = []
    w = out.append
    # a scenario one of whose commands was refused (a file Attest would not keep, say) no longer
    # follows its plan: its steps shift, so it is left out of the figures and listed
    invalid = [r for r in results if any(" exit " in p or "driver error" in p for p in r["problems"])]
    results = [r for r in results if r not in invalid]
    vals = [(r["name"], v) for r in results for v in r["values"]]
    main = [(n, v) for n, v in vals if v["direction"] != "typed-context"]
    tctx = [(n, v) for n, v in vals if v["direction"] == "typed-context"]

    def table(title: str, rows: list[tuple[str, list[dict]]], places: list[str]) -> None:
        w(f"\n{title}")
        head = f"{'':22s} {'values':>6s} {'any':>10s} " + " ".join(f"{p:>10s}" for p in places) + " pack-refused"
        w(head)
        for label, vs in rows:
            cells = []
            any_leak = sum(1 for v in vs if any(p in v["hits"] for p in PLACES))
            for p in places:
                denom = [v for v in vs if (p != "typed" or v["typed_planted"]) and (p != "pack" or v["pack_written"])]
                cells.append(f"{sum(1 for v in denom if p in v['hits'])}/{len(denom)}")
            refused = sum(1 for v in vs if not v["pack_written"])
            w(f"{label:22s} {len(vs):>6d} {str(any_leak) + '/' + str(len(vs)):>10s} "
              + " ".join(f"{c:>10s}" for c in cells) + f" {refused:>12d}")

    w("VALUES LEAKED / VALUES PLANTED (a value counts once per place; typed: only values typed somewhere)")
    by_class = [(k, [v for _, v in main if v["klass"] == k]) for k in rc.CLASSES]
    table("per class (forward + backward + register)", by_class + [("ALL", [v for _, v in main])],
          PLACES + INFO_PLACES)
    by_dir = [(d, [v for _, v in main if v["direction"] == d]) for d in ("forward", "backward", "register")]
    table("per direction", by_dir, PLACES + INFO_PLACES)
    for d in ("forward", "backward"):
        table(f"per class, {d} only",
              [(k, [v for _, v in main if v["klass"] == k and v["direction"] == d]) for k in rc.CLASSES],
              PLACES)
    table("typed-context (documented limit: values are learnt from evidence, not typed text)",
          [(k, [v for _, v in tctx if v["klass"] == k]) for k in rc.CLASSES if any(v["klass"] == k for _, v in tctx)]
          + [("ALL", [v for _, v in tctx])], PLACES)

    # occurrence level
    occs = [(n, v, o) for n, v in main for o in v["occurrences"]]
    w("\nOCCURRENCES: stored form still holding the value (leaked/checked)")
    for label, key in (("by place", "place"), ("by direction", "direction"), ("by form", "form")):
        c = collections.Counter()
        t = collections.Counter()
        for _, _, o in occs:
            if o["role"] != "bare" or o.get("leaked") is None:
                continue
            t[o[key]] += 1
            c[o[key]] += bool(o["leaked"])
        w(f"  {label}: " + ", ".join(f"{k} {pct(c[k], t[k])}" for k in sorted(t)))
    dirs = ["forward", "same-step", "backward", "register"]
    w(f"  place x direction: {'':12s}" + " ".join(f"{d:>12s}" for d in dirs))
    for place in ("file", "actual", "caption", "deviation", "observation", "defect", "filename", "screenshot"):
        cells = []
        for d in dirs:
            sel = [o for _, _, o in occs if o["role"] == "bare" and o["place"] == place and o["direction"] == d
                   and o.get("leaked") is not None]
            cells.append(f"{sum(bool(o['leaked']) for o in sel)}/{len(sel)}")
        w(f"  {'':19s}{place:12s}" + " ".join(f"{c:>12s}" for c in cells))
    ctx = [o for _, _, o in occs if o["role"] == "context" and o.get("leaked") is not None]
    n_ctx = sum(bool(o["leaked"]) for o in ctx)
    w(f"  context occurrences (the item that says what the value is): {pct(n_ctx, len(ctx))}")
    unchecked = [o for _, _, o in occs if o.get("leaked") is None]
    if unchecked:
        w(f"  occurrences whose stored form could not be found: {len(unchecked)}")

    # keep rate
    keeps = [k for r in results for k in r["keeps"]]
    w("\nKEEP RATE (non-identifiers in the same positions)")
    c, t, cp, tp = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for k in keeps:
        if k["kept"] is not None:
            t[k["ktype"]] += 1
            c[k["ktype"]] += bool(k["kept"])
        if k["in_pack"] is not None:
            tp[k["ktype"]] += 1
            cp[k["ktype"]] += bool(k["in_pack"])
    w("  stored:  " + ", ".join(f"{k} {pct(c[k], t[k])}" for k in sorted(t))
      + f"; ALL {pct(sum(c.values()), sum(t.values()))}")
    w("  in pack: " + ", ".join(f"{k} {pct(cp[k], tp[k])}" for k in sorted(tp))
      + f"; ALL {pct(sum(cp.values()), sum(tp.values()))}")
    lost = [(r["name"], k) for r in results for k in r["keeps"] if k["kept"] is False]
    for name, k in lost[:40]:
        w(f"  LOST {name} {k['loc']} {k['ktype']} {k['value']!r}")
    if len(lost) > 40:
        w(f"  ... {len(lost) - 40} more lost keeps")

    # run facts
    w("\nRUNS")
    n_kr = sum(1 for r in results if r.get("keyring_found"))
    w(f"  scenarios {len(results)}; keyring holding found values in {n_kr}; "
      f"found-values.enc in {sum(1 for r in results if r.get('found_file'))}")
    prc = collections.Counter(r.get("pack_rc") for r in results)
    arc = collections.Counter(r.get("audit_rc") for r in results)
    w(f"  pack exit codes: {dict(prc)}; audit verify exit codes: {dict(arc)}")
    dec = [(r["name"], d) for r in results for d in r["decoy_hits"]]
    w(f"  decoy hits (checker false positives): {len(dec)} of {sum(len(scenarios[r['name']].decoys) for r in results)}")
    for name, d in dec:
        w(f"    {name} {d['klass']} {d['value']} {d['where']}")
    for r in invalid:
        w(f"  LEFT OUT {r['name']} (a command was refused; see its problems)")
    for r in results + invalid:
        for p in r["problems"]:
            w(f"  PROBLEM {r['name']}: {p}")
    for r in results:
        if r.get("pack_rc"):
            msg = " | ".join(x.strip() for x in r.get("pack_msg", "").strip().splitlines()[1:6])
            w(f"  PACK REFUSED {r['name']}: {msg}")

    # leaks
    w("\nLEAKS (value, where it was found; bare occurrences whose stored form still holds it)")
    n_leaks = 0
    for name, v in vals:
        real = {p: x for p, x in v["hits"].items() if p in PLACES}
        if not real and not v["partial"]:
            continue
        n_leaks += bool(real)
        tag = " [typed-context: documented limit]" if v["direction"] == "typed-context" else ""
        w(f"- {name} {v['sid']} {v['klass']} {v['direction']} {v['value']!r}{tag}")
        for p, x in real.items():
            w(f"    {p}: {', '.join(x)}")
        for p, x in v["partial"].items():
            w(f"    partial ({p}): {', '.join(x)}")
        for o in v["occurrences"]:
            if o.get("leaked"):
                extra = ""
                if o["place"] == "screenshot":
                    extra = f" ink_left={o.get('ink_left')} ocr_stored={o.get('ocr_stored')}"
                w(f"    {o['role']} e{o['event']} {o['place']} ({o['loc']}) form={o['form']} "
                  f"dir={o['direction']} text={o['text']!r}{extra}")
    info = [(n, v) for n, v in vals
            if any(p in v["hits"] for p in INFO_PLACES) and not any(p in v["hits"] for p in PLACES)]
    w(f"\nINFO ONLY (audit log / raw db pages, not counted): {len(info)} values")
    for name, v in info:
        typed_note = "typed" if v["typed_planted"] else "NEVER TYPED"
        w(f"  {name} {v['sid']} {v['klass']} {v['direction']} ({typed_note}): "
          + "; ".join(f"{p}: {', '.join(x[:3])}" for p, x in v["hits"].items()))
    return "\n".join(out), n_leaks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n", type=int, default=48, help="scenarios")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", help="work folder to keep (default: a temp folder, removed)")
    ap.add_argument("--only", nargs="*", help="scenario names to run")
    ap.add_argument("--no-screens", action="store_true", help="no screenshot scenarios (no OCR)")
    ap.add_argument("--json", help="write all results here")
    ap.add_argument("--strict", action="store_true", help="exit 1 when anything leaked")
    ap.add_argument("--from-json", help="only print the summary of results saved with --json")
    args = ap.parse_args(argv)
    if args.from_json:
        saved = json.loads(Path(args.from_json).read_text())
        seed = int(saved[0]["name"].split("-")[0][1:]) if saved else args.seed
        n = max(int(r["name"].split("-")[1]) for r in saved) + 1 if saved else args.n
        scs = {s.name: s for s in rc.generate(seed, n, screens=not args.no_screens)}
        text, n_leaks = summarise(saved, scs)
        print(text)
        return 1 if (args.strict and n_leaks) else 0

    rc.self_check(args.seed, min(args.n, 24))
    scenarios = rc.generate(args.seed, args.n, screens=not args.no_screens)
    if args.only:
        scenarios = [s for s in scenarios if s.name in args.only]
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="attest-runs-"))
    root.mkdir(parents=True, exist_ok=True)
    cli = find_cli()
    t0 = time.time()
    results = run_scenarios(scenarios, root, cli, dict(os.environ), args.jobs, progress=True)
    text, n_leaks = summarise(results, {s.name: s for s in scenarios})
    print(f"attest: {' '.join(cli)}; {len(scenarios)} scenarios in {time.time() - t0:.0f}s; work folder {root}")
    print(text)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if (args.strict and n_leaks) else 0


if __name__ == "__main__":
    sys.exit(main())
