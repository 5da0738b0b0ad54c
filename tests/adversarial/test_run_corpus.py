"""The run-propagation corpus (run_corpus.py) driven through the real `attest` command, in the normal
suite: a fixed seed whose scenarios plant every identifier class at least once forward (found first,
repeated later) and at least once backward (repeated first, found later), plus register values and two
screenshots. Every planted value must be masked in every place the driver looks (stored evidence, typed
texts, `run show`, the pack and its --with-files copies, workspace files, the database, command output)
and at least 98 % of the non-identifiers planted beside them must survive.

Black-box: nothing of Attest is imported; the checks are run_runs.py's own (letters and digits, upper
case). Found values persist between the CLI processes through a file keyring (file_keyring.py, named
for the subprocesses only) kept under each scenario's temp HOME: never the developer's keyring. tesseract (packaging/debian-packages.txt) is
the independent OCR for the screenshots: without it the test fails, it does not skip.

Values whose only context is typed text ("typed-context") are a documented limit (docs/redaction.md:
values are learnt from evidence, not typed text): they are planted but not counted. About 50 s on two
cores; `python tests/adversarial/run_runs.py --seed N --n 48` runs larger corpora.
"""

from __future__ import annotations

import collections
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import file_keyring  # noqa: E402
import run_corpus as rc  # noqa: E402
import run_runs as rr  # noqa: E402

SEED = 701  # chosen (by generation alone) so that 10 scenarios cover every class forward and backward,
N = 10  # every bare form, every context format and 7 classes from the register
JOBS = 2
KEEP_RATE_MIN = 0.98
# Packs this seed has Attest refuse although nothing leaked (false positives not fixed yet), each with
# the words its refusal must show and its reproduction in run_runs_repro.sh. Strict: a pack here that is
# written, or refused for another reason, fails the test, so the list only ever shrinks.
KNOWN_PACK_REFUSALS: dict[str, tuple[str, str]] = {}  # scenario -> (refusal message, repro name)


def coverage_gaps(scenarios: list[rc.Scenario]) -> list[str]:
    planted = {(s.klass, s.direction) for sc in scenarios for s in sc.secrets}
    gaps = [f"{k} {d}" for k in rc.CLASSES for d in ("forward", "backward") if (k, d) not in planted]
    if not any(s.direction == "register" for sc in scenarios for s in sc.secrets):
        gaps.append("no register value")
    if not any(o.place == "screenshot" for sc in scenarios for o in sc.occs):
        gaps.append("no screenshot")
    return gaps


def describe_leak(name: str, v: dict) -> list[str]:
    lines = [f"LEAK {name} {v['sid']} {v['klass']} {v['direction']} {v['value']!r}"]
    for place, where in v["hits"].items():
        if place in rr.PLACES:
            lines.append(f"    in {place}: {', '.join(where)}")
    # the occurrences whose stored form still holds it; else those whose item does; else all of them
    occs = [o for o in v["occurrences"] if o.get("leaked")] or \
        [o for o in v["occurrences"] if o.get("value_in_item")] or v["occurrences"]
    for o in occs:
        extra = ""
        if o["place"] == "screenshot":
            extra = (f" ink_left={o.get('ink_left')} ocr_stored={o.get('ocr_stored')} "
                     f"ocr_pack={o.get('ocr_pack_files', []) + o.get('ocr_pack_media', [])}")
        lines.append(f"    {o['role']} occurrence e{o['event']} {o['place']} ({o['loc']}) form={o['form']} "
                     f"direction={o['direction']} text={o['text']!r}{extra}")
    return lines


def test_run_corpus_every_value_masked_everywhere(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("attest")  # as tests/test_cli.py finds the console script
    assert exe.exists(), f"the attest console script is not beside {sys.executable}: pip install -e '.[test]'"
    assert shutil.which("tesseract"), \
        "tesseract is not installed (Debian: tesseract-ocr, listed in packaging/debian-packages.txt)"

    scenarios = rc.generate(SEED, N, screens=True)
    assert not coverage_gaps(scenarios), f"seed {SEED} no longer covers: {coverage_gaps(scenarios)}"

    # HOME and XDG_* already point into tmp (conftest); each scenario gets its own HOME and keyring file
    env = file_keyring.subprocess_env(dict(os.environ))
    for var in ("ATTEST_WORKSPACE", "ATTEST_PASSPHRASE"):
        env.pop(var, None)
    results = rr.run_scenarios(scenarios, tmp_path, [str(exe)], env, JOBS)

    failures: list[str] = []
    by_name = {sc.name: sc for sc in scenarios}
    if sorted(r["name"] for r in results) != sorted(by_name):
        failures.append(f"results for {sorted(r['name'] for r in results)}, expected {sorted(by_name)}")
    recall: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    keeps = {"stored": [0, 0], "in pack": [0, 0]}  # kept, checked
    for r in results:
        name = r["name"]
        sc = by_name[name]
        # a scenario the driver could not follow through (a refused command, a missing tool, an
        # exception) fails the test: it is never left out of the figures
        for problem in r["problems"]:
            failures.append(f"PROBLEM {name}: {problem}")
        msg = " | ".join(x.strip() for x in r.get("pack_msg", "").strip().splitlines()[:6])
        known = KNOWN_PACK_REFUSALS.get(name)
        if known and r.get("pack_rc") == 0:
            failures.append(f"FIXED {name}: the pack is written now: remove it from KNOWN_PACK_REFUSALS "
                            f"({known[1]} in run_runs_repro.sh)")
        elif known and r.get("pack_rc") == 1 and known[0] in msg:
            pass  # the known false positive, unchanged; the other places are still checked
        elif r.get("pack_rc") != 0:
            failures.append(f"PACK {name}: exit {r.get('pack_rc')}: {msg}")
        if r.get("audit_rc") != 0:
            failures.append(f"AUDIT {name}: audit verify exit {r.get('audit_rc')}")
        if not r.get("keyring_found") and any(s.direction in ("forward", "backward") for s in sc.secrets):
            failures.append(f"KEYRING {name}: no found-values key in {file_keyring.FILE_NAME}: values did not "
                            "persist between commands, so propagation across them was not tested")
        if len(r["values"]) != len(sc.secrets):
            failures.append(f"VALUES {name}: {len(r['values'])} judged of {len(sc.secrets)} planted")
        for v in r["values"]:
            unchecked = [o for o in v["occurrences"] if o.get("leaked") is None]
            for o in unchecked:
                failures.append(f"UNCHECKED {name} {v['sid']} {v['klass']}: the stored form of e{o['event']} "
                                f"{o['place']} ({o['loc']}) form={o['form']} was not found")
            if v["direction"] == "typed-context":
                continue  # documented limit, not counted
            leaked = any(p in v["hits"] for p in rr.PLACES) or any(o.get("leaked") for o in v["occurrences"])
            recall[v["klass"]][1] += 1
            recall[v["klass"]][0] += not leaked
            if leaked:
                failures += describe_leak(name, v)
        for k in r["keeps"]:
            if k["kept"] is None:
                failures.append(f"UNCHECKED {name} keep {k['ktype']} {k['value']!r} ({k['loc']}): stored form not found")
                continue
            for where, ok in (("stored", k["kept"]), ("in pack", k["in_pack"])):
                if ok is None:
                    continue  # no pack: already a failure above
                keeps[where][1] += 1
                keeps[where][0] += bool(ok)
                if not ok:
                    failures.append(f"LOST ({where}) {name} {k['ktype']} {k['value']!r} in {k['place']} ({k['loc']})")
        for d in r["decoy_hits"]:  # a never-planted value found: the checker itself is wrong
            failures.append(f"CHECKER {name}: decoy {d['klass']} {d['value']!r} found in {d['where']}")

    missing = [k for k in rc.CLASSES if not recall[k][1]]
    if missing:
        failures.append(f"classes with no value judged: {missing}")
    rates = {where: (k / n if n else 0.0) for where, (k, n) in keeps.items()}
    keep_ok = all(rate >= KEEP_RATE_MIN for rate in rates.values())
    # lost keeps are listed; under the threshold they fail the test, over it they are only shown
    hard = [f for f in failures if not f.startswith("LOST ")]
    figures = ("recall per class: " + ", ".join(f"{k} {recall[k][0]}/{recall[k][1]}" for k in rc.CLASSES)
               + "; keep rate " + ", ".join(f"{where} {k}/{n} ({100 * rates[where]:.1f} %)"
                                             for where, (k, n) in keeps.items())
               + f", at least {100 * KEEP_RATE_MIN:.0f} % needed")
    assert not hard and keep_ok, f"seed {SEED}, {N} scenarios: {figures}\n" + "\n".join(failures)
