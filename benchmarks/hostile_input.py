"""Hostile input (issues 16 and 18): every importer, and `attest redact` / `attest scan`, over mutated and crafted
files; then the sweep of every command that takes a file.

    python benchmarks/hostile_input.py [--mutations 2000] [--seed 16] [--workers 2] [--timeout 60]
                                       [--no-sweep | --sweep-only]

Inputs (tests/hostile_inputs.py): ``--mutations`` seeded mutations of each importer's example files (Azure
DevOps CSV, ALM .xlsx, Attest YAML, cactus YAML) plus every crafted bomb (zip bombs with honest and lying
headers, a ratio bomb, billion laughs and external entities in a workbook, a truncated deflate stream, a
million rows, long cells, YAML alias bombs and deep nesting, a huge-pixel PNG of a few bytes, a .docx bomb
for the scan). Each goes through the real command line (``attest.cli.main.main``) in a worker process that
runs inputs one after another; before each, the worker's peak RSS is reset (``/proc/self/clear_refs``), so
the peak read after it (``VmHWM``) is that input's, the interpreter and Attest's modules included. A
worker that does not answer within ``--timeout`` seconds is killed and the input counted as a time-out.

Prints, per importer (and for redact and scan): inputs, exit statuses seen, worst time and peak memory
(and the input that cost them), lines on standard error over 300 characters, stray lines on standard error
(a message on more than one line, a warning, a traceback), and partial imports (a refused file that still
changed the workspace's case count); then every bomb's outcome, and every input that missed a target.
Targets: every input within 5 s and 500 MB, exit 0 or 2 (scan: 0, 1 or 2), a one-line message of at
most 300 characters (the whole line, file name included), nothing partial imported.

The sweep (issue 18, tests/hostile_inputs.py ``sweep_inputs(every_encoding=True)``): lone surrogates, UTF-16
and UTF-32 JSON, XML, CSV and YAML with and without a byte-order mark cut inside their last character, control
characters, 100 KB cells, a 30,000 × 30,000 PNG, truncated PNG and JPEG files and an animated PNG, each fed to
`import`, `redact`, `scan`, `run step --attach` / `--payload` and `register import`, in a worker process with
its own home folder and an in-memory keyring. Prints, per command, the exit statuses, the worst time and the
longest error line, then every outcome that missed its target: the exit status expected (2 for a refusal;
scan 1, the file listed), one error line of at most 300 characters, no traceback or "internal error", and
the MPAN the input holds nowhere in what was printed, written or stored. Exits 1 if any input missed one.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_inputs import FORMATS, MAX_LINE, SWEEP_COMMANDS, Hostile, bombs, mutations  # noqa: E402

MAX_SECONDS = 5.0
MAX_MB = 500.0
SAFETY_AS = 8 * 1024**3  # a worker's address space: a safety net for the machine, far above the target


# -- the worker: runs inputs one by one, writes one JSON line per input to a pipe ------------------------------

def _peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the process's peak so far


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: VmHWM back to the present RSS
    except OSError:
        pass


def worker(folder: Path, indexes: list[int], out_fd: int) -> None:
    from hostile_inputs import run

    resource.setrlimit(resource.RLIMIT_AS, (SAFETY_AS, SAFETY_AS))
    manifest = json.loads((folder / "manifest.json").read_text())
    scratch = Path(tempfile.mkdtemp(prefix="hostile-worker-"))
    workspace = scratch / "ws"
    out = os.fdopen(out_fd, "w", buffering=1)
    warm = Hostile("warm-up", "ado-csv", ".csv", (Path(__file__).resolve().parent.parent / "core" / "examples"
                                                  / "ado_test_cases.csv").read_bytes())
    run(warm, scratch, workspace)  # the modules an import loads are loaded once, not in the first input's time
    for index in indexes:
        entry = manifest[index]
        hostile = Hostile(entry["name"], entry["group"], entry["suffix"], (folder / f"{index}.bin").read_bytes(),
                          entry["command"], entry["fmt"])
        _reset_peak()
        outcome = run(hostile, scratch, workspace)
        record = {"index": index, "status": outcome.status, "seconds": outcome.seconds, "peak_mb": _peak_mb(),
                  "messages": outcome.messages[:3], "longest": outcome.longest,
                  "stray": outcome.stray[:3], "partial": hostile.command == "import" and outcome.status != 0
                  and outcome.cases_after != outcome.cases_before,
                  "problems": outcome.problems(hostile, MAX_SECONDS)}
        out.write(json.dumps(record) + "\n")


# -- the parent: writes the inputs, runs workers, gathers and prints -----------------------------------------

def _start(folder: Path, indexes: list[int]) -> tuple[subprocess.Popen[bytes], int]:
    read, write = os.pipe()
    process = subprocess.Popen([sys.executable, __file__, "--worker", str(folder), ",".join(map(str, indexes)),
                                str(write)], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    os.close(write)
    return process, read


def run_all(folder: Path, todo: list[int], workers: int, timeout: float) -> dict[int, dict]:
    """Every input through ``workers`` worker processes; a worker silent for ``timeout`` s is killed, its
    current input recorded as a time-out, and a new worker takes the rest of its share."""
    results: dict[int, dict] = {}
    shares = [todo[n::workers] for n in range(workers)]
    running: dict[int, tuple[subprocess.Popen[bytes], list[int], bytes, float]] = {}
    for share in shares:
        if share:
            process, fd = _start(folder, share)
            running[fd] = (process, share, b"", time.monotonic())
    done_count = 0
    while running:
        ready, _, _ = select.select(list(running), [], [], 1.0)
        now = time.monotonic()
        for fd in ready:
            process, share, buffer, _last = running.pop(fd)
            chunk = os.read(fd, 65536)
            if not chunk:  # the worker ended (all done, or it died)
                os.close(fd)
                process.wait()
                left = [i for i in share if i not in results]
                if left:  # it died on left[0]: recorded, and the rest restarted
                    results[left[0]] = {"index": left[0], "status": f"died ({process.returncode})", "seconds": 0.0,
                                        "peak_mb": 0.0, "messages": [], "longest": 0, "stray": [], "partial": False,
                                        "problems": [f"worker died with {process.returncode}"]}
                    if left[1:]:
                        new, new_fd = _start(folder, left[1:])
                        running[new_fd] = (new, left[1:], b"", time.monotonic())
                continue
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                record = json.loads(line)
                results[record["index"]] = record
                done_count += 1
                if done_count % 500 == 0:
                    print(f"  {done_count} of {len(todo)} inputs done", file=sys.stderr, flush=True)
            running[fd] = (process, share, buffer, now if lines else _last)
        for fd, (process, share, _buffer, last) in list(running.items()):
            if now - last > timeout:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                os.close(fd)
                del running[fd]
                left = [i for i in share if i not in results]
                results[left[0]] = {"index": left[0], "status": "timeout", "seconds": timeout, "peak_mb": 0.0,
                                    "messages": [], "longest": 0, "stray": [], "partial": False,
                                    "problems": [f"no answer in {timeout:.0f} s"]}
                if left[1:]:
                    new, new_fd = _start(folder, left[1:])
                    running[new_fd] = (new, left[1:], b"", time.monotonic())
    return results


def report(manifest: list[dict], results: dict[int, dict]) -> bool:
    groups: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for index, entry in enumerate(manifest):
        groups[entry["group"]].append((entry, results[index]))
    header = (f"{'input':<10} {'count':>6} {'bombs':>5}  {'max s':>6} {'max MB':>7}  {'exit statuses':<24} "
              f"{'>300 ch':>7} {'stray':>5} {'partial':>7}")
    print(header)
    print("-" * len(header))
    for group in [*FORMATS, "redact", "scan"]:
        rows = groups.get(group, [])
        if not rows:
            continue
        statuses = Counter(str(r["status"]) for _, r in rows)
        print(f"{group:<10} {len(rows):>6} {sum(e['bomb'] for e, _ in rows):>5}  "
              f"{max(r['seconds'] for _, r in rows):>6.2f} {max(r['peak_mb'] for _, r in rows):>7.0f}  "
              f"{', '.join(f'{s}: {n}' for s, n in sorted(statuses.items())):<24} "
              f"{sum(r['longest'] > MAX_LINE for _, r in rows):>7} {sum(bool(r['stray']) for _, r in rows):>5} "
              f"{sum(r['partial'] for _, r in rows):>7}")
        slowest = max(rows, key=lambda row: row[1]["seconds"])
        largest = max(rows, key=lambda row: row[1]["peak_mb"])
        print(f"{'':<10} slowest: {slowest[0]['name']} ({slowest[1]['seconds']:.2f} s); "
              f"largest: {largest[0]['name']} ({largest[1]['peak_mb']:.0f} MB)")
    print()
    print("bombs:")
    for index, entry in enumerate(manifest):
        if entry["bomb"]:
            r = results[index]
            message = (r["messages"] or [""])[0]
            print(f"  {entry['group']:<9} {entry['name'][:58]:<58} exit {r['status']!s:<3} {r['seconds']:5.2f} s "
                  f"{r['peak_mb']:5.0f} MB  {message[:110]}")
    failed = [(entry, results[i]) for i, entry in enumerate(manifest) if results[i]["problems"]
              or (isinstance(results[i]["peak_mb"], float) and results[i]["peak_mb"] > MAX_MB)]
    print()
    if failed:
        print(f"{len(failed)} input(s) missed a target (≤ {MAX_SECONDS:.0f} s, ≤ {MAX_MB:.0f} MB, allowed exit, one "
              "short line, nothing partial):")
        for entry, r in failed[:40]:
            over = [f"{r['peak_mb']:.0f} MB"] if r["peak_mb"] > MAX_MB else []
            print(f"  {entry['group']}: {entry['name']}: {r['problems'] + over} {r['messages'][:1]} {r['stray'][:1]}")
    else:
        print(f"every input within {MAX_SECONDS:.0f} s and {MAX_MB:.0f} MB, with an allowed exit status, one-line "
              f"messages of at most {MAX_LINE} characters and no partial import")
    return not failed


# -- the sweep (issue 18): one worker process, its own home folder and keyring ------------------------------

def sweep_worker(folder: Path, out_fd: int) -> None:
    """Every sweep input through each of its commands; one JSON line per outcome. The home folder and the XDG
    folders point into ``folder`` and the keyring is an in-memory one, as in the tests: the sweep never
    touches the person's own workspace, log folder or keyring."""
    home = folder / "home"
    os.environ["HOME"] = str(home)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    os.environ.pop("ATTEST_WORKSPACE", None)
    import keyring
    from memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from hostile_inputs import sweep, sweep_inputs, sweep_workspace

    out = os.fdopen(out_fd, "w", buffering=1)
    for index, entry in enumerate(sweep_inputs(every_encoding=True)):
        scratch = folder / str(index)
        scratch.mkdir()
        workspace = scratch / "ws"
        run_id = sweep_workspace(workspace, scratch) if {"attach", "payload"} & set(entry.commands) else 0
        for outcome in sweep(entry, scratch, workspace, run_id):
            longest = max((len(line) for line in outcome.stderr.splitlines()), default=0)
            out.write(json.dumps({"input": entry.name, "command": outcome.command, "status": outcome.status,
                                  "seconds": outcome.seconds, "longest": longest,
                                  "said": (outcome.error or outcome.stderr.strip() or outcome.stdout.strip())[:300],
                                  "problems": outcome.problems}) + "\n")


def run_sweep(timeout: float) -> bool:
    """The sweep in a worker; prints its table and every outcome that missed its target. True if none did."""
    with tempfile.TemporaryDirectory(prefix="hostile-sweep-") as tmp:
        read, write = os.pipe()
        process = subprocess.Popen([sys.executable, __file__, "--sweep-worker", tmp, str(write)], pass_fds=(write,),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(write)
        records: list[dict] = []
        buffer = b""
        last = time.monotonic()
        while True:
            ready, _, _ = select.select([read], [], [], 1.0)
            if ready:
                chunk = os.read(read, 65536)
                if not chunk:
                    break
                buffer += chunk
                *lines, buffer = buffer.split(b"\n")
                records += [json.loads(line) for line in lines]
                last = time.monotonic() if lines else last
            elif time.monotonic() - last > timeout:
                os.killpg(process.pid, signal.SIGKILL)
                records.append({"input": "(the sweep)", "command": "?", "status": "timeout", "seconds": timeout,
                                "longest": 0, "said": "", "problems": [f"no answer in {timeout:.0f} s"]})
                break
        os.close(read)
        process.wait()
    if process.returncode not in (0, -signal.SIGKILL):
        records.append({"input": "(the sweep)", "command": "?", "status": f"died ({process.returncode})",
                        "seconds": 0.0, "longest": 0, "said": "", "problems": ["the worker died"]})
    print()
    print(f"sweep: {len({r['input'] for r in records})} inputs, {len(records)} outcomes")
    header = f"{'command':<10} {'runs':>5}  {'exit statuses':<26} {'max s':>6} {'longest':>7} {'missed':>6}"
    print(header)
    print("-" * len(header))
    for command in SWEEP_COMMANDS:
        rows = [r for r in records if r["command"] == command]
        if not rows:
            continue
        statuses = Counter(str(r["status"]) for r in rows)
        print(f"{command:<10} {len(rows):>5}  {', '.join(f'{s}: {n}' for s, n in sorted(statuses.items())):<26} "
              f"{max(r['seconds'] for r in rows):>6.2f} {max(r['longest'] for r in rows):>7} "
              f"{sum(bool(r['problems']) for r in rows):>6}")
    missed = [r for r in records if r["problems"]]
    print()
    if missed:
        print(f"{len(missed)} outcome(s) missed a target (exit expected, one error line of at most {MAX_LINE} "
              "characters, no traceback or internal error, no identifier printed, written or stored):")
        for r in missed:
            print(f"  {r['input']}: {r['command']}: exit {r['status']}: {'; '.join(r['problems'])} [{r['said'][:160]}]")
    else:
        print("every sweep outcome as expected: one clear line, nothing of the identifier anywhere")
    return not missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutations", type=int, default=2000, help="mutations per importer (default 2000)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a silent worker is killed")
    parser.add_argument("--no-sweep", action="store_true", help="skip the sweep of every command (issue 18)")
    parser.add_argument("--sweep-only", action="store_true", help="run only the sweep of every command")
    parser.add_argument("--worker", nargs=3, metavar=("FOLDER", "INDEXES", "FD"), help=argparse.SUPPRESS)
    parser.add_argument("--sweep-worker", nargs=2, metavar=("FOLDER", "FD"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        folder, indexes, fd = args.worker
        worker(Path(folder), [int(i) for i in indexes.split(",")], int(fd))
        return
    if args.sweep_worker:
        sweep_worker(Path(args.sweep_worker[0]), int(args.sweep_worker[1]))
        return
    started = time.perf_counter()
    ok = True
    if not args.sweep_only:
        ok = run_bombs_and_mutations(args)
    if not args.no_sweep:
        ok = run_sweep(args.timeout) and ok
    print(f"\n{time.perf_counter() - started:.0f} s in all")
    sys.exit(0 if ok else 1)


def run_bombs_and_mutations(args: argparse.Namespace) -> bool:
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        folder = Path(tmp)
        manifest = []
        inputs: list[tuple[Hostile, bool]] = [(b, True) for b in bombs()]
        for fmt in FORMATS:
            inputs += [(m, False) for m in mutations(fmt, args.mutations, args.seed)]
        for index, (hostile, is_bomb) in enumerate(inputs):
            (folder / f"{index}.bin").write_bytes(hostile.data)
            manifest.append({"name": hostile.name, "group": hostile.group, "suffix": hostile.suffix,
                             "command": hostile.command, "fmt": hostile.fmt, "bomb": is_bomb})
        (folder / "manifest.json").write_text(json.dumps(manifest))
        del inputs
        print(f"{len(manifest)} inputs: {args.mutations} mutations per importer and "
              f"{sum(e['bomb'] for e in manifest)} bombs, {args.workers} workers", flush=True)
        results = run_all(folder, list(range(len(manifest))), args.workers, args.timeout)
    return report(manifest, results)


if __name__ == "__main__":
    main()
