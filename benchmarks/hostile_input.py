"""Hostile input (issue 16): every importer, and `attest redact` / `attest scan`, over mutated and crafted files.

    python benchmarks/hostile_input.py [--mutations 2000] [--seed 16] [--workers 2] [--timeout 60]

Inputs (tests/hostile_inputs.py): ``--mutations`` seeded mutations of each importer's example files (Azure
DevOps CSV, ALM .xlsx, Attest YAML, cactus YAML) plus every crafted bomb (zip bombs with honest and lying
headers, a ratio bomb, billion laughs and external entities in a workbook, a truncated deflate stream, a
million rows, long cells, YAML alias bombs and deep nesting, a huge-pixel PNG of a few bytes, a .docx bomb
for the scan). Each goes through the real command line (``attest.cli.main.main``) in a worker process that
runs inputs one after another; before each, the worker's peak RSS is reset (``/proc/self/clear_refs``), so
the peak read after it (``VmHWM``) is that input's, the interpreter and Attest's modules included. A
worker that does not answer within ``--timeout`` seconds is killed and the input counted as a time-out.

Prints, per importer (and for redact and scan): inputs, exit statuses seen, worst time and peak memory
(and the input that cost them), messages over 400 characters, stray lines on standard error (a message
on more than one line, a warning, a traceback), and partial imports (a refused file that still changed
the workspace's case count); then every bomb's outcome, and every input that missed a target.
Targets: every input within 5 s and 500 MB, exit 0 or 2 (scan: 0, 1 or 2), a one-line message of at
most 400 characters, nothing partial imported. Exits 1 if any input missed one.
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

from hostile_inputs import FORMATS, Hostile, bombs, mutations  # noqa: E402

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
                  "messages": outcome.messages[:3], "longest": max((len(m) for m in outcome.messages), default=0),
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
              f"{'>400 ch':>7} {'stray':>5} {'partial':>7}")
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
              f"{sum(r['longest'] > 400 for _, r in rows):>7} {sum(bool(r['stray']) for _, r in rows):>5} "
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
              "messages of at most 400 characters and no partial import")
    return not failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutations", type=int, default=2000, help="mutations per importer (default 2000)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a silent worker is killed")
    parser.add_argument("--worker", nargs=3, metavar=("FOLDER", "INDEXES", "FD"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        folder, indexes, fd = args.worker
        worker(Path(folder), [int(i) for i in indexes.split(",")], int(fd))
        return
    started = time.perf_counter()
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
    ok = report(manifest, results)
    print(f"\n{time.perf_counter() - started:.0f} s in all")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
