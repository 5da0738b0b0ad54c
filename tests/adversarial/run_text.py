"""Run the adversarial text corpus through the black-box CLI and print recall per class.

    python tests/adversarial/run_text.py [--seed 0] [--n 8] [--typed-n 6] [--keep-dir DIR] [--strict]

Writes every case (and every typed string, as a .txt file, and the negatives, as .log files) into
one temp folder, runs `attest redact <all files> --out OUT --report r.json --workspace WS` once, then
checks each output with text_corpus.leaked(). A refused file (listed under "errors" in the report or
missing from the output folder) counts as SAFE but is reported separately.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import text_corpus as tc  # noqa: E402


def find_cli() -> list[str]:
    exe = shutil.which("attest")
    if exe:
        return [exe]
    venv = Path("/tmp/venv/bin/attest")
    if venv.exists():
        return [str(venv)]
    return [sys.executable, "-m", "attest"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n", type=int, default=8, help="cases per file class")
    ap.add_argument("--typed-n", type=int, default=6)
    ap.add_argument("--neg-n", type=int, default=300)
    ap.add_argument("--keep-dir", help="keep the work folder here instead of a temp dir")
    ap.add_argument("--max-failures", type=int, default=60)
    ap.add_argument("--strict", action="store_true", help="exit 1 when anything leaked")
    args = ap.parse_args(argv)

    tc.self_check(args.seed, args.n)
    cases = tc.generate(args.seed, args.n)
    typed = tc.typed(args.seed, args.typed_n)
    negs = tc.negatives(args.seed, args.neg_n)

    # unify everything into (klass, name, filename, data, secrets, keep)
    items = [(c.klass, c.name, c.filename, c.data, c.secrets, c.keep) for c in cases]
    for i, t in enumerate(typed):
        items.append((f"typed:{t.klass}", f"typed:{t.klass}/{i:03d}", f"typed_{t.klass}_{i:03d}.txt",
                      t.text.encode("utf-8"), t.secrets, []))
    neg_files = []
    chunk = 25
    for j in range(0, len(negs), chunk):
        part = negs[j:j + chunk]
        name = f"negatives_{j // chunk:02d}.log"
        body = "".join(f"2024-10-14T09:00:{k % 60:02d}Z INFO value {v} noted\n" for k, v in enumerate(part))
        neg_files.append((name, body.encode(), part))

    work = Path(args.keep_dir) if args.keep_dir else Path(tempfile.mkdtemp(prefix="attest-adv-"))
    if work.exists() and args.keep_dir:
        shutil.rmtree(work)
    inp, out, ws = work / "in", work / "out", work / "ws"
    for d in (inp, out, ws):
        d.mkdir(parents=True, exist_ok=True)
    for _, _, fn, data, _, _ in items:
        (inp / fn).write_bytes(data)
    for fn, data, _ in neg_files:
        (inp / fn).write_bytes(data)

    report_path = work / "r.json"
    files = sorted(str(p) for p in inp.iterdir())
    cmd = find_cli() + ["--workspace", str(ws), "redact", *files, "--out", str(out), "--report", str(report_path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    print(f"attest redact: {len(files)} files, exit {proc.returncode}, work folder {work}")

    report = {}
    if report_path.exists():
        report = json.loads(report_path.read_text(encoding="utf-8"))
    # the report names inputs redacted (a file name can hold an identifier): "input" is the position
    def input_name(entry: dict) -> str:
        return Path(files[entry["input"] - 1]).name if "input" in entry else Path(entry["file"]).name

    outputs = {input_name(f): Path(f["output"]) for f in report.get("files", []) if f.get("output")}
    errors = {input_name(e): e.get("error", "") for e in report.get("errors", [])}

    stats = collections.OrderedDict()
    failures = []
    refusals = []
    keep_total = keep_ok = 0
    lost_keep = collections.Counter()
    for klass, name, fn, data, secrets, keep in items:
        st = stats.setdefault(klass, collections.Counter())
        st["cases"] += 1
        outp = outputs.get(fn)
        if outp is not None and not outp.is_absolute() and not outp.exists():
            outp = Path(os.getcwd()) / outp
        if fn in errors or outp is None or not outp.exists():
            st["refused"] += 1
            refusals.append((klass, name, fn, errors.get(fn, "no output written")))
            continue
        red = outp.read_bytes()
        leaks = tc.leaked(secrets, red)
        leaks += [s for s in tc.leaked(secrets, outp.name.encode("utf-8")) if s not in leaks]
        if leaks:
            st["leaked"] += 1
            failures.append((klass, name, fn, outp.name, leaks, red))
        else:
            st["clean"] += 1
        for kp in keep:
            keep_total += 1
            if tc.kept(kp, red):
                keep_ok += 1
            else:
                lost_keep[(klass, kp)] += 1

    neg_total = neg_ok = 0
    lost_negs = []
    for fn, _, part in neg_files:
        outp = outputs.get(fn)
        if fn in errors or outp is None or not outp.exists():
            print(f"negatives file {fn} refused: {errors.get(fn, 'no output')}")
            continue
        red = outp.read_bytes()
        for v in part:
            neg_total += 1
            if tc.kept(v, red):
                neg_ok += 1
            else:
                lost_negs.append(v)

    # ---- per-class table
    print()
    print(f"{'class':28} {'cases':>5} {'clean':>5} {'leaked':>6} {'refused':>7} {'recall':>7}")
    print("-" * 64)
    tot = collections.Counter()
    for klass, st in stats.items():
        tot.update(st)
        recall = (st["clean"] + st["refused"]) / st["cases"]
        print(f"{klass:28} {st['cases']:5} {st['clean']:5} {st['leaked']:6} {st['refused']:7} {recall:7.0%}")
    print("-" * 64)
    print(f"{'TOTAL':28} {tot['cases']:5} {tot['clean']:5} {tot['leaked']:6} {tot['refused']:7} "
          f"{(tot['clean'] + tot['refused']) / max(tot['cases'], 1):7.0%}")
    print()
    print(f"keep-rate (keep strings in case files): {keep_ok}/{keep_total} "
          f"= {keep_ok / max(keep_total, 1):.1%}")
    print(f"keep-rate (negatives): {neg_ok}/{neg_total} = {neg_ok / max(neg_total, 1):.1%}")
    if lost_keep:
        print("  keep strings lost:", ", ".join(f"{k}:{v!r}" for (k, v), _ in list(lost_keep.items())[:20]))
    if lost_negs:
        print("  negatives lost:", ", ".join(repr(v) for v in lost_negs[:30]))

    # ---- refusals
    if refusals:
        print()
        print(f"REFUSED ({len(refusals)}; counted as safe):")
        by = collections.Counter(r[0] for r in refusals)
        print("  per class: " + ", ".join(f"{k}={v}" for k, v in by.items()))
        for klass, name, fn, err in refusals[:15]:
            print(f"  {name:44} {fn:36} {err[:90]}")

    # ---- failures, round-robin over classes so every class shows
    print()
    print(f"LEAKED ({len(failures)} cases; showing up to {args.max_failures}, round-robin by class):")
    per = collections.OrderedDict()
    for f in failures:
        per.setdefault(f[0], []).append(f)
    shown = []
    while len(shown) < min(args.max_failures, len(failures)):
        for k in list(per):
            if per[k]:
                shown.append(per[k].pop(0))
                if len(shown) >= args.max_failures:
                    break
    for klass, name, fn, outname, leaks, red in shown:
        secrets = ", ".join(tc.mask(s) for s in leaks)
        out_note = "" if outname == fn else f" -> {outname}"
        print(f"  [{klass}] {name}  file={tc.mask(fn) if klass.endswith('filename') else fn}"
              f"{tc.mask(out_note) if out_note else ''}  leaked: {secrets}")
    if len(failures) > len(shown):
        print(f"  ... {len(failures) - len(shown)} more")
    if proc.returncode not in (0, 2):
        print("\nCLI stderr (tail):\n" + proc.stderr[-2000:])
    if not args.keep_dir:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if (args.strict and failures) else 0


if __name__ == "__main__":
    sys.exit(main())
